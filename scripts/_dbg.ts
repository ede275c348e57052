import { readFileSync } from 'node:fs';
import { extractEntities } from '../lib/entities';
const gt = JSON.parse(readFileSync('/work/shared/corpora/aeb/ground-truth.json', 'utf8'));
const k = Object.keys(gt).find((x) => x.startsWith(process.argv[2]!))!;
const t = gt[k].articleBody as string;
for (const e of extractEntities(t)) if (e.name.includes(process.argv[3]!)) console.log(e.type, e.name, e.mentions.map((m) => t.slice(Math.max(0, m.start - 30), m.end + 20).replace(/\n/g, ' ')));
