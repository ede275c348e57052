import { dateFromUrl, isoDay, MONTH_WORD_PATTERN as MONTH, monthNumber, normalizeDate } from './dates';

/**
 * The date a page prints near its headline ("By Jane Doe · August 19, 2025"). It is read from
 * the elements around the headline, in the order a reader meets them: first the ones after it
 * (up to the first body paragraph), then a few just above it (a kicker line "News · Dec 12,
 * 2025" over the headline). A date labeled "Updated" is kept apart, so the original
 * publication date wins when both are shown (the rule), and the update still fills
 * modifiedTime. Evidence: fixtures/article/visible-dateline, fixtures/article/dateline-above,
 * fixtures/article/numeric-dateline.
 */

/**
 * "August 19, 2025", "Aug. 19 2025", "19 August 2025", "19-Aug-2025", "2025-08-19", numeric
 * day-month forms "23.07.2025", "10/31/2024", "15/12/2025", and month names in the languages
 * of dates.ts's MONTH_WORDS as those languages write them ("4 de agosto de 2021", "19. März
 * 2025", "1er août 2024"). Bounded repetitions and literal separators keep matching linear on
 * hostile text.
 */
const DATE_RE = new RegExp(
  [
    `${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b`,
    `\\d{1,2}(?:st|nd|rd|th|er|\\.)? (?:of |de )?${MONTH},? (?:de )?\\d{4}\\b`,
    `\\d{1,2}-${MONTH}-\\d{4}\\b`,
    // An ISO date may run on into its time ("2022-11-23T08:10+02:00").
    '(?:19|20)\\d\\d-[01]\\d-[0-3]\\d(?=T\\d|\\b)',
    '\\d{1,2}([./-])\\d{1,2}\\1(?:19|20)\\d\\d\\b',
    // Year first is never ambiguous: "2025.12.17", "2025/12/17".
    '(?:19|20)\\d\\d([./])[01]?\\d\\2[0-3]?\\d\\b',
  ].map((p) => `\\b${p}`).join('|'),
  'iu',
);
const NUMERIC_RE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;
const YEAR_FIRST_RE = /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/;
const UPDATED_RE = /\b(?:updated|modified|edited|revised)\b/i;
const PUBLISHED_RE = /\b(?:published|posted|released)\b/i;
/** A date in a sentence about the past ("originally published in …") is not a dateline label. */
const ORIGINALLY_RE = /\boriginally\b/i;

/**
 * How far after the headline we look, in elements; the walk ends at the story's second element
 * anyway. A buying guide's grid of picks between headline and byline took 186 (WCXB dev 4430;
 * evidence: fixtures/article/dateline-past-product-grid). At 300 no WCXB dev date got worse.
 */
const MAX_STEPS = 300;
/** How far above the headline we look, in elements: a kicker or a date line, not the masthead. */
const MAX_STEPS_BEFORE = 12;
/** Datelines are short; a long text is a paragraph that mentions a date. */
const MAX_TEXT = 160;

export interface VisibleDates {
  published: string | null;
  modified: string | null;
  /** The date a note on the page gives as the story's first publication (originalNote). */
  original: string | null;
}

/**
 * An element's text when it is short enough to be a dateline, with a space where one text node
 * ends and the next begins: `<span>Updated</span><span>Feb 11, 2026</span>` must read as
 * "Updated Feb 11, 2026" so the label is seen with its date. Collecting stops past MAX_TEXT, so
 * a big container costs no more than a short line.
 */
function ownShortText(el: Element): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const piece = (n.nodeValue ?? '').replace(/\s+/g, ' ');
    if (!piece.trim()) continue;
    text += text && !text.endsWith(' ') && !piece.startsWith(' ') ? ` ${piece}` : piece;
    if (text.length > MAX_TEXT * 2) return null;
  }
  text = text.replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_TEXT) return null;
  return text;
}

/** What a printed date is read with: the page's language, the clock, and the day its URL names. */
export interface DateReading {
  lang: string;
  now: Date;
  /** "2023-10-03" from ".../2023/october/03/slug", or null. */
  urlDay?: string | null;
  /** Days the page's `<time datetime>` elements give in ISO form, which nothing can misread. */
  pageDays?: ReadonlySet<string>;
}

