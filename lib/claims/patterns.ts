/**
 * A tiny token-pattern language, so cue tables stay readable data instead of regular
 * expressions. A pattern is a space-separated list of elements:
 *
 *   word          the lower-cased token must equal `word`
 *   a|b|c         any of the alternatives
 *   investigat*   any token starting with `investigat`
 *   =Act          the token as written must equal `Act` (case-sensitive)
 *   #             any number token ("20", "100,000")
 *   [a|b]         optional element
 *   _3            skip up to 3 word tokens (and up to 3 commas; other punctuation never)
 *
 * Matching is anchored at each token and bounded by the pattern's own size (gaps are small
 * constants), so a whole sentence is matched in time linear in its length.
 */
import type { Token } from './tokens';

interface WordElem {
  kind: 'word';
  exact: Set<string>;
  stems: string[];
  raws: Set<string>;
  number: boolean;
  optional: boolean;
}

interface GapElem {
  kind: 'gap';
  max: number;
}

type Elem = WordElem | GapElem;

interface Compiled<M> {
  source: string;
  elems: Elem[];
  meta: M;
}

/** One place where a pattern matched: token indices [start, end). */
export interface PatternHit<M> {
  start: number;
  end: number;
  /** Indices of the tokens the pattern's words matched (not the ones a gap skipped). */
  matched: number[];
  meta: M;
  source: string;
}

/** Largest gap a pattern may ask for; keeps the matcher's work per token constant. */
const MAX_GAP = 8;

/** Commas a gap may cross ("dragged the Inspector-General of Police, Ibrahim Idris, to court"). */
const MAX_GAP_COMMAS = 3;

function parseElem(piece: string): Elem {
  const gap = /^_(\d)$/.exec(piece);
  if (gap) return { kind: 'gap', max: Math.min(Number(gap[1]), MAX_GAP) };
  let body = piece;
  let optional = false;
  if (body.startsWith('[') && body.endsWith(']')) {
    optional = true;
    body = body.slice(1, -1);
  }
  const elem: WordElem = {
    kind: 'word',
    exact: new Set(),
    stems: [],
    raws: new Set(),
    number: false,
    optional,
  };
  for (const alt of body.split('|')) {
    if (!alt) continue;
    if (alt === '#') elem.number = true;
    else if (alt.startsWith('=')) elem.raws.add(alt.slice(1));
    else if (alt.length > 1 && alt.endsWith('*')) elem.stems.push(alt.slice(0, -1));
    else elem.exact.add(alt);
  }
  return elem;
}

function elemMatches(e: WordElem, tok: Token): boolean {
  if (e.exact.has(tok.t)) return true;
  if (e.number && tok.num) return true;
  if (e.raws.size > 0 && e.raws.has(tok.raw)) return true;
  // Stems never match inside a capitalized name with inner capitals ("AccuSoft").
  if (e.stems.length > 0 && tok.raw.slice(1) !== tok.raw.slice(1).toLowerCase() && tok.raw !== tok.raw.toUpperCase()) {
    return false;
  }
  for (const s of e.stems) if (tok.t.startsWith(s)) return true;
  return false;
}

/**
 * Returns the end index of a match of elems[k..] at token i, or -1, pushing the indices of
 * matched tokens on `acc` (popped again on backtrack). Shortest match wins.
 */
function matchFrom(elems: Elem[], k: number, toks: Token[], i: number, acc: number[]): number {
  if (k === elems.length) return i;
  const e = elems[k]!;
  if (e.kind === 'gap') {
    let j = i;
    for (let words = 0, commas = 0; ; ) {
      const r = matchFrom(elems, k + 1, toks, j, acc);
      if (r >= 0) return r;
      const t = toks[j];
      if (!t) return -1;
      if (t.t === ',' && commas < MAX_GAP_COMMAS) {
        commas++;
        j++;
        continue;
      }
      if (!t.word || words >= e.max) return -1;
      words++;
      j++;
    }
  }
  const tok = toks[i];
  if (tok && elemMatches(e, tok)) {
    acc.push(i);
    const r = matchFrom(elems, k + 1, toks, i + 1, acc);
    if (r >= 0) return r;
    acc.pop();
  }
  if (e.optional) return matchFrom(elems, k + 1, toks, i, acc);
  return -1;
}

/**
 * A set of patterns with attached data, indexed by their first element so that each token
 * only tries the few patterns that can start there.
 */
export class PatternSet<M> {
  private readonly byWord = new Map<string, Compiled<M>[]>();
  private readonly byStem = new Map<string, Compiled<M>[]>();
  private readonly byRaw = new Map<string, Compiled<M>[]>();
  private readonly byNumber: Compiled<M>[] = [];
  /** Distinct stem lengths, so a token is sliced only at lengths some stem has. */
  private stemLengths: number[] = [];

  /** Adds one pattern (see the module comment for the syntax). */
  add(source: string, meta: M): void {
    const elems = source.trim().split(/\s+/).map(parseElem);
    const first = elems[0];
    if (!first || first.kind !== 'word' || first.optional) {
      throw new Error(`pattern must start with a required word: "${source}"`);
    }
    const c: Compiled<M> = { source, elems, meta };
    const push = (map: Map<string, Compiled<M>[]>, key: string): void => {
      const list = map.get(key);
      if (list) list.push(c);
      else map.set(key, [c]);
    };
    for (const w of first.exact) push(this.byWord, w);
    for (const s of first.stems) {
      push(this.byStem, s);
      if (!this.stemLengths.includes(s.length)) this.stemLengths.push(s.length);
    }
    for (const r of first.raws) push(this.byRaw, r);
    if (first.number) this.byNumber.push(c);
  }

  /** Adds every pattern of `sources` with the same data. */
  addAll(sources: readonly string[], meta: M): void {
    for (const s of sources) this.add(s, meta);
  }

  private candidates(tok: Token): Compiled<M>[] {
    const out: Compiled<M>[] = [];
    const w = this.byWord.get(tok.t);
    if (w) out.push(...w);
    const r = this.byRaw.get(tok.raw);
    if (r) out.push(...r);
    if (tok.num) out.push(...this.byNumber);
    for (const n of this.stemLengths) {
      if (n > tok.t.length) continue;
      const s = this.byStem.get(tok.t.slice(0, n));
      if (s) out.push(...s);
    }
    return out;
  }

  /** Every match in `toks`, in order of start token. */
  findAll(toks: Token[]): PatternHit<M>[] {
    const hits: PatternHit<M>[] = [];
    const matched: number[] = [];
    for (let i = 0; i < toks.length; i++) {
      const tok = toks[i]!;
      for (const c of this.candidates(tok)) {
        matched.length = 0;
        const end = matchFrom(c.elems, 0, toks, i, matched);
        if (end > i) hits.push({ start: i, end, matched: [...matched], meta: c.meta, source: c.source });
      }
    }
    return hits;
  }
}
