/**
 * Salience: how central an entity is to the article. A headline mention says most, a mention in
 * the lede (first paragraph) next, then how often and how early it comes up.
 */
import type { EntityType } from '../report';

/** Shares of the 0..1 score; they add up to 1. */
const WEIGHTS = { title: 0.35, lede: 0.25, frequency: 0.3, early: 0.1 } as const;

/**
 * Amounts and dates are context, not subjects: "20 million won" in the lede should not
 * outrank the company fined. Places are often setting rather than actor.
 */
const TYPE_FACTOR: Record<EntityType, number> = {
  person: 1,
  organization: 1,
  product: 0.95,
  place: 0.85,
  law: 0.8,
  misc: 0.7,
  money: 0.6,
  date: 0.5,
};

export interface SalienceFacts {
  type: EntityType;
  inTitle: boolean;
  inLede: boolean;
  /** Body mentions, demonyms counting half. */
  weightedCount: number;
  /** Offset of the first body mention, or the body length when there is none. */
  firstOffset: number;
}

/** Scores every entity against the others in the same article (0..1, rounded to 3 places). */
export function scoreSalience(facts: readonly SalienceFacts[], bodyLength: number): number[] {
  let maxCount = 0;
  for (const f of facts) maxCount = Math.max(maxCount, f.weightedCount);
  const norm = Math.log1p(maxCount) || 1;
  return facts.map((f) => {
    const freq = Math.log1p(f.weightedCount) / norm;
    const early = bodyLength > 0 ? 1 - Math.min(1, f.firstOffset / bodyLength) : 0;
    const raw =
      (f.inTitle ? WEIGHTS.title : 0) +
      (f.inLede ? WEIGHTS.lede : 0) +
      WEIGHTS.frequency * freq +
      WEIGHTS.early * early;
    return Math.round(Math.min(1, Math.max(0, raw * TYPE_FACTOR[f.type])) * 1000) / 1000;
  });
}