/**
 * Day-first or month-first? "23.07.2025" is always day-first; with slashes a number over 12
 * decides, then the URL's date when it names one of the two readings (a British blog tagged
 * lang="en" prints "03/10/2023" under ".../2023/october/03/", WCXB dev 4690), and otherwise
 * the page's language (US English writes the month first).
 */
function numericDate(s: string, reading: DateReading): string | null {
  const m = NUMERIC_RE.exec(s);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const iso = (day: number, month: number): string | null =>
    month < 1 || month > 12 || day < 1 || day > 31
      ? null
      : normalizeDate(`${m[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, reading.now);
  if (m[2] === '.' || a > 12) return iso(a, b);
  if (b > 12) return iso(b, a);
  const dayFirst = iso(a, b);
  const monthFirst = iso(b, a);
  if (reading.urlDay && (dayFirst === reading.urlDay || monthFirst === reading.urlDay)) return reading.urlDay;
  // A day the page writes unambiguously elsewhere settles it: "02-12-2025" under the byline and
  // "2025-12-02" in the list of recent posts (WCXB dev 0429, read as 12 February).
  const onPage = [dayFirst, monthFirst].filter((d) => d !== null && reading.pageDays?.has(d));
  if (onPage.length === 1) return onPage[0]!;
  return /^(?:en-us|en)?$/i.test(reading.lang) ? monthFirst : dayFirst;
}

/** Country domains that sites use for their letters, not their country ("app.io", "news.ai"). */
const GENERIC_COUNTRY_DOMAINS: ReadonlySet<string> = new Set(['io', 'co', 'ai', 'me', 'tv', 'ly', 'fm', 'gg', 'to', 'cc', 'ws', 'so', 'sh', 'am', 'is', 'us']);

/**
 * The locale numeric dates are read in: the page's declared language (<html lang>, og:locale,
 * JSON-LD inLanguage), else the country of its domain. A Brazilian city's page with no lang
 * printed "05/10/2018" and was read as 10 May (Zyte AEB, jaraguadosul.sc.gov.br); ".us" and
 * the generic domains say nothing.
 */
function readingLocale(lang: string | null, url: string): string {
  const declared = (lang ?? '').trim().toLowerCase();
  if (declared) return declared;
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // No address, or not one: no country either.
  }
  const tld = /\.([a-z]{2})$/.exec(host)?.[1];
  return tld && !GENERIC_COUNTRY_DOMAINS.has(tld) ? tld : '';
}

/** A date written with its month's name ("19th of August, 2025", "Aug. 19 2025", "04-ago-2021") as ISO. */
function namedMonthDate(raw: string, now: Date): string | null {
  const month = monthNumber(/\p{L}{3,}\.?/u.exec(raw.replace(/\b(?:of|de)\b/giu, ''))?.[0] ?? '');
  const numbers = raw.match(/\d+/g) ?? [];
  const year = numbers.find((n) => n.length === 4);
  const day = numbers.find((n) => n.length <= 2);
  return month && year && day ? isoDay(Number(year), month, Number(day), now) : null;
}

/** The first printed date in `text`, as ISO, with the few characters before it (its label). */
export function printedDate(text: string, reading: DateReading): { iso: string; label: string } | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const raw = m[0];
  const yearFirst = YEAR_FIRST_RE.exec(raw);
  const iso = yearFirst
    ? isoDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]), reading.now)
    : NUMERIC_RE.test(raw)
      ? numericDate(raw, reading)
      : /\p{L}/u.test(raw)
        ? namedMonthDate(raw, reading.now)
        : normalizeDate(raw, reading.now);
  if (!iso) return null;
  return { iso, label: text.slice(Math.max(0, m.index - 30), m.index) };
}

/**
 * The words just before `el` in its parent's line: a label printed in an element of its own
 * ("<span>Updated</span><span>Feb 11, 2026</span>") still labels the date.
 */
function labelBefore(el: Element, text: string): string {
  const around = el.parentElement ? ownShortText(el.parentElement) ?? '' : '';
  const at = around.indexOf(text);
  return at > 0 ? around.slice(Math.max(0, at - 30), at) : '';
}

/** A dateline's date and label, when `el` is one. `<time datetime>` counts with its attribute. */
function datelineOf(el: Element, reading: DateReading): { iso: string; label: string } | null {
  if (el.localName === 'script' || el.localName === 'style') return null;
  const text = ownShortText(el);
  if (!text) return null;
  if (el.localName === 'time') {
    // "02-12-2025" in the attribute reads as the printed date would, not as the engine guesses.
    const attr = el.getAttribute('datetime')?.trim() ?? '';
    const iso = NUMERIC_RE.test(attr) ? numericDate(attr, reading) : normalizeDate(attr, reading.now);
    if (iso) return { iso, label: `${labelBefore(el, text)} ${text}` };
  }
  const found = printedDate(text, reading);
  return found && { iso: found.iso, label: `${labelBefore(el, text)} ${found.label}` };
}

function record(out: VisibleDates, found: { iso: string; label: string }): void {
  if (ORIGINALLY_RE.test(found.label)) return;
  if (UPDATED_RE.test(found.label)) {
    out.modified ??= found.iso;
  } else {
    out.published ??= found.iso;
  }
}

/** Wrappers climbed from the story's first element to find bare text before it. */
const MAX_WRAPPERS_UP = 3;

/**
 * A dateline in no element of its own: the text nodes from `from` on (or back) up to the next
 * element, short enough to be a dateline ("<legend>Advent of Code 2025 week 2</legend> 20
 * December 2025 <div class="body">", WCXB dev 0398). The element walks never see it: the
 * parent holds the story too.
 */
function bareDateline(from: Node | null, side: 'after' | 'before', reading: DateReading): { iso: string; label: string } | null {
  const pieces: string[] = [];
  for (let n = from; n && n.nodeType !== 1; n = side === 'after' ? n.nextSibling : n.previousSibling) {
    if (n.nodeType === 3) pieces.push(n.nodeValue ?? '');
  }
  const text = (side === 'after' ? pieces : pieces.reverse()).join(' ').replace(/\s+/g, ' ').trim();
  return text && text.length <= MAX_DATELINE_ONLY ? printedDate(text, reading) : null;
}

/** Node.compareDocumentPosition: the other node comes after this one. */
const FOLLOWING = 4;

/** A story's own first element is read as a dateline only when that is all it is. */
const MAX_DATELINE_ONLY = 60;

/**
 * True when `el`, the story's first element, is itself its dateline: a `<time>`, or a short
 * line that is not a sentence ("by Jane Doe on Jan 22, 2025"). A story's first paragraph that
 * mentions a date ("On March 3, 2020, the council voted.") is a sentence, not a dateline.
 * Evidence: fixtures/article/dateline-first.
 */
function isDatelineOnly(el: Element, text: string): boolean {
  return el.localName === 'time' || (text.length <= MAX_DATELINE_ONLY && !/[.!?]["”’]?$/.test(text));
}

/**
 * A wire dateline opening the story's first paragraph, or its second after a byline line:
 * "RAJSHAHI, Dec 20, 2025 (BSS) - Homestead gardening…", "NEW YORK, March 3, 2024 — The
 * city…": a place in capitals, a date, maybe the agency, then a dash. The place must be in
 * capitals, so a sentence that opens on a date ("On March 3, 2020, the council voted") is not
 * one. Evidence: fixtures/article/wire-dateline.
 */
const WIRE_DATELINE_RE = /^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:, [\p{L}. ]{2,30})?, ([^()–—-]{6,30}?)(?: \([^()]{1,30}\))? ?[-–—]/u;

function wireDateline(el: Element, reading: DateReading): { iso: string; label: string } | null {
  const opening = (el.textContent ?? '').slice(0, 160).replace(/\s+/g, ' ').trim();
  const m = WIRE_DATELINE_RE.exec(opening);
  if (!m) return null;
  const found = printedDate(m[1]!, reading);
  return found && found.label === '' ? found : null;
}

/**
 * Reads printed dates around the story's top, in the order a reader meets them: from the
 * headline forward to the story's first paragraph, then, when the page breaks the story's
 * top with its byline (an ingress, then "By Jane Doe · 23 Nov 2022"), on to its second one,
 * past nothing that is part of the story itself; then, for what is still missing, a few
 * elements above the headline. Without a headline a story that opens on a heading is read from
 * that heading (evidence: fixtures/article/dateline-under-heading), and otherwise only the
 * elements above the first paragraph are read. Last, when no publication date is printed around
 * the top, a labeled one ("Posted on …", "Last updated: …") right after the story's end.
 * The story's own first lines count only as a dateline line or a wire dateline. `url` breaks
 * the tie of a numeric date that reads both ways ("03/10/2023").
 */
export function findVisibleDates(
  doc: Document,
  headline: Element | null,
  story: readonly Element[],
  now: Date,
  page: { url?: string; lang?: string | null } = {},
): VisibleDates {
  const url = page.url ?? '';
  const reading: DateReading = { lang: readingLocale(page.lang ?? null, url), now, urlDay: dateFromUrl(url, now), pageDays: isoTimeDays(doc) };
  return { ...readDatelines(doc, headline, story, reading), original: originalNote(doc, story, reading) };
}

/** At most this many `<time>` elements are read for their ISO days. */
const MAX_TIME_DAYS = 50;

function isoTimeDays(doc: Document): Set<string> {
  const days = new Set<string>();
  const times = doc.getElementsByTagName('time');
  for (let k = 0; k < times.length && k < MAX_TIME_DAYS; k++) {
    const value = times[k]!.getAttribute('datetime')?.trim() ?? '';
    if (/^(?:19|20)\d\d-[01]\d-[0-3]\d/.test(value)) days.add(value.slice(0, 10));
  }
  return days;
}

function readDatelines(doc: Document, headline: Element | null, story: readonly Element[], reading: DateReading): VisibleDates {
  const out: VisibleDates = { published: null, modified: null, original: null };
  const root = doc.body ?? doc.documentElement;
  const opensOnHeading = !headline && story.length > 1 && /^h[1-6]$/.test(story[0]?.localName ?? '');
  const start = headline ?? (opensOnHeading ? story[0] : null);
  // The story elements the walk from the start meets: a kicker or category line that
  // Readability keeps from above the headline is not where the headline's dateline ends.
  const rest = start ? story.filter((el) => start.compareDocumentPosition(el) & FOLLOWING) : story;
  const first = rest[0] ?? null;
  const second = rest[1] ?? null;
  const walker = doc.createTreeWalker(root, 1);
  if (start) {
    const found = bareDateline(start.nextSibling, 'after', reading);
    if (found) record(out, found);
    walker.currentNode = start;
    let steps = 0;
    for (let node = walker.nextNode(); node && steps < MAX_STEPS; node = walker.nextNode(), steps++) {
      const el = node as Element;
      if (el === second) {
        const found = wireDateline(el, reading);
        if (found) record(out, found);
        break;
      }
      if (el === first) {
        const text = ownShortText(el);
        const found = text && isDatelineOnly(el, text) ? datelineOf(el, reading) : wireDateline(el, reading);
        if (found) record(out, found);
        continue;
      }
      // The story's own containers hold the datelines we look for: read on inside them.
      if ((first && el.contains(first)) || (second && el.contains(second))) continue;
      // Inside the story's first element only a <time> is a dateline; its sentences are story.
      if (first?.contains(el) && el.localName !== 'time') continue;
      const found = datelineOf(el, reading);
      if (found) record(out, found);
      if (out.published && out.modified) return out;
    }
    if (out.published) return out;
  }
  const top = start ?? first;
  if (!start && first) {
    // Without a headline, bare text just before the story's wrapper: the title sits in an
    // element the headline search does not read (a <legend>), the date after it as text.
    let el: Element | null = first;
    for (let up = 0; el && up < MAX_WRAPPERS_UP && !out.published; up++, el = el.parentElement) {
      const found = bareDateline(el.previousSibling, 'before', reading);
      if (found) record(out, found);
      if (el.parentElement?.firstElementChild !== el) break;
    }
    if (out.published) return out;
  }
  if (top) {
    // Above the headline: a kicker or date line in the story header.
    for (const el of elementsBeside(doc, top, 'before', MAX_STEPS_BEFORE)) {
      const found = datelineOf(el, reading);
      if (found) record(out, found);
      if (out.published) return out;
    }
  }
  const end = story[story.length - 1];
  if (end) readTrailingDates(doc, end, reading, out);
  return out;
}

/**
 * Up to `max` elements before or after `from` in document order, nearest first. The walk back
 * passes through `from`'s ancestors and the walk on through its descendants: neither is
 * beside it (an ancestor holds the headline, a descendant is part of the story).
 */
function* elementsBeside(doc: Document, from: Element, side: 'before' | 'after', max: number): Generator<Element> {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1);
  walker.currentNode = from;
  const step = () => (side === 'before' ? walker.previousNode() : walker.nextNode());
  let steps = 0;
  for (let node = step(); node && steps < max; node = step()) {
    const el = node as Element;
    if (side === 'before' ? el.contains(from) : from.contains(el)) continue;
    steps++;
    yield el;
  }
}

/**
 * How far after the story's last paragraph a labeled dateline may sit, in elements. The Public
 * Domain Review prints "Published | Feb 2, 2023" 103 elements after it, past a table of
 * downloads (WCXB dev 0463; 40 steps missed it). Only labeled dates count, and only on pages
 * where nothing nearer the headline gave one. Evidence: fixtures/article/trailing-dateline-far.
 */
const MAX_STEPS_AFTER = 120;

/**
 * A labeled dateline right after the story ("Posted on April 13, 2023", "Last updated:
 * November 13, 2025", or a date in the line that credits the writers). Unlabeled dates there
 * are usually teasers of other stories, so only labeled ones count. Evidence:
 * fixtures/article/trailing-dateline.
 */
function readTrailingDates(doc: Document, end: Element, reading: DateReading, out: VisibleDates): void {
  for (const el of elementsBeside(doc, end, 'after', MAX_STEPS_AFTER)) {
    const found = datelineOf(el, reading);
    if (!found || !(PUBLISHED_RE.test(found.label) || UPDATED_RE.test(found.label) || isWrittenByLine(el))) continue;
    record(out, found);
    if (out.published) return;
  }
}

/**
 * "This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly
 * updated", "Update note: This blog post was originally published on the 21st of June 2017":
 * a date right after "originally/first published|posted (on)", in one of the story's last
 * elements or a short line after it. Such a note states the original publication date that a
 * refreshed page's dateline and metadata replace (WCXB dev 4565 prints "30 Sep 2022" under
 * its headline). Evidence: fixtures/article/originally-published-note.
 */
const ORIGINAL_NOTE_RE = /\b(?:originally|first) (?:published|posted)(?: on)?:? (?:the )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?/i;
/**
 * What may come before the phrase: nothing but a label ("Update note:"), or the page itself as
 * the subject ("This blog post was"). "The study, first published on March 3, 2019, …" in a
 * story's last paragraph dates something else.
 */
const NOTE_SUBJECT_RE = /(?:^|[:|·•]\s*|\b(?:this|the) (?:[\w-]+ ){0,2}(?:article|story|post|piece|page|guide|review|column|report|feature|interview|essay)(?: was| has been| is| had been)?)$/i;
/** The story's last elements read for such a note. */
const NOTE_TAIL = 3;

function originalNote(doc: Document, story: readonly Element[], reading: DateReading): string | null {
  const end = story[story.length - 1];
  if (!end) return null;
  const candidates = [...story.slice(-NOTE_TAIL), ...elementsBeside(doc, end, 'after', MAX_STEPS_AFTER)];
  for (const el of candidates) {
    // A body element may be the note's label alone ("<p><strong>Update note:</strong> This
    // blog post was originally published on …</p>"): its line is the parent's.
    for (const text of [ownShortText(el), el.parentElement ? ownShortText(el.parentElement) : null]) {
      const m = text ? ORIGINAL_NOTE_RE.exec(text) : null;
      const found = m && NOTE_SUBJECT_RE.test(text!.slice(0, m.index).trimEnd()) && printedDate(text!.slice(m.index + m[0].length), reading);
      if (found && found.label === '') return found.iso;
    }
  }
  return null;
}

/**
 * The story's own credit line, its date beside the writers: "<p>Written by Moses Kim and Kate
 * Shokurova</p><p>April 8, 2024</p>" after the story (WCXB dev 0233). "Written by", not "By":
 * teasers of other stories print "By Jane Doe · March 3, 2024". Evidence: visible-date.test.ts.
 */
function isWrittenByLine(el: Element): boolean {
  const line = el.parentElement ? ownShortText(el.parentElement) : null;
  return line !== null && /^written by\s/i.test(line);
}
