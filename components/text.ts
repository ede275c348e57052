import { isNameMention, type Entity, type Mention } from '../lib/report';
import { splitSentences } from '../lib/text/sentences';

/** The sentence of `text` that contains offset `at` (for "first mention" lines on cards). */
export function sentenceAround(text: string, at: number): string {
  // Only the paragraph around the offset is split: cheap on long articles.
  const from = text.lastIndexOf('\n\n', at) + 1;
  const toRaw = text.indexOf('\n\n', at);
  const to = toRaw < 0 ? text.length : toRaw;
  const para = text.slice(from, to);
  for (const s of splitSentences(para)) {
    if (from + s.start <= at && at < from + s.end) return para.slice(s.start, s.end);
  }
  return para.trim();
}

/** How many of an entity's mentions are tried for a sentence no card above has quoted. */
const QUOTE_TRIES = 5;

/** Fewer words than this make a label or a credit line, not a sentence worth quoting. */
const MIN_QUOTE_WORDS = 4;

function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** What a card's quote is chosen from: the entity's names and its mentions. */
export type QuotedEntity = Pick<Entity, 'name' | 'aliases'> & { mentions: readonly Pick<Mention, 'in' | 'start' | 'exact'>[] };

/** The mention a card quotes: its index in the entity's mentions, and its sentence. */
export interface CardQuote {
  index: number;
  sentence: string;
}

/**
 * For each entity, in card order, the body mention its card quotes: the first one whose
 * sentence no card above quotes already. A story's first sentence names most of its actors
 * ("WASHINGTON — NASA announced … Blue Origin and SpaceX"); quoting it on every card shows
 * the reader the same line five times; nor a line of three words or fewer. A sentence that
 * writes the entity's name beats one that only describes it ("the company said…" on Daum
 * Kakao's card). Falls back to the first body mention; null for an entity named only in the
 * title.
 */
export function cardQuotes(entities: readonly QuotedEntity[], text: string): (CardQuote | null)[] {
  const quoted = new Set<string>();
  return entities.map((e) => {
    let first: CardQuote | null = null;
    let described: CardQuote | null = null;
    let tries = 0;
    for (let i = 0; i < e.mentions.length && tries < QUOTE_TRIES; i++) {
      const m = e.mentions[i]!;
      if (m.in !== 'body') continue;
      tries++;
      const quote = { index: i, sentence: sentenceAround(text, m.start) };
      first ??= quote;
      // A line that is little more than the name ("USA TODAY" under USA Today's byline) tells
      // the reader nothing: a later sentence does, if there is one.
      if (quoted.has(quote.sentence) || wordCount(quote.sentence) < MIN_QUOTE_WORDS) continue;
      if (!isNameMention(e, m)) {
        described ??= quote;
        continue;
      }
      quoted.add(quote.sentence);
      return quote;
    }
    if (described) quoted.add(described.sentence);
    return described ?? first;
  });
}

/**
 * A card's quote in quotation marks, unless it opens with a quotation of its own ("“Our
 * company is…,” said John Roth"), which would read as ““.
 */
export function inQuotes(sentence: string): string {
  return /^["“‘'«„]/.test(sentence) ? sentence : `“${sentence}”`;
}
