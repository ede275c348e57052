import { readFileSync } from 'node:fs';
import { extractEntities } from '../lib/entities';
const gt = JSON.parse(readFileSync('../shared/corpora/aeb/ground-truth.json', 'utf8')) as Record<string, { articleBody: string }>;
const bodies = Object.values(gt).map((v) => v.articleBody);
let words = 0; for (const b of bodies) words += b.split(/\s+/).length;
for (const b of bodies) extractEntities(b);
const runs: number[] = [];
for (let r = 0; r < Number(process.argv[2] ?? 3); r++) { const t = performance.now(); for (const b of bodies) extractEntities(b); runs.push(performance.now() - t); }
runs.sort((a, b) => a - b);
console.log('ms per 1k words', ((runs[runs.length >> 1]! / words) * 1000).toFixed(2), runs.map((x) => x.toFixed(0)).join(' '));
