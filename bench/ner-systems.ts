/**
 * The systems bench/ner.ts compares, each set up on one corpus document: Lede's tagger, Lede's
 * whole entity stage and compromise. Shared with bench/ner-speed.ts, which times them in a
 * process of their own.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { extractEntities } from '../lib/entities';
import { isNameMention } from '../lib/report';
import { lookup } from '../lib/entities/gazetteer';
import { docContext } from '../lib/entities/tagger';
import { loadModel, type ModelFile, tagWords, unifyTypes, type Weights } from '../lib/entities/tagger/model';
import { gmbDocs, isHeldBack, readGmb, readUner, type Doc } from '../scripts/ner/data';
import { spansOf, type Span } from '../scripts/ner/score';

/** The entity stage's entry point, as the bundle exports it. */
export type ExtractEntities = typeof extractEntities;

/**
 * The entity stage bundled and minified as the extension ships it, and that bundle's code:
 * timed from it, and its size printed. tsx, which runs the benches, keeps function names by
 * wrapping each inner function in a helper call every time one is created, which the shipped
 * code never pays (about a tenth of the stage's time here on 2026-12-02).
 */
export async function shippedStage(root: string): Promise<{ extractEntities: ExtractEntities; code: Uint8Array }> {
  const bundle = await build({ entryPoints: [join(root, 'lib/entities/index.ts')], bundle: true, minify: true, write: false, format: 'esm', logLevel: 'silent' });
  const code = bundle.outputFiles[0]!.contents;
  const file = join(tmpdir(), `lede-entities-bench-${process.pid}.mjs`);
  writeFileSync(file, code);
  const stage = (await import(pathToFileURL(file).href)) as { extractEntities: ExtractEntities };
  rmSync(file);
  return { extractEntities: stage.extractEntities, code };
}

/** The shipped model's weights, and its file's text (whose size is printed). */
export function readModel(path: string): { weights: Weights; text: string } {
  const text = readFileSync(path, 'utf8');
  return { weights: loadModel(JSON.parse(text) as ModelFile), text };
}

/** The two test sets: UNER EWT dev, and the GMB documents training never sees. */
export function testSets(corpora: string): [string, Doc[]][] {
  return [
    ['UNER EWT dev', readUner(join(corpora, 'uner-ewt-dev/en_ewt-ud-dev.iob2'))],
    ['GMB held-back 10%', gmbDocs(readGmb(join(corpora, 'gmb/ner_dataset.csv.zip'))).filter((_, i) => isHeldBack(i))],
  ];
}

/**
 * One system set up on one document. `work` is the system's own work, and the only part timed
 * for speed; what it returns reads its output as PER/ORG/LOC spans over each sentence's
 * tokens. Writing the corpus tokens back as text and mapping names back onto them is scoring
 * glue, which no page pays, so it stays outside the timing for every system alike. Nothing of
 * the output is kept when the reader is dropped: the timing loop drops it, as a page would
 * after one run, so no document's output outlives the next one's run.
 */
export interface Run {
  work(): () => Span[][];
}
export type System = (doc: Doc) => Run;

export function ledeTagger(weights: Weights): System {
  return (doc) => {
    const sentences = doc.sentences.map((s) => s.words);
    return {
      work: () => {
        const ctx = docContext(sentences);
        const tags = sentences.map((s) => tagWords(s, weights, ctx));
        unifyTypes(sentences, tags);
        return () => tags.map(spansOf);
      },
    };
  };
}

/**
 * A document as text, and where each token sits in it: each sentence as written when the
 * corpus gives it (UNER: "Coca-Cola", "Alan's"), else its tokens joined by spaces (GMB, and
 * any UNER sentence whose tokens cannot be found in order in its text).
 */
