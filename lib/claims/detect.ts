/**
 * Sentence-level detection: which cues a sentence holds, which survive the non-legal senses,
 * negation and epithets, and which claim type the guideline's precedence order picks.
 */
import type { ClaimType } from '../report';
import {
  CONGRESS_WORDS,
  COURT_WORDS,
  CUE_GROUPS,
  EPITHET_PATTERNS,
  FICTION_PATTERNS,
  SPORTS_PATTERNS,
  HEDGE_GROUPS,
  HEDGE_REACH,
  LAW_SCOPE_PATTERNS,
  NEGATIVE_PATTERNS,
  NON_ACT_PATTERNS,
  NEGATORS,
  PRECEDENCE,
  type CueGroup,
  type HedgeKind,
} from './cues';
import { PatternSet, type PatternHit } from './patterns';
import type { Token } from './tokens';

/** One cue found in a sentence. Token indices are [start, end). */
export interface CueHit {
  start: number;
  end: number;
  group: CueGroup;
  /** The pattern's source, for debugging and tests. */
  pattern: string;
  /** Whether the pattern has gaps (gapped matches do not swallow the cues inside them). */
  gapped: boolean;
  /** Tokens the pattern's words matched (not the ones a gap skipped). */
  matched: number[];
}

/** A hedge found in a sentence: its words as written, its kind and its first token. */
export interface HedgeHit {
  words: string;
  kind: HedgeKind;
  at: number;
  end: number;
}

/** The part of a sentence's analysis that does not depend on the rest of the article. */
export interface SentenceCues {
  tokens: Token[];
  hits: CueHit[];
  hedges: HedgeHit[];
  hasCongress: boolean;
  hasCourt: boolean;
  impeachCount: number;
}

/** What the article as a whole says, which decides how ambiguous cues read. */
export interface DocContext {
  /** The article is about an impeachment: testimony and hearings belong to the inquiry. */
  impeachment: boolean;
  /** The article already reports legal matters, so weak cues may be trusted. */
  legal: boolean;
  /** The article talks about Congress and never about a court: hearings are oversight. */
  oversight: boolean;
}

/** A sentence's claim: its type, the cue that decided it, the cues that counted, its hedges. */
export interface Detection {
  type: ClaimType;
  /** The hit that decided the type. */
  primary: CueHit;
  /** Every hit that counted (after context), strongest evidence first. */
  hits: CueHit[];
  hedges: string[];
}

const cueSet = new PatternSet<CueGroup>();
for (const g of CUE_GROUPS) cueSet.addAll(g.patterns, g);

const negativeSet = new PatternSet<true>();
negativeSet.addAll(NEGATIVE_PATTERNS, true);

const fictionSet = new PatternSet<true>();
fictionSet.addAll(FICTION_PATTERNS, true);

const sportsSet = new PatternSet<true>();
sportsSet.addAll(SPORTS_PATTERNS, true);

const nonActSet = new PatternSet<true>();
nonActSet.addAll(NON_ACT_PATTERNS, true);

const epithetSet = new PatternSet<true>();
epithetSet.addAll(EPITHET_PATTERNS, true);

const lawScopeSet = new PatternSet<true>();
lawScopeSet.addAll(LAW_SCOPE_PATTERNS, true);

const hedgeSet = new PatternSet<HedgeKind>();
for (const g of HEDGE_GROUPS) hedgeSet.addAll(g.patterns, g.kind);

const COPULAS = new Set(['is', 'was', 'are', 'were', "'s", 'been', 'be', 'became', 'become', 'being']);

interface Range {
  start: number;
  end: number;
}

/**
 * Returns a test "is this range strictly inside one of `containers`?" (same or wider on both
 * sides and longer). Sorting plus prefix maxima make each query O(log n), so a sentence full
 * of cues stays fast.
 */
