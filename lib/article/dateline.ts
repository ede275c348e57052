import { MONTH_PATTERN as MONTH } from './dates';

/**
 * Datelines and bylines that Readability leaves at the top of a body ("Nov. 12, 2014 7:45 p.m.
 * PT", "Updated 3:04 PM EDT, Mon June 1, 2015"). They are metadata, not prose: the popup shows
 * the date in its header, and they would otherwise open the body text.
 * Evidence: fixtures/pages/reference (its dateline sits in the story header).
 */

const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?';
// Each part is bounded and separated by literal anchors, so matching stays linear.
const DATELINE_RE = new RegExp(
  [
    '^(?:(?:updated|published|posted|last updated|first published)(?: on)?:? )?',
    `(?:${WEEKDAY} )?`,
    `(?:${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`,
    '(?:,? (?:at )?\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [a-z]{2,5})?)?',
    '\\.?$',
  ].join(''),
  'i',
);

/**
 * The words a stamp line is made of: labels, month and day names, times and zones. A line of
 * nothing else ("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019")
 * is a stamp however its parts are ordered. Evidence: fixtures/article/dateline-stamps.
 */
const STAMP_WORD_RE = new RegExp(
  [
    '(?:first |last )?(?:published|updated|posted|modified|edited)(?: on| at)?',
    MONTH.replace('\\.?', ''),
    '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}',
    'a\\.?m\\.?|p\\.?m\\.?|[a-z]{1,2}[sd]t|utc|gmt|bst|cet|cest|et|pt|ct|mt',
    'on|at|of|the',
    '\\d{1,4}(?:st|nd|rd|th)?',
  ].map((p) => `\\b(?:${p})\\b`).join('|'),
  'gi',
);

/** True for a line made only of date stamps ("PUBLISHED: … | UPDATED: …"). */
function isStampLine(s: string): boolean {
  if (s.length > 120 || !/\d{4}/.test(s) || !/\d{1,2}[:.]\d{2}|\b(?:published|updated|posted)\b/i.test(s)) return false;
  // Words go first, then separators; what remains must be nothing.
  const rest = s.replace(STAMP_WORD_RE, ' ').replace(/[\s|:,.\-–—•·/()]+/g, '');
  return rest.length === 0;
}

/** True for a paragraph that is only a date (and time), maybe with "Updated" before it. */
export function isDateline(paragraph: string): boolean {
  const s = paragraph.trim();
  return (s.length <= 80 && DATELINE_RE.test(s)) || isStampLine(s);
}
