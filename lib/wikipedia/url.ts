import { encodeTitle } from './title';

/**
 * Where lookups go. Only the origin is configurable, and only to a Wikipedia or to a stub on
 * this machine: the one request Lede makes must not be pointed anywhere else by a stray value.
 */

/** The wiki lookups use unless tests point them at a stub. */
export const WIKIPEDIA_BASE = 'https://en.wikipedia.org';

/** The optional host permission that covers every language edition. */
export const WIKIPEDIA_ORIGINS: readonly string[] = ['https://*.wikipedia.org/*'];

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * The origin to send lookups to, or null when `raw` is neither an https Wikipedia
 * (`https://xx.wikipedia.org`) nor a loopback stub (`http://127.0.0.1:PORT`).
 */
export function normalizeBase(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const url = parse(raw.trim());
  if (!url) return null;
  if (url.protocol === 'https:' && url.hostname.endsWith('.wikipedia.org')) return url.origin;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname)) return url.origin;
  return null;
}

/**
 * Whether requests to `base` need the optional host permission. A loopback stub does not: it
 * answers with `Access-Control-Allow-Origin: *`, and tests cannot click a permission prompt.
 */
export function needsPermission(base: string): boolean {
  return parse(base)?.hostname.endsWith('.wikipedia.org') ?? false;
}

/** REST `page/summary/{title}`: description, extract, thumbnail and type of a page. */
export function summaryUrl(base: string, title: string): string {
  return `${base}/api/rest_v1/page/summary/${encodeTitle(title)}`;
}

/**
 * REST `page/html/{title}`: the page as Parsoid HTML. The summary of a disambiguation page
 * carries no links, so its choices are read from here (see README.md).
 */
export function htmlUrl(base: string, title: string): string {
  return `${base}/api/rest_v1/page/html/${encodeTitle(title)}`;
}

/** The page for people: `{base}/wiki/{title}`. */
export function articleUrl(base: string, title: string): string {
  return `${base}/wiki/${encodeTitle(title)}`;
}

/**
 * `raw` resolved against `base` when it is safe to put in an href or src: https, or the
 * base's own origin (the stub serves http). Anything else (javascript:, data:, http to a third
 * host) is dropped, because these strings come from the network.
 */
export function safeUrl(raw: unknown, base: string): string | null {
  if (typeof raw !== 'string' || !raw) return null;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol === 'https:' || url.origin === new URL(base).origin) return url.href;
  return null;
}
