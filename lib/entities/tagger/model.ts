/**
 * The NER tagger's model: hashed feature weights per tag plus tag-to-tag transitions, decoded
 * with Viterbi under the IOB2 constraints (no "I-ORG" after "O" or after "B-PER"). Trained by
 * scripts/train-ner.ts (averaged structured perceptron); the weights ship as JSON in
 * ../model/ with the emission table int8-quantised and base64-packed.
 */
import { TITLE_MODIFIERS, TITLE_WORDS } from '../lexicon';
import type { DocContext, SentenceFeatures } from './features';
import { EMPTY_CONTEXT, sentenceFeatures } from './features';

/** The tag set, in weight-table order. MISC is learned (demonyms, events) but not reported as a name type. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const NTAGS = TAGS.length;
// emissionScores spells out one sum per tag: a tenth tag must not be silently left out.
if (NTAGS !== 9) throw new Error('NER model: emissionScores expects nine tags');

/** Weights in the shape decoding wants them. */
export interface Weights {
  /** log2 of the bucket count; a feature's bucket is its hash's low `bits` bits. */
  bits: number;
  /**
   * `emit[bucket * NTAGS + tag]` is a feature's weight for a tag; with `levels`, it is a
   * one-byte code and `levels[code & 255]` the weight.
   */
  emit: ArrayLike<number>;
  levels?: Float32Array;
  /** `trans[prev * NTAGS + tag]`; the row `NTAGS` is the start of a sentence. */
  trans: ArrayLike<number>;
}

/** The JSON the training script writes. */
export interface ModelFile {
  format: 'lede-ner/2';
  tags: readonly string[];
  bits: number;
  /** Weight of each one-byte code, indexed by the code's unsigned value. */
  levels: number[];
  /**
   * Base64 of a bitmap over the 2^bits feature rows, least significant bit first: which rows
   * have any weight. Two rows in five hold none; leaving them out of `emit` took the file from
   * 0.92 to 0.84 MB gzip and 3.15 to 1.78 MB raw.
   */
  present: string;
  /** Base64 of the present rows of the emission table, NTAGS one-byte codes each, in order. */
  emit: string;
  trans: number[];
  /** How it was trained (seed, epochs, data); informative only. */
  meta: Record<string, unknown>;
  /** `lexiconFingerprint()` when it was trained. */
  lexicon?: string;
}

/** Whether `tag` may follow `prev` (-1: start of sentence) in IOB2. */
export function allowed(prev: number, tag: number): boolean {
  const t = TAGS[tag]!;
  if (!t.startsWith('I-')) return true;
  if (prev < 0) return false;
  const p = TAGS[prev]!;
  return p !== 'O' && p.slice(2) === t.slice(2);
}

/** `allowed` as a table, row `NTAGS` for the sentence start: Viterbi's inner loop reads it. */
const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NTAGS + 1) * NTAGS);
  for (let p = 0; p <= NTAGS; p++) for (let t = 0; t < NTAGS; t++) a[p * NTAGS + t] = allowed(p === NTAGS ? -1 : p, t) ? 1 : 0;
  return a;
})();

/** For each tag, the tags that may precede it, in ascending order (Viterbi's ties go to the first). */
const PREDECESSORS: readonly Int8Array[] = TAGS.map((_, t) => Int8Array.from(TAGS.keys()).filter((p) => ALLOWED[p * NTAGS + t]));

/**
 * Per-word scores of every tag: `scores[i * NTAGS + tag]`. The nine tag sums are written out
 * as locals: a loop over the tags kept them in memory and took three times as long, and this
 * is the tagger's hottest loop (bench/ner.ts). Same additions in the same order, so the same
 * scores to the last bit.
 */
export function emissionScores(feats: SentenceFeatures, w: Weights): Float64Array {
  const mask = (1 << w.bits) - 1;
  const n = feats.start.length - 1;
  const out = new Float64Array(n * NTAGS);
  const { emit, levels } = w;
  const { hashes, start } = feats;
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    const end = start[i + 1]!;
    for (let j = start[i]!; j < end; j++) {
      const b = (hashes[j]! & mask) * NTAGS;
      if (levels) {
        s0 += levels[emit[b]! & 255]!; s1 += levels[emit[b + 1]! & 255]!; s2 += levels[emit[b + 2]! & 255]!;
        s3 += levels[emit[b + 3]! & 255]!; s4 += levels[emit[b + 4]! & 255]!; s5 += levels[emit[b + 5]! & 255]!;
        s6 += levels[emit[b + 6]! & 255]!; s7 += levels[emit[b + 7]! & 255]!; s8 += levels[emit[b + 8]! & 255]!;
      } else {
        s0 += emit[b]!; s1 += emit[b + 1]!; s2 += emit[b + 2]!; s3 += emit[b + 3]!; s4 += emit[b + 4]!;
        s5 += emit[b + 5]!; s6 += emit[b + 6]!; s7 += emit[b + 7]!; s8 += emit[b + 8]!;
      }
    }
    const o = i * NTAGS;
    out[o] = s0; out[o + 1] = s1; out[o + 2] = s2; out[o + 3] = s3; out[o + 4] = s4;
    out[o + 5] = s5; out[o + 6] = s6; out[o + 7] = s7; out[o + 8] = s8;
  }
  return out;
}

