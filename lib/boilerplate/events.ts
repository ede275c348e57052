/**
 * Seasonal events and the calendar arithmetic behind them. Promos name events more often than
 * dates ("Cyber Monday deals", "Holiday Gift Guide 2025"), so to tell whether one is over we
 * need the event's days in a given year. Days are plain integers (days since 1970-01-01, UTC)
 * so that comparing and stepping them never touches a time zone or the clock.
 *
 * US dates are used where countries differ (Thanksgiving, Mother's Day, Labor Day): the shopping
 * events that go stale in page chrome (Black Friday, Cyber Monday, Giving Tuesday) follow US
 * Thanksgiving even on non-US sites.
 */

/** A calendar day as a count of days since 1970-01-01 (UTC). */
export type Day = number;

/** First and last day an event covers, inclusive. */
export interface DayWindow {
  from: Day;
  to: Day;
}

const MS_PER_DAY = 86_400_000;

/** The day for a calendar date; `month` is 1–12. */
export function dayOf(year: number, month: number, day: number): Day {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The UTC calendar day a moment falls on. */
export function dayOfDate(date: Date): Day {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/**
 * Year, month (1–12) and day of month of a day. Pure arithmetic (H. Hinnant's
 * civil_from_days) rather than a Date: hostile blocks can hold a hundred thousand references.
 */
export function partsOf(day: Day): { year: number; month: number; day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** YYYY-MM-DD, the format of `TimeRef.from`/`to`. */
export function isoOf(day: Day): string {
  const p = partsOf(day);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Parses YYYY-MM-DD back into a day; NaN when malformed. */
export function dayOfIso(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return Number.NaN;
  return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12); 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

/** 0 = Sunday … 6 = Saturday. Day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The n-th (1-based) `weekday` of a month, or the last one when n is -1. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n < 0) {
    const last = dayOf(year, month, daysInMonth(year, month));
    return last - ((weekdayOf(last) - weekday + 7) % 7);
  }
  const first = dayOf(year, month, 1);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
}

const SUNDAY = 0;
const MONDAY = 1;
const THURSDAY = 4;

/** US Thanksgiving: the fourth Thursday of November. */
export function thanksgiving(year: number): Day {
  return nthWeekday(year, 11, THURSDAY, 4);
}

/** Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, day);
}

function oneDay(day: Day): DayWindow {
  return { from: day, to: day };
}

function fixed(month: number, day: number): (year: number) => DayWindow {
  return (year) => oneDay(dayOf(year, month, day));
}

function span(fromMonth: number, fromDay: number, toMonth: number, toDay: number) {
  return (year: number): DayWindow => ({
    from: dayOf(year, fromMonth, fromDay),
    to: dayOf(year, toMonth, toDay),
  });
}

/** A whole month. */
function month(m: number): (year: number) => DayWindow {
  return (year) => ({ from: dayOf(year, m, 1), to: dayOf(year, m, daysInMonth(year, m)) });
}

/**
 * Prime Day moves every year and Amazon announces it only weeks ahead: 2015–2025 it ran for
 * one to four days between 8 and 17 July, except in 2020 (13–14 October, postponed by the
 * pandemic) and 2021 (21–22 June). We cover all of July because deals pages run before and
 * after the event and a later end never makes a live promo look stale; the two off-July years
 * are listed so that "Prime Day 2020" points at the right month.
 */
const PRIME_DAY_EXCEPTIONS: Readonly<Record<number, DayWindow>> = {
  2020: { from: dayOf(2020, 10, 13), to: dayOf(2020, 10, 14) },
  2021: { from: dayOf(2021, 6, 21), to: dayOf(2021, 6, 22) },
};

/** A named event whose days can be computed for any year. */
export interface SeasonalEvent {
  id: string;
  /** Name used in evidence sentences ("Cyber Monday 2022 ended on 28 Nov 2022."). */
  label: string;
  /** Why the event is in the table: which promos name it. */
  why: string;
  /** Regex source (case-insensitive, no capture groups) for the names that always count. */
  names: string;
  /**
   * Names that count only with a written year beside them ("Holiday 2025", "Fall 2024"):
   * alone they are ordinary words ("holiday", "fall").
   */
  namesWithYear?: string;
  /** The days it covers in `year`. */
  window: (year: number) => DayWindow;
  /** Texts the names must match; events.test.ts checks each one. */
  examples: readonly string[];
}

// Apostrophes come straight or curly in page text.
const APOS = "(?:'|’)?";

/**
 * The seasonal events Lede resolves. Order matters only where one name contains another:
 * longer, more specific names come first ("Christmas Eve" before "Christmas").
 */
export const SEASONAL_EVENTS: readonly SeasonalEvent[] = [
  // The Thanksgiving weekend: the promos that go stale most visibly in news-site chrome
  // (the reference page's "Cyber Monday Deals Still Available · Giving Tuesday" strip).
  {
    id: 'thanksgiving',
    label: 'Thanksgiving',
    why: 'US Thanksgiving anchors the shopping weekend and has its own sales.',
    names: `thanksgiving(?:\\s+day)?`,
    window: (y) => oneDay(thanksgiving(y)),
    examples: ['Thanksgiving sale', 'Thanksgiving Day deals'],
  },
  {
    id: 'black-friday',
    label: 'Black Friday',
    why: 'The day after US Thanksgiving; the biggest sales banner of the year.',
    names: `black\\s+friday`,
    window: (y) => oneDay(thanksgiving(y) + 1),
    examples: ['Black Friday 2025 deals have started', 'Limited Time Black Friday Deals'],
  },
  {
    id: 'small-business-saturday',
    label: 'Small Business Saturday',
    why: 'The Saturday after US Thanksgiving, promoted by local shops.',
    names: `small\\s+business\\s+saturday`,
    window: (y) => oneDay(thanksgiving(y) + 2),
    examples: ['Shop Small Business Saturday'],
  },
  {
    id: 'cyber-monday',
    label: 'Cyber Monday',
    why: 'The Monday after US Thanksgiving (reference page: "Cyber Monday Deals Still Available").',
    names: `cyber\\s+monday`,
    window: (y) => oneDay(thanksgiving(y) + 4),
    examples: ['Cyber Monday Deals Still Available'],
  },
  {
    id: 'giving-tuesday',
    label: 'Giving Tuesday',
    why: 'The Tuesday after US Thanksgiving, a charity drive (reference page strip).',
    names: `#?giving\\s*tuesday`,
    window: (y) => oneDay(thanksgiving(y) + 5),
    examples: ['Giving Tuesday', '#GivingTuesday'],
  },
  // Amazon's sales: deal sites run "Prime Day" banners long after the event.
  {
    id: 'prime-big-deal-days',
    label: 'Prime Big Deal Days',
    why: "Amazon's October sale since 2022 (also called the Prime Early Access Sale).",
    names: `prime\\s+big\\s+deal\\s+days|prime\\s+early\\s+access\\s+sale`,
    window: month(10),
    examples: ['Prime Big Deal Days deals', 'Prime Early Access Sale'],
  },
  {
    id: 'prime-day',
    label: 'Prime Day',
    why: "Amazon's summer sale; see PRIME_DAY_EXCEPTIONS for why it spans July.",
    names: `prime\\s+day`,
    window: (y) => PRIME_DAY_EXCEPTIONS[y] ?? month(7)(y),
    examples: ['Best Prime Day deals'],
  },
  // The winter holidays: gift guides and holiday sales are the commonest stale roundups
  // (stale-promos.md #15, #16: "Holiday Gift Guide 2025 For 3D Printing Enthusiasts").
  {
    id: 'christmas-eve',
    label: 'Christmas Eve',
    why: 'Last-order and delivery-cutoff banners name Christmas Eve.',
    names: `christmas\\s+eve`,
    window: fixed(12, 24),
    examples: ['Order by Christmas Eve'],
  },
  {
    id: 'holiday-season',
    label: 'Holiday season',
    why:
      'Holiday gift guides and sales run through November and December; the season is over ' +
      'at the end of December.',
    names:
      `holiday\\s+(?:gift\\s+guides?|gifts?|gift\\s+ideas|season|sales?|deals?|shopping|` +
      `buyer${APOS}s\\s+guide|buying\\s+guide|specials?|collection|edition)`,
    namesWithYear: `holidays?`,
    window: span(11, 1, 12, 31),
    examples: ['Holiday Gift Guide 2025', 'holiday deals', 'Holiday 2025'],
  },
  {
    id: 'christmas',
    label: 'Christmas',
    why: 'Christmas gift lists and sales end on Christmas Day.',
    names: `christmas(?:\\s+day)?|x-?mas`,
    window: fixed(12, 25),
    examples: ['The 2025 Tech Christmas List', 'Xmas sale'],
  },
  {
    id: 'boxing-day',
    label: 'Boxing Day',
    why: 'The UK/Commonwealth post-Christmas sale day.',
    names: `boxing\\s+day`,
    window: fixed(12, 26),
    examples: ['Boxing Day sale'],
  },
  {
    id: 'new-years-eve',
    label: "New Year's Eve",
    why: 'Party and ticket promos.',
    names: `new\\s+year${APOS}s?\\s+eve`,
    window: fixed(12, 31),
    examples: ["New Year's Eve tickets"],
  },
  {
    id: 'new-year',
    label: 'New Year',
    why: 'New Year sales and resolutions promos. Lunar New Year moves and is left out.',
    names: `(?<!(?:lunar|chinese)\\s)new\\s+year${APOS}s?(?:\\s+day)?`,
    window: fixed(1, 1),
    examples: ['New Year sale', "New Year's Day"],
  },
  // Spring and summer holidays that carry sales and gift guides.
  {
    id: 'valentines-day',
    label: "Valentine's Day",
    why: 'Gift guides and dinner promos.',
    names: `valentine${APOS}s(?:\\s+day)?`,
    window: fixed(2, 14),
    examples: ["Valentine's Day gift guide", 'Valentines deals'],
  },
  {
    id: 'presidents-day',
    label: "Presidents' Day",
    why: 'US sale weekend: third Monday of February.',
    names: `presidents?${APOS}\\s+day`,
    window: (y) => oneDay(nthWeekday(y, 2, MONDAY, 3)),
    examples: ["Presidents' Day sale", 'Presidents Day mattress deals'],
  },
  {
    id: 'st-patricks-day',
    label: "St. Patrick's Day",
    why: 'Event and party promos on 17 March.',
    names: `(?:st\\.?|saint)\\s+patrick${APOS}s\\s+day`,
    window: fixed(3, 17),
    examples: ["St. Patrick's Day parade"],
  },
  {
    id: 'easter',
    label: 'Easter',
    why: 'Easter sales and events; Western Easter Sunday.',
    names: `easter(?:\\s+sunday)?`,
    window: (y) => oneDay(easterSunday(y)),
    examples: ['Easter sale'],
  },
  {
    id: 'mothers-day',
    label: "Mother's Day",
    why: 'Gift guides; US date, the second Sunday of May.',
    names: `mother${APOS}s\\s+day`,
    window: (y) => oneDay(nthWeekday(y, 5, SUNDAY, 2)),
    examples: ["Mother's Day gift guide", 'Mothers Day gifts'],
  },
  {
    id: 'memorial-day',
    label: 'Memorial Day',
    why: 'US sale weekend: last Monday of May.',
    names: `memorial\\s+day`,
    window: (y) => oneDay(nthWeekday(y, 5, MONDAY, -1)),
    examples: ['Memorial Day sale'],
  },
  {
    id: 'fathers-day',
    label: "Father's Day",
    why: 'Gift guides; US date, the third Sunday of June.',
    names: `father${APOS}s\\s+day`,
    window: (y) => oneDay(nthWeekday(y, 6, SUNDAY, 3)),
    examples: ["Father's Day gift ideas"],
  },
  {
    id: 'fourth-of-july',
    label: 'Fourth of July',
    why: 'US Independence Day sales.',
    names: `(?:fourth|4th)\\s+of\\s+july`,
    window: fixed(7, 4),
    examples: ['4th of July sale', 'Fourth of July deals'],
  },
  {
    id: 'back-to-school',
    label: 'Back-to-school season',
    why:
      'US back-to-school shopping runs from the start of August until schools have started, ' +
      'about mid-September.',
    names: `back[\\s-]+to[\\s-]+school`,
    window: span(8, 1, 9, 15),
    examples: ['Back-to-School deals', 'back to school sale'],
  },
  {
    id: 'labor-day',
    label: 'Labor Day',
    why: 'US sale weekend: first Monday of September (not the 1 May Labour Day elsewhere).',
    names: `labou?r\\s+day`,
    window: (y) => oneDay(nthWeekday(y, 9, MONDAY, 1)),
    examples: ['Labor Day sale'],
  },
  {
    id: 'halloween',
    label: 'Halloween',
    why: 'Costume sales and events on 31 October.',
    names: `hallowe${APOS}en`,
    window: fixed(10, 31),
    examples: ['Halloween costume sale'],
  },
  // Seasons, meteorological and northern-hemisphere. Alone the words are too common, so
  // they count with a year ("Spring 2026"), with "this"/"next", or before a sale word.
  {
    id: 'spring',
    label: 'Spring',
    why: 'Seasonal sales and collections (stale-promos.md #10 is a spring 2026 sale).',
    names: `(?:this|next)\\s+spring|spring\\s+(?:sales?|deals|collection|semester|term|break)`,
    namesWithYear: `spring`,
    window: span(3, 1, 5, 31),
    examples: ['Spring 2026', 'Spring sale', 'this spring'],
  },
  {
    id: 'summer',
    label: 'Summer',
    why: 'Seasonal sales, camps and collections.',
    names: `(?:this|next)\\s+summer|summer\\s+(?:sales?|deals|collection|semester|term|camps?)`,
    namesWithYear: `summer`,
    window: span(6, 1, 8, 31),
    examples: ['Summer 2024 collection', 'summer sale'],
  },
  {
    id: 'fall',
    label: 'Fall',
    why: 'Seasonal tips and sales (dev.jsonl: "Top 5 Ways To Use Essential Oils This Fall").',
    names:
      `(?:this|next)\\s+(?:fall|autumn)|(?:fall|autumn)\\s+(?:sales?|deals|collection|semester|term)`,
    namesWithYear: `fall|autumn`,
    window: span(9, 1, 11, 30),
    examples: ['Use Essential Oils This Fall', 'Fall 2024 semester'],
  },
  {
    id: 'winter',
    label: 'Winter',
    why:
      '"Winter 2025" could mean early or late 2025; we take the winter that starts in ' +
      'December of that year, the later reading, so a current promo is never called stale.',
    names: `(?:this|next)\\s+winter|winter\\s+(?:sales?|deals|collection|semester|term|break)`,
    namesWithYear: `winter`,
    window: (y) => ({ from: dayOf(y, 12, 1), to: dayOf(y + 1, 3, 1) - 1 }),
    examples: ['Winter 2025 collection', 'winter sale'],
  },
];

/** The event whose names match all of `text` (a TimeRef's text), for evidence sentences. */
export function eventNamed(text: string): SeasonalEvent | undefined {
  const name = text
    .replace(/^(?:19|20)\d\d\s*/, '')
    .replace(/(?:\s+of)?[\s,:'’-]*(?:19|20)\d\d$/, '')
    .trim();
  return SEASONAL_EVENTS.find((e) => {
    const all = e.namesWithYear ? `${e.names}|${e.namesWithYear}` : e.names;
    return new RegExp(`^(?:${all})$`, 'i').test(name);
  });
}
