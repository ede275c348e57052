/**
 * Features of the NER tagger, shared by training (scripts/train-ner.ts) and inference
 * (model.ts): any change here changes what the shipped weights mean, so retrain after it.
 *
 * Every feature is a string template hashed (FNV-1a) into a fixed number of buckets; a
 * bucket holds one weight per tag. Hashing keeps the model a flat array with no vocabulary
 * to ship; collisions cost a little accuracy, measured in bench/ner.ts.
 *
 * The features are chosen to survive text that is not cased like news (web text, all-caps
 * headlines, lower-case comments): the word itself is always seen lower-cased, its shape is a
 * separate feature, and the casing of the whole sentence is a feature the shape is conjoined
 * with, so the model can learn "capitals mean little in a headline".
 */
import { COUNTRIES, ORGANIZATIONS, PEOPLE, PLACES, PRODUCTS, REGIONS } from '../gazetteer';
import { LAW_HEADS, PLACE_PREFIXES, TAGGER_MISC_HEADS, TAGGER_ORG_HEADS, TAGGER_PLACE_HEADS, TAGGER_TITLE_MODIFIERS, TAGGER_TITLE_WORDS } from '../lexicon';
import { FIRST_NAMES } from '../names';
import clusterFile from './clusters.json';

/** How the words of a sentence are cased; capitals mean different things in each. */
export type SentenceCase = 'normal' | 'lower' | 'upper' | 'title';

/** What the document says about words, across sentences: the evidence a reader uses for "Apple" at a sentence start. */
export interface DocContext {
  /** Lower-cased words that occur capitalised away from a sentence start. */
  capInside: ReadonlySet<string>;
  /** Lower-cased words that occur in lower case. */
  lower: ReadonlySet<string>;
}

/** A context that says nothing (a lone sentence). */
export const EMPTY_CONTEXT: DocContext = { capInside: new Set(), lower: new Set() };

const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
const LETTER = 1;
const UPPER = 2;
const LOWER = 4;
const STARTS_UPPER_FLAG = 8;

/** Collects a document's casing evidence from its sentences (each a list of words). */
export function docContext(sentences: readonly (readonly string[])[]): DocContext {
  const capInside = new Set<string>();
  const lower = new Set<string>();
  for (const words of sentences) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const { flags, lower: low } = wordParts(w);
      if (!(flags & LETTER)) continue;
      if (!(flags & UPPER)) lower.add(w);
      else if (i > 0 && flags & STARTS_UPPER_FLAG && flags & LOWER && !isOpener(words[i - 1]!)) capInside.add(low);
    }
  }
  return { capInside, lower };
}

/** Tokens after which any word may be capitalised. */
function isOpener(w: string): boolean {
  return w === '"' || w === ':' || w === '“' || w === '(' || w === '-' || w === '--' || w === '—' || w === '–' || w === "'" || w === '‘';
}

/** Classifies a sentence's casing from its letter-bearing words. */
export function sentenceCase(words: readonly string[]): SentenceCase {
  return caseOf(words.map(wordParts));
}

function caseOf(parts: readonly WordParts[]): SentenceCase {
  let letters = 0;
  let capped = 0;
  let upper = 0;
  let lowerOnly = 0;
  for (const { flags } of parts) {
    if (!(flags & LETTER)) continue;
    letters++;
    if (!(flags & LOWER)) upper++;
    if (flags & STARTS_UPPER_FLAG) capped++;
    else lowerOnly++;
  }
  if (letters === 0) return 'normal';
  if (capped === 0) return 'lower';
  if (letters >= 3 && upper / letters >= 0.8) return 'upper';
  if (letters >= 4 && lowerOnly / letters <= 0.25) return 'title';
  return 'normal';
}

