import type { Report } from '../lib/report';
import { ageText, claimTypeName, entityTypeName, kindName, type Translate } from './i18n';

/** Escapes the characters Markdown would read as formatting in running text. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]#|<>])/g, '\\$1');
}

/** The popup's cards as Markdown: header, every entity card, every claim, every flagged block. */
export function cardsMarkdown(report: Report, t: Translate): string {
  const a = report.article;
  const lines: string[] = [];
  if (a) {
    lines.push(`# ${md(a.title)}`, '');
    const meta = [a.siteName, a.byline ? t('byline', a.byline) : null, a.publishedTime?.slice(0, 10), a.ageDays !== null ? ageText(t, a.ageDays) : null];
    lines.push(meta.filter(Boolean).map((m) => md(m!)).join(' · '), '', `<${report.url}>`, '');
  }
  lines.push(`## ${t('sectionEntities')}`, '');
  for (const e of report.entities) {
    const extra = [e.role ? md(e.role) : null, e.aliases.length ? md(t('alsoKnownAs', e.aliases.join(', '))) : null].filter(Boolean);
    lines.push(`- **${md(e.name)}** (${entityTypeName(t, e.type)}, ×${e.mentions.length})${extra.length ? ` — ${extra.join('; ')}` : ''}`);
  }
  lines.push('', `## ${t('sectionClaims')}`, '');
  for (const c of report.claims) {
    const fields = [
      c.hedged ? (c.hedge ? t('unprovenWith', c.hedge) : t('unproven')) : null,
      c.subject ? `${t('fieldAbout')}: ${c.subject}` : null,
      c.authority ? `${t('fieldBy')}: ${c.authority}` : null,
      c.penalty ? `${t('fieldPenalty')}: ${c.penalty}` : null,
    ].filter(Boolean);
    lines.push(`- **${claimTypeName(t, c.type)}**: ${md(c.quote.exact)}${fields.length ? ` _(${md(fields.join('; '))})_` : ''}`);
  }
  lines.push('', `## ${t('sectionBoilerplate')}`, '');
  for (const b of report.boilerplate) {
    lines.push(`- **${kindName(t, b.kind)}**${b.stale ? ` (${t('staleFlag')}: ${md(b.stale.evidence)})` : ''}: ${md(b.text.slice(0, 200))}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A file name for the report: the page's host and the analysis day. */
export function reportFileName(report: Report): string {
  let host = 'page';
  try {
    host = new URL(report.url).hostname.replace(/[^a-z0-9.-]/gi, '') || 'page';
  } catch {
    // keep the fallback
  }
  return `lede-${host}-${report.analyzedAt.slice(0, 10)}.json`;
}
