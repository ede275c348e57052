/**
 * The pipeline, in one function. Plain data flows one way between pure stages:
 *
 *   Document ──► article/      cheap check → metadata → Readability on a clone → body text
 *                  │                          (+ the source elements of each paragraph)
 *                  ├──► boilerplate/  blocks outside the body → kind → time refs → stale?
 *                  └──► body text ──► entities/ ──► claims/ (linked to entities)
 *                                                        │
 *   Report ◄───────────────────────────────────────────────┘
 *
 * The same code runs in the content script (on the live document, which it never modifies),
 * in Vitest under jsdom, and in the `lede` CLI. `now` is always a parameter.
 */
import { extractArticle } from './article';
import { detectBoilerplate } from './boilerplate';
import { extractClaims } from './claims';
import { staticPageView, type PageView } from './dom/page-view';
import { extractEntities } from './entities';
import { SCHEMA_VERSION, type Report } from './report';

export interface AnnotateOptions {
  url: string;
  now: Date;
  /** Layout answers; defaults to attribute-only answers for parsers without layout. */
  view?: PageView;
  /** Entities and claims read at most this many characters of body text. */
  maxChars?: number;
  /** A monotonic millisecond timer for `timings`; performance.now by default. */
  timer?: () => number;
}

/** Long enough for any news story; a 1 MB "article" is a page we should not chew on whole. */
const DEFAULT_MAX_CHARS = 120_000;

function defaultTimer(): number {
  return globalThis.performance?.now() ?? 0;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs every stage on a page and returns its Report. Never throws for a bad page. */
export function annotate(doc: Document, opts: AnnotateOptions): Report {
  const timer = opts.timer ?? defaultTimer;
  const view = opts.view ?? staticPageView;
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
    report.timings.totalMs = round(timer() - t0);
    return report;
  };

  let extraction;
  try {
    const result = extractArticle(doc, { url: opts.url, now: opts.now });
    if (!result.ok) {
      report.notArticleReason = result.reason;
      report.timings.articleMs = round(timer() - t0);
      return finish();
    }
    extraction = result.value;
  } catch (error) {
    report.error = `The article could not be read: ${describe(error)}`;
    return finish();
  }
  const { article, bodyElements } = extraction;
  report.article = article;
  let t = timer();
  report.timings.articleMs = round(t - t0);

  const published = article.publishedTime ? new Date(Date.parse(article.publishedTime)) : null;
  try {
    report.boilerplate = detectBoilerplate(doc, bodyElements, {
      view,
      now: opts.now,
      published,
      title: article.title,
    });
  } catch (error) {
    report.error = `Boilerplate detection failed: ${describe(error)}`;
  }
  report.timings.boilerplateMs = round(timer() - t);

  const text = limitText(article.text, article.blocks, opts.maxChars ?? DEFAULT_MAX_CHARS, report);
  t = timer();
  try {
    report.entities = extractEntities(text, { title: article.title });
  } catch (error) {
    report.error = `Entity recognition failed: ${describe(error)}`;
  }
  report.timings.entitiesMs = round(timer() - t);

  t = timer();
  try {
    report.claims = extractClaims(text, { title: article.title, entities: report.entities });
  } catch (error) {
    report.error = `Claim detection failed: ${describe(error)}`;
  }
  report.timings.claimsMs = round(timer() - t);
  return finish();
}

/** Cuts the body at a paragraph boundary when it is too long, and records that in the report. */
function limitText(
  text: string,
  blocks: readonly { start: number; end: number }[],
  maxChars: number,
  report: Report,
): string {
  if (text.length <= maxChars) return text;
  let kept = 0;
  while (kept < blocks.length && blocks[kept]!.end <= maxChars) kept++;
  report.truncated = { paragraphs: kept, ofParagraphs: blocks.length };
  return text.slice(0, blocks[kept - 1]?.end ?? maxChars);
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
