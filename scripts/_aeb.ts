import { readFileSync, writeFileSync } from 'node:fs';
const root = process.argv[2]!;
const { extractEntities } = await import(`${root}/lib/entities/index.ts`);
const truth = JSON.parse(readFileSync('/work/shared/corpora/aeb/ground-truth.json', 'utf8')) as Record<string, { articleBody: string }>;
const out: string[] = [];
for (const [id, t] of Object.entries(truth).sort()) {
  for (const e of extractEntities(t.articleBody)) if (['person', 'organization', 'place', 'product'].includes(e.type)) out.push(`${id}\t${e.type}\t${e.name}`);
}
writeFileSync(process.argv[3]!, out.join('\n') + '\n');
console.log(out.length);
