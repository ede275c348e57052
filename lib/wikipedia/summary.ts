import { splitSentences } from '../text/sentences';
import { htmlText } from './html';
import type { WikiResult, WikiThumbnail } from './result';
import { normalizeTitle, sameTitle } from './title';
import { articleUrl, safeUrl } from './url';

/**
 * Reading a REST `page/summary` response (fields as in
 * https://www.mediawiki.org/wiki/Specs/Summary/1.3.0).
 * The fields used: `type` ("standard", "disambiguation", "no-extract", "mainpage"), `titles`
 * {canonical, normalized, display}, `description`, `extract`, `thumbnail` {source, width,
 * height}, `content_urls.desktop.page`. Errors come as RFC 7807 problem JSON; only the status
 * matters for them. Redirect pages answer 302 to their target, which fetch follows, so a
 * redirect shows up here as a canonical title that differs from the one asked for.
 */

/** What parseSummary needs besides the response. */
export interface SummaryContext {
  /** The title that was asked for. */
  requested: string;
  /** The origin the request went to, to resolve and vet URLs in the answer. */
  base: string;
  /** The response's Retry-After header, if any. */
  retryAfter?: string | null;
  now: Date;
}

/** How many sentences of the extract a card shows, and a cap for run-on first sentences. */
export const EXTRACT_SENTENCES = 3;
export const EXTRACT_MAX_CHARS = 480;
const unreadable = (): WikiResult => ({ kind: 'error', reason: 'unreadable', message: 'Wikipedia sent an answer Lede cannot read.' });
/** Retry-After values above a day are treated as a day: a stuck value must not block forever. */
const MAX_RETRY_AFTER_S = 86_400;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * The first `max` sentences of `text`, cut to about `maxChars` at a word boundary when even
 * the first sentence runs longer.
 */
export function firstSentences(text: string, max = EXTRACT_SENTENCES, maxChars = EXTRACT_MAX_CHARS): string {
  const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end));
  let out = '';
  for (const sentence of sentences.slice(0, max)) {
    const next = out ? `${out} ${sentence}` : sentence;
    if (out && next.length > maxChars) break;
    out = next;
  }
  if (out.length <= maxChars) return out;
  const cut = out.lastIndexOf(' ', maxChars - 1);
  return `${out.slice(0, cut > 0 ? cut : maxChars - 1)}…`;
}

/**
 * Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), or undefined when
 * it is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{1,10}$/.test(trimmed)) return Math.min(Number(trimmed), MAX_RETRY_AFTER_S);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, Math.ceil((at - now.getTime()) / 1000)), MAX_RETRY_AFTER_S);
}

function thumbnailOf(value: unknown, base: string): WikiThumbnail | undefined {
  if (!isRecord(value)) return undefined;
  const source = safeUrl(value.source, base);
  const { width, height } = value;
  if (!source || typeof width !== 'number' || typeof height !== 'number') return undefined;
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) return undefined;
  return { source, width, height };
}

/**
 * The title to show: the display title as text when it names the same page (it keeps
 * "iPhone" and italics-free "The Guardian"), else the normalized title.
 */
function displayTitle(body: Record<string, unknown>, normalized: string): string {
  const titles = isRecord(body.titles) ? body.titles : {};
  const html = str(titles.display) ?? str(body.displaytitle);
  const text = html ? htmlText(html) : '';
  return text && sameTitle(text, normalized) ? text : normalizeTitle(normalized);
}

/**
 * A REST summary response as a WikiResult. A disambiguation page comes back with no choices:
 * the caller fills them from `page/html` (see disambiguation.ts).
 */
export function parseSummary(status: number, body: unknown, ctx: SummaryContext): WikiResult {
  if (status === 404 || status === 400) {
    // 400 is RESTBase's answer to a title MediaWiki would refuse: no page by that name either.
    return { kind: 'missing', title: normalizeTitle(ctx.requested) };
  }
  if (status === 429) {
    const retryAfterSeconds = parseRetryAfter(ctx.retryAfter, ctx.now);
    return retryAfterSeconds === undefined ? { kind: 'rate-limited' } : { kind: 'rate-limited', retryAfterSeconds };
  }
  if (status >= 500) return { kind: 'error', reason: 'server', status, message: `Wikipedia is having trouble (HTTP ${status}).` };
  if (status !== 200) return { kind: 'error', reason: 'http', status, message: `Wikipedia answered with HTTP ${status}.` };
  if (!isRecord(body)) return unreadable();

  const titles = isRecord(body.titles) ? body.titles : {};
  const canonical = str(titles.canonical) ?? str(body.title);
  const normalized = str(titles.normalized) ?? str(body.title) ?? canonical;
  if (!canonical || !normalized) return unreadable();
  const title = displayTitle(body, normalized);
  const contentUrls = isRecord(body.content_urls) && isRecord(body.content_urls.desktop) ? body.content_urls.desktop : {};
  const url = safeUrl(contentUrls.page, ctx.base) ?? articleUrl(ctx.base, canonical);

  if (body.type === 'disambiguation') return { kind: 'disambiguation', title, choices: [], url };

  const result: Extract<WikiResult, { kind: 'summary' }> = {
    kind: 'summary',
    title,
    extract: firstSentences(str(body.extract) ?? ''),
    url,
  };
  if (!sameTitle(ctx.requested, canonical)) result.redirectedFrom = normalizeTitle(ctx.requested);
  const description = str(body.description);
  if (description) result.description = description;
  const thumbnail = thumbnailOf(body.thumbnail, ctx.base);
  if (thumbnail) result.thumbnail = thumbnail;
  return result;
}