export function detokenise(doc: Doc): { text: string; offsets: [number, number][][] } {
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
function toTokenSpans(text: string, offsets: [number, number][][], found: TextName[]): Span[][] {
  const out: Span[][] = offsets.map(() => []);
  for (const f of found) {
    // Sentences are laid out in order, so only those from the last one starting at or before
    // the name can hold a token of it.
    let si = 0;
    for (let lo = 0, hi = offsets.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      const first = offsets[mid]![0];
      if (first && first[0] > f.start) hi = mid - 1;
      else {
        si = mid;
        lo = mid + 1;
      }
    }
    for (; si < offsets.length; si++) {
      const row = offsets[si]!;
      if (row.length && row[0]![0] >= f.end) break;
      const from = row.findIndex(([, e]) => e > f.start);
      if (from < 0 || row[from]![0] >= f.end) continue;
      let to = from;
      while (to < row.length && row[to]![0] < f.end) to++;
      const inCompound = (row[from]![0] < f.start && text[f.start - 1] === '-') || (row[to - 1]![1] > f.end && text[f.end] === '-');
      if (inCompound) continue;
      out[si]!.push({ from, to, type: f.type });
    }
  }
  return out;
}

const LEDE_TYPES: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/** A name found in a document's text, by character offsets. */
interface TextName {
  start: number;
  end: number;
  type: string;
}

/**
 * A system that reads each document as text: `run` is its work on the text, `names` reads
 * what it returned as names in that text.
 */
function onText<T>(run: (text: string) => T, names: (text: string, out: T) => TextName[]): System {
  return (doc) => {
    const { text, offsets } = detokenise(doc);
    return {
      work: () => {
        const out = run(text);
        return () => toTokenSpans(text, offsets, names(text, out));
      },
    };
  };
}

export function ledeEntities(extractEntities: ExtractEntities): System {
  return onText(extractEntities, nameMentions);
}

/** The stage's name mentions in the body, typed as the corpora type them. */
function nameMentions(text: string, entities: ReturnType<ExtractEntities>): TextName[] {
  const found: TextName[] = [];
  for (const e of entities) {
    const type = LEDE_TYPES[e.type];
    if (!type) continue;
    for (const m of e.mentions) {
      if (m.in !== 'body' || lookup(text.slice(m.start, m.end))?.demonym || !isNameMention(e, m)) continue;
      found.push({ start: m.start, end: m.end, type });
    }
  }
  return found;
}

interface CompromiseView {
  people(): CompromiseView;
  organizations(): CompromiseView;
  places(): CompromiseView;
  out(format: 'offset'): { offset: { start: number; length: number } }[];
}
type Nlp = (text: string) => CompromiseView;

export async function loadCompromise(): Promise<{ nlp: Nlp; version: string } | null> {
  try {
    const name = 'compromise';
    const mod = (await import(name)) as { default: Nlp & { version?: string } };
    return { nlp: mod.default, version: mod.default.version ?? '?' };
  } catch {
    return null;
  }
}

export function compromiseSystem(nlp: Nlp): System {
  const run = (text: string): CompromiseMatches => {
    const view = nlp(text);
    return [
      [view.people().out('offset'), 'PER'],
      [view.organizations().out('offset'), 'ORG'],
      [view.places().out('offset'), 'LOC'],
    ];
  };
  return onText(run, compromiseNames);
}

type CompromiseMatches = [ReturnType<CompromiseView['out']>, string][];

function compromiseNames(text: string, matches: CompromiseMatches): TextName[] {
  const found: TextName[] = [];
  for (const [ms, type] of matches) {
    for (const m of ms) {
      // compromise keeps a possessive and trailing punctuation in its match ("China's",
      // "Iraq,"), which the corpora's tokens keep apart.
      const match = text.slice(m.offset.start, m.offset.start + m.offset.length);
      const kept = match.replace(/(?:['’]s?)?[\s.,;:!?)"']*$/u, '');
      found.push({ start: m.offset.start, end: m.offset.start + (kept.length || match.length), type });
    }
  }
  return found;
}

/** The systems the table compares, by the key bench/ner-speed.ts is given. */
export const SYSTEM_KEYS = ['tagger', 'entities', 'compromise'] as const;
export type SystemKey = (typeof SYSTEM_KEYS)[number];

/**
 * One system: the label the table prints, and the system (null when compromise is not
 * installed). `stage`: the shipped stage, when the caller has bundled it already.
 */
export async function systemFor(key: SystemKey, root: string, modelPath: string, stage?: ExtractEntities): Promise<{ label: string; system: System | null }> {
  switch (key) {
    case 'tagger':
      return { label: 'lede tagger', system: ledeTagger(readModel(modelPath).weights) };
    case 'entities':
      return { label: 'lede entities', system: ledeEntities(stage ?? (await shippedStage(root)).extractEntities) };
    case 'compromise': {
      const comp = await loadCompromise();
      return { label: comp ? `compromise ${comp.version}` : 'compromise', system: comp ? compromiseSystem(comp.nlp) : null };
    }
  }
}
