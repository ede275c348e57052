/**
 * Sentence-level detection: which cues a sentence holds, which survive the non-legal senses,
 * negation and epithets, and which claim type the guideline's precedence order picks.
 */
import type { ClaimType } from '../report';
import {
  CONGRESS_WORDS,
  CUE_GROUPS,
  EPITHET_PATTERNS,
  HEDGE_PATTERNS,
  LAW_SCOPE_PATTERNS,
  NEGATIVE_PATTERNS,
  NON_ACT_PATTERNS,
  NEGATORS,
  PRECEDENCE,
  type CueGroup,
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

/** The part of a sentence's analysis that does not depend on the rest of the article. */
export interface SentenceCues {
  tokens: Token[];
  hits: CueHit[];
  /** Hedge words, as written in the text. */
  hedges: string[];
  /** Words of a "wrongdoing is unproven" kind (alleged, denied…), as opposed to modals. */
  wrongdoingHedges: string[];
  hasCongress: boolean;
  impeachCount: number;
}

/** What the article as a whole says, which decides how ambiguous cues read. */
export interface DocContext {
  /** The article is about an impeachment: testimony and hearings belong to the inquiry. */
  impeachment: boolean;
  /** The article already reports legal matters, so weak cues may be trusted. */
  legal: boolean;
}

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

const nonActSet = new PatternSet<true>();
nonActSet.addAll(NON_ACT_PATTERNS, true);

const epithetSet = new PatternSet<true>();
epithetSet.addAll(EPITHET_PATTERNS, true);

const lawScopeSet = new PatternSet<true>();
lawScopeSet.addAll(LAW_SCOPE_PATTERNS, true);

const hedgeSet = new PatternSet<true>();
hedgeSet.addAll(HEDGE_PATTERNS, true);

/** Hedges that mark wrongdoing as unproven; the rest are conditional modals. */
const WRONGDOING_HEDGE = /^(?:alleg|purport|reported|suspect|accus|den|unproven|supposed)/;

const COPULAS = new Set(['is', 'was', 'are', 'were', "'s", 'been', 'be', 'became', 'become', 'being']);

function contains(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start <= b.start && b.end <= a.end && a.end - a.start > b.end - b.start;
}

/** Words that may stand between a negator and the act it cancels ("has not yet been charged"). */
const NEGATION_GAP = new Set([
  'been', 'being', 'be', 'yet', 'ever', 'formally', 'officially', 'criminal', 'further', 'any',
  'new', 'immediate', 'additional', 'was', 'were', 'is', 'are', 'has', 'have', 'had',
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
    .filter((h) => !blockedBy(senseBlocked, h.matched) && !blockedBy(actBlocked, h.matched))
    .filter((h) => h.group.type === 'law' || !isNegated(tokens, h.start));

  // A fixed phrase (or an absorbing group) swallows the cues inside it.
  hits = hits.filter(
    (h) => !hits.some((o) => o !== h && (!o.gapped || o.group.absorbs) && contains(o, h)),
  );

  // Acts that a law merely describes ("a bill that would allow extradition") are not events.
  const scopes = lawScopeSet.findAll(tokens);
  if (scopes.length > 0) {
    hits = hits.filter((h) => {
      if (h.group.type === 'law') return true;
      return !scopes.some((s) => {
        if (h.start < s.end) return false;
        for (let k = s.end; k < h.start; k++) if (tokens[k]!.t === ';') return false;
        return true;
      });
    });
  }

  const hedges: string[] = [];
  const wrongdoingHedges: string[] = [];
  for (const h of hedgeSet.findAll(tokens)) {
    if (blockedBy(senseBlocked, h.matched)) continue;
    const first = tokens[h.start]!;
    const words = tokens
      .slice(h.start, h.end)
      .map((t) => t.raw)
      .join(' ');
    // "may" as a modal, not the month ("in May").
    if (first.t === 'may' && first.raw !== 'may') continue;
    if (!hedges.includes(words)) hedges.push(words);
    if (WRONGDOING_HEDGE.test(first.t) && !wrongdoingHedges.includes(words)) {
      wrongdoingHedges.push(words);
    }
  }

  let impeachCount = 0;
  let hasCongress = false;
  for (const t of tokens) {
    if (t.t.startsWith('impeach')) impeachCount++;
    if (CONGRESS_WORDS.has(t.t)) hasCongress = true;
  }
  return { tokens, hits, hedges, wrongdoingHedges, hasCongress, impeachCount };
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
    if (s.hasCongress) return null; // Oversight testimony, not a legal act.
    return h.group.type;
  }
  return h.group.type;
}

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
  // Conditional modals do not hedge a statement of law ("legislation that would…").
  const hedges = type === 'law' ? s.wrongdoingHedges : s.hedges;
  return { type, primary: best.hit, hits: usable.map((x) => x.hit), hedges };
}
