import { CITIES } from './cities';
import type { Token } from './tokens';

/** Longest town name in tokens worth looking up ("Santa Cruz de la Sierra" is 5 words). */
const MAX_TOWN_TOKENS = 9;

/**
 * The span's tokens, as written, name a town or city of cities.ts ("Samarra", "Puerto
 * Iguazu", "Aix-en-Provence"): a hint of a place, weaker than the gazetteer.
 */
export function isTown(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > MAX_TOWN_TOKENS) return false;
  let name = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    name += (k > from && t.space ? ' ' : '') + t.text;
  }
  return CITIES.has(name);
}
