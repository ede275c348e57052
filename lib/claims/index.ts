/**
 * Rule-based legal-claim stage for English news text (labels: ../shared/corpora/claims).
 * Each sentence of the headline and the body is scanned for legal cues; the article's overall
 * content decides how ambiguous cues read; the guideline's precedence order picks one type.
 */
import type { Claim, Entity, TextSource } from '../report';
import { makeQuote } from '../text/quote';
import { splitSentences, type Span } from '../text/sentences';
import { classify, hasStrongCue, scanSentence, type DocContext, type SentenceCues } from './detect';
import { extractFields, type PartySpans } from './fields';
import { claimEntityIds, mentionsPerSpan, nameIndex, partyEntityIds, type FlatMention } from './link';
import { tokenize } from './tokens';

/**
 * Longest piece we analyse as one sentence. Real sentences stay far below this; a hostile
 * run-on text is cut into pieces so every step stays linear.
 */
const MAX_SENTENCE_CHARS = 2000;

/**
 * Sentences with a strong legal cue that make an article a legal story: at least three, and
 * at least one in LEGAL_STORY_SHARE of them. A 430-sentence gallery of photographers (WCXB dev
 * 1708) has three ("an investigation into how images construct meaning"), and as a legal
 * story its every "examines" and "investigates" became an investigation claim.
 */
const LEGAL_STORY_MIN_SENTENCES = 3;
const LEGAL_STORY_SHARE = 100;

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
    legal: strong >= Math.max(LEGAL_STORY_MIN_SENTENCES, all.length / LEGAL_STORY_SHARE),
    oversight: congress && !court,
  };
}

/**
 * Finds the sentences of an article that report a legal or law-enforcement matter. With
 * `entities`, each claim lists the entities its sentence names: the ones its subject and its
 * authority refer to first, then the others in the report's order.
 */
export function extractClaims(text: string, opts: ExtractClaimsOptions = {}): Claim[] {
  const all = [...(opts.title ? units(opts.title, 'title') : []), ...units(text, 'body')];
  const ctx = documentContext(all.map((u) => u.cues));
  const found = all.map((u) => classify(u.cues, ctx));
  const entities = opts.entities ?? [];
  const mentions = new Map<Unit, FlatMention[]>();
  if (entities.length > 0) {
    for (const where of ['title', 'body'] as const) {
      const us = all.filter((u, i) => u.in === where && found[i]);
      const per = mentionsPerSpan(entities, where, us.map((u) => u.span));
      us.forEach((u, i) => mentions.set(u, per[i] ?? []));
    }
  }
  const names = entities.length > 0 ? nameIndex(entities) : new Map<string, string[]>();
  const rank = new Map(entities.map((e, i) => [e.id, i]));
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
      entityIds: [],
    };
    if (f.hedges.length > 0) claim.hedge = f.hedges.join(', ');
    const parties: PartySpans = {};
    const fields = extractFields(u.cues.tokens, u.src, f.type, { start: f.primary.start, end: f.primary.end }, parties);
    Object.assign(claim, fields);
    if (entities.length > 0) {
      const here = mentions.get(u) ?? [];
      const linked = [
        ...partyEntityIds(fields.subject, parties.subject, here, names),
        ...partyEntityIds(fields.authority, parties.authority, here, names),
      ];
      claim.entityIds = claimEntityIds([...new Set(linked)], here, rank);
    }
    claims.push(claim);
  });
  return claims;
}
