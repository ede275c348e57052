import { ageLabel } from '../lib/labels';
import type { Report } from '../lib/report';

/**
 * The calendar day the page gives, in the reader's locale. The ISO string's own date part is
 * the newsroom's local day ("2014-11-12T19:45-08:00" is 12 Nov, though it is 13 Nov in UTC).
 */
export function formatDate(iso: string): string {
  const ms = Date.parse(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(ms);
}

/** Site, title, byline, date and age, and the one-line count of what Lede found. */
export function Header({ report }: { report: Report }) {
  const a = report.article;
  if (!a) return null;
  const old = a.ageDays !== null && a.ageDays >= 365;
  return (
    <header class="header">
      <p class="site">{a.siteName ?? new URL(report.url).hostname}</p>
      <h1 class="title">{a.title}</h1>
      <p class="meta">
        {a.byline && <span class="byline">By {a.byline}</span>}
        {a.publishedTime && (
          <time dateTime={a.publishedTime} class="published">
            {formatDate(a.publishedTime)}
          </time>
        )}
        {a.ageDays !== null && (
          <span class={old ? 'age age-old' : 'age'} data-testid="age">
            {old ? `This article is ${ageLabel(a.ageDays)}` : ageLabel(a.ageDays)}
          </span>
        )}
      </p>
      <p class="counts" data-testid="counts">
        <a href="#h-entities">{report.entities.length} entities</a> ·{' '}
        <a href="#h-claims">{report.claims.length} legal claims</a> ·{' '}
        <a href="#h-boilerplate">{report.boilerplate.length} boilerplate blocks</a>
      </p>
      {report.truncated && (
        <p class="notice">
          This page is very long; Lede analysed the first {report.truncated.paragraphs} of{' '}
          {report.truncated.ofParagraphs} paragraphs.
        </p>
      )}
    </header>
  );
}