/** Word shape with runs collapsed: "Kakao" → "Xx", "U.S." → "X.X.", "18,000" → "d,d". */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const code = w.charCodeAt(i);
    let c: string;
    if (code >= 48 && code <= 57) c = 'd';
    else if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code < 128) c = w.charAt(i);
    else {
      const ch = w.charAt(i);
      c = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const DIGIT = /\d/;
const DIGITS = /\d/g;

/** Lower-case form with digits folded ("1999" → "0000"), so numbers share weights. */
export function normWord(w: string): string {
  const lower = w.toLowerCase();
  return DIGIT.test(lower) ? lower.replace(DIGITS, '0') : lower;
}

/** Gazetteer classes a lower-cased phrase belongs to (as one letter each; see GAZ below). */
const GAZ: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (s: string, c: string): void => {
    const k = s.toLowerCase();
    const had = m.get(k) ?? '';
    if (!had.includes(c)) m.set(k, had + c);
  };
  for (const c of [...COUNTRIES, ...REGIONS]) {
    add(c.name, 'L');
    for (const a of c.aliases ?? []) add(a, 'L');
    for (const d of c.demonyms) add(d, 'M');
  }
  for (const p of PLACES) add(p, 'L');
  for (const o of ORGANIZATIONS) add(o, 'O');
  for (const p of PRODUCTS) add(p, 'R');
  for (const p of PEOPLE) add(p, 'P');
  return m;
})();

/** Longest gazetteer phrase we look for, in words. */
const GAZ_MAX = 4;

/**
 * Every leading run of words of a gazetteer entry ("south", "south korea"): a phrase is only
 * extended while it can still become an entry, so most words build no phrase at all.
 */
const GAZ_PREFIXES: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const key of GAZ.keys()) {
    const words = key.split(' ');
    let p = words[0]!;
    out.add(p);
    for (let i = 1; i < words.length; i++) out.add((p += ` ${words[i]!}`));
  }
  return out;
})();

/**
 * For each word, the gazetteer classes of the longest phrase covering it, with its position
 * ("B" first word, "I" inside): "south korea" → ["BL", "IL"].
 */
function gazetteerTags(lower: readonly string[]): string[] {
  const out = new Array<string>(lower.length).fill('');
  for (let i = 0; i < lower.length; i++) {
    let p = lower[i]!;
    if (!GAZ_PREFIXES.has(p)) continue;
    let longest = 0;
    let found = '';
    const one = GAZ.get(p);
    if (one) {
      longest = 1;
      found = one;
    }
    for (let k = i + 1; k < Math.min(lower.length, i + GAZ_MAX); k++) {
      p += ` ${lower[k]!}`;
      if (!GAZ_PREFIXES.has(p)) break;
      const c = GAZ.get(p);
      if (c) {
        longest = k - i + 1;
        found = c;
      }
    }
    // Longest phrase first, leftmost first: a word keeps the first phrase that covers it.
    for (let k = i; k < i + longest; k++) if (!out[k]) out[k] = (k === i ? 'B' : 'I') + found;
  }
  return out;
}

/**
 * Word classes from GloVe vectors (clusters.json, written by scripts/word-clusters.ts): what
 * the tagger learned for one city, surname or software name carries to its unseen neighbours.
 * Each value packs the fine class (low 16 bits) and the coarse class above it; words outside
 * the table have none.
 */
const CLASS_LINES: readonly string[] = (clusterFile as { classes: string[] }).classes;
const CLUSTERS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  CLASS_LINES.forEach((line, fine) => {
    const words = line.split(' ');
    const coarse = Number(words[0]);
    for (let i = 1; i < words.length; i++) m.set(words[i]!, (coarse << 16) | fine);
  });
  return m;
})();
const NO_CLUSTER = 0xffffffff;

/** Lexicon cues for one lower-cased word, one bit each (given name, title, org head…). */
function lexiconCues(w: string): number {
  const bare = w.endsWith('.') ? w.slice(0, -1) : w;
  return (
    (FIRST_NAMES.has(bare) ? 1 : 0) |
    (TAGGER_TITLE_WORDS.has(bare) ? 2 : 0) |
    (TAGGER_ORG_HEADS.has(bare) ? 4 : 0) |
    (TAGGER_PLACE_HEADS.has(bare) ? 8 : 0) |
    (PLACE_PREFIXES.has(bare) ? 16 : 0) |
    (TAGGER_MISC_HEADS.has(bare) ? 32 : 0) |
    (LAW_HEADS.has(bare) ? 64 : 0)
  );
}

/** FNV-1a over `s[from, to)`: each string piece of a word is hashed once, without slicing. */
function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, from); i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * A fingerprint of every word list the weights were trained with: the gazetteer classes and
 * lexicon cues the features read, and the title lists the training data is cleaned with. The
 * training script stores it in the model file; a unit test compares it with the lists as
 * they are now, so a list edited without `npm run train:ner` fails the build instead of
 * silently feeding the model features it never saw.
 */
