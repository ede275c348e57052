import { browser } from 'wxt/browser';
import type { Entity } from '../lib/report';
import {
  CACHE_PREFIX,
  WIKIPEDIA_BASE,
  WIKIPEDIA_ORIGINS,
  backoffUntil,
  cacheEntry,
  cacheKey,
  htmlUrl,
  isFresh,
  keysToPrune,
  needsPermission,
  normalizeBase,
  normalizeTitle,
  parseDisambiguationHtml,
  parseSummary,
  rankChoices,
  summaryUrl,
  titleFor,
  type WikiResult,
} from '../lib/wikipedia';
import { loadSettings } from './settings';

/**
 * Wikipedia lookups: the only network request Lede makes, and only when the reader asks
 * (PRODUCT.md, "Privacy and permissions"). What goes out is one GET per page whose path is the
 * title, with no cookies, no referrer and no query string; a disambiguation page costs one
 * more GET for the same title. Results are cached in storage.local (lib/wikipedia/cache.ts).
 *
 * The reader's switch is `Settings.wikipedia` (lib/settings.ts, the options page). Besides it,
 * storage.local keys:
 *   wikipediaBase     string   origin to query; tests set a 127.0.0.1 stub here
 *   wikipediaBackoff  number   ms since the epoch until which Wikipedia asked us to wait
 *   wiki:<origin>/<Title>      cached results
 */

export const BASE_KEY = 'wikipediaBase';
export const BACKOFF_KEY = 'wikipediaBackoff';
/** Long enough for a slow mobile link, short enough that a card does not spin for ever. */
export const TIMEOUT_MS = 8000;

/** What the popup needs to know before a click, so the click can ask for permission at once. */
export interface WikiConfig {
  /** The origin lookups go to. */
  base: string;
  /** The reader turned lookups on in settings (`Settings.wikipedia`): cards look themselves up. */
  auto: boolean;
  /** `base` is a Wikipedia, so lookups need the optional host permission. */
  needsPermission: boolean;
  /** That permission is granted (always true when it is not needed). */
  allowed: boolean;
}

async function storedBase(): Promise<string> {
  const stored = (await browser.storage.local.get(BASE_KEY))[BASE_KEY];
  // A value that is neither a Wikipedia nor a loopback stub is ignored, never followed.
  return normalizeBase(stored) ?? WIKIPEDIA_BASE;
}

async function permitted(base: string): Promise<boolean> {
  if (!needsPermission(base)) return true;
  return browser.permissions.contains({ origins: [...WIKIPEDIA_ORIGINS] });
}

/** Reads the setting, the base and the permission state (call it when the popup opens). */
export async function loadWikiConfig(): Promise<WikiConfig> {
  const [base, settings] = await Promise.all([storedBase(), loadSettings()]);
  return {
    base,
    auto: settings.wikipedia,
    needsPermission: needsPermission(base),
    allowed: await permitted(base),
  };
}

/**
 * Asks for the Wikipedia host permission. Call it *synchronously* from the click handler, before
 * any await: Firefox refuses `permissions.request` outside a user-input handler, and an await
 * ends the handler. Resolves true at once when `config` needs no permission (a loopback stub);
 * when the permission is already granted the browser answers true without a prompt.
 */
export function requestPermission(config: Pick<WikiConfig, 'needsPermission'>): Promise<boolean> {
  if (!config.needsPermission) return Promise.resolve(true);
  return browser.permissions.request({ origins: [...WIKIPEDIA_ORIGINS] });
}

/**
 * Forgets what Lede holds for Wikipedia: the permission, the backoff and every cached result
 * (a list of what the reader looked up). For the options page when lookups are switched off;
 * the setting itself is the options page's to save. Returns how many cache entries went.
 */
export async function forgetWikipedia(): Promise<number> {
  await browser.storage.local.remove(BACKOFF_KEY);
  await browser.permissions.remove({ origins: [...WIKIPEDIA_ORIGINS] });
  return clearWikiCache();
}

/** Removes every cached lookup; returns how many there were. */
export async function clearWikiCache(): Promise<number> {
  const keys = Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith(CACHE_PREFIX));
  if (keys.length) await browser.storage.local.remove(keys);
  return keys.length;
}

export interface LookupOptions {
  /** The clock, for cache freshness and Retry-After dates. */
  now: Date;
  /** Overrides the stored base (must still be a Wikipedia or loopback origin). */
  base?: string;
  /** For tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Skip the cache and any backoff: the reader pressed "Try again". */
  force?: boolean;
}

