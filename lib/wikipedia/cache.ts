import type { WikiResult } from './result';
import { pathTitle } from './title';

/**
 * Cache policy for lookups, as pure functions over plain entries; platform/wikipedia.ts keeps
 * the entries in storage.local. A second open of the popup must not ask Wikipedia again, and
 * a failing or busy Wikipedia must not be asked again at once either.
 */

/** Every cache key starts with this, so the cache can be listed and cleared on its own. */
export const CACHE_PREFIX = 'wiki:';
/** Bumped when CacheEntry or WikiResult change shape; older entries then read as stale. */
export const CACHE_VERSION = 1;
/** At most this many entries are kept; the oldest go first. */
export const MAX_ENTRIES = 300;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long each outcome stays fresh, in ms. null: never cached.
 * - summaries and disambiguation lists change rarely: a week;
 * - a missing page may be created (or the title fixed) soon: a day;
 * - errors are Wikipedia's trouble, not the title's: a quarter hour, then ask again;
 * - rate limits are not per title: they set a backoff for all lookups instead (backoffUntil);
 * - offline and not-allowed are this browser's state, and say nothing about the page.
 */
export const TTL_MS: Record<WikiResult['kind'], number | null> = {
  summary: 7 * DAY,
  disambiguation: 7 * DAY,
  missing: DAY,
  error: 15 * MINUTE,
  'rate-limited': null,
  offline: null,
  'not-allowed': null,
};

/** Backoff after a 429 without Retry-After, and the most any Retry-After can impose. */
export const DEFAULT_BACKOFF_MS = 5 * MINUTE;
export const MAX_BACKOFF_MS = HOUR;
/** An entry stored more than this far in the future means the clock was set back: distrust it. */
const CLOCK_SKEW_MS = 5 * MINUTE;

/** One cached outcome. */
export interface CacheEntry {
  v: typeof CACHE_VERSION;
  result: WikiResult;
  /** ms since the epoch. */
  storedAt: number;
  expiresAt: number;
}

/** The storage key of a title on a wiki: one per (origin, page), whatever the spelling. */
export function cacheKey(base: string, title: string): string {
  return `${CACHE_PREFIX}${base}/${pathTitle(title)}`;
}

/** The entry to store for `result`, or null when this outcome is never cached. */
export function cacheEntry(result: WikiResult, now: Date): CacheEntry | null {
  const ttl = TTL_MS[result.kind];
  if (ttl === null) return null;
  const storedAt = now.getTime();
  return { v: CACHE_VERSION, result, storedAt, expiresAt: storedAt + ttl };
}

/** True when `value` looks like an entry this version wrote. */
export function isCacheEntry(value: unknown): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<CacheEntry>;
  return (
    entry.v === CACHE_VERSION &&
    typeof entry.storedAt === 'number' &&
    typeof entry.expiresAt === 'number' &&
    typeof entry.result === 'object' &&
    entry.result !== null &&
    typeof entry.result.kind === 'string' &&
    entry.result.kind in TTL_MS
  );
}

/** True when `value` is an entry of this version that has not expired at `now`. */
export function isFresh(value: unknown, now: Date): value is CacheEntry {
  if (!isCacheEntry(value)) return false;
  const t = now.getTime();
  return t < value.expiresAt && value.storedAt <= t + CLOCK_SKEW_MS;
}

/**
 * Until when (ms since the epoch) no lookup should be sent after `result`, or null when
 * `result` asks for no pause. Only rate limits do; Retry-After is honoured up to an hour.
 */
export function backoffUntil(result: WikiResult, now: Date): number | null {
  if (result.kind !== 'rate-limited') return null;
  const wait = result.retryAfterSeconds === undefined ? DEFAULT_BACKOFF_MS : result.retryAfterSeconds * 1000;
  return now.getTime() + Math.min(Math.max(wait, 1000), MAX_BACKOFF_MS);
}

/**
 * The cache keys to remove from `entries` (a storage snapshot; other keys are ignored): every
 * stale or unreadable entry, then the oldest fresh ones beyond `max`.
 */
export function keysToPrune(entries: Record<string, unknown>, now: Date, max = MAX_ENTRIES): string[] {
  const drop: string[] = [];
  const fresh: [string, number][] = [];
  for (const [key, value] of Object.entries(entries)) {
    if (!key.startsWith(CACHE_PREFIX)) continue;
    if (isFresh(value, now)) fresh.push([key, value.storedAt]);
    else drop.push(key);
  }
  if (fresh.length > max) {
    fresh.sort((a, b) => a[1] - b[1]);
    drop.push(...fresh.slice(0, fresh.length - max).map(([key]) => key));
  }
  return drop;
}
