// Score wire-format files with the entity stage: npx tsx scripts/_wire.ts FILE... [--errors]
import { readFileSync } from 'node:fs';
import { extractEntities } from '../lib/entities';
import { parseWireCopy, scoreWire } from './ner/wire';
const args = process.argv.slice(2);
for (const f of args.filter((a) => !a.startsWith('--'))) {
  const s = scoreWire(parseWireCopy(readFileSync(f, 'utf8')), (t) => extractEntities(t));
  console.log(`${f}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${s.names} names)`);
  if (args.includes('--errors')) console.log(s.errors.join('\n'));
}
