import { dateFromUrl, normalizeDate } from './dates';
import type { PageMetadata } from './metadata';
import type { VisibleDates } from './visible-date';

/**
 * Reconciles the dates a page states: its metadata (the newsroom's record), the dateline it
 * prints near the headline, Readability's guess and the URL. The original publication date is
 * preferred over the modified one (the rule); a page that states only an update date
 * gets that as its date, since it is the only one the reader is shown.
 * Evidence: fixtures/article/updated-only.
 *
 * Metadata usually wins; the printed dateline wins only where the metadata gives itself away
 * (see printedBeatsDeclared).
 *
 * Metadata in UTC is sometimes a day off the printed (local) date; WCXB dev labels such pages
 * both ways (2 pages the local day, 4 the UTC day), so the offset is left as the page gives it.
 */

export interface ChosenDates {
  published: string | null;
  modified: string | null;
}

const MS_PER_DAY = 86_400_000;

/** The calendar day an ISO date names, as written (its own offset), e.g. "2025-12-18". */
function day(iso: string): string {
  return iso.slice(0, 10);
}

function dayNumber(iso: string): number {
  return Date.parse(`${day(iso)}T00:00:00Z`) / MS_PER_DAY;
}

/**
 * When the printed date and the declared one disagree, the declared one stands unless the
 * metadata gives itself away:
 * - published and modified on one day, later than the printed date: a last-save stamp
 *   (evidence: fixtures/article/save-stamp);
 * - published after modified: the record is broken, so it cannot outvote the page
 *   (WCXB dev 0228, 0358; evidence: fixtures/article/published-after-modified);
 * - a second source agrees with the print: another published-date tag or the URL's date
 *   (WCXB dev 0327; evidence: fixtures/article/printed-date-confirmed).
 * Letting every printed date win instead gains 17 WCXB dev pages and loses 23.
 */
function printedBeatsDeclared(
  declared: string,
  declaredModified: string | null | undefined,
  shown: string,
  meta: PageMetadata,
  url: string,
  now: Date,
): boolean {
  if (declaredModified && day(declaredModified) === day(declared) && dayNumber(shown) < dayNumber(declared)) return true;
  if (declaredModified && dayNumber(declaredModified) < dayNumber(declared)) return true;
  const seconds = [meta.fallbackPublished, dateFromUrl(url, now)];
  return seconds.some((other) => other != null && day(other) === day(shown));
}

export function chooseDates(
  meta: PageMetadata,
  visible: VisibleDates,
  readabilityPublished: string | null | undefined,
  url: string,
  now: Date,
): ChosenDates {
  const declared = meta.publishedTime;
  const declaredModified = meta.modifiedTime ?? meta.fallbackModified;
  const modified = declaredModified ?? visible.modified;
  const shown = visible.published;
  let published = declared;
  if (declared && shown && day(shown) !== day(declared) && printedBeatsDeclared(declared, declaredModified, shown, meta, url, now)) {
    published = shown;
  }
  published ??= shown ?? meta.fallbackPublished ?? normalizeDate(readabilityPublished, now) ?? dateFromUrl(url, now) ?? modified;
  // A note stating the first publication outranks a refreshed page's record of itself.
  if (visible.original && (!published || dayNumber(visible.original) < dayNumber(published))) published = visible.original;
  return { published, modified };
}
