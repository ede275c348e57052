/**
 * Time references in the text of a boilerplate block ("Tech Fails of 2022", "Sale ends
 * 03/31/2026", "Cyber Monday", "ends Sunday"), each resolved to the calendar days it covers.
 *
 * Recognisers run in three passes and never overlap (an earlier, more specific match wins):
 *   1. references that write their year: full dates, events with a year ("Black Friday 2025"),
 *      quarters and month-years, plain years and year ranges, Roman-numeral years;
 *   2. references without a year ("27 November", "Cyber Monday", "this fall"), resolved with
 *      the help of the years found in pass 1 (see `resolveYearless`);
 *   3. deadlines ("ends Sunday", "today only", "limited time"), which are relative.
 *
 * What a reference means is left to the judge (stale.ts): a copyright year is still returned
 * here, and `refRole` tells it apart.
 *
 * Every pattern is linear on hostile text: no nested unbounded quantifiers, and every look
 * around a match reads a short, bounded slice.
 */
import type { TimeRef } from '../report';
import {
  SEASONAL_EVENTS,
  dayOf,
  dayOfDate,
  daysInMonth,
  isoOf,
  partsOf,
  weekdayOf,
  type Day,
  type DayWindow,
} from './events';

export interface TimeRefOptions {
  now: Date;
  /** The article's publication date: the anchor for relative deadlines ("ends Sunday"). */
  published?: Date | null;
}

/** What a reference is doing in its block, as far as its neighbouring words tell. */
export type RefRole =
  /** "© 2022 CNET", "Copyright Sam Bossley 2012-2025", "Ltd MMXXIII": a notice, not a promo. */
  | 'copyright'
  /** "since 1957", "est. 2001", "2013 onwards": a history, never expiring. */
  | 'since'
  /** "Last updated March 3, 2025", "as of 2022": a stamp on the text, not an offer. */
  | 'stamp'
  | 'plain';

interface Found {
  start: number;
  end: number;
  kind: TimeRef['kind'];
  from: Day;
  to: Day;
}

/** Shared state of one findTimeRefs call. */
interface Context {
  text: string;
  today: Day;
  nowYear: number;
  /** Day that relative deadlines count from: the published day, else today. */
  anchor: Day;
  /** Which characters already belong to a reference. */
  taken: Uint8Array;
  found: Found[];
}

/** A year further ahead than this is a model number or a count, not a date ("RTX 2080"). */
const MAX_YEARS_AHEAD = 10;
const MIN_YEAR = 1900;

function plausibleYear(y: number, ctx: Context): boolean {
  return y >= MIN_YEAR && y <= ctx.nowYear + MAX_YEARS_AHEAD;
}

function isFree(ctx: Context, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (ctx.taken[i]) return false;
  return true;
}

function add(ctx: Context, f: Found): boolean {
  if (f.end <= f.start || f.from > f.to || !isFree(ctx, f.start, f.end)) return false;
  ctx.taken.fill(1, f.start, f.end);
  ctx.found.push(f);
  return true;
}

// ---------------------------------------------------------------------------------------
// Months

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A month name or abbreviation with an optional period; one capture group. */
const MON =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|' +
  'sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?';

/** MON without the trailing period, for patterns that end with the month. */
const MON_NO_DOT = MON.slice(0, -'\\.?'.length);

