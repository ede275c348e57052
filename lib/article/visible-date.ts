import { normalizeDate } from './dates';

/**
 * The date a page prints near its headline ("By Jane Doe · August 19, 2025"). It is read from
 * the elements around the headline, in the order a reader meets them: first the ones after it
 * (up to the first body paragraph), then a few just above it (a kicker line "News · Dec 12,
 * 2025" over the headline). A date labeled "Updated" is kept apart, so the original
 * publication date wins when both are shown (the rule), and the update still fills
 * modifiedTime. Evidence: fixtures/article/visible-dateline, fixtures/article/dateline-above,
 * fixtures/article/numeric-dateline.
 */

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
/**
 * "August 19, 2025", "Aug. 19 2025", "19 August 2025", "2025-08-19", and numeric day-month
 * forms "23.07.2025", "10/31/2024", "15/12/2025". Bounded repetitions and literal separators
 * keep matching linear on hostile text.
 */
const DATE_RE = new RegExp(
  [
    `${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b`,
    `\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH},? \\d{4}\\b`,
    // An ISO date may run on into its time ("2022-11-23T08:10+02:00").
    '(?:19|20)\\d\\d-[01]\\d-[0-3]\\d(?=T\\d|\\b)',
    '\\d{1,2}([./])\\d{1,2}\\1(?:19|20)\\d\\d\\b',
  ].map((p) => `\\b${p}`).join('|'),
  'i',
);
const NUMERIC_RE = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;
const UPDATED_RE = /\b(?:updated|modified|edited|revised)\b/i;
const PUBLISHED_RE = /\b(?:published|posted|released)\b/i;
/** A date in a sentence about the past ("originally published in …") is not a dateline label. */
const ORIGINALLY_RE = /\boriginally\b/i;

/** How far after the headline we look, in elements. */
const MAX_STEPS = 150;
/** How far above the headline we look, in elements: a kicker or a date line, not the masthead. */
const MAX_STEPS_BEFORE = 12;
/** Datelines are short; a long text is a paragraph that mentions a date. */
const MAX_TEXT = 160;

export interface VisibleDates {
  published: string | null;
  modified: string | null;
  /** True when the published date carried a "Published"/"Posted" label. */
  publishedLabeled?: boolean;
}

/** An element's text when it is short enough to be a dateline. */
function ownShortText(el: Element): string | null {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_TEXT) return null;
  return text;
}

/**
 * Day-first or month-first? "23.07.2025" is always day-first; with slashes a number over 12
 * decides, and otherwise the page's language does (US English writes the month first).
 */
function numericDate(s: string, lang: string, now: Date): string | null {
  const m = NUMERIC_RE.exec(s);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const dayFirst = s.includes('.') || a > 12 || (b <= 12 && !/^(?:en-us|en)?$/i.test(lang));
  const [day, month] = dayFirst ? [a, b] : [b, a];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return normalizeDate(`${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, now);
}

/** The first printed date in `text`, as ISO, with the few characters before it (its label). */
export function printedDate(text: string, lang: string, now: Date): { iso: string; label: string } | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const raw = m[0];
  const iso = NUMERIC_RE.test(raw)
    ? numericDate(raw, lang, now)
    : normalizeDate(raw.replace(/(\d)(?:st|nd|rd|th)\b/i, '$1').replace(/\bof /i, ''), now);
  if (!iso) return null;
  return { iso, label: text.slice(Math.max(0, m.index - 30), m.index) };
}

/** A dateline's date and label, when `el` is one. `<time datetime>` counts with its attribute. */
function datelineOf(el: Element, lang: string, now: Date): { iso: string; label: string } | null {
  if (el.localName === 'script' || el.localName === 'style') return null;
  const text = ownShortText(el);
  if (!text) return null;
  if (el.localName === 'time') {
    const iso = normalizeDate(el.getAttribute('datetime'), now);
    if (iso) {
      const around = el.parentElement ? ownShortText(el.parentElement) ?? '' : '';
      const at = around.indexOf(text);
      return { iso, label: `${around.slice(Math.max(0, at - 30), Math.max(0, at))} ${text}` };
    }
  }
  return printedDate(text, lang, now);
}

function record(out: VisibleDates, found: { iso: string; label: string }): void {
  if (ORIGINALLY_RE.test(found.label)) return;
  if (UPDATED_RE.test(found.label)) {
    out.modified ??= found.iso;
  } else if (!out.published) {
    out.published = found.iso;
    out.publishedLabeled = PUBLISHED_RE.test(found.label);
  }
}

/**
 * Reads printed dates from `start` (the headline) forward until `stop` (the first body
 * paragraph) or MAX_STEPS elements, then, for what is still missing, a few elements back.
 * Without a headline, `start` is the first body paragraph itself and only the elements above
 * it are read. Last, when no publication date is printed around the top, a labeled one
 * ("Posted on …", "Last updated: …") right after the story's last paragraph (`end`).
 */
export function findVisibleDates(doc: Document, start: Element, stop: Element | null, now: Date, end?: Element | null): VisibleDates {
  const out: VisibleDates = { published: null, modified: null };
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase();
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, 1);
  walker.currentNode = start;
  let steps = 0;
  const fromBody = stop !== null && (start === stop || start.contains(stop));
  for (let node = fromBody ? null : walker.nextNode(); node && steps < MAX_STEPS; node = walker.nextNode(), steps++) {
    const el = node as Element;
    if (stop && (el === stop || el.contains(stop))) {
      // The body's own container: keep looking inside it, but stop at the first paragraph.
      if (el === stop) break;
      continue;
    }
    const found = datelineOf(el, lang, now);
    if (found) record(out, found);
    if (out.published && out.modified) return out;
  }
  if (out.published) return out;
  // Above the headline: a kicker or date line in the story header. The walk goes through
  // the headline's ancestors too; they hold the headline, so they are not datelines.
  walker.currentNode = start;
  steps = 0;
  for (let node = walker.previousNode(); node && steps < MAX_STEPS_BEFORE; node = walker.previousNode()) {
    const el = node as Element;
    if (el.contains(start)) continue;
    steps++;
    const found = datelineOf(el, lang, now);
    if (found) record(out, found);
    if (out.published) return out;
  }
  if (end) readTrailingDates(doc, end, lang, now, out);
  return out;
}

/** How far after the story's last paragraph a labeled dateline may sit, in elements. */
const MAX_STEPS_AFTER = 40;

/**
 * A labeled dateline right after the story ("Posted on April 13, 2023", "Last updated:
 * November 13, 2025"). Unlabeled dates there are usually teasers of other stories, so only
 * labeled ones count. Evidence: fixtures/article/trailing-dateline.
 */
function readTrailingDates(doc: Document, end: Element, lang: string, now: Date, out: VisibleDates): void {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1);
  walker.currentNode = end;
  let steps = 0;
  for (let node = walker.nextNode(); node && steps < MAX_STEPS_AFTER; node = walker.nextNode()) {
    const el = node as Element;
    if (end.contains(el)) continue;
    steps++;
    const found = datelineOf(el, lang, now);
    if (!found || !(PUBLISHED_RE.test(found.label) || UPDATED_RE.test(found.label))) continue;
    record(out, found);
    if (out.published) return;
  }
}