type Fetched = { status: number; text: string; retryAfter: string | null } | { failed: 'offline' | 'timeout' };

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** One GET that sends nothing but the URL: no cookies, no referrer, no custom headers. */
async function get(url: string, fetchImpl: typeof fetch, timeoutMs: number): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // Custom headers (even Api-User-Agent) would make the request pre-flighted, and pre-flighted
    // requests cannot follow the 302 that REST answers for redirect pages.
    const response = await fetchImpl(url, {
      method: 'GET',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      signal: controller.signal,
    });
    const text = await response.text();
    return { status: response.status, text, retryAfter: response.headers.get('retry-after') };
  } catch {
    return { failed: controller.signal.aborted ? 'timeout' : 'offline' };
  } finally {
    clearTimeout(timer);
  }
}

function json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function failure(failed: 'offline' | 'timeout'): WikiResult {
  return failed === 'offline' ? { kind: 'offline' } : { kind: 'error', reason: 'timeout', message: 'Wikipedia took too long to answer.' };
}

/** Lookups in flight, so that two cards with one title cost one request. */
const inFlight = new Map<string, Promise<WikiResult>>();

/**
 * Looks up an entity (by titleFor) or a title (a disambiguation choice) on Wikipedia: from
 * the cache when fresh, else with one request (two for a disambiguation page). Never throws;
 * every outcome is a WikiResult.
 */
export async function lookup(subject: Pick<Entity, 'type' | 'name'> | string, options: LookupOptions): Promise<WikiResult> {
  const title = typeof subject === 'string' ? normalizeTitle(subject) : titleFor(subject);
  if (!title) return { kind: 'error', reason: 'no-title', message: 'There is no Wikipedia title to look up for this name.' };
  const base = options.base !== undefined ? (normalizeBase(options.base) ?? WIKIPEDIA_BASE) : await storedBase();
  const key = cacheKey(base, title);
  const type = typeof subject === 'string' ? undefined : subject.type;
  const flightKey = `${key}\n${type ?? ''}\n${options.force ? 'force' : ''}`;
  const running = inFlight.get(flightKey);
  if (running) return running;
  const promise = lookupTitle(title, base, key, type, options)
    .catch((error: unknown): WikiResult => ({
      kind: 'error',
      reason: 'unexpected',
      message: error instanceof Error ? error.message : String(error),
    }))
    .finally(() => inFlight.delete(flightKey));
  inFlight.set(flightKey, promise);
  return promise;
}

async function lookupTitle(
  title: string,
  base: string,
  key: string,
  type: Entity['type'] | undefined,
  options: LookupOptions,
): Promise<WikiResult> {
  const { now } = options;
  if (!options.force) {
    const stored = await browser.storage.local.get([key, BACKOFF_KEY]);
    const cached = stored[key];
    if (isFresh(cached, now)) return cached.result;
    const until = stored[BACKOFF_KEY];
    if (typeof until === 'number' && until > now.getTime()) {
      return { kind: 'rate-limited', retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
    }
  }
  if (!(await permitted(base))) return { kind: 'not-allowed' };
  if (isOffline()) return { kind: 'offline' };

  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const answer = await get(summaryUrl(base, title), fetchImpl, timeoutMs);
  if ('failed' in answer) return failure(answer.failed);
  let result = parseSummary(answer.status, json(answer.text), { requested: title, base, retryAfter: answer.retryAfter, now });
  let cacheable = true;

  if (result.kind === 'disambiguation') {
    // Same title as the summary asked for, after redirects: nothing new leaves the browser.
    const page = await get(htmlUrl(base, result.title), fetchImpl, timeoutMs);
    if (!('failed' in page) && page.status === 200) {
      result = { ...result, choices: rankChoices(parseDisambiguationHtml(page.text, result.title), type) };
    } else {
      // The card still links to the page; an empty list must not stick for a week.
      cacheable = false;
    }
  }

  await remember(key, result, now, cacheable);
  // A retry that got through ends the pause for every card.
  if (options.force && result.kind !== 'rate-limited') await browser.storage.local.remove(BACKOFF_KEY);
  return result;
}

async function remember(key: string, result: WikiResult, now: Date, cacheable: boolean): Promise<void> {
  const until = backoffUntil(result, now);
  if (until !== null) await browser.storage.local.set({ [BACKOFF_KEY]: until });
  const entry = cacheable ? cacheEntry(result, now) : null;
  if (!entry) return;
  await browser.storage.local.set({ [key]: entry });
  const stale = keysToPrune(await browser.storage.local.get(null), now);
  if (stale.length) await browser.storage.local.remove(stale);
}
