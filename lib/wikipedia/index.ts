/**
 * Wikipedia context for entity cards: the pure half. Flow (platform/wikipedia.ts does the I/O):
 *
 *   Entity ──titleFor──► title ──cacheKey──► fresh entry? ──yes──► WikiResult
 *                                               │ no
 *                                               ▼
 *           GET {base}/api/rest_v1/page/summary/{title} ──parseSummary──► WikiResult
 *                                               │ type "disambiguation"
 *                                               ▼
 *           GET {base}/api/rest_v1/page/html/{title} ──parseDisambiguationHtml, rankChoices──► choices
 *
 * See README.md for why these endpoints and what is sent.
 */
export type { WikiChoice, WikiErrorReason, WikiResult, WikiResultKind, WikiThumbnail } from './result';
export { LOOKUP_TYPES, encodeTitle, lookupTargets, normalizeTitle, pathTitle, sameTitle, titleFor, type LookupTarget } from './title';
export { WIKIPEDIA_BASE, WIKIPEDIA_ORIGINS, articleUrl, htmlUrl, needsPermission, normalizeBase, safeUrl, summaryUrl } from './url';
export { EXTRACT_MAX_CHARS, EXTRACT_SENTENCES, firstSentences, parseRetryAfter, parseSummary, type SummaryContext } from './summary';
export { MAX_CHOICES, TYPE_HINTS, parseDisambiguationHtml, rankChoices } from './disambiguation';
export {
  CACHE_PREFIX,
  CACHE_VERSION,
  DEFAULT_BACKOFF_MS,
  MAX_BACKOFF_MS,
  MAX_ENTRIES,
  TTL_MS,
  backoffUntil,
  cacheEntry,
  cacheKey,
  isCacheEntry,
  isFresh,
  keysToPrune,
  type CacheEntry,
} from './cache';
