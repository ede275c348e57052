import { ageLabel } from '../lib/labels';
import type { Report } from '../lib/report';

function formatDate(iso: string): string {
  const ms = Date.parse(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' }).format(ms);
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
        {report.entities.length} entities · {report.claims.length} legal claims · {report.boilerplate.length}{' '}
        boilerplate blocks
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
