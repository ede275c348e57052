/**
 * Times one of bench/ner.ts's systems in a process of its own, which holds only that system
 * and the two test sets' texts, as a page's context holds only the stage and one page. In
 * bench/ner.ts's own process the same code ran about a quarter slower: that process keeps the
 * parsed corpora, the fixtures and compromise alive, and every garbage collection walks them
 * (measured 2026-12-02 by keeping 5 million small objects alive beside the stage: 7.2 → 9.0
 * ms per 1,000 words).
 *
 *   tsx bench/ner-speed.ts --system tagger|entities|compromise --runs 3 --corpora DIR --model FILE
 *   tsx bench/ner-speed.ts --system entities --set aeb …  (Zyte AEB's article bodies instead:
 *     news, the text Lede reads most)
 *
 * Prints one line of JSON: the words timed, and wall and CPU milliseconds per run. One untimed
 * pass comes first, as in bench/ner.ts, where the scoring pass warms each system up.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { shippedStage, SYSTEM_KEYS, systemFor, testSets, type SystemKey } from './ner-systems';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    system: { type: 'string' },
    set: { type: 'string', default: 'corpora' },
    runs: { type: 'string', default: '3' },
    corpora: { type: 'string', default: resolve(ROOT, '../shared/corpora/ner') },
    model: { type: 'string', default: resolve(ROOT, 'lib/entities/model/ner.json') },
  },
});
const key = values.system as SystemKey;
if (!SYSTEM_KEYS.includes(key)) throw new Error(`--system must be one of ${SYSTEM_KEYS.join(', ')}`);

/** The work to time, one call per document, and the words it covers; null: not installed. */
async function jobs(): Promise<{ words: number; jobs: (() => unknown)[] } | null> {
  if (values.set === 'aeb') {
    if (key !== 'entities') throw new Error('--set aeb times the entity stage only');
    const aeb = JSON.parse(readFileSync(resolve(values.corpora, '../aeb/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
    const bodies = Object.values(aeb).map((a) => a.articleBody);
    const { extractEntities } = await shippedStage(ROOT);
    return { words: bodies.reduce((n, b) => n + b.split(/\s+/).length, 0), jobs: bodies.map((b) => () => extractEntities(b)) };
  }
  const { system } = await systemFor(key, ROOT, values.model);
  if (!system) return null;
  const docs = testSets(values.corpora).flatMap(([, d]) => d);
  return { words: docs.reduce((n, d) => n + d.sentences.reduce((k, s) => k + s.words.length, 0), 0), jobs: docs.map((d) => { const run = system(d); return () => run.work(); }) };
}

const timed = await jobs();
if (!timed) {
  console.log(JSON.stringify(null));
} else {
  for (const job of timed.jobs) job();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < Math.max(1, Number(values.runs)); r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const job of timed.jobs) job();
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  console.log(JSON.stringify({ words: timed.words, wall, cpu }));
}
