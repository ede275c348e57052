import type { Report } from '../lib/report';
import { languageName } from '../lib/text/language-name';
import { ageText, plural, useT } from './i18n';

/**
 * The calendar day the page gives, in the reader's locale. The ISO string's own date part is
 * the newsroom's local day ("2014-11-12T19:45-08:00" is 12 Nov, though it is 13 Nov in UTC).
 */
export function formatDate(iso: string): string {
  const ms = Date.parse(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(ms);
}

/**
 * The update date worth showing: one on a later day than publication. Many pages stamp the same
 * moment as both, and a page that states only an update date has it as its published date too.
 */
export function laterUpdate(a: { publishedTime: string | null; modifiedTime: string | null }): string | null {
  const { publishedTime: published, modifiedTime: modified } = a;
  return published && modified && modified.slice(0, 10) > published.slice(0, 10) ? modified : null;
}

/** Site, title, byline, dates and age, and the one-line count of what Lede found. */
export function Header({ report }: { report: Report }) {
  const t = useT();
  const a = report.article;
  if (!a) return null;
  const old = a.ageDays !== null && a.ageDays >= 365;
  const updated = laterUpdate(a);
  return (
    <header class="header">
      <p class="site">{a.siteName ?? new URL(report.url).hostname}</p>
      <h1 class="title">{a.title}</h1>
      <p class="meta">
        {a.byline && <span class="byline">{t('byline', a.byline)}</span>}
        {a.publishedTime && (
          <time dateTime={a.publishedTime} class="published">
            {formatDate(a.publishedTime)}
          </time>
        )}
        {updated && (
          <time dateTime={updated} class="updated" data-testid="updated">
            {t('updated', formatDate(updated))}
          </time>
        )}
        {a.ageDays !== null && (
          <span class={old ? 'age age-old' : 'age'} data-testid="age">
            {old ? t('ageOld', ageText(t, a.ageDays)) : ageText(t, a.ageDays)}
          </span>
        )}
      </p>
      <p class="counts" data-testid="counts">
        <a href="#h-entities">{plural(t, 'countEntities', report.entities.length)}</a> ·{' '}
        <a href="#h-claims">{plural(t, 'countClaims', report.claims.length)}</a> ·{' '}
        <a href="#h-boilerplate">{plural(t, 'countBlocks', report.boilerplate.length)}</a>
      </p>
      {report.truncated && (
        <p class="notice">{t('truncated', [String(report.truncated.paragraphs), String(report.truncated.ofParagraphs)])}</p>
      )}
      {report.unsupportedLanguage && <LanguageNotice code={report.unsupportedLanguage} />}
    </header>
  );
}

/** Why a story in another language has no entities or claims, naming its language when it can. */
function LanguageNotice({ code }: { code: string }) {
  const t = useT();
  const name = languageName(code);
  return (
    <p class="notice" data-testid="language">
      {name ? t('unsupportedLanguage', name) : t('unsupportedLanguageUnnamed')}
    </p>
  );
}
