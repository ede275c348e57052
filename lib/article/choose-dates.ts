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
 * Metadata usually wins. The printed dateline wins over metadata whose published and modified
 * dates are the same day, later than the printed date: that is the CMS's last-save stamp, not
 * the publication date. Evidence: fixtures/article/save-stamp.
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
  if (declared && shown && declaredModified && day(declaredModified) === day(declared) && dayNumber(shown) < dayNumber(declared)) {
    published = shown;
  }
  published ??= shown ?? meta.fallbackPublished ?? normalizeDate(readabilityPublished, now) ?? dateFromUrl(url, now) ?? modified;
  return { published, modified };
}
