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
 * It is two halves: annotatePage (needs the Document: article, boilerplate) and annotateText
 * (needs only text: entities, claims). The CLI and tests run both here; the extension runs the
 * page half in the content script and the text half in its background context, so the page's
 * main thread never carries the language work. `now` is always a parameter.
 */
import { annotatePage, mergeText, type PageOptions } from './annotate-page';
import { annotateText } from './annotate-text';
import type { Report } from './report';

export { mergeText };

export interface AnnotateOptions extends PageOptions {
  /** Entities and claims read at most this many characters of body text. */
  maxChars?: number;
}

/** Runs every stage on a page and returns its Report. Never throws for a bad page. */
export function annotate(doc: Document, opts: AnnotateOptions): Report {
  const report = annotatePage(doc, opts);
  if (!report.article) return report;
  return mergeText(report, annotateText(report.article, { maxChars: opts.maxChars, timer: opts.timer }));
}