function insideAny(containers: readonly Range[]): (r: Range) => boolean {
  const sorted = [...containers].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let m = -1;
  for (const c of sorted) maxEnd.push((m = Math.max(m, c.end)));
  // Index of the first container whose start is > x (or >= x when `strict`).
  const bound = (x: number, strict: boolean): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const st = sorted[mid]!.start;
      if (strict ? st < x : st <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (r) => {
    // A container starting before r that reaches r's end, or one starting with r that ends after it.
    const before = bound(r.start, true);
    if (before > 0 && maxEnd[before - 1]! >= r.end) return true;
    const upTo = bound(r.start, false);
    return upTo > 0 && maxEnd[upTo - 1]! > r.end;
  };
}

/** Words that may stand between a negator and the act it cancels ("has not yet been charged"). */
const NEGATION_GAP = new Set([
  'been', 'being', 'be', 'yet', 'ever', 'formally', 'officially', 'criminal', 'further', 'any',
  'new', 'immediate', 'additional', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'having',
]);

/** True when a negator governs the act at token `i` ("no charges", "was not arrested"). */
function isNegated(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = tokens[k]!;
    if (!t.word) return false;
    if (NEGATORS.has(t.t)) {
      // "no longer consider X illegal" changes a position; it does not deny an act.
      const next = tokens[k + 1];
      if (t.t === 'no' && next && next.t === 'longer') return false;
      return true;
    }
    if (!NEGATION_GAP.has(t.t)) return false;
  }
  return false;
}

/** Epithet spans, minus the predicative ones ("Carlineo is a convicted felon" is a verdict). */
function epithetSpans(tokens: Token[]): PatternHit<true>[] {
  return epithetSet.findAll(tokens).filter((h) => {
    const before = tokens[h.start - 1];
    const before2 = tokens[h.start - 2];
    if (before && (before.t === 'a' || before.t === 'an') && before2 && COPULAS.has(before2.t)) {
      return false;
    }
    return true;
  });
}

/** Finds the cues, hedges and simple facts of one tokenized sentence. */
export function scanSentence(tokens: Token[]): SentenceCues {
  // Token flags: inside a non-legal sense, inside a non-act (epithet, "if convicted").
  const senseBlocked = new Uint8Array(tokens.length);
  const actBlocked = new Uint8Array(tokens.length);
  const mark = (arr: Uint8Array, spans: { start: number; end: number }[]): void => {
    for (const sp of spans) for (let k = sp.start; k < sp.end; k++) arr[k] = 1;
  };
  mark(senseBlocked, negativeSet.findAll(tokens));
  mark(senseBlocked, epithetSpans(tokens));
  mark(actBlocked, nonActSet.findAll(tokens));
  const blockedBy = (arr: Uint8Array, matched: number[]): boolean => matched.some((k) => arr[k] === 1);

  let hits: CueHit[] = cueSet
    .findAll(tokens)
    .map((h) => ({
      start: h.start,
      end: h.end,
      group: h.meta,
      pattern: h.source,
      gapped: /(?:^|\s)_\d/.test(h.source),
      matched: h.matched,
    }))
    .filter((h) => !blockedBy(senseBlocked, h.matched) && !blockedBy(actBlocked, h.matched));
  // A plot summary is not news; a lone word ("Inquiry") is a menu item, not a sentence.
  if (fictionSet.findAll(tokens).length > 0 || tokens.filter((t) => t.word).length < 2) hits = [];
  if (hits.some((h) => h.group.type === 'penalty') && sportsSet.findAll(tokens).length > 0) {
    hits = hits.filter((h) => h.group.type !== 'penalty');
  }

  // A negated act cancels the cues inside it too ("not having committed crimes").
  const negated = hits.filter((h) => h.group.type !== 'law' && isNegated(tokens, h.start));
  if (negated.length > 0) {
    const negBlocked = new Uint8Array(tokens.length);
    mark(negBlocked, negated);
    hits = hits.filter((h) => h.group.type === 'law' || !blockedBy(negBlocked, h.matched));
  }

  // A fixed phrase (or an absorbing group) swallows the cues inside it.
  const swallowed = insideAny(hits.filter((o) => !o.gapped || o.group.absorbs));
  hits = hits.filter((h) => !swallowed(h));

  // Acts that a law merely describes ("a bill that would allow extradition") are not events.
  // inScope[k]: a law-scope phrase ended at or before token k, with no ';' since.
  const scopes = lawScopeSet.findAll(tokens);
  if (scopes.length > 0) {
    const scopeEnds = new Uint8Array(tokens.length + 1);
    for (const sc of scopes) scopeEnds[sc.end] = 1;
    const inScope = new Uint8Array(tokens.length + 1);
    let open = false;
    for (let k = 0; k <= tokens.length; k++) {
      if (scopeEnds[k] === 1) open = true;
      if (k < tokens.length && tokens[k]!.t === ';') open = false;
      inScope[k] = open ? 1 : 0;
    }
    hits = hits.filter((h) => h.group.type === 'law' || inScope[h.start] !== 1);
  }

  const hedgeHits = hedgeSet.findAll(tokens).filter((h) => {
    if (blockedBy(senseBlocked, h.matched)) return false;
    // "may" as a modal, not the month ("in May").
    const first = tokens[h.start]!;
    return first.t !== 'may' || first.raw === 'may';
  });
  const hedges: HedgeHit[] = [];
  const insideHedge = insideAny(hedgeHits);
  for (const h of hedgeHits) {
    // A longer hedge replaces the ones inside it ("if convicted" over "if").
    if (insideHedge(h)) continue;
    const words = tokens
      .slice(h.start, h.end)
      .map((t) => t.raw)
      .join(' ');
    hedges.push({ words, kind: h.meta, at: h.start, end: h.end });
  }

  let impeachCount = 0;
  let hasCongress = false;
  let hasCourt = false;
  for (const t of tokens) {
    if (t.t.startsWith('impeach')) impeachCount++;
    if (CONGRESS_WORDS.has(t.t)) hasCongress = true;
    if (COURT_WORDS.has(t.t)) hasCourt = true;
  }
  return { tokens, hits, hedges, hasCongress, hasCourt, impeachCount };
}

