import type { TextQuote } from '../report';

/** How much context a quote keeps on each side: enough to tell repeats apart. */
export const QUOTE_CONTEXT = 32;

/** Builds the text-quote anchor for `text.slice(start, end)`. */
export function makeQuote(text: string, start: number, end: number): TextQuote {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}

/** Collapses every whitespace run to one space, so page text and report text compare. */
export function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** Length of the common suffix of a and b (a's end against b's end). */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds a quote again in `haystack` (whose whitespace is already collapsed). Every occurrence
 * of the exact text is scored by how much of its prefix and suffix context agree, and by its
 * distance from `hint` (where the quote is expected, as a fraction 0..1 of the haystack).
 * Returns the [start, end) of the best match, or null when the exact text is absent.
 */
export function matchQuote(
  haystack: string,
  quote: Pick<TextQuote, 'exact' | 'prefix' | 'suffix'>,
  hint?: number,
): [number, number] | null {
  const exact = normalizeSpace(quote.exact).trim();
  if (!exact) return null;
  const prefix = normalizeSpace(quote.prefix);
  const suffix = normalizeSpace(quote.suffix);
  let best: [number, number] | null = null;
  let bestScore = -Infinity;
  // Bounded: a quote that repeats thousands of times is scored on its first 1,000 places.
  let from = 0;
  for (let tries = 0; tries < 1000; tries++) {
    const at = haystack.indexOf(exact, from);
    if (at < 0) break;
    const before = haystack.slice(Math.max(0, at - prefix.length), at);
    const after = haystack.slice(at + exact.length, at + exact.length + suffix.length);
    let score = commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix);
    if (hint !== undefined && haystack.length > 0) {
      score -= Math.abs(at / haystack.length - hint) * 4;
    }
    if (score > bestScore) {
      bestScore = score;
      best = [at, at + exact.length];
    }
    from = at + 1;
  }
  return best;
}
