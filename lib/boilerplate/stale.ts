/**
 * Stale promos: a block that advertises something whose time has passed ("Tech Fails of
 * 2022" in a trending strip read in 2026, "Sale ends 03/31/2026", "Black Friday 2025 deals").
 *
 * A block is stale when one of its items (the " · "-separated parts of its text) is, and an
 * item is stale when
 *   1. its latest relevant time reference ended before today, where relevant means the
 *      reference fixes its own year (or is a yearless one-off date like "on 27 November"),
 *      and it is not a copyright notice, a history ("since 1957") or a stamp ("Last updated");
 *   2. and it advertises: an event with a year, or a promo word (deal, best, webinar…) or a
 *      list title ("… of 2022") next to one of those references, in the item or the items
 *      either side of it (a deal card's date is an item of its own).
 * Judging items, not whole blocks, keeps one current item ("AI in 2026: Trends") from hiding
 * an expired one beside it ("Black Friday: Data and Insights from 2025", stale-promos.md #18),
 * and the evidence quotes the item that ran out.
 *
 * Left out on purpose:
 * - Relative deadlines ("ends today", "limited time"). Lede reads live pages, where the
 *   chrome is served at reading time: "ends today" means today, whatever the article's age.
 *   Unless the page's own script sets the block's window (script-window.ts, judgeScriptWindow):
 *   then the window's end dates it (stale-promos.md #11).
 * - Yearless seasonal events ("Black Friday deals", "Cyber Monday Deals Still Available").
 *   They come back every year; on 2026-11-28 an undated Black Friday banner may be current.
 *   In a block that writes a year they are placed in that year, and the year decides.
 * - Years in news headlines with no promo word ("Queen dies in 2022"): a dated story in a
 *   link list is history, and a reader would not call it an expired offer.
 * - Clashes with the article date. Chrome is usually newer than the article it frames (the
 *   reference page is a 2014 story in 2022 chrome), so a promo dated after the article says
 *   nothing about staleness, and one dated before it has also passed relative to today.
 */
import type { BoilerplateKind, StaleVerdict, TimeRef } from '../report';
import { dayOfDate, dayOfIso, eventNamed, isoOf, partsOf, type Day } from './events';
import type { ScriptWindow } from './script-window';
import { lettersIn } from './measure';
import { isAnchored, refRole, writtenYear } from './time-refs';

export interface StaleOptions {
  now: Date;
  kind: BoilerplateKind;
  /**
   * The article's publication date. Accepted for the pipeline's sake but not needed: the
   * references were already resolved with it, and clashes are left out (module comment).
   */
  published?: Date | null;
}

/** Kinds whose dates describe people or posts, never offers ("joined in 2019", comment dates). */
const SILENT_KINDS: ReadonlySet<BoilerplateKind> = new Set(['author-bio', 'comments', 'cookie-consent']);

/** A group of words that show a block is selling or promoting something time-bound. */
interface CueGroup {
  id: string;
  why: string;
  re: RegExp;
  /** Texts the group must match; stale.test.ts checks each one. */
  examples: readonly string[];
}