function monthNumber(name: string | undefined): number {
  return name ? MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1 : 0;
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A day-of-month range inside one month ("July 11-12", "1–3 March"); null when invalid. */
function dayRange(year: number, month: number, d1: number, d2: number | null): DayWindow | null {
  if (!validDay(year, month, d1)) return null;
  if (d2 === null) return { from: dayOf(year, month, d1), to: dayOf(year, month, d1) };
  if (!validDay(year, month, d2) || d2 < d1) return null;
  return { from: dayOf(year, month, d1), to: dayOf(year, month, d2) };
}

function num(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}

// ---------------------------------------------------------------------------------------
// Pass 1: references that write their year

/** A pattern for dates or months with a written year. */
interface WrittenPattern {
  id: string;
  /** Why this shape is recognised, and where it was seen. */
  why: string;
  kind: 'date' | 'month';
  re: RegExp;
  /** The days a match covers; null when the match is not a real date. */
  resolve: (m: RegExpExecArray, ctx: Context) => DayWindow | null;
  /** Texts it must resolve; time-refs.test.ts checks each one. */
  examples: readonly string[];
}

/** Two-digit years: "23" is 2023 unless that is implausibly far ahead. */
function fullYear(y: string, ctx: Context): number {
  if (y.length === 4) return Number(y);
  const n = 2000 + Number(y);
  return n > ctx.nowYear + MAX_YEARS_AHEAD ? n - 100 : n;
}

export const WRITTEN_PATTERNS: readonly WrittenPattern[] = [
  {
    id: 'month-day-year',
    why: 'US-style dates in bylines and promos ("Nov 28, 2022"), with day ranges for events.',
    kind: 'date',
    re: new RegExp(
      `\\b${MON}\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?` +
        `(?:\\s{0,2}[-–—]\\s{0,2}(?:${MON}\\s{1,3})?(\\d{1,2})(?:st|nd|rd|th)?)?` +
        `(?:,\\s{0,3}|\\s{1,3})(\\d{4})(?!\\d)`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const year = Number(m[5]);
      if (!plausibleYear(year, ctx)) return null;
      const m1 = monthNumber(m[1]);
      if (m[3] !== undefined) {
        // "Nov 17 – Dec 11, 2025": two months, one year.
        const m2 = monthNumber(m[3]);
        const a = dayRange(year, m1, Number(m[2]), null);
        const b = dayRange(year, m2, Number(m[4]), null);
        return a && b && a.from <= b.to ? { from: a.from, to: b.to } : null;
      }
      return dayRange(year, m1, Number(m[2]), num(m[4]));
    },
    examples: ['Nov 28, 2022', 'March  3, 2025', 'Nov. 17 – Dec. 11, 2025', 'July 11-12, 2023'],
  },
  {
    id: 'day-month-year',
    why: 'British and European dates ("28 November 2022", "1–3 March 2023").',
    kind: 'date',
    re: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s{0,2}[-–—]\\s{0,2}(\\d{1,2})(?:st|nd|rd|th)?)?` +
        `\\s{1,3}(?:of\\s{1,3})?${MON},?\\s{1,3}(\\d{4})(?!\\d)`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const year = Number(m[4]);
      if (!plausibleYear(year, ctx)) return null;
      return dayRange(year, monthNumber(m[3]), Number(m[1]), num(m[2]));
    },
    examples: ['28 November 2022', '1st of Dec 2023', '1-3 March 2023'],
  },
  {
    id: 'iso',
    why: 'Machine dates shown as text ("2022-11-28") and East-Asian order ("2022/11/28").',
    kind: 'date',
    re: /(?<![\w./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\w|[./-]\d)/g,
    resolve: (m, ctx) => {
      const year = Number(m[1]);
      if (!plausibleYear(year, ctx)) return null;
      return dayRange(year, Number(m[3]), Number(m[4]), null);
    },
    examples: ['2022-11-28', '2022/11/28'],
  },
  {
    id: 'numeric',
    why:
      'Numeric dates in offer terms ("Sale ends 03/31/2026", "Redeem by 12.31.23"). A field ' +
      'above 12 decides the order; otherwise slashes are read month-first (US) and dots or ' +
      'dashes day-first (Europe). Two-digit years need a slash or two-digit fields, so ' +
      'version numbers like "3.10.12" are not dates.',
    kind: 'date',
    re: /(?<![\w./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\w|[./-]\d)/g,
    resolve: (m, ctx) => {
      const [, a = '', sep, b = '', y = ''] = m;
      if (y.length === 2 && sep !== '/' && (a.length !== 2 || b.length !== 2)) return null;
      const year = fullYear(y, ctx);
      if (!plausibleYear(year, ctx)) return null;
      const x = Number(a);
      const z = Number(b);
      const monthFirst = z > 12 ? true : x > 12 ? false : sep === '/';
      return monthFirst ? dayRange(year, x, z, null) : dayRange(year, z, x, null);
    },
    examples: ['03/31/2026', '12.31.23', '28.11.2022', '11/28/2022'],
  },
  {
    id: 'quarter',
    why: 'Business promos and reports name quarters ("Q4 2022").',
    kind: 'month',
    re: /\bQ([1-4])\s{0,2}['’]?(\d{4})(?!\d)/g,
    resolve: (m, ctx) => {
      const year = Number(m[2]);
      if (!plausibleYear(year, ctx)) return null;
      const last = Number(m[1]) * 3;
      return { from: dayOf(year, last - 2, 1), to: dayOf(year, last, daysInMonth(year, last)) };
    },
    examples: ['Q4 2022'],
  },
  {
    id: 'month-year',
    why: 'Issues, events and archives by month ("March 2014", "Dec. 2023").',
    kind: 'month',
    re: new RegExp(`\\b${MON},?\\s{1,3}(?:of\\s{1,3})?(\\d{4})(?!\\d)`, 'gi'),
    resolve: (m, ctx) => {
      const year = Number(m[2]);
      const month = monthNumber(m[1]);
      if (!plausibleYear(year, ctx) || month < 1) return null;
      return { from: dayOf(year, month, 1), to: dayOf(year, month, daysInMonth(year, month)) };
    },
    examples: ['March 2014', 'Dec. 2023', 'September of 2021'],
  },
];

function scanWritten(ctx: Context): void {
  for (const p of WRITTEN_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(ctx.text); m; m = p.re.exec(ctx.text)) {
      const w = p.resolve(m, ctx);
      if (w) add(ctx, { start: m.index, end: m.index + m[0].length, kind: p.kind, ...w });
    }
  }
}

/** A written year right after an event's name: "Black Friday 2025", "Summer of 2022". */
const YEAR_AFTER = /^(?:\s{1,2}of)?[\s,:'’-]{0,3}((?:19|20)\d\d)(?![\d\p{L}])/u;
/** A written year right before an event's name: "2025 Black Friday". */
const YEAR_BEFORE = /(?<![\d\p{L}])((?:19|20)\d\d)\s{1,2}$/u;

interface EventMatch {
  event: (typeof SEASONAL_EVENTS)[number];
  start: number;
  end: number;
  /** Span and year when a year is written beside the name. */
  withYear: { start: number; end: number; year: number } | null;
}

const EVENT_RES = SEASONAL_EVENTS.map((event) => ({
  event,
  always: new RegExp(`\\b(?:${event.names})\\b`, 'gi'),
  withYearOnly: event.namesWithYear ? new RegExp(`\\b(?:${event.namesWithYear})\\b`, 'gi') : null,
}));

function findEvents(ctx: Context): EventMatch[] {
  const out: EventMatch[] = [];
  const { text } = ctx;
  for (const { event, always, withYearOnly } of EVENT_RES) {
    for (const [re, needsYear] of [[always, false], [withYearOnly, true]] as const) {
      if (!re) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        let withYear: EventMatch['withYear'] = null;
        const after = YEAR_AFTER.exec(text.slice(end, end + 12));
        const before = YEAR_BEFORE.exec(text.slice(Math.max(0, start - 7), start));
        if (after?.[1] && plausibleYear(Number(after[1]), ctx)) {
          withYear = { start, end: end + after[0].length, year: Number(after[1]) };
        } else if (before?.[1] && plausibleYear(Number(before[1]), ctx)) {
          withYear = { start: start - before[0].length, end, year: Number(before[1]) };
        }
        if (needsYear && !withYear) continue;
        out.push({ event, start, end, withYear });
      }
    }
  }
  return out;
}

/**
 * Words after a number that make it a count ("2022 reviews", "2000+") or a measure
 * ("2000 mAh"). Units are matched in their usual case only, so "© 2025 KM Business" stays a year.
 */
const COUNT_AFTER =
  /^(?:\+|\s{0,2}(?:[Rr]eviews?|[Rr]atings?|[Vv]otes?|[Cc]omments?|[Ll]ikes?|[Ff]ollowers?|[Vv]iews?|[Ss]hares?|[Dd]ownloads?|[Rr]esults?|[Ii]tems?|[Pp]roducts?|[Uu]sers?|[Mm]embers?|[Cc]ustomers?|[Ss]ubscribers?|people|[Ss]tudents?|[Ee]mployees?|[Jj]obs?|words?|pages?|points?|calories|kcal|miles?|km|kg|lbs?|mg|ml|mAh|mah|mm|cm|ft|feet|sq|units?|pieces?|pcs|sold|listings?|hours?|hrs?|minutes?|mins?|seconds?|times|rpm|watts?|kW|kw|MB|GB|TB|px|dpi|cc|hp)\b)/;

/** A street name after the number makes it a street address ("2000 Pennsylvania Ave"). */
const STREET_AFTER =
  /^\s{1,2}(?:[NSEW]\.?\s{1,2})?(?!The\s)(?:[A-Z][\w'.-]{0,20}\s{1,2}){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Hwy|Highway|Ct|Court|Pl|Place|Sq|Square|Plaza|Terrace)\b/;

/** "2010-2025", "1998–2025": one reference for the whole span. */
const RANGE_AFTER = /^\s{0,2}[-–—]\s{0,2}(\d{4})(?![\d\p{L}])/u;
/** "2022-23", "2022/23": a season or school year. */
const SHORT_RANGE_AFTER = /^[-–/](\d{2})(?![\d\p{L}])/u;

const NOT_BEFORE_YEAR = /[\p{L}\p{N}_$£€¥#№+@]/u;
const NOT_AFTER_YEAR = /[\p{L}\p{N}_%]/u;
const JOINERS = /[.,:/-]/;
const DIGIT = /\d/;

/**
 * Plain years: a run of exactly four digits, 1900 to ten years ahead, that is not part of a
 * price ("$2022"), a decimal, a phone number, a time, a decade ("2020s"), a count
 * ("2022 reviews") or a street address.
 */
function scanYears(ctx: Context): void {
  const { text } = ctx;
  const digits = /\d+/g;
  for (let m = digits.exec(text); m; m = digits.exec(text)) {
    if (m[0].length !== 4) continue;
    const start = m.index;
    const end = start + 4;
    const year = Number(m[0]);
    if (!plausibleYear(year, ctx) || !isFree(ctx, start, end)) continue;
    const b1 = text[start - 1] ?? ' ';
    const b2 = text[start - 2] ?? ' ';
    if (NOT_BEFORE_YEAR.test(b1) || (JOINERS.test(b1) && DIGIT.test(b2))) continue;

    const ahead = text.slice(end, end + 60);
    const range = RANGE_AFTER.exec(ahead);
    const y2 = range?.[1] ? Number(range[1]) : NaN;
    if (range && y2 > year && plausibleYear(y2, ctx)) {
      add(ctx, { start, end: end + range[0].length, kind: 'year', from: dayOf(year, 1, 1), to: dayOf(y2, 12, 31) });
      digits.lastIndex = end + range[0].length;
      continue;
    }
    const short = SHORT_RANGE_AFTER.exec(ahead);
    if (short?.[1] && Number(short[1]) === (year + 1) % 100) {
      add(ctx, { start, end: end + short[0].length, kind: 'year', from: dayOf(year, 1, 1), to: dayOf(year + 1, 12, 31) });
      digits.lastIndex = end + short[0].length;
      continue;
    }
    const a1 = text[end] ?? ' ';
    const a2 = text[end + 1] ?? ' ';
    if (NOT_AFTER_YEAR.test(a1) || (JOINERS.test(a1) && DIGIT.test(a2))) continue;
    if (COUNT_AFTER.test(ahead) || STREET_AFTER.test(ahead)) continue;
    add(ctx, { start, end, kind: 'year', from: dayOf(year, 1, 1), to: dayOf(year, 12, 31) });
  }
}

const ROMAN_YEAR = /\bM{1,2}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\b/g;
const ROMAN_VALUES: Readonly<Record<string, number>> = { M: 1000, D: 500, C: 100, L: 50, X: 10, V: 5, I: 1 };
/** Roman numerals below this are more likely initials or sizes than years. */
const MIN_ROMAN_YEAR = 1970;

export function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Roman-numeral years, which some colophons use instead of digits ("Ltd MMXXIII"). */
function scanRomanYears(ctx: Context): void {
  ROMAN_YEAR.lastIndex = 0;
  for (let m = ROMAN_YEAR.exec(ctx.text); m; m = ROMAN_YEAR.exec(ctx.text)) {
    if (m[0].length < 4) continue;
    const year = romanValue(m[0]);
    if (year < MIN_ROMAN_YEAR || !plausibleYear(year, ctx)) continue;
    add(ctx, {
      start: m.index,
      end: m.index + m[0].length,
      kind: 'year',
      from: dayOf(year, 1, 1),
      to: dayOf(year, 12, 31),
    });
  }
}

// ---------------------------------------------------------------------------------------
// Pass 2: references without a year

/**
 * Resolves a reference that names no year.
 *
 * - When the block writes a year elsewhere (not a copyright or "since" year), the reference
 *   belongs to that season: in the reference page's strip, "Cyber Monday Deals Still
 *   Available … Giving Tuesday … Tech Fails of 2022" was the chrome of late 2022, so its
 *   Cyber Monday is 28 Nov 2022. With several years, the latest wins.
 * - Otherwise it is the occurrence nearest today (one in progress counts as nearest; a tie
 *   goes to the future one). This differs from "the latest occurrence not after today" on
 *   purpose: a live banner "Meet us on 5 December" read on 28 November announces the coming
 *   5 December, not last year's. A date a few days past ("on 27 November", read on the 28th)
 *   still resolves to the past one.
 *
 * The published date is not used: chrome is usually much newer than the article it
 * surrounds (the reference page is a 2014 article under 2022 chrome).
 */
function resolveYearless(
  windowOf: (year: number) => DayWindow | null,
  contextYear: number | null,
  ctx: Context,
): DayWindow | null {
  if (contextYear !== null) {
    const w = windowOf(contextYear);
    if (w) return w;
  }
  let best: DayWindow | null = null;
  let bestDistance = Infinity;
  // Four years each way finds a 29 February too.
  for (let y = ctx.nowYear - 4; y <= ctx.nowYear + 4; y++) {
    const w = windowOf(y);
    if (!w) continue;
    const distance = w.from > ctx.today ? w.from - ctx.today : w.to < ctx.today ? ctx.today - w.to : 0;
    // Strictly smaller keeps the earlier of two equal distances; a future one wins a tie below.
    if (distance < bestDistance || (distance === bestDistance && w.from > ctx.today)) {
      best = w;
      bestDistance = distance;
    }
  }
  return best;
}

/** A yearless date pattern; the capitalised month is required (lower-case "may" is a verb). */
interface YearlessPattern {
  id: string;
  why: string;
  re: RegExp;
  /** Month, first day and optional last day of the match. */
  parts: (m: RegExpExecArray) => { month: string; d1: number; d2: number | null };
  examples: readonly string[];
}

export const YEARLESS_PATTERNS: readonly YearlessPattern[] = [
  {
    id: 'month-day',
    why: 'Event promos without a year ("Webinar on Dec 5", "Nov 17-18").',
    re: new RegExp(
      `\\b${MON}\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?:\\s{0,2}[-–—]\\s{0,2}(\\d{1,2})(?:st|nd|rd|th)?)?(?![\\d:%]|\\.\\d)`,
      'gi',
    ),
    parts: (m) => ({ month: m[1] ?? '', d1: Number(m[2]), d2: num(m[3]) }),
    examples: ['Dec 5', 'November 17-18'],
  },
  {
    id: 'day-month',
    why: 'dev.jsonl: "Meet CleverTap at App Promotion Summit in Berlin on 27 November."',
    re: new RegExp(
      // The month ends the match, so its abbreviation period is left out: in "on 27 November."
      // the period ends the sentence.
      `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s{0,2}[-–—]\\s{0,2}(\\d{1,2})(?:st|nd|rd|th)?)?\\s{1,3}(?:of\\s{1,3})?${MON_NO_DOT}`,
      'gi',
    ),
    parts: (m) => ({ month: m[3] ?? '', d1: Number(m[1]), d2: num(m[2]) }),
    examples: ['27 November', '5th of December'],
  },
];

const CAPITAL = /^\p{Lu}/u;

function scanYearlessDates(ctx: Context, contextYear: number | null): void {
  // The same "Nov 28" resolves the same way every time; hostile text repeats it.
  const resolved = new Map<string, DayWindow | null>();
  for (const p of YEARLESS_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(ctx.text); m; m = p.re.exec(ctx.text)) {
      const { month, d1, d2 } = p.parts(m);
      const mo = monthNumber(month);
      if (!CAPITAL.test(month) || mo < 1) continue;
      const key = `${mo}/${d1}/${d2}`;
      let w = resolved.get(key);
      if (w === undefined) {
        w = resolveYearless((y) => dayRange(y, mo, d1, d2), contextYear, ctx);
        resolved.set(key, w);
      }
      if (w) add(ctx, { start: m.index, end: m.index + m[0].length, kind: 'date', ...w });
    }
  }
}

// ---------------------------------------------------------------------------------------
// Pass 3: deadlines

/** How far a relative deadline reaches from its anchor day. */
type DeadlineReach =
  /** the anchor day itself ("today only"; "limited time", which names no end) */
  | 'day'
  /** up to the named weekday ("ends Sunday") */
  | 'weekday'
  /** up to the coming Sunday ("this week only", "ends this weekend") */
  | 'week'
  /** a number of days ("ends in 3 days") */
  | 'days'
  /** a number of hours, rounded up to days ("48 hours only") */
  | 'hours';

interface DeadlinePattern {
  id: string;
  why: string;
  re: RegExp;
  reach: DeadlineReach;
  examples: readonly string[];
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Relative deadlines. A TimeRef of kind 'deadline' is always relative: it is resolved against
 * the published day when there is one (else today), and a date written in the promo
 * ("Sale ends 03/31/2026") is reported separately as a 'date'.
 */
export const DEADLINE_PATTERNS: readonly DeadlinePattern[] = [
  {
    id: 'today-only',
    why: 'Same-day offers ("Today only", "Ends tonight", "Deal of the day").',
    re: /\b(?:(?:ends?|ending|expires?|expiring)\s+(?:today|tonight|at\s+midnight)|(?:today|tonight)\s+only|one[\s-]day\s+(?:only|sale)|last\s+day\s+(?:to|for)|(?:deals?|offers?|steals?)\s+of\s+the\s+day|today['’]s\s+(?:deals?|offers?|specials?))\b/gi,
    reach: 'day',
    examples: ['Last chance to save up to 40% - ends today!', 'Today only', 'Deal of the Day'],
  },
  {
    id: 'today-list',
    why: 'Lists of the day\'s stories are frozen on the day they were made (dev.jsonl: "Top Reads Today").',
    re: /\b(?:top\s+reads|trending|most\s+(?:read|popular|viewed|shared)|popular|top\s+stories|top\s+news|headlines)\s+today\b/gi,
    reach: 'day',
    examples: ['Top Reads Today', 'Trending today'],
  },
  {
    id: 'ends-weekday',
    why: 'Weekly sales name their last day ("Sale ends Sunday").',
    re: /\b(?:ends?|ending|expires?)\s+(?:this\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi,
    reach: 'weekday',
    examples: ['Sale ends Sunday', 'offer expires this Friday'],
  },
  {
    id: 'this-week',
    why: 'Week-long and weekend offers.',
    re: /\b(?:(?:ends?|ending)\s+this\s+week(?:end)?|this\s+week(?:end)?\s+only)\b/gi,
    reach: 'week',
    examples: ['This week only', 'Ends this weekend'],
  },
  {
    id: 'days-left',
    why: 'Countdown banners ("Ends in 3 days", "2 days left").',
    re: /\b(?:ends?\s+in\s+(\d{1,2})\s+days?|(\d{1,2})\s+days?\s+(?:left|only|to\s+go|remaining))\b/gi,
    reach: 'days',
    examples: ['Ends in 3 days', '2 days left'],
  },
  {
    id: 'hours-left',
    why: 'Flash sales counted in hours.',
    re: /\b(?:ends?\s+in\s+(\d{1,3})\s+hours?|(\d{1,3})[\s-]hours?\s+(?:only|left|sale|flash\s+sale))\b/gi,
    reach: 'hours',
    examples: ['48-hour sale', 'Ends in 12 hours'],
  },
  {
    id: 'limited-time',
    why:
      'Offers that say they are time-limited without an end date (dev.jsonl "Limited Time"; ' +
      'stale-promos.md "Limited-Time Deals … Some Offers Expiring Soon", "Early Bird tickets").',
    re: /\b(?:limited[\s-]+time(?:\s+only)?|(?:ending|expiring|ends|expires)\s+soon|last\s+chance|early[\s-]+bird|flash\s+sale|(?:sale|offer|deal|promotion|promo|discount)s?\s+(?:ends?|expires?))\b/gi,
    reach: 'day',
    examples: ['Limited Time', 'Some Offers Expiring Soon', 'Save on Early Bird tickets', 'Sale ends'],
  },
];

function deadlineWindow(p: DeadlinePattern, m: RegExpExecArray, anchor: Day): DayWindow {
  switch (p.reach) {
    case 'day':
      return { from: anchor, to: anchor };
    case 'weekday': {
      const target = WEEKDAYS.indexOf((m[1] ?? '').toLowerCase());
      return { from: anchor, to: anchor + ((target - weekdayOf(anchor) + 7) % 7) };
    }
    case 'week':
      return { from: anchor, to: anchor + ((7 - weekdayOf(anchor)) % 7) };
    case 'days':
      return { from: anchor, to: anchor + Number(m[1] ?? m[2] ?? 0) };
    case 'hours':
      return { from: anchor, to: anchor + Math.ceil(Number(m[1] ?? m[2] ?? 0) / 24) };
  }
}

function scanDeadlines(ctx: Context): void {
  for (const p of DEADLINE_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(ctx.text); m; m = p.re.exec(ctx.text)) {
      const w = deadlineWindow(p, m, ctx.anchor);
      add(ctx, { start: m.index, end: m.index + m[0].length, kind: 'deadline', ...w });
    }
  }
}

// ---------------------------------------------------------------------------------------
// Roles and anchoring

/** Copyright markers shortly before a year, with no item break between ("© Cynomi Ltd All rights reserved 2025"). */
const COPYRIGHT_BEFORE = /(?:©|ⓒ|\(c\)|\bcopyright\b|\ball\s+rights\s+reserved\b)[^.|·•\n]*$/i;
const COPYRIGHT_AFTER = /^[\s.,]*(?:©|all\s+rights\s+reserved)/i;
const SINCE_BEFORE = /\b(?:since|est\.?|established|founded(?:\s+in)?|serving\s+\S+\s+since|in\s+business\s+since)\s*$/i;
const SINCE_AFTER = /^\s*(?:onwards?|to\s+(?:the\s+)?present|[-–—]\s*(?:present|now|today))/i;
const STAMP_BEFORE =
  /\b(?:(?:last\s+)?(?:updated|modified|reviewed|edited|revised|posted|published|written|dated)(?:\s+on)?|as\s+of)[\s:,]*$/i;

/**
 * Whether a reference is a copyright notice, a history ("since 1957") or a stamp
 * ("Last updated …") rather than something on offer. Reads at most 48 characters either side.
 */
export function refRole(text: string, ref: Pick<TimeRef, 'start' | 'end' | 'kind' | 'text'>): RefRole {
  if (/^[MDCLXVI]+$/.test(ref.text)) return 'copyright'; // Roman years live in colophons
  const before = text.slice(Math.max(0, ref.start - 48), ref.start);
  const after = text.slice(ref.end, ref.end + 32);
  if (COPYRIGHT_BEFORE.test(before) || COPYRIGHT_AFTER.test(after)) return 'copyright';
  if (SINCE_BEFORE.test(before) || SINCE_AFTER.test(after)) return 'since';
  if (STAMP_BEFORE.test(before)) return 'stamp';
  return 'plain';
}

/**
 * True when the reference's own text fixes its year: years, months, dates and events with a
 * written year ("2022", "Q4 2022", "12.31.23", "Black Friday 2025"). Yearless dates and events
 * were placed by `resolveYearless`, and deadlines are relative.
 */
export function isAnchored(ref: Pick<TimeRef, 'kind' | 'text'>): boolean {
  switch (ref.kind) {
    case 'year':
    case 'month':
      return true;
    case 'date':
      return /\d{4}/.test(ref.text) || /\d[./-]\d{1,2}[./-]\d{2}$/.test(ref.text);
    case 'event':
      return /(?:19|20)\d\d/.test(ref.text);
    case 'deadline':
      return false;
  }
}

/** The year a reference writes (last four-digit year in its text), else its first day's year. */
export function writtenYear(ref: Pick<TimeRef, 'text' | 'from'>): number {
  const years = ref.text.match(/(?:19|20)\d\d/g);
  const last = years?.[years.length - 1];
  return last ? Number(last) : Number(ref.from.slice(0, 4));
}

function toRef(text: string, f: Found): TimeRef {
  return { text: text.slice(f.start, f.end), start: f.start, end: f.end, kind: f.kind, from: isoOf(f.from), to: isoOf(f.to) };
}

/** Finds the time references in a block of text and resolves each to calendar days. */
export function findTimeRefs(text: string, opts: TimeRefOptions): TimeRef[] {
  const today = dayOfDate(opts.now);
  if (!Number.isFinite(today) || !text) return [];
  const published = opts.published ? dayOfDate(opts.published) : NaN;
  const ctx: Context = {
    text,
    today,
    nowYear: partsOf(today).year,
    anchor: Number.isFinite(published) ? published : today,
    taken: new Uint8Array(text.length),
    found: [],
  };

  // Pass 1: written years. Dates first, so "Nov 28, 2022" is one date, not a year.
  scanWritten(ctx);
  const events = findEvents(ctx);
  for (const e of events) {
    if (!e.withYear) continue;
    const w = e.event.window(e.withYear.year);
    add(ctx, { start: e.withYear.start, end: e.withYear.end, kind: 'event', ...w });
  }
  scanYears(ctx);
  scanRomanYears(ctx);

  // The season of the block: its latest written year that is not a copyright or a history.
  let contextYear: number | null = null;
  for (const f of ctx.found) {
    const ref = toRef(text, f);
    if (refRole(text, ref) !== 'plain') continue;
    const y = writtenYear(ref);
    if (contextYear === null || y > contextYear) contextYear = y;
  }

  // Pass 2: yearless dates and events, placed in that season or nearest today.
  // Events first, so "4th of July" is the holiday rather than a bare date.
  const eventWindows = new Map<string, DayWindow | null>();
  for (const e of events) {
    if (e.withYear) continue;
    let w = eventWindows.get(e.event.id);
    if (w === undefined) {
      w = resolveYearless((y) => e.event.window(y), contextYear, ctx);
      eventWindows.set(e.event.id, w);
    }
    if (w) add(ctx, { start: e.start, end: e.end, kind: 'event', ...w });
  }
  scanYearlessDates(ctx, contextYear);

  // Pass 3: relative deadlines.
  scanDeadlines(ctx);

  return ctx.found.sort((a, b) => a.start - b.start).map((f) => toRef(text, f));
}
