/**
 * `npm run bench:ner`: PER / ORG / LOC accuracy and speed of Lede's NER tagger, next to
 * compromise (the npm NLP library most extensions would reach for) measured in the same run.
 *
 * Test sets (never trained on):
 *   - UNER English-EWT dev (web text: reviews, e-mails, forums, news groups).
 *   - GMB held-back: the 10% of GMB documents (20-sentence blocks) that scripts/train-ner.ts
 *     leaves out, chosen by a seeded hash of the block index (scripts/ner/data.ts, isHeldBack).
 *   - Lede's held-out news (fixtures/entities/news-held-out.txt), news read for fixes
 *     (fixtures/entities/news-dev.txt), the wire copy, held-out web text
 *     (fixtures/entities/web-held-out.txt) and the web copy, whole entity stage only.
 *
 * Systems:
 *   - lede tagger: the shipped model on the corpus tokens, document evidence per document,
 *     types unified per document (what lib/entities/tagger/run.ts does).
 *   - lede entities: the whole entity stage, `extractEntities` on the document as text (one
 *     sentence per line; UNER's sentences as written, GMB's words written back as news
 *     prints them, "China's" and "(al-Qaida in Iraq)", see spaceBefore), mentions mapped back
 *     to tokens:
 *     person → PER, organization → ORG, place → LOC. A demonym ("Iraqi") is a mention of its
 *     country in Lede's report but not a place name: GMB tags it gpe (MISC) and UNER not at
 *     all, so those mentions are left out here; so are descriptions that refer back to a
 *     name ("the company" for Daum Kakao), which are mentions but no names.
 *   - compromise: `.people()`, `.organizations()`, `.places()` on the same text, when the
 *     package is importable ("n/a (not installed)" otherwise).
 * Scores: strict = same type and boundaries; lenient = same type and overlapping (one-to-one);
 * see scripts/ner/score.ts. Speed: ms per 1,000 words over both sets, median of `--runs`.
 * The entity stage runs from its bundle as the extension ships it (esbuild, minified; the
 * size row measures the same bundle): tsx, which runs this script, keeps function names by
 * wrapping each inner function in a helper call every time one is created, which the shipped
 * code never pays (about a tenth of the stage's time here on 2026-12-02).
 *
 *   npm run bench:ner [-- --corpora ../shared/corpora/ner --model lib/entities/model/ner.json --runs 3]
 *   --errors UNER|GMB  also prints the tagger's misses and false names on that set, per sentence;
 *   --errors-of entities  prints the whole entity stage's instead.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { extractEntities as ExtractEntities } from '../lib/entities';
import { isNameMention } from '../lib/report';
import { lookup } from '../lib/entities/gazetteer';
import { docContext } from '../lib/entities/tagger';
import { createTagJob, tagJobRange } from '../lib/entities/tagger/run';
import { tokenize } from '../lib/entities/tokens';
import { loadModel, type ModelFile, tagWords, unifyTypes, type Weights } from '../lib/entities/tagger/model';
import { gmbDocs, isHeldBack, readGmb, readUner, type Doc } from '../scripts/ner/data';
import { Scorer, SCORED, spansOf, type Span } from '../scripts/ner/score';
import { parseWireCopy, scoreWire } from '../scripts/ner/wire';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: resolve(ROOT, '../shared/corpora/ner') },
    model: { type: 'string', default: join(ROOT, 'lib/entities/model/ner.json') },
    runs: { type: 'string', default: '3' },
    errors: { type: 'string' },
    'errors-of': { type: 'string', default: 'tagger' },
  },
});
const RUNS = Math.max(1, Number(values.runs));

// The entity stage bundled and minified as the extension ships it: timed below, and its size
// printed at the end.
const bundle = await build({ entryPoints: [join(ROOT, 'lib/entities/index.ts')], bundle: true, minify: true, write: false, format: 'esm', logLevel: 'silent' });
const code = bundle.outputFiles[0]!.contents;
const bundleFile = join(tmpdir(), `lede-entities-bench-${process.pid}.mjs`);
writeFileSync(bundleFile, code);
const { extractEntities } = (await import(pathToFileURL(bundleFile).href)) as { extractEntities: typeof ExtractEntities };
rmSync(bundleFile);

/** One system: tags every sentence of a document with PER/ORG/LOC spans over its tokens. */
type System = (doc: Doc) => Span[][];

const modelText = readFileSync(values.model, 'utf8');
const weights: Weights = loadModel(JSON.parse(modelText) as ModelFile);

