import { normalizeDate } from './dates';

/**
 * The date a page prints near its headline ("By Jane Doe · August 19, 2025"), for pages
 * whose metadata gives none. It is read from the elements around the headline, in the order a
 * reader meets them. A date labeled "Updated" is kept apart, so the original publication
 * date wins when both are shown (the rule), and the update still fills modifiedTime.
 * Evidence: fixtures/article/visible-dateline.
 */

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
/**
 * "August 19, 2025", "Aug. 19 2025", "19 August 2025", "2025-08-19". Bounded repetitions and
 * literal separators keep matching linear on hostile text.
 */
const DATE_RE = new RegExp(
  `\\b(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH},? \\d{4}|(?:19|20)\\d\\d-[01]\\d-[0-3]\\d)\\b`,
  'i',
);
const UPDATED_RE = /\b(?:updated|modified|edited|revised)\b/i;

/** How far around the headline we look, in elements. */
const MAX_STEPS = 80;
/** Datelines are short; a long text is a paragraph that mentions a date. */
const MAX_TEXT = 160;

export interface VisibleDates {
  published: string | null;
  modified: string | null;
}

/** An element's text when it is short enough to be a dateline. */
function ownShortText(el: Element): string | null {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_TEXT) return null;
  return text;
}

/**
 * Reads printed dates from `start` (the headline) forward until `stop` (the first body
 * paragraph) or MAX_STEPS elements. `<time datetime>` counts with its attribute.
 */
export function findVisibleDates(doc: Document, start: Element, stop: Element | null, now: Date): VisibleDates {
  const out: VisibleDates = { published: null, modified: null };
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1);
  walker.currentNode = start;
  let steps = 0;
  for (let node = walker.nextNode(); node && steps < MAX_STEPS; node = walker.nextNode(), steps++) {
    const el = node as Element;
    if (stop && (el === stop || el.contains(stop))) {
      // The body's own container: keep looking inside it, but stop at the first paragraph.
      if (el === stop) break;
      continue;
    }
    if (el.localName === 'script' || el.localName === 'style') continue;
    const text = ownShortText(el);
    if (!text) continue;
    let iso: string | null = null;
    let label = '';
    if (el.localName === 'time') {
      iso = normalizeDate(el.getAttribute('datetime'), now);
      const around = el.parentElement ? ownShortText(el.parentElement) ?? '' : '';
      const at = around.indexOf(text);
      label = around.slice(Math.max(0, at - 30), Math.max(0, at));
    }
    if (!iso) {
      const m = DATE_RE.exec(text);
      if (!m) continue;
      iso = normalizeDate(m[0].replace(/(\d)(?:st|nd|rd|th)\b/i, '$1').replace(/\bof /i, ''), now);
      // "Updated" is the label just before the date: "Last updated: August 19, 2025".
      label = text.slice(Math.max(0, m.index - 30), m.index);
    }
    if (!iso) continue;
    if (UPDATED_RE.test(label)) out.modified ??= iso;
    else out.published ??= iso;
    if (out.published && out.modified) break;
  }
  return out;
}