export function lexiconFingerprint(): string {
  const lists = [
    [...GAZ].map(([k, v]) => `${k}=${v}`),
    [...FIRST_NAMES], [...TAGGER_TITLE_WORDS], [...TAGGER_TITLE_MODIFIERS], [...TAGGER_ORG_HEADS],
    [...TAGGER_PLACE_HEADS], [...PLACE_PREFIXES], [...TAGGER_MISC_HEADS], [...LAW_HEADS],
    [...CLASS_LINES],
  ];
  let h = 0;
  for (const list of lists) h = mix(h, hashString(list.sort().join('\n')));
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Combines two hashes (murmur3's finaliser over a boost-style combine): features are pairs and triples of pieces. */
function mix(a: number, b: number): number {
  let h = (a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2))) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Feature templates, each with its own seed so equal pieces in different roles hash apart. */
const enum T {
  Bias = 1, Word, Shape, CaseShape, Initial, Exact, Prefix3, Suffix2, Suffix3, Suffix4,
  WordPrev, WordNext, WordPrev2, WordNext2, BigramPrev, BigramNext, ShapePrev, ShapeNext,
  Shape3, Gaz, GazPrev, GazNext, Cue, CuePrev, CueNext, Doc,
  Cluster, CoarseCase,
}

/** Most features one word can have; the flat table reserves this many per word. */
export const MAX_FEATURES = 28;

const BOUNDARY_BEFORE = hashString('<s>');
const BOUNDARY_AFTER = hashString('</s>');
/** The hash of no gazetteer class, the common case. */
const NO_GAZ = hashString('');
/** Hashes of the few gazetteer tags ("BL", "IO"…), computed once each. */
const GAZ_HASHES = new Map<string, number>();
function gazHash(tag: string): number {
  let h = GAZ_HASHES.get(tag);
  if (h === undefined) GAZ_HASHES.set(tag, (h = hashString(tag)));
  return h;
}

/**
 * A sentence's features, flat: word i's feature hashes (unmasked, 32 bit) are
 * `hashes[start[i] .. start[i + 1])`. One allocation per sentence, not per word: the garbage
 * collector is a large share of tagging time otherwise.
 */
export interface SentenceFeatures {
  hashes: Uint32Array;
  start: Uint32Array;
}

/** What a word contributes on its own, whatever its sentence: computed once per spelling (see wordParts). */
interface WordParts {
  lower: string;
  /** Which letters it has: LETTER, UPPER, LOWER, STARTS_UPPER_FLAG. */
  flags: number;
  capped: boolean;
  /** Hashes of the digit-folded lower case and of the shape; the lexicon cue bits. */
  word: number;
  shape: number;
  cue: number;
  /** The exact form's hash when capitalised, else 0. */
  exact: number;
  /** The templates that read this word alone, already mixed (Word, Shape, the affixes, Cue, Cluster). */
  wordFeature: number;
  shapeFeature: number;
  affixes: number[];
  cueFeature: number;
  /** The word class (coarse << 16 | fine), or NO_CLUSTER. */
  cluster: number;
  clusterFeature: number;
}

/**
 * Word parts by spelling. A text repeats its words (Zipf: "the", ",", a name), and most of a
 * feature's cost is string work on the word, done here once per spelling. The background keeps it from page to page. Bounded: cleared when full (at
 * about 140 bytes an entry, under 3 MB), so a hostile page cannot grow it without end; a news
 * page has a few hundred to 3,000 spellings.
 */
const PARTS = new Map<string, WordParts>();
const MAX_PARTS = 20_000;

function wordParts(word: string): WordParts {
  const had = PARTS.get(word);
  if (had) return had;
  const lower = word.toLowerCase();
  const capped = STARTS_UPPER.test(word);
  const flags = (HAS_LETTER.test(word) ? LETTER : 0) | (HAS_UPPER.test(word) ? UPPER : 0) | (HAS_LOWER.test(word) ? LOWER : 0) | (capped ? STARTS_UPPER_FLAG : 0);
  const w = hashString(normWord(word));
  const s = hashString(shapeOf(word));
  const cue = lexiconCues(lower);
  const len = lower.length;
  const affixes: number[] = [];
  if (len > 3) {
    // With the capital: "-field" ends common nouns, "-field" capitalised ends places.
    const cap = capped ? 1 : 0;
    affixes.push(
      mix(mix(T.Prefix3, cap), hashString(lower, 0, 3)),
      mix(mix(T.Suffix2, cap), hashString(lower, len - 2)),
      mix(mix(T.Suffix3, cap), hashString(lower, len - 3)),
      mix(mix(T.Suffix4, cap), hashString(lower, len - 4)),
    );
  }
  const cluster = CLUSTERS.get(lower) ?? NO_CLUSTER;
  const parts: WordParts = {
    lower, flags, capped, word: w, shape: s, cue,
    wordFeature: mix(T.Word, w),
    shapeFeature: mix(T.Shape, s),
    exact: capped ? hashString(word) : 0,
    affixes,
    cueFeature: mix(T.Cue, cue),
    cluster,
    clusterFeature: mix(T.Cluster, cluster & 0xffff),
  };
  if (PARTS.size >= MAX_PARTS) PARTS.clear();
  PARTS.set(word, parts);
  return parts;
}

const BIAS = mix(T.Bias, 0);

/**
 * Features for every word of a sentence. Strings are hashed once per spelling (wordParts);
 * templates combine those hashes with integer mixing, which keeps tagging under the speed
 * budget (bench/ner.ts).
 */
export function sentenceFeatures(words: readonly string[], ctx: DocContext = EMPTY_CONTEXT): SentenceFeatures {
  const n = words.length;
  const parts = words.map(wordParts);
  const gaz = gazetteerTags(parts.map((p) => p.lower));
  // Typed arrays of 32-bit hashes: plain arrays would box each one as a heap number.
  const hw = new Int32Array(n);
  const hs = new Int32Array(n);
  const hc = new Int32Array(n);
  const hg = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = parts[i]!;
    hw[i] = p.word;
    hs[i] = p.shape;
    hc[i] = p.cue;
    hg[i] = gaz[i] ? gazHash(gaz[i]!) : NO_GAZ;
  }
  const at = (a: Int32Array, i: number): number => (i < 0 ? BOUNDARY_BEFORE : i >= n ? BOUNDARY_AFTER : a[i]!);
  const sc = hashString(caseOf(parts));
  const caseShape = mix(T.CaseShape, sc);
  const exactSeed = mix(T.Exact, sc);
  const f = new Uint32Array(n * MAX_FEATURES);
  const start = new Uint32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    start[i] = k;
    const p = parts[i]!;
    const w = p.word;
    const s = p.shape;
    const first = i === 0 ? 1 : 0;
    f[k++] = BIAS;
    f[k++] = p.wordFeature;
    f[k++] = p.shapeFeature;
    f[k++] = mix(caseShape, s);
    f[k++] = mix(mix(T.Initial, first), s);
    // The exact form tells "Apple" from "apple" where capitals mean something.
    f[k++] = mix(exactSeed, p.exact);
    for (const a of p.affixes) f[k++] = a;
    f[k++] = mix(T.WordPrev, at(hw, i - 1));
    f[k++] = mix(T.WordNext, at(hw, i + 1));
    f[k++] = mix(T.WordPrev2, at(hw, i - 2));
    f[k++] = mix(T.WordNext2, at(hw, i + 2));
    f[k++] = mix(mix(T.BigramPrev, at(hw, i - 1)), w);
    f[k++] = mix(mix(T.BigramNext, w), at(hw, i + 1));
    f[k++] = mix(mix(T.ShapePrev, at(hs, i - 1)), s);
    f[k++] = mix(mix(T.ShapeNext, s), at(hs, i + 1));
    f[k++] = mix(mix(mix(T.Shape3, at(hs, i - 1)), s), at(hs, i + 1));
    f[k++] = mix(T.Gaz, hg[i]!);
    f[k++] = mix(T.GazPrev, at(hg, i - 1));
    f[k++] = mix(T.GazNext, at(hg, i + 1));
    f[k++] = p.cueFeature;
    f[k++] = mix(T.CuePrev, at(hc, i - 1));
    f[k++] = mix(T.CueNext, at(hc, i + 1));
    // Document evidence: capitalised elsewhere mid-sentence, seen in lower case elsewhere.
    const doc = (ctx.capInside.has(p.lower) ? 1 : 0) | (ctx.lower.has(p.lower) ? 2 : 0) | (p.capped ? 4 : 0) | (first << 3);
    f[k++] = mix(T.Doc, doc);
    f[k++] = p.clusterFeature;
    f[k++] = mix(mix(T.CoarseCase, p.cluster >>> 16), p.capped ? 1 + first : 0);
  }
  start[n] = k;
  return { hashes: f, start };
}
