/**
 * Dates as pages write them, normalised to ISO 8601. Pages give dates in many shapes; we keep
 * the page's UTC offset when it states one (a reader in Seoul and one in Ohio should see the
 * same "published" moment the newsroom wrote), and fall back to UTC otherwise.
 */

const MS_PER_DAY = 86_400_000;

/** Dates before the web or after tomorrow are parse errors, not publication dates. */
const EARLIEST_YEAR = 1990;

// YYYY-MM-DD, optional time, optional fraction, optional Z or ±HH(:)MM. Anchored, no nesting.
const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s?(Z|[+-]\d{2}:?\d{2})?)?$/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function plausible(ms: number, now: Date): boolean {
  if (Number.isNaN(ms)) return false;
  const year = new Date(ms).getUTCFullYear();
  return year >= EARLIEST_YEAR && ms <= now.getTime() + MS_PER_DAY;
}

/**
 * Parses a date string from a page into ISO 8601. ISO input keeps its offset ("…-07:00");
 * a date without a time stays a date ("2014-10-01"); other formats that the JS engine
 * understands become UTC ("…Z"). Returns null for anything implausible relative to `now`.
 */
export function normalizeDate(raw: string | null | undefined, now: Date): string | null {
  if (!raw) return null;
  const s = raw.trim().slice(0, 64);
  if (!s) return null;
  const m = ISO_RE.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, zone] = m;
    const date = `${y}-${mo}-${d}`;
    if (h === undefined) {
      return plausible(Date.parse(`${date}T00:00:00Z`), now) ? date : null;
    }
    const time = `${h}:${mi}:${sec ?? '00'}`;
    let offset = 'Z';
    if (zone && zone.toUpperCase() !== 'Z') {
      const digits = zone.replace(':', '');
      offset = `${digits.slice(0, 3)}:${digits.slice(3)}`;
    }
    // Pages without a zone meant their local time; reading it as UTC is off by hours at most.
    const iso = `${date}T${time}${offset}`;
    return plausible(Date.parse(iso), now) ? iso : null;
  }
  // "02-12-2025", "03/10/2023": day and month both fit either place, and the engine would
  // read them month first. Without the page's language or another date to settle it, no
  // guess: the printed-date reader (visible-date.ts) has that context (WCXB dev 0429 was read
  // as 12 February from a byline's <time datetime="02-12-2025">).
  const numeric = /^(\d{1,2})[/-](\d{1,2})[/-]\d{4}$/.exec(s);
  if (numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && Number(numeric[1]) !== Number(numeric[2])) return null;
  // Unix timestamps in seconds or milliseconds (some CMSs put these in meta tags).
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const ms = s.length === 10 ? Number(s) * 1000 : Number(s);
    return plausible(ms, now) ? new Date(ms).toISOString().replace('.000Z', 'Z') : null;
  }
  const ms = Date.parse(s.replace(/\s+at\s+/i, ' ').replace(/(\d)(st|nd|rd|th)\b/g, '$1'));
  if (!plausible(ms, now)) return null;
  const hasTime = /\d:\d\d/.test(s);
  if (!hasTime) {
    // "October 1, 2014" is a calendar day; the engine parses it as local midnight.
    const local = new Date(ms);
    return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
  }
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Whole days from an ISO date to `now` (never negative); null when there is no date. */
export function ageInDays(iso: string | null, now: Date): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(ms)) return null;
  return Math.max(0, Math.floor((now.getTime() - ms) / MS_PER_DAY));
}

/** A month's name or abbreviation as pages print it ("Dec.", "Sept", "December"), for date regexes. */
export const MONTH_PATTERN = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';

/**
 * Month names and abbreviations as pages print them: English, and the Spanish, Portuguese,
 * French, German, Italian and Dutch that foreign pages, and English pages on localised CMSs,
 * print ("By FlowGuard EMEA on 04-ago-2021", an English HubSpot blog in Spanish dress, WCXB dev
 * 0255; "publiziert am 25. September 2018", Zyte AEB). Evidence: fixtures/article/foreign-month-dateline.
 * No word names two months in different languages ("mar" is March in all of them).
 */
const MONTH_WORDS: readonly (readonly string[])[] = [
  ['january', 'jan', 'enero', 'ene', 'janeiro', 'janvier', 'janv', 'januar', 'jän', 'gennaio', 'gen', 'januari'],
  ['february', 'feb', 'febrero', 'fevereiro', 'fev', 'février', 'févr', 'fevrier', 'februar', 'febbraio', 'februari'],
  ['march', 'mar', 'marzo', 'março', 'marco', 'mars', 'märz', 'mär', 'maerz', 'maart', 'mrt'],
  ['april', 'apr', 'abril', 'abr', 'avril', 'avr', 'aprile'],
  ['may', 'mayo', 'maio', 'mai', 'maggio', 'mag', 'mei'],
  ['june', 'jun', 'junio', 'junho', 'juin', 'juni', 'giugno', 'giu'],
  ['july', 'jul', 'julio', 'julho', 'juillet', 'juil', 'juli', 'luglio', 'lug'],
  ['august', 'aug', 'agosto', 'ago', 'août', 'aout'],
  ['september', 'sep', 'sept', 'septiembre', 'setiembre', 'set', 'setembro', 'septembre', 'settembre'],
  ['october', 'oct', 'octubre', 'outubro', 'out', 'octobre', 'oktober', 'okt', 'ottobre', 'ott'],
  ['november', 'nov', 'noviembre', 'novembro', 'novembre'],
  ['december', 'dec', 'diciembre', 'dic', 'dezembro', 'dez', 'décembre', 'déc', 'decembre', 'dezember', 'dicembre'],
];

const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map(MONTH_WORDS.flatMap((words, i) => words.map((w) => [w, i + 1] as const)));

/**
 * Any month word of MONTH_WORDS, whole, with an optional abbreviation point; for regexes with
 * the `u` and `i` flags. Longest first, so "sept" is not read as "sep" and a stray "t".
 */
export const MONTH_WORD_PATTERN = `(?:${[...MONTH_BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})(?!\\p{L})\\.?`;

/** 1–12 for a month's name or abbreviation in any language of MONTH_WORDS ("October", "Okt.", "août"), else 0. */
export function monthNumber(word: string): number {
  return MONTH_BY_WORD.get(word.toLowerCase().replace(/\.$/, '')) ?? 0;
}

/** An ISO day ("2025-08-19") when the day exists (no 31 February) and is plausible by `now`, else null. */
export function isoDay(year: number, month: number, day: number, now: Date): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return normalizeDate(`${year}-${pad(month)}-${pad(day)}`, now);
}

/**
 * The date a story's URL carries ("/2025/12/19/slug", "/2019-11-18-slug"), as a last resort
 * when neither metadata nor a printed dateline gives one. Day-precise paths only: a year or
 * month alone is an archive bucket, not a publication day.
 */
export function dateFromUrl(url: string, now: Date): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/\-_.]|$)/.exec(path);
  if (m) return normalizeDate(`${m[1]}-${m[2]}-${m[3]}`, now);
  // A month by name: "/blog/2023/october/03/slug" (WCXB dev 4690).
  const named = /\/((?:19|20)\d\d)\/([a-z]{3,9})\/(0?[1-9]|[12]\d|3[01])(?:[/\-_.]|$)/i.exec(path);
  const month = named ? monthNumber(named[2]!) : 0;
  return named && month ? isoDay(Number(named[1]), month, Number(named[3]), now) : null;
}
