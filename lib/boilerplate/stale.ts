/**
 * Stale promos: a block that advertises something whose time has passed ("Tech Fails of
 * 2022" in a trending strip read in 2026, "Sale ends 03/31/2026", "Black Friday 2025 deals").
 *
 * A block is stale when
 *   1. its latest relevant time reference ended before today, where relevant means the
 *      reference fixes its own year (or is a yearless one-off date like "on 27 November"),
 *      and it is not a copyright notice, a history ("since 1957") or a stamp ("Last updated");
 *   2. and it advertises: an event with a year, or a promo word (deal, best, webinar…) or a
 *      list title ("… of 2022") next to one of those references.
 *
 * Left out on purpose:
 * - Relative deadlines ("ends today", "limited time"). Lede reads live pages, where the
 *   chrome is served at reading time: "ends today" means today, whatever the article's age.
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
import { dayOfDate, dayOfIso, eventNamed, partsOf, type Day } from './events';
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

/** Start offsets of every promo word in the text, sorted. */
function cueStarts(text: string): number[] {
  const starts: number[] = [];
  for (const group of PROMO_CUES) {
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

/** Does the text around `ref` promote something? */
function promotes(text: string, ref: TimeRef, cues: readonly number[], sideRefs: readonly number[]): boolean {
  if (ref.kind === 'event') return true; // "Black Friday 2025", "Holiday Gift Guide 2025"
  const lo = ref.start - CUE_WINDOW;
  const hi = ref.end + CUE_WINDOW;
  if (anyWithin(cues, lo, hi) || anyWithin(sideRefs, lo, hi)) return true;
  const title = LIST_TITLE_BEFORE.exec(text.slice(Math.max(0, ref.start - 40), ref.start));
  return !!title?.[1] && !NOT_LIST_TITLES.has(title[1].toLowerCase());
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

/** One sentence a reader understands, about the reference that ran out last. */
function evidenceFor(ref: TimeRef, today: Day): string {
  const to = dayOfIso(ref.to);
  const said = ref.text.replace(/\s+/g, ' ').trim();
  switch (ref.kind) {
    case 'year': {
      // The year of its last day, so a range "2021-2025" counts from 2025.
      const years = partsOf(today).year - partsOf(to).year;
      return `Mentions ${said}, ${plural(years, 'year')} before today.`;
    }
    case 'month':
      return `Mentions ${said}, ${before(to, today)}.`;
    case 'event': {
      const label = eventNamed(said)?.label ?? said;
      return `${label} ${writtenYear(ref)} ended on ${formatDay(to)}.`;
    }
    case 'date':
    case 'deadline':
      return isAnchored(ref)
        ? `Refers to ${formatDay(to)}, ${before(to, today)}.`
        : `Refers to ${said}, which last passed ${before(to, today)}.`;
  }
}

/** Judges whether a block advertises something whose time has passed. */
export function judgeStale(text: string, refs: TimeRef[], opts: StaleOptions): StaleVerdict | null {
  if (SILENT_KINDS.has(opts.kind) || !refs.length) return null;
  const today = dayOfDate(opts.now);
  const relevant = refs.filter(
    (r) => r.kind !== 'deadline' && (isAnchored(r) || r.kind === 'date') && refRole(text, r) === 'plain',
  );
  if (!relevant.length) return null;

  let latest = relevant[0];
  for (const r of relevant) if (latest && r.to > latest.to) latest = r;
  if (!latest || dayOfIso(latest.to) >= today) return null;

  const cues = cueStarts(text);
  // Events and deadlines in the block count as promo words for the references near them.
  const sideRefs = refs.filter((r) => r.kind === 'event' || r.kind === 'deadline').map((r) => r.start);
  if (!relevant.some((r) => promotes(text, r, cues, sideRefs))) return null;

  return { evidence: evidenceFor(latest, today), referenceDate: latest.to };
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