/** The best tag sequence (tag indexes) for a sentence's features. */
export function viterbi(feats: SentenceFeatures, w: Weights): number[] {
  const n = feats.start.length - 1;
  if (n === 0) return [];
  const em = emissionScores(feats, w);
  const score = new Float64Array(n * NTAGS);
  const back = new Int8Array(n * NTAGS);
  for (let t = 0; t < NTAGS; t++) score[t] = ALLOWED[NTAGS * NTAGS + t] ? em[t]! + w.trans[NTAGS * NTAGS + t]! : -Infinity;
  const trans = w.trans;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < NTAGS; t++) {
      let best = -Infinity;
      let arg = 0;
      const from = PREDECESSORS[t]!;
      for (let q = 0; q < from.length; q++) {
        const p = from[q]!;
        const s = score[(i - 1) * NTAGS + p]! + trans[p * NTAGS + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * NTAGS + t] = best + em[i * NTAGS + t]!;
      back[i * NTAGS + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < NTAGS; t++) if (score[(n - 1) * NTAGS + t]! > score[(n - 1) * NTAGS + last]!) last = t;
  const tags = new Array<number>(n);
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * NTAGS + tags[i]!]!;
  return tags;
}

/** Decodes a model file into weights. */
export function loadModel(file: ModelFile): Weights {
  if (file.format !== 'lede-ner/2' || file.tags.join() !== TAGS.join()) throw new Error('NER model: unknown format');
  const rows = 1 << file.bits;
  const present = base64Bytes(file.present);
  const packed = base64Bytes(file.emit);
  if (file.levels.length !== 256 || present.length !== rows / 8) throw new Error('NER model: bad table sizes');
  // Unpacked to the whole table, kept as bytes: a quarter of the memory of floats, so far
  // fewer cache misses per feature, and a row is found by its hash alone.
  let kept = 0;
  for (const byte of present) for (let b = byte; b; b &= b - 1) kept++;
  if (packed.length !== kept * NTAGS) throw new Error('NER model: bad table sizes');
  const emit = new Uint8Array(rows * NTAGS);
  let from = 0;
  for (let row = 0; row < rows; row++) {
    if (!(present[row >> 3]! & (1 << (row & 7)))) continue;
    for (let to = row * NTAGS, end = to + NTAGS; to < end; to++) emit[to] = packed[from++]!;
  }
  return { bits: file.bits, emit, levels: Float32Array.from(file.levels), trans: Float32Array.from(file.trans) };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = (() => {
  const a = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) a[B64.charCodeAt(i)] = i;
  return a;
})();

/** Base64 → bytes, by hand: lib/ runs where neither Buffer nor a fast atob can be assumed. */
export function base64Bytes(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61) len--; // '='
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < len; i++) {
    const v = B64_INDEX[s.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error('NER model: bad base64');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** Tags one sentence of words with the given weights. */
export function tagWords(words: readonly string[], w: Weights, ctx: DocContext = EMPTY_CONTEXT): Tag[] {
  const tags = viterbi(sentenceFeatures(words, ctx), w).map((t) => TAGS[t]!);
  trimPunctuation(words, tags);
  dropTitles(words, tags);
  return tags;
}

function bare(w: string): string {
  return w.toLowerCase().replace(/\.$/, '');
}

/**
 * A span of title words only, ending in a title ("Brigadier General", "Admiral") names an
 * office, not someone. "Army" or "Supreme Court" do not end in a title and stay.
 */
function dropTitles(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i]!.startsWith('B-')) continue;
    let j = i + 1;
    while (j < tags.length && tags[j]!.startsWith('I-')) j++;
    let all = TITLE_WORDS.has(bare(words[j - 1]!));
    for (let k = i; k < j - 1 && all; k++) all = TITLE_WORDS.has(bare(words[k]!)) || TITLE_MODIFIERS.has(bare(words[k]!));
    if (all) for (let k = i; k < j; k++) tags[k] = 'O';
    i = j - 1;
  }
}