/** True when the sentence holds a cue that proves a legal matter on its own. */
export function hasStrongCue(s: SentenceCues): boolean {
  return s.hits.some((h) => h.group.strength === 'strong' && h.group.tag !== 'testimony');
}

/** The type a hit stands for in this article, or null when the context cancels it. */
function effectiveType(h: CueHit, s: SentenceCues, ctx: DocContext): ClaimType | null {
  if (h.group.tag === 'impeachment') return ctx.impeachment ? h.group.type : null;
  if (h.group.tag === 'testimony') {
    if (ctx.impeachment) return 'investigation';
    if (s.hasCongress || ctx.oversight) return null; // Oversight testimony, not a legal act.
    // Outside a legal story a witness is an onlooker or a cosigner ("witness cosignatures"
    // in a transparency log, WCXB dev 0430), unless a court is in the sentence.
    if (!ctx.legal && !s.hasCourt) return null;
    return h.group.type;
  }
  return h.group.type;
}

/** Hedge words kept per claim; more adds nothing for a reader. */
const MAX_HEDGES = 6;

function rank(t: ClaimType): number {
  return PRECEDENCE.indexOf(t);
}

/** Picks the sentence's claim type (or null) from its cues and the article's context. */
export function classify(s: SentenceCues, ctx: DocContext): Detection | null {
  const typed: { hit: CueHit; type: ClaimType }[] = [];
  for (const hit of s.hits) {
    const type = effectiveType(hit, s, ctx);
    if (type) typed.push({ hit, type });
  }
  const strong = typed.filter((x) => x.hit.group.strength === 'strong');
  const usable = strong.length > 0 ? strong : ctx.legal ? typed : [];
  if (usable.length === 0) return null;
  usable.sort((a, b) => rank(a.type) - rank(b.type) || a.hit.start - b.hit.start);
  const best = usable[0]!;
  const type = best.type;
  const hits = usable.map((x) => x.hit);
  const hitStarts = new Uint8Array(s.tokens.length + 1);
  for (const x of hits) hitStarts[x.start] = 1;
  const actWithin = (from: number, reach: number): boolean => {
    for (let k = from + 1; k <= from + reach && k < hitStarts.length; k++) if (hitStarts[k] === 1) return true;
    return false;
  };
  const hedges: string[] = [];
  for (const h of s.hedges) {
    if (h.kind !== 'unproven') {
      // Conditionals do not hedge a statement of law ("legislation that would…"), and reach
      // only the acts that follow them closely.
      if (type === 'law') continue;
      const reach = HEDGE_REACH[h.kind];
      if (!actWithin(h.at, reach)) continue;
    }
    if (hedges.length < MAX_HEDGES && !hedges.includes(h.words)) hedges.push(h.words);
  }
  return { type, primary: best.hit, hits, hedges };
}