const ledeTagger: System = (doc) => {
  const sentences = doc.sentences.map((s) => s.words);
  const ctx = docContext(sentences);
  const tags = sentences.map((s) => tagWords(s, weights, ctx));
  unifyTypes(sentences, tags);
  return tags.map(spansOf);
};

/**
 * A document as text, and where each token sits in it: each sentence as written when the
 * corpus gives it (UNER: "Coca-Cola", "Alan's"), else its tokens joined by spaces (GMB, and
 * any UNER sentence whose tokens cannot be found in order in its text).
 */
function detokenise(doc: Doc): { text: string; offsets: [number, number][][] } {
  let text = '';
  const offsets: [number, number][][] = [];
  for (const s of doc.sentences) {
    const row = s.text === undefined ? null : locate(s.words, s.text);
    if (row) {
      offsets.push(row.map(([a, b]) => [text.length + a, text.length + b]));
      text += s.text;
    } else {
      const joined: [number, number][] = [];
      let quoteOpen = false;
      s.words.forEach((w, i) => {
        const quote = w === '"';
        if (i > 0 && spaceBefore(w, s.words[i - 1]!, quoteOpen)) text += ' ';
        if (quote) quoteOpen = !quoteOpen;
        joined.push([text.length, text.length + w.length]);
        text += w;
      });
      offsets.push(joined);
    }
    text += '\n';
  }
  return { text, offsets };
}

