/**
 * The page half of the pipeline: the stages that need the Document. In the extension this
 * half runs in the content script; the text half (annotate-text.ts) runs in the extension's
 * background context, off the page's main thread. lib/annotate.ts joins them for the CLI.
 */
import { extractArticle } from './article';
import { detectBoilerplate } from './boilerplate';
import { staticPageView, type PageView } from './dom/page-view';
import type { TextAnalysis } from './annotate-text';
import { SCHEMA_VERSION, type Report } from './report';

export interface PageOptions {
  url: string;
  now: Date;
  /** Layout answers; defaults to attribute-only answers for parsers without layout. */
  view?: PageView;
  /** A monotonic millisecond timer for `timings`; performance.now by default. */
  timer?: () => number;
}

export function defaultTimer(): number {
  return globalThis.performance?.now() ?? 0;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/**
 * Reads the article and flags the boilerplate around it. The report comes back with empty
 * `entities` and `claims`, for annotateText to fill. Never throws for a bad page.
 */
export function annotatePage(doc: Document, opts: PageOptions): Report {
  const timer = opts.timer ?? defaultTimer;
  const t0 = timer();
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    url: opts.url,
    analyzedAt: opts.now.toISOString(),
    article: null,
    entities: [],
    claims: [],
    boilerplate: [],
    timings: { totalMs: 0, articleMs: 0, boilerplateMs: 0, entitiesMs: 0, claimsMs: 0 },
  };
  const finish = (): Report => {
    report.timings.totalMs = roundMs(timer() - t0);
    return report;
  };

  let extraction;
  try {
    const result = extractArticle(doc, { url: opts.url, now: opts.now });
    if (!result.ok) {
      report.notArticleReason = result.reason;
      report.timings.articleMs = roundMs(timer() - t0);
      return finish();
    }
    extraction = result.value;
  } catch (error) {
    report.error = `The article could not be read: ${describeError(error)}`;
    return finish();
  }
  const { article, bodyElements } = extraction;
  report.article = article;
  const t = timer();
  report.timings.articleMs = roundMs(t - t0);

  try {
    report.boilerplate = detectBoilerplate(doc, bodyElements, {
      view: opts.view ?? staticPageView,
      now: opts.now,
      published: article.publishedTime ? new Date(Date.parse(article.publishedTime)) : null,
      title: article.title,
    });
  } catch (error) {
    report.error = `Boilerplate detection failed: ${describeError(error)}`;
  }
  report.timings.boilerplateMs = roundMs(timer() - t);
  return finish();
}

/** Puts the text half's results into a page report (the two halves meeting). */
export function mergeText(report: Report, text: TextAnalysis): Report {
  report.entities = text.entities;
  report.claims = text.claims;
  report.timings.entitiesMs = text.entitiesMs;
  report.timings.claimsMs = text.claimsMs;
  report.timings.totalMs = roundMs(report.timings.totalMs + text.entitiesMs + text.claimsMs);
  if (text.truncated) report.truncated = text.truncated;
  if (text.unsupportedLanguage) report.unsupportedLanguage = text.unsupportedLanguage;
  if (text.error) report.error = text.error;
  return report;
}
