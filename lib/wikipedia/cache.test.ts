import { describe, expect, it } from 'vitest';
import { CACHE_PREFIX, MAX_BACKOFF_MS, TTL_MS, backoffUntil, cacheEntry, cacheKey, isFresh, keysToPrune } from './cache';
import type { WikiResult } from './result';

const NOW = new Date('2026-11-28T12:00:00Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const summary: WikiResult = { kind: 'summary', title: 'Kakao', extract: 'Kakao is a company.', url: 'https://en.wikipedia.org/wiki/Kakao' };

describe('cache keys', () => {
  it('are one per page on one wiki, whatever the spelling', () => {
    expect(cacheKey('https://en.wikipedia.org', 'daum kakao')).toBe('wiki:https://en.wikipedia.org/Daum_kakao');
    expect(cacheKey('https://en.wikipedia.org', 'Daum_kakao')).toBe(cacheKey('https://en.wikipedia.org', ' daum  kakao'));
    expect(cacheKey('http://127.0.0.1:1', 'Kakao')).not.toBe(cacheKey('https://en.wikipedia.org', 'Kakao'));
    expect(cacheKey('x', 'y').startsWith(CACHE_PREFIX)).toBe(true);
  });
});

describe('freshness', () => {
  it('keeps summaries and disambiguation lists a week, missing pages a day, errors a quarter hour', () => {
    const week = cacheEntry(summary, NOW)!;
    expect(isFresh(week, at(7 * DAY - 1))).toBe(true);
    expect(isFresh(week, at(7 * DAY))).toBe(false);
    const dab = cacheEntry({ kind: 'disambiguation', title: 'Daum', choices: [], url: 'u' }, NOW)!;
    expect(isFresh(dab, at(6 * DAY))).toBe(true);
    const missing = cacheEntry({ kind: 'missing', title: 'Sirgoo Lee' }, NOW)!;
    expect(isFresh(missing, at(DAY - 1))).toBe(true);
    expect(isFresh(missing, at(DAY))).toBe(false);
    const error = cacheEntry({ kind: 'error', reason: 'server', status: 503, message: 'HTTP 503' }, NOW)!;
    expect(isFresh(error, at(14 * 60_000))).toBe(true);
    expect(isFresh(error, at(16 * 60_000))).toBe(false);
  });

  it('never caches offline, rate limits or a missing permission', () => {
    expect(cacheEntry({ kind: 'offline' }, NOW)).toBeNull();
    expect(cacheEntry({ kind: 'rate-limited', retryAfterSeconds: 30 }, NOW)).toBeNull();
    expect(cacheEntry({ kind: 'not-allowed' }, NOW)).toBeNull();
    expect(TTL_MS.offline).toBeNull();
  });

  it('distrusts entries from another version, malformed ones and ones from the future', () => {
    const entry = cacheEntry(summary, NOW)!;
    expect(isFresh({ ...entry, v: 0 }, NOW)).toBe(false);
    expect(isFresh({ ...entry, result: { kind: 'nonsense' } }, NOW)).toBe(false);
    expect(isFresh({ ...entry, result: null }, NOW)).toBe(false);
    expect(isFresh('a string', NOW)).toBe(false);
    expect(isFresh(undefined, NOW)).toBe(false);
    // The clock went back a day since it was stored: it may be far older than it looks.
    expect(isFresh(entry, at(-DAY))).toBe(false);
  });
});

describe('backoff', () => {
  it('follows Retry-After, within a second and an hour, and only for rate limits', () => {
    expect(backoffUntil({ kind: 'rate-limited', retryAfterSeconds: 30 }, NOW)).toBe(NOW.getTime() + 30_000);
    expect(backoffUntil({ kind: 'rate-limited', retryAfterSeconds: 0 }, NOW)).toBe(NOW.getTime() + 1000);
    expect(backoffUntil({ kind: 'rate-limited', retryAfterSeconds: 86_400 }, NOW)).toBe(NOW.getTime() + MAX_BACKOFF_MS);
    expect(backoffUntil({ kind: 'rate-limited' }, NOW)).toBe(NOW.getTime() + 5 * 60_000);
    expect(backoffUntil(summary, NOW)).toBeNull();
  });
});

describe('keysToPrune', () => {
  it('drops stale and unreadable entries, then the oldest beyond the limit, and nothing else', () => {
    const entries: Record<string, unknown> = {
      'site:example.com': { hiddenKinds: ['promo'] },
      wikipediaLookups: { auto: true },
      'wiki:a': cacheEntry(summary, at(-3 * HOUR)),
      'wiki:b': cacheEntry(summary, at(-2 * HOUR)),
      'wiki:c': cacheEntry(summary, at(-1 * HOUR)),
      'wiki:stale': cacheEntry(summary, at(-8 * DAY)),
      'wiki:junk': 'junk',
    };
    expect(keysToPrune(entries, NOW).sort()).toEqual(['wiki:junk', 'wiki:stale']);
    expect(keysToPrune(entries, NOW, 2).sort()).toEqual(['wiki:a', 'wiki:junk', 'wiki:stale']);
  });
});