export const PROMO_CUES: readonly CueGroup[] = [
  {
    id: 'commerce',
    why: 'Offers and shopping: the deal banners and strips that outlive their sale.',
    // "sales" is left out: "2022 sales fell" is a news headline, not an offer.
    re: /\b(?:deals?|sale|on\s+sale|offers?|discounts?|coupons?|promo(?:tion)?s?|promo\s+codes?|savings?|save|clearance|bargains?|redeem|shop(?:ping)?|price\s+drops?|free\s+shipping|buy)\b|\d\s?%\s?off\b|[$£€]\s?\d{1,6}\s?off\b/gi,
    examples: ['Cyber Monday Deals Still Available', 'Limited Time Offer ~ Redeem by 12.31.23', '$200 off'],
  },
  {
    id: 'rankings',
    why:
      'Best-of lists, gift guides and year-in-review roundups belong to their year ' +
      '(reference page "Tech Fails of 2022"; stale-promos.md #19 "Best Camera Bags for 2020").',
    re: /\b(?:best|top(?:\s+\d{1,3})?|gifts?|gift\s+guides?|guides?|buyer['’]?s\s+guide|picks|awards?|winners?|rankings?|ranked|round-?up|in\s+review|predictions?|trends|fails|must[\s-]haves?|wish\s?list|lists?|essentials)\b/gi,
    examples: ['Tech Fails of 2022', 'The 15 Best Dog Subscription Boxes of 2021', 'Holiday Gift Guide'],
  },
  {
    id: 'events',
    why: 'Events, summits and webinars and their tickets (stale-promos.md #12, #13).',
    re: /\b(?:events?|summit|conferences?|webinars?|workshops?|expo|festival|fest|tickets?|register|registration|rsvp|livestream|keynote|meetup|meet|join\s+us|tour)\b/gi,
    examples: ['Meet CleverTap at App Promotion Summit', 'Webinar: The BAS Summit 2025'],
  },
  {
    id: 'limited',
    why: 'Words that bound an offer in time ("Sale ends", "still available", "2025 edition").',
    re: /\b(?:season|edition|ends|ended|expires?|expired|until|deadline|apply\s+by|enroll(?:ment)?|last\s+chance|countdown|still\s+available)\b/gi,
    examples: ['Sale ends 03/31/2026', 'Deals Still Available'],
  },
];

/** How far (in characters) a promo word may sit from the reference it speaks for. */
const CUE_WINDOW = 100;

/** "<Title> of 2022" / "<Title> for 2020": a list or guide named after its year. */
const LIST_TITLE_BEFORE = /(\p{L}[\p{L}'’-]{0,30})\s{1,2}(?:of|for)\s{1,2}$/u;
/** Words before "of YEAR" that name laws, cohorts and periods, not lists ("Act of 2022"). */
const NOT_LIST_TITLES: ReadonlySet<string> = new Set([
  'act', 'acts', 'class', 'law', 'bill', 'code', 'treaty', 'accord', 'agreement', 'end',
  'start', 'beginning', 'middle', 'half', 'quarter', 'year', 'month', 'week', 'day', 'as',
  'spring', 'summer', 'fall', 'autumn', 'winter', 'election', 'elections', 'war', 'census',
]);

/**
 * A date that is an item of its own ("Dec 19, 2025", "10/16/2025 · By Jane") is a card's
 * publication stamp. It dates an offer only when the card sells something ("$200 off", "deal":
 * stale-promos.md #17); beside a post title that says "trends" or "guide" it dates the post.
 */
const STAMP_CUES = PROMO_CUES.filter((g) => g.id === 'commerce');
/** Letters besides the date's own that a stamp item may have ("By", "min read"). */
const STAMP_EXTRA_LETTERS = 12;

/** Start offsets of every promo word in the text, sorted. */
function cueStarts(text: string, groups: readonly CueGroup[] = PROMO_CUES): number[] {
  const starts: number[] = [];
  for (const group of groups) {
    group.re.lastIndex = 0;
    for (let m = group.re.exec(text); m; m = group.re.exec(text)) starts.push(m.index);
  }
  return starts.sort((a, b) => a - b);
}

/** True when some value of the sorted array lies in [lo, hi]. */
function anyWithin(sorted: readonly number[], lo: number, hi: number): boolean {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((sorted[mid] ?? Infinity) < lo) a = mid + 1;
    else b = mid;
  }
  return a < sorted.length && (sorted[a] ?? Infinity) <= hi;
}

/** Does the text around `ref`, within [lo, hi], promote something? */
function promotes(
  text: string,
  ref: TimeRef,
  cues: readonly number[],
  sideRefs: readonly number[],
  bounds: { lo: number; hi: number },
): boolean {
  if (ref.kind === 'event') return true; // "Black Friday 2025", "Holiday Gift Guide 2025"
  const lo = Math.max(bounds.lo, ref.start - CUE_WINDOW);
  const hi = Math.min(bounds.hi, ref.end + CUE_WINDOW);
  if (anyWithin(cues, lo, hi) || anyWithin(sideRefs, lo, hi)) return true;
  const title = LIST_TITLE_BEFORE.exec(text.slice(Math.max(0, ref.start - 40), ref.start));
  return !!title?.[1] && !NOT_LIST_TITLES.has(title[1].toLowerCase());
}

/** The separator between a block's items (lib/dom/selector.ts, visibleText). */
const ITEM_SEPARATOR = ' · ';

/** Start offsets of the block's items: 0, then just after every separator. */
function itemStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf(ITEM_SEPARATOR); i >= 0; i = text.indexOf(ITEM_SEPARATOR, i + 1)) {
    starts.push(i + ITEM_SEPARATOR.length);
  }
  return starts;
}

/** Index of the item that holds offset `at`. */
function itemAt(starts: readonly number[], at: number): number {
  let a = 0;
  let b = starts.length - 1;
  while (a < b) {
    const mid = (a + b + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) a = mid;
    else b = mid - 1;
  }
  return a;
}

function itemSpan(text: string, starts: readonly number[], i: number): { start: number; end: number } {
  const start = starts[i] ?? 0;
  const next = starts[i + 1];
  return { start, end: next === undefined ? text.length : next - ITEM_SEPARATOR.length };
}

/** Longest quote of an item in the evidence. */
const QUOTE_MAX = 60;

/** An item's text for the evidence, cut at a word when long. */
function quoteOf(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= QUOTE_MAX) return t;
  const cut = t.lastIndexOf(' ', QUOTE_MAX - 1);
  return `${t.slice(0, cut > QUOTE_MAX / 2 ? cut : QUOTE_MAX - 1)}…`;
}


