/** The shape every recogniser returns: a run of tokens with a type. */
import type { EntityType } from '../report';

export interface TokenSpan {
  /** First token, inclusive. */
  from: number;
  /** Last token, exclusive. */
  to: number;
  type: EntityType;
}

/** Marks the tokens a recogniser claimed, so later recognisers leave them alone. */
export function claim(claimed: Uint8Array, span: Pick<TokenSpan, 'from' | 'to'>): void {
  for (let i = span.from; i < span.to; i++) claimed[i] = 1;
}

/** True when any token in [from, to) is already claimed. */
export function isClaimed(claimed: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (claimed[i]) return true;
  return false;
}

/**
 * Runs a recogniser that looks for a span starting at each token, left to right, resuming
 * after each span it finds. Linear as long as `spanAt` looks a bounded number of tokens ahead.
 */
export function scanSpans<T>(tokens: readonly T[], spanAt: (tokens: readonly T[], i: number) => TokenSpan | null): TokenSpan[] {
  const out: TokenSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const span = spanAt(tokens, i);
    if (span) {
      out.push(span);
      i = Math.max(span.to, i + 1);
    } else {
      i++;
    }
  }
  return out;
}
