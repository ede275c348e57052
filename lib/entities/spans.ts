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
