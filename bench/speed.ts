/**
 * `npm run bench`: how long Lede's pipeline takes per page, against plain Readability.js on
 * the same pages in the same run (the baseline every article extractor is compared with).
 * Prints medians and p95 per stage and the ratio to the baseline. The machine is noisy, so
 * each page runs several times and we quote medians.
 *
 *   npm run bench [-- --corpus ../shared/corpora/readability-pages --runs 3]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { CORPORA_DIR, loadDocument } from '../fixtures/load';
import { annotate } from '../lib/annotate';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(CORPORA_DIR, 'readability-pages') },
    runs: { type: 'string', default: '3' },
  },
});
const runs = Math.max(1, Number(values.runs));
const now = new Date('2026-11-28T12:00:00Z');

function pages(dir: string): { name: string; html: string }[] {
  const out: { name: string; html: string }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.html(\.gz)?$/.test(entry.name) || entry.name === 'expected.html') continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    out.push({ name: path.slice(dir.length + 1), html: (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8') });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}
const median = (xs: number[]) => quantile(xs, 0.5);

if (!existsSync(values.corpus)) {
  console.error(`bench: no corpus at ${values.corpus}`);
  process.exit(2);
}
const corpus = pages(values.corpus);
const rows = { readability: [] as number[], total: [] as number[], article: [] as number[], boilerplate: [] as number[], entities: [] as number[], claims: [] as number[] };
const words: number[] = [];
for (const page of corpus) {
  const url = `https://example.com/${page.name}`;
  const per = { readability: [] as number[], total: [] as number[], article: [] as number[], boilerplate: [] as number[], entities: [] as number[], claims: [] as number[] };
  for (let r = 0; r < runs; r++) {
    // Both sides get a fresh document and pay for their own clone, as the extension does.
    const d1 = loadDocument(page.html, url);
    const t0 = performance.now();
    new Readability(d1.cloneNode(true) as Document).parse();
    per.readability.push(performance.now() - t0);
    d1.defaultView?.close();
    const d2 = loadDocument(page.html, url);
    const report = annotate(d2, { url, now });
    // jsdom windows hold their documents until closed; 40 pages × runs would exhaust the heap.
    d2.defaultView?.close();
    per.total.push(report.timings.totalMs);
    per.article.push(report.timings.articleMs);
    per.boilerplate.push(report.timings.boilerplateMs);
    per.entities.push(report.timings.entitiesMs);
    per.claims.push(report.timings.claimsMs);
    if (r === 0) words.push(report.article?.wordCount ?? 0);
  }
  for (const k of Object.keys(rows) as (keyof typeof rows)[]) rows[k].push(median(per[k]));
}

const base = median(rows.readability);
console.log(`Lede speed on ${corpus.length} pages of ${values.corpus} (${runs} runs each, per-page medians)\n`);
console.log('stage                 median ms   p95 ms   median / Readability');
for (const [label, xs] of Object.entries({
  'Readability.js alone': rows.readability,
  'Lede: article stage': rows.article,
  'Lede: boilerplate': rows.boilerplate,
  'Lede: entities': rows.entities,
  'Lede: claims': rows.claims,
  'Lede: whole pipeline': rows.total,
})) {
  console.log(`${label.padEnd(22)}${median(xs).toFixed(1).padStart(9)}${quantile(xs, 0.95).toFixed(1).padStart(9)}${(median(xs) / base).toFixed(2).padStart(12)}`);
}
const textMs = rows.entities.map((e, i) => e + rows.claims[i]!);
const perKWords = textMs.map((ms, i) => (words[i] ? (ms / words[i]!) * 1000 : NaN)).filter((x) => !Number.isNaN(x));
console.log(`\nentities + claims: ${median(perKWords).toFixed(2)} ms per 1,000 words (median over pages)`);
