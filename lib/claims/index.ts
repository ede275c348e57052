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

export type { DocContext } from './detect';

/**
 * Longest piece we analyse as one sentence. Real sentences stay far below this; a hostile
 * run-on text is cut into pieces so every step stays linear.
 */
const MAX_SENTENCE_CHARS = 2000;

/** Sentences with a strong legal cue that make an article a legal story. */
const LEGAL_STORY_MIN_SENTENCES = 2;

/** Mentions of impeachment that make an article an impeachment story. */
const IMPEACHMENT_MIN_MENTIONS = 2;

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
      const space = text.lastIndexOf(' ', e);
      if (space > s + MAX_SENTENCE_CHARS / 2) e = space;
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

/** What the whole article says: an impeachment story, a legal story. */
export function documentContext(all: readonly SentenceCues[]): DocContext {
  let impeach = 0;
  let strong = 0;
  for (const c of all) {
    impeach += c.impeachCount;
    if (hasStrongCue(c)) strong++;
  }
  return {
    impeachment: impeach >= IMPEACHMENT_MIN_MENTIONS,
    legal: strong >= LEGAL_STORY_MIN_SENTENCES,
  };
}

function entityIdsFor(entities: readonly Entity[], where: TextSource, span: Span): string[] {
  const ids: string[] = [];
  for (const e of entities) {
    if (e.mentions.some((m) => m.in === where && m.start < span.end && span.start < m.end)) {
      ids.push(e.id);
    }
  }
  return ids;
}

/** Finds the sentences of an article that report a legal or law-enforcement matter. */
export function extractClaims(text: string, opts: ExtractClaimsOptions = {}): Claim[] {
  const all = [...(opts.title ? units(opts.title, 'title') : []), ...units(text, 'body')];
  const ctx = documentContext(all.map((u) => u.cues));
  const claims: Claim[] = [];
  for (const u of all) {
    const found = classify(u.cues, ctx);
    if (!found) continue;
    const claim: Claim = {
      id: `c${claims.length + 1}`,
      type: found.type,
      quote: makeQuote(u.src, u.span.start, u.span.end),
      in: u.in,
      hedged: found.hedges.length > 0,
      entityIds: opts.entities ? entityIdsFor(opts.entities, u.in, u.span) : [],
    };
    if (found.hedges.length > 0) claim.hedge = found.hedges.join(', ');
    const fields = extractFields(u.cues.tokens, u.src, found.type, found.primary.start);
    Object.assign(claim, fields);
    claims.push(claim);
  }
  return claims;
}