/** Tokens written against the word before them: punctuation, clitics and closers. */
const ATTACHED = /^(?:[,.;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|')$/;
/** Tokens written against the word after them. */
const OPENING = /^[([{$]$/;

/**
 * Whether a space goes before `word` when tokens are written back as text: GMB gives only
 * tokens, and "China 's National Bureau" or "( al-Qaida in Iraq )" is not how news is
 * written, so the entity stage would be scored on text no page holds. `quoteOpen`: a '"'
 * has opened a quotation and not closed it yet.
 */
function spaceBefore(word: string, previous: string, quoteOpen: boolean): boolean {
  // An opening quote is spaced from the word before it, a closing one is not.
  if (word === '"') return !quoteOpen;
  if (ATTACHED.test(word) || OPENING.test(previous)) return false;
  // After an opening quote (still open), no space; after a closing one, a space.
  if (previous === '"') return !quoteOpen;
  return true;
}

/** Offsets of each word in `text`, found in order, or null when one is missing. */
function locate(words: readonly string[], text: string): [number, number][] | null {
  const row: [number, number][] = [];
  let at = 0;
  for (const w of words) {
    const i = text.indexOf(w, at);
    if (i < 0) return null;
    row.push([i, i + w.length]);
    at = i + w.length;
  }
  return row;
}

/**
 * Maps character spans onto token spans (first token ending after start … last starting
 * before end). A span that is one part of a hyphenated corpus token is left out: "London" in
 * "London-based" or "U.S." in "U.S.-led" names a place, but the corpora's labels are per token
 * and give the compound no name, so stretching the span over it would score a name the
 * system never gave.
 */
function toTokenSpans(text: string, offsets: [number, number][][], found: { start: number; end: number; type: string }[]): Span[][] {
  const out: Span[][] = offsets.map(() => []);
  for (const f of found) {
    offsets.forEach((row, si) => {
      const from = row.findIndex(([, e]) => e > f.start);
      if (from < 0 || row[from]![0] >= f.end) return;
      let to = from;
      while (to < row.length && row[to]![0] < f.end) to++;
      const inCompound = (row[from]![0] < f.start && text[f.start - 1] === '-') || (row[to - 1]![1] > f.end && text[f.end] === '-');
      if (inCompound) return;
      out[si]!.push({ from, to, type: f.type });
    });
  }
  return out;
}

const LEDE_TYPES: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const ledeEntities: System = (doc) => {
  const { text, offsets } = detokenise(doc);
  const found: { start: number; end: number; type: string }[] = [];
  for (const e of extractEntities(text)) {
    const type = LEDE_TYPES[e.type];
    if (!type) continue;
    for (const m of e.mentions) {
      if (m.in !== 'body' || lookup(text.slice(m.start, m.end))?.demonym || !isNameMention(e, m)) continue;
      found.push({ start: m.start, end: m.end, type });
    }
  }
  return toTokenSpans(text, offsets, found);
};

interface CompromiseView {
  people(): CompromiseView;
  organizations(): CompromiseView;
  places(): CompromiseView;
  out(format: 'offset'): { offset: { start: number; length: number } }[];
}
type Nlp = (text: string) => CompromiseView;

async function loadCompromise(): Promise<{ nlp: Nlp; version: string } | null> {
  try {
    const name = 'compromise';
    const mod = (await import(name)) as { default: Nlp & { version?: string } };
    return { nlp: mod.default, version: mod.default.version ?? '?' };
  } catch {
    return null;
  }
}

function compromiseSystem(nlp: Nlp): System {
  return (doc) => {
    const { text, offsets } = detokenise(doc);
    const view = nlp(text);
    const found: { start: number; end: number; type: string }[] = [];
    const add = (v: CompromiseView, type: string): void => {
      for (const m of v.out('offset')) {
        // compromise keeps a possessive and trailing punctuation in its match ("China's",
        // "Iraq,"), which the corpora's tokens keep apart.
        const match = text.slice(m.offset.start, m.offset.start + m.offset.length);
        const kept = match.replace(/(?:['’]s?)?[\s.,;:!?)"']*$/u, '');
        found.push({ start: m.offset.start, end: m.offset.start + (kept.length || match.length), type });
      }
    };
    add(view.people(), 'PER');
    add(view.organizations(), 'ORG');
    add(view.places(), 'LOC');
    return toTokenSpans(text, offsets, found);
  };
}

const uner = readUner(join(values.corpora, 'uner-ewt-dev/en_ewt-ud-dev.iob2'));
const gmbHeld = gmbDocs(readGmb(join(values.corpora, 'gmb/ner_dataset.csv.zip'))).filter((_, i) => isHeldBack(i));
const sets: [string, Doc[]][] = [
  ['UNER EWT dev', uner],
  ['GMB held-back 10%', gmbHeld],
];
const words = sets.reduce((n, [, docs]) => n + docs.reduce((m, d) => m + d.sentences.reduce((k, s) => k + s.words.length, 0), 0), 0);

const systems: [string, System | null][] = [
  ['lede tagger', ledeTagger],
  ['lede entities', ledeEntities],
];
const comp = await loadCompromise();
systems.push([comp ? `compromise ${comp.version}` : 'compromise', comp ? compromiseSystem(comp.nlp) : null]);

const pad = (s: string, n: number): string => s.padEnd(n);
const num = (x: number): string => x.toFixed(3);
const errorLines: string[] = [];
console.log(`NER bench: ${uner.length} UNER documents, ${gmbHeld.length} GMB held-back documents, ${words} words; model ${values.model}\n`);
console.log(`${pad('set', 20)}${pad('system', 22)}${pad('mode', 9)}${SCORED.map((t) => pad(t, 8)).join('')}${pad('micro', 8)}P / R`);
for (const [setName, docs] of sets) {
  for (const [name, sys] of systems) {
    if (!sys) {
      console.log(`${pad(setName, 20)}${pad(name, 22)}n/a (not installed)`);
      continue;
    }
    const sc = new Scorer();
    for (const d of docs) {
      const pred = sys(d);
      d.sentences.forEach((s, i) => {
        const gold = spansOf(s.tags);
        sc.add(gold, pred[i]!);
        if (values.errors && name === `lede ${values['errors-of']}` && setName.startsWith(values.errors)) errorLine(s.words, gold, pred[i]!);
      });
    }
    for (const mode of ['strict', 'lenient'] as const) {
      const micro = sc.f1(mode);
      console.log(`${pad(setName, 20)}${pad(name, 22)}${pad(mode, 9)}${SCORED.map((t) => pad(num(sc.f1(mode, t).f1), 8)).join('')}${pad(num(micro.f1), 8)}${num(micro.p)} / ${num(micro.r)}`);
    }
  }
}

function errorLine(ws: string[], gold: Span[], pred: Span[]): void {
  const key = (s: Span): string => `${s.type}:${s.from}:${s.to}`;
  const g = new Set(gold.map(key));
  const p = new Set(pred.map(key));
  const show = (s: Span): string => `${s.type}[${ws.slice(s.from, s.to).join(' ')}]`;
  const miss = gold.filter((s) => !p.has(key(s) ) && SCORED.includes(s.type as never)).map(show);
  const extra = pred.filter((s) => !g.has(key(s)) && SCORED.includes(s.type as never)).map(show);
  if (miss.length || extra.length) errorLines.push(`${ws.join(' ')}\n   missed: ${miss.join(', ')}\n   wrong:  ${extra.join(', ')}`);
}

// Lede's own labelled news and web text, whole entity stage only: the held-out files, which
// nothing was trained or tuned on (what to expect of unseen news and web text); the news the
// rules were fixed from but the tagger never trained on; and the wire and web copy, which the
// tagger trains on (checks that nothing there broke).
console.log('\nLede news and web text (strict micro PER/ORG/LOC F1, lede entities)');
for (const [label, path] of [
  ['held-out news', 'fixtures/entities/news-held-out.txt'],
  ['news read (rules)', 'fixtures/entities/news-dev.txt'],
  ['wire copy (fitted)', 'fixtures/entities/wire-copy.txt'],
  ['held-out web', 'fixtures/entities/web-held-out.txt'],
  ['web copy (fitted)', 'fixtures/entities/web-copy.txt'],
] as const) {
  const s = scoreWire(parseWireCopy(readFileSync(join(ROOT, path), 'utf8')), (text) => extractEntities(text));
  console.log(`  ${pad(label, 22)}${num(s.f1)}   ${num(s.precision)} / ${num(s.recall)}  (${s.names} names, ${path})`);
}

// Speed: every sentence of both sets, whole documents at a time. Wall time is what a reader
// waits; CPU time is the work itself, steadier when other processes share the cores.
console.log('\nspeed (median of runs, both sets)');
const allDocs = sets.flatMap(([, docs]) => docs);
for (const [name, sys] of systems) {
  if (!sys) {
    console.log(`  ${pad(name, 22)}n/a (not installed)`);
    continue;
  }
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const d of allDocs) sys(d);
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  const perK = (xs: number[]): string => ((median(xs) / words) * 1000).toFixed(2);
  console.log(`  ${pad(name, 22)}${perK(wall)} ms per 1,000 words (CPU ${perK(cpu)})`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

// Chunks, as the content script would run them: news articles (AEB bodies) tokenised by the
// entity stage, tagged `n` sentences at a time; the slowest chunk is what must fit in a slice.
{
  const aebPath = resolve(values.corpora, '../aeb/ground-truth.json');
  const bodies = Object.values(JSON.parse(readFileSync(aebPath, 'utf8')) as Record<string, { articleBody: string }>).map((a) => a.articleBody);
  const t0 = performance.now();
  loadModel(JSON.parse(modelText) as ModelFile);
  const decode = performance.now() - t0;
  let aebWords = 0;
  for (const b of bodies) aebWords += b.split(/\s+/).length;
  console.log(`\nchunks: ${bodies.length} AEB news articles, ${aebWords} words; model parse + decode ${decode.toFixed(1)} ms, once per page context`);
  for (const n of [1, 8, 32]) {
    const chunks: number[] = [];
    const cpu: number[] = [];
    const prep: number[] = [];
    for (const b of bodies) {
      const p0 = process.cpuUsage();
      const job = createTagJob(tokenize(b));
      const p = process.cpuUsage(p0);
      prep.push((p.user + p.system) / 1000);
      for (let i = 0; i < job.sentences.length; i += n) {
        const w0 = performance.now();
        const c0 = process.cpuUsage();
        tagJobRange(job, i, i + n);
        const c = process.cpuUsage(c0);
        chunks.push(performance.now() - w0);
        cpu.push((c.user + c.system) / 1000);
      }
    }
    const ms = (x: number): string => x.toFixed(2);
    console.log(`  ${String(n).padStart(2)} sentences per chunk: wall median ${ms(quantile(chunks, 0.5))} ms, p99 ${ms(quantile(chunks, 0.99))}, max ${ms(Math.max(...chunks))}; CPU p99 ${ms(quantile(cpu, 0.99))}, max ${ms(Math.max(...cpu))}`);
    if (n === 1) console.log(`  job set-up per article (tokenise + group words), CPU: median ${ms(quantile(prep, 0.5))} ms, max ${ms(Math.max(...prep))}`);
  }
  const whole: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const w0 = performance.now();
    for (const b of bodies) extractEntities(b);
    whole.push(performance.now() - w0);
  }
  console.log(`  whole entity stage (extractEntities, rules + tagger) on AEB: ${((median(whole) / aebWords) * 1000).toFixed(2)} ms per 1,000 words`);
}

// Sizes: the model file, and the entity stage's bundle (above).
const modelGz = gzipSync(modelText).length;
const codeGz = gzipSync(code).length;
const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
console.log(`\nsizes: model ${kb(modelText.length)} raw, ${kb(modelGz)} gzip; entity stage bundle (lib/entities, code + model, minified) ${kb(code.length)} raw, ${kb(codeGz)} gzip`);

if (values.errors) console.log(`\nerrors (${values.errors}):\n${errorLines.join('\n')}`);
