/**
 * Dates as written: "June 5, 2021", "5 June 2021", "Aug. 9", "March 2014", "June",
 * "Wednesday", "in 2017". Weekdays and months are claimed here so that the name finder never
 * sees them ("Wednesday" is not a person).
 */
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from './lexicon';
import type { Token } from './tokens';
import { scanSpans, type TokenSpan } from './spans';

/** Words before a bare month or year that make it a time ("in May", "since 2010"). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'during', 'through',
  'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'between', 'around', 'as',
]);

/** Words that make a weekday part of a name ("Cyber Monday", "Bloody Sunday", "Good Friday", the club Sheffield Wednesday). */
const DAY_NAME_MODIFIERS: ReadonlySet<string> = new Set([
  'cyber', 'black', 'good', 'super', 'bloody', 'easter', 'ash', 'palm', 'holy', 'giving',
  'fat', 'blue', 'boxing', 'shrove', 'maundy', 'whit', 'red', 'manic', 'casual', 'meet', 'sheffield',
]);

/** Words after a weekday that make it a title ("Sunday Times", "Monday Night Football"). */
const PUBLICATION_WORDS: ReadonlySet<string> = new Set(['times', 'telegraph', 'mirror', 'express', 'post', 'herald', 'night', 'morning', 'school']);

/** Months that are also given names. */
const GIVEN_NAME_MONTHS: ReadonlySet<string> = new Set(['april', 'may', 'june', 'august']);

/** Words that put a month before them in time, not a woman's name ("in", not "by April Ryan"). */
const MONTH_OPENERS: ReadonlySet<string> = new Set(['in', 'since', 'until', 'till', 'during', 'early', 'late', 'mid', 'last', 'next']);

/** Words between the two years of a range ("2002 to 2005", "2002–2005"). */
const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'through', 'until', 'and', '-', '–', '—']);

/** Ordinal endings glued to a day ("5th"). */
const ORDINALS: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

function month(t: Token | undefined): { n: number; abbreviated: boolean } | null {
  if (!t || t.kind !== 'word' || !t.cap) return null;
  const full = MONTHS.get(t.lower);
  if (full !== undefined) return { n: full, abbreviated: false };
  const abbr = MONTH_ABBREVIATIONS.get(t.lower);
  if (abbr !== undefined) return { n: abbr, abbreviated: true };
  return null;
}

function isYear(t: Token | undefined): boolean {
  if (!t || t.kind !== 'num' || t.text.length !== 4) return false;
  const y = Number(t.text);
  return y >= 1000 && y <= 2999;
}

/** Index after a day number at `i` (1–31, optional glued ordinal), or -1. */
function dayEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.kind !== 'num' || t.text.length > 2) return -1;
  const d = Number(t.text);
  if (d < 1 || d > 31) return -1;
  const o = tokens[i + 1];
  if (o && !o.space && o.kind === 'word' && ORDINALS.has(o.lower)) return i + 2;
  return i + 1;
}

/** Index after an optional ", 2021" or " 2021" at `i`. */
function yearEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text === ',' && isYear(tokens[i + 1])) return i + 2;
  if (isYear(tokens[i])) return i + 1;
  return i;
}

/** Index after "Aug" or "Aug." at `i` (the period only for abbreviations). */
function monthEnd(tokens: readonly Token[], i: number, abbreviated: boolean): number {
  if (abbreviated && tokens[i + 1]?.text === '.' && !tokens[i + 1]!.space) return i + 2;
  return i + 1;
}

function dateAt(tokens: readonly Token[], i: number): TokenSpan | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const prevIsTimeWord = prev !== undefined && prev.kind === 'word' && TIME_PREPOSITIONS.has(prev.lower);
  if (t.kind === 'word' && t.cap && WEEKDAYS.has(t.lower)) {
    // "Cyber Monday", "Sunday Times": a weekday inside a name is not a date.
    const next = tokens[i + 1];
    if (prev && prev.cap && prev.sent === t.sent && DAY_NAME_MODIFIERS.has(prev.lower)) return null;
    if (next && next.cap && next.sent === t.sent && PUBLICATION_WORDS.has(next.lower)) return null;
    // "Wednesday, June 5, 2021" is one date.
    if (next?.text === ',') {
      const rest = monthDateAt(tokens, i + 2, true);
      if (rest) return { from: i, to: rest.to, type: 'date' };
    }
    return { from: i, to: i + 1, type: 'date' };
  }
  const fromMonth = monthDateAt(tokens, i, prevIsTimeWord);
  if (fromMonth) return fromMonth;
  // "5 June 2021", "4th of July"
  const d = dayEnd(tokens, i);
  if (d > 0) {
    const of = tokens[d]?.lower === 'of' ? 1 : 0;
    const m = month(tokens[d + of]);
    if (m && !m.abbreviated) return { from: i, to: yearEnd(tokens, d + of + 1), type: 'date' };
  }
  if (isYear(t)) {
    // "from 2002 to 2005": both ends of a range of years.
    const next = tokens[i + 1];
    const rangeStart = next !== undefined && RANGE_WORDS.has(next.lower) && isYear(tokens[i + 2]);
    const rangeEnd = prev !== undefined && RANGE_WORDS.has(prev.lower) && isYear(tokens[i - 2]);
    const timeWord = prevIsTimeWord && prev?.lower !== 'as';
    if ((timeWord || rangeStart || rangeEnd) && !tokens[i + 1]?.text.startsWith('%')) return { from: i, to: i + 1, type: 'date' };
  }
  return null;
}

function monthDateAt(tokens: readonly Token[], i: number, afterTimeWord: boolean): TokenSpan | null {
  const m = month(tokens[i]);
  if (!m) return null;
  const after = monthEnd(tokens, i, m.abbreviated);
  const d = dayEnd(tokens, after);
  if (d > 0 && tokens[after]!.space) return { from: i, to: yearEnd(tokens, d), type: 'date' };
  if (isYear(tokens[after])) return { from: i, to: after + 1, type: 'date' };
  // "Tuesday, Nov, 29, 2016" (an AP photo caption; "Nov" was a person): a comma after the
  // abbreviation, when a day and a year follow. Not "In Nov, 29 people died".
  if (m.abbreviated && tokens[after]?.text === ',') {
    const d2 = dayEnd(tokens, after + 1);
    if (d2 > 0 && tokens[d2]?.text === ',' && isYear(tokens[d2 + 1])) return { from: i, to: d2 + 2, type: 'date' };
  }
  if (m.abbreviated) return null;
  // A bare month: "May" is too often a name or a verb without a time word before it, and
  // "March" a noun ("the March on Washington").
  const word = tokens[i]!.lower;
  if ((word === 'may' || word === 'march') && !afterTimeWord) return null;
  // "June Carter", "April Ryan": months that are also given names, before a capitalised word;
  // not after a time word: "in August Lyten agreed" (was an organization "August Lyten",
  // news-dev's start-ups).
  const next = tokens[i + 1];
  const inMonth = MONTH_OPENERS.has(tokens[i - 1]?.lower ?? '');
  if (GIVEN_NAME_MONTHS.has(word) && next && next.cap && next.sent === tokens[i]!.sent && !next.acronym && !inMonth) return null;
  return { from: i, to: i + 1, type: 'date' };
}

/** Finds date expressions. Linear: each start looks a bounded number of tokens ahead. */
export function findDates(tokens: readonly Token[]): TokenSpan[] {
  return scanSpans(tokens, dateAt);
}