const WORDLIKE = /[\p{L}\p{N}]/u;
/** Addresses are not names, whatever their capitals: "www.adobe.com", "ENRON@enronXgate". */
const ADDRESS = /@|:\/\/|^www\.|\.(?:com|org|net|gov|edu)$/i;

function nameable(w: string): boolean {
  return WORDLIKE.test(w) && !ADDRESS.test(w);
}

/**
 * Names neither start nor end with bare punctuation ("Auckland ?", "( Cholily"), and no
 * name holds a web or e-mail address: the perceptron sometimes drags a neighbour in, and no
 * gold span in any corpus does that.
 */
function trimPunctuation(words: readonly string[], tags: Tag[]): void {
  for (let i = 0; i < tags.length; i++) {
    if (ADDRESS.test(words[i]!) && tags[i] !== 'O') {
      // Cut the span here: what follows starts afresh.
      const next = tags[i + 1];
      tags[i] = 'O';
      if (next?.startsWith('I-')) tags[i + 1] = `B-${next.slice(2)}` as Tag;
      continue;
    }
    if (tags[i] === 'O' || nameable(words[i]!)) continue;
    const type = tags[i]!.slice(2);
    const next = tags[i + 1];
    const continues = next !== undefined && next.startsWith('I-');
    if (tags[i]!.startsWith('B-')) {
      tags[i] = 'O';
      if (continues) tags[i + 1] = `B-${type}` as Tag;
    } else if (!continues) {
      tags[i] = 'O';
      // Walk back over punctuation that now ends the span.
      for (let k = i - 1; k >= 0 && tags[k]!.startsWith('I-') && !nameable(words[k]!); k--) tags[k] = 'O';
    }
  }
}

/**
 * One document's names get one type per surface form: "Tehran" tagged a place three times
 * and an organization once is a place every time. The majority over the document wins; ties
 * keep each mention's own type. Then a person's surname is a person throughout (`surnames`).
 */
export function unifyTypes(sentences: readonly (readonly string[])[], tags: Tag[][]): void {
  const votes = new Map<string, Map<string, number>>();
  const each = (fn: (key: string, si: number, from: number, to: number, type: string) => void): void => {
    tags.forEach((ts, si) => {
      for (let i = 0; i < ts.length; i++) {
        if (!ts[i]!.startsWith('B-')) continue;
        let j = i + 1;
        while (j < ts.length && ts[j]!.startsWith('I-')) j++;
        fn(sentences[si]!.slice(i, j).join(' ').toLowerCase(), si, i, j, ts[i]!.slice(2));
        i = j - 1;
      }
    });
  };
  each((key, _si, _from, _to, type) => {
    const v = votes.get(key) ?? new Map<string, number>();
    v.set(type, (v.get(type) ?? 0) + 1);
    votes.set(key, v);
  });
  const majority = (key: string, own: string): string => {
    const v = votes.get(key)!;
    let best = own;
    for (const [t, n] of v) if (n > (v.get(best) ?? 0)) best = t;
    return best;
  };
  each((key, si, from, to, type) => {
    const best = majority(key, type);
    if (best !== type) label(tags[si]!, from, to, best);
  });
  surnames(sentences, tags);
}

const CAPPED_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * Document-level consistency for people: the last word of a person's name of two or more
 * words ("George Bush") is that person wherever it stands alone in the document. A lone
 * "Bush" tagged a place or an organization becomes a person, and a lone capitalised "Bush"
 * left untagged is tagged a person. Measured (scripts/train-ner.ts): GMB held-back +0.003,
 * UNER level.
 */
function surnames(sentences: readonly (readonly string[])[], tags: Tag[][]): void {
  const last = new Set<string>();
  tags.forEach((ts, si) => {
    for (let i = 0; i < ts.length; i++) {
      if (ts[i] !== 'B-PER') continue;
      let j = i + 1;
      while (j < ts.length && ts[j] === 'I-PER') j++;
      if (j - i >= 2) last.add(sentences[si]![j - 1]!);
      i = j - 1;
    }
  });
  if (!last.size) return;
  tags.forEach((ts, si) => {
    const ws = sentences[si]!;
    for (let i = 0; i < ts.length; i++) {
      const alone = i + 1 >= ts.length || !ts[i + 1]!.startsWith('I-');
      if (!alone || !last.has(ws[i]!)) continue;
      if ((ts[i]!.startsWith('B-') && ts[i] !== 'B-PER') || (ts[i] === 'O' && CAPPED_WORD.test(ws[i]!))) ts[i] = 'B-PER';
    }
  });
}

function label(ts: Tag[], from: number, to: number, type: string): void {
  ts[from] = `B-${type}` as Tag;
  for (let k = from + 1; k < to; k++) ts[k] = `I-${type}` as Tag;
}
