/**
 * Rule-based legal-claim stage for English news text (labels: ../shared/corpora/claims).
 * Each sentence of the headline and the body is scanned for legal cues; the article's overall
 * content decides how ambiguous cues read; the guideline's precedence order picks one type.
 */
import type { Claim, Entity, TextSource } from '../report';
import { makeQuote } from '../text/quote';
import { splitSentences, type Span } from '../text/sentences';
import { classify, hasStrongCue, scanSentence, type DocContext, type SentenceCues } from './detect';
import { extractFields } from './fields';
import { tokenize } from './tokens';

/**
 * Longest piece we analyse as one sentence. Real sentences stay far below this; a hostile
 * run-on text is cut into pieces so every step stays linear.
 */
const MAX_SENTENCE_CHARS = 2000;

/** Sentences with a strong legal cue that make an article a legal story. */
const LEGAL_STORY_MIN_SENTENCES = 3;

/** Mentions of impeachment that make an article an impeachment story. */
const IMPEACHMENT_MIN_MENTIONS = 1;

/** What extractClaims may know besides the body text. */
export interface ExtractClaimsOptions {
  /** The headline; its claims come first, with offsets into the title. */
  title?: string;
  /** Entities of the report; claims list the ones mentioned in their sentence. */
  entities?: Entity[];
}

interface Unit {
  in: TextSource;
  src: string;
  span: Span;
  cues: SentenceCues;
}

/** Cuts an over-long sentence at spaces into pieces of at most MAX_SENTENCE_CHARS. */
function pieces(text: string, span: Span): Span[] {
  if (span.end - span.start <= MAX_SENTENCE_CHARS) return [span];
  const out: Span[] = [];
  let s = span.start;
  while (s < span.end) {
    let e = Math.min(span.end, s + MAX_SENTENCE_CHARS);
    if (e < span.end) {
      // Cut at a space in the second half of the window (a bounded look-back, so a text with
      // no spaces at all stays linear).
      let k = e;
      while (k > s + MAX_SENTENCE_CHARS / 2 && text[k] !== ' ') k--;
      if (text[k] === ' ') e = k;
    }
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
    s = e;
  }
  return out;
}

function units(src: string, where: TextSource): Unit[] {
  const out: Unit[] = [];
  for (const sentence of splitSentences(src)) {
    for (const span of pieces(src, sentence)) {
      const tokens = tokenize(src.slice(span.start, span.end), span.start);
      out.push({ in: where, src, span, cues: scanSentence(tokens) });
    }
  }
  return out;
}

/** What the whole article says: an impeachment story, a legal story, a congressional one. */
function documentContext(all: readonly SentenceCues[]): DocContext {
  let impeach = 0;
  let strong = 0;
  let congress = false;
  let court = false;
  for (const c of all) {
    impeach += c.impeachCount;
    if (hasStrongCue(c)) strong++;
    congress ||= c.hasCongress;
    court ||= c.hasCourt;
  }
  return {
    impeachment: impeach >= IMPEACHMENT_MIN_MENTIONS,
    legal: strong >= LEGAL_STORY_MIN_SENTENCES,
    oversight: congress && !court,
  };
}

/** Mentions longer than this are checked against every sentence; shorter ones by a sweep. */
const SWEEP_MENTION_MAX = 200;

interface FlatMention {
  start: number;
  end: number;
  id: string;
}

/**
 * Finds, for each sentence span (in text order), the ids of entities with a mention
 * overlapping it. Mentions are sorted once and swept, so the cost stays near-linear.
 */
function entityIdsFor(entities: readonly Entity[], where: TextSource, spans: readonly Span[]): string[][] {
  const short: FlatMention[] = [];
  const long: FlatMention[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.in !== where) continue;
      (m.end - m.start > SWEEP_MENTION_MAX ? long : short).push({ start: m.start, end: m.end, id: e.id });
    }
  }
  short.sort((a, b) => a.start - b.start);
  const out: string[][] = [];
  let lo = 0;
  for (const span of spans) {
    while (lo < short.length && short[lo]!.start < span.start - SWEEP_MENTION_MAX) lo++;
    const ids = new Set<string>();
    for (let k = lo; k < short.length && short[k]!.start < span.end; k++) {
      if (short[k]!.end > span.start) ids.add(short[k]!.id);
    }
    for (const m of long) if (m.start < span.end && span.start < m.end) ids.add(m.id);
    // Keep the report's entity order (salience), not mention order.
    out.push(entities.filter((e) => ids.has(e.id)).map((e) => e.id));
  }
  return out;
}

/** Finds the sentences of an article that report a legal or law-enforcement matter. */
export function extractClaims(text: string, opts: ExtractClaimsOptions = {}): Claim[] {
  const all = [...(opts.title ? units(opts.title, 'title') : []), ...units(text, 'body')];
  const ctx = documentContext(all.map((u) => u.cues));
  const found = all.map((u) => classify(u.cues, ctx));
  const entityIds = new Map<Unit, string[]>();
  if (opts.entities && opts.entities.length > 0) {
    for (const where of ['title', 'body'] as const) {
      const us = all.filter((u, i) => u.in === where && found[i]);
      const ids = entityIdsFor(opts.entities, where, us.map((u) => u.span));
      us.forEach((u, i) => entityIds.set(u, ids[i] ?? []));
    }
  }
  const claims: Claim[] = [];
  all.forEach((u, i) => {
    const f = found[i];
    if (!f) return;
    const claim: Claim = {
      id: `c${claims.length + 1}`,
      type: f.type,
      quote: makeQuote(u.src, u.span.start, u.span.end),
      in: u.in,
      hedged: f.hedges.length > 0,
      entityIds: entityIds.get(u) ?? [],
    };
    if (f.hedges.length > 0) claim.hedge = f.hedges.join(', ');
    Object.assign(claim, extractFields(u.cues.tokens, u.src, f.type, { start: f.primary.start, end: f.primary.end }));
    claims.push(claim);
  });
  return claims;
}