const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "28 Nov 2022". */
function formatDay(day: Day): string {
  const p = partsOf(day);
  return `${p.day} ${MONTHS[p.month - 1] ?? ''} ${p.year}`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "4 years before today", "8 months before today", "1 day before today". */
function before(day: Day, today: Day): string {
  const d = partsOf(day);
  const t = partsOf(today);
  const laterInYear = t.month < d.month || (t.month === d.month && t.day < d.day);
  const years = t.year - d.year - (laterInYear ? 1 : 0);
  if (years >= 1) return `${plural(years, 'year')} before today`;
  const months = (t.year - d.year) * 12 + t.month - d.month - (t.day < d.day ? 1 : 0);
  if (months >= 1) return `${plural(months, 'month')} before today`;
  return `${plural(today - day, 'day')} before today`;
}

/**
 * One sentence a reader understands, about the reference that ran out: the item that says it,
 * what it refers to and when that ended. The item is left out when the block is that one item,
 * or when it says nothing more than the reference ("Black Friday 2025").
 */
function evidenceFor(ref: TimeRef, today: Day, item: string | null): string {
  const to = dayOfIso(ref.to);
  const said = ref.text.replace(/\s+/g, ' ').trim();
  const quoted = item !== null && lettersIn(item) > lettersIn(said) + 3 ? `“${quoteOf(item)}”` : '';
  const subject = (bare: string, withQuote: string): string => (quoted ? `${quoted} ${withQuote}` : bare);
  switch (ref.kind) {
    case 'year': {
      // The year of its last day, so a range "2021-2025" counts from 2025.
      const years = partsOf(today).year - partsOf(to).year;
      return `${subject('Mentions', 'mentions')} ${said}, ${plural(years, 'year')} before today.`;
    }
    case 'month':
      return `${subject('Mentions', 'mentions')} ${said}, ${before(to, today)}.`;
    case 'event': {
      const label = `${eventNamed(said)?.label ?? said} ${writtenYear(ref)}`;
      return quoted ? `${quoted} names ${label}, which ended on ${formatDay(to)}.` : `${label} ended on ${formatDay(to)}.`;
    }
    case 'date':
    case 'deadline':
      return isAnchored(ref)
        ? `${subject('Refers', 'refers')} to ${formatDay(to)}, ${before(to, today)}.`
        : `${subject('Refers', 'refers')} to ${said}, which last passed ${before(to, today)}.`;
  }
}

/** A block item that holds time references, and whether what it promotes has run out. */
export interface ItemVerdict {
  /** Offsets of the item in the block's text. */
  start: number;
  end: number;
  /** The item's time references (offsets into the block's text, as the block's own). */
  timeRefs: TimeRef[];
  stale: StaleVerdict | null;
}

/**
 * Judges a block item by item: the items that hold time references, each with its verdict. A
 * strip of links has stale and current items side by side ("Tech Fails of 2022" beside "Deals
 * Under $25"), and an item whose own words reach the future ("Best of 2022 and 2027 preview")
 * is current. A promo word may sit in the item or its neighbours (a deal card's date is an item
 * of its own).
 */
export function judgeItems(text: string, refs: readonly TimeRef[], opts: StaleOptions): ItemVerdict[] {
  if (!refs.length) return [];
  const today = dayOfDate(opts.now);
  const starts = itemStarts(text);
  const byItem = new Map<number, TimeRef[]>();
  for (const r of refs) {
    const i = itemAt(starts, r.start);
    const list = byItem.get(i);
    if (list) list.push(r);
    else byItem.set(i, [r]);
  }
  const silent = SILENT_KINDS.has(opts.kind);
  const lazy: { cues?: number[]; sideRefs?: number[]; stampCues?: number[] } = {};
  const out: ItemVerdict[] = [];
  for (const [i, itemRefs] of byItem) {
    const span = itemSpan(text, starts, i);
    out.push({ ...span, timeRefs: itemRefs, stale: silent ? null : judgeItem(text, refs, starts, i, itemRefs, today, lazy) });
  }
  return out;
}

function judgeItem(
  text: string,
  refs: readonly TimeRef[],
  starts: readonly number[],
  i: number,
  itemRefs: readonly TimeRef[],
  today: Day,
  lazy: { cues?: number[]; sideRefs?: number[]; stampCues?: number[] },
): StaleVerdict | null {
  const relevant = itemRefs.filter(
    (r) => r.kind !== 'deadline' && (isAnchored(r) || r.kind === 'date') && refRole(text, r) === 'plain',
  );
  if (!relevant.length) return null;
  // The item's latest reference decides: one that reaches today or later keeps it current.
  if (relevant.some((r) => dayOfIso(r.to) >= today)) return null;
  const bounds = { lo: itemSpan(text, starts, Math.max(0, i - 1)).start, hi: itemSpan(text, starts, i + 1).end };
  const own = itemSpan(text, starts, i);
  const ownLetters = lettersIn(text.slice(own.start, own.end));
  // Latest first: the evidence names the reference that ran out last.
  for (const r of [...relevant].sort((a, b) => (a.to < b.to ? 1 : a.to > b.to ? -1 : 0))) {
    const stamp = r.kind === 'date' && starts.length > 1 && ownLetters <= lettersIn(r.text) + STAMP_EXTRA_LETTERS;
    let ok: boolean;
    if (stamp) {
      lazy.stampCues ??= cueStarts(text, STAMP_CUES);
      ok = promotes(text, r, lazy.stampCues, [], bounds);
    } else {
      lazy.cues ??= cueStarts(text);
      // Events and deadlines in the block count as promo words for the references near them.
      lazy.sideRefs ??= refs.filter((x) => x.kind === 'event' || x.kind === 'deadline').map((x) => x.start);
      ok = promotes(text, r, lazy.cues, lazy.sideRefs, bounds);
    }
    if (!ok) continue;
    const item = starts.length > 1 ? quotedItem(text, starts, i, r) : null;
    return { evidence: evidenceFor(r, today, item), referenceDate: r.to };
  }
  return null;
}

/**
 * Judges whether a block advertises something whose time has passed: it is stale when one of
 * its items is (judgeItems), and its evidence is that of the item whose time ran out last.
 */
export function judgeStale(text: string, refs: TimeRef[], opts: StaleOptions): StaleVerdict | null {
  let found: StaleVerdict | null = null;
  for (const item of judgeItems(text, refs, opts)) {
    if (item.stale && (!found || (item.stale.referenceDate ?? '') > (found.referenceDate ?? ''))) found = item.stale;
  }
  return found;
}

/**
 * Judges a block that its page's script shows only inside a window (script-window.ts): stale
 * when the window has ended and the block's words sell or bound something in time ("Last
 * chance to save up to 40% - ends today!"). A window on a block that promotes nothing (a
 * cookie bar, a menu) is not an expired offer.
 */
export function judgeScriptWindow(text: string, window: ScriptWindow, opts: StaleOptions): StaleVerdict | null {
  if (SILENT_KINDS.has(opts.kind)) return null;
  const today = dayOfDate(opts.now);
  if (window.to >= today || !cueStarts(text).length) return null;
  const span = window.from < window.to ? `from ${formatDay(window.from)} to ${formatDay(window.to)}` : `until ${formatDay(window.to)}`;
  return {
    evidence: `The page's own script shows it ${span}; that window closed ${before(window.to, today)}.`,
    referenceDate: isoOf(window.to),
  };
}

/** The item to quote: the reference's own, or the one before it when it holds only the date. */
function quotedItem(text: string, starts: readonly number[], i: number, ref: TimeRef): string {
  const own = itemSpan(text, starts, i);
  const ownText = text.slice(own.start, own.end);
  if (lettersIn(ownText) > lettersIn(ref.text) + 3 || i === 0) return ownText;
  const prev = itemSpan(text, starts, i - 1);
  return text.slice(prev.start, prev.end);
}

/** Phrases that make a block time-bound without a date to resolve. */
interface TimeBoundCue {
  id: string;
  why: string;
  re: RegExp;
  examples: readonly string[];
}

export const TIME_BOUND_CUES: readonly TimeBoundCue[] = [
  {
    id: 'observance',
    why: 'Awareness months and national days recur on a calendar (dev.jsonl "National Electrical Safety Month").',
    re: /\b(?:awareness|history|heritage|pride|appreciation|safety)\s+month\b|\bnational\s+(?:[\p{L}-]+\s+){0,4}(?:month|week|day)\b/iu,
    examples: ['National Electrical Safety Month', 'Black History Month'],
  },
  {
    id: 'holiday-notice',
    why: 'Service notices about a coming holiday (dev.jsonl "the upcoming holiday will affect your pickup").',
    re: /\b(?:upcoming|next|this)\s+holidays?\b|\bholiday\s+(?:hours|schedule|closures?|closing)\b/i,
    examples: ['See how the upcoming holiday will affect your pickup schedule', 'Holiday hours'],
  },
  {
    id: 'relative-period',
    why: 'Offers and lists bound to the current period ("Top Stories This Week", "by year end").',
    re: /\bthis\s+(?:week|weekend|month|year)\b|\b(?:by|before)\s+(?:the\s+)?(?:year[\s-]end|end\s+of\s+(?:the\s+)?year)\b/i,
    examples: ['Top Stories This Week', 'Book by year end'],
  },
];

/**
 * True when the block refers to a dated, seasonal or time-limited thing, as the corpus labels
 * mean it: any time reference counts, a copyright year included (it is dated, though never
 * stale), and so do the undated phrases of TIME_BOUND_CUES. "Deals Under $25" is not.
 */
export function isTimeBound(text: string, refs: TimeRef[]): boolean {
  return refs.length > 0 || TIME_BOUND_CUES.some((c) => c.re.test(text));
}
