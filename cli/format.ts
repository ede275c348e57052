import { ageLabel, blockBadge } from '../lib/labels';
import type { Report } from '../lib/report';
import { languageName } from '../lib/text/language-name';

/** A readable summary of a report, for people at a terminal. */
export function formatText(report: Report): string {
  const lines: string[] = [];
  const a = report.article;
  if (!a) {
    lines.push(`Not an article: ${report.notArticleReason ?? report.error ?? 'no article found'}`);
  } else {
    lines.push(a.title);
    const meta = [a.siteName, a.byline, a.publishedTime?.slice(0, 10), a.ageDays !== null ? ageLabel(a.ageDays) : null];
    lines.push(meta.filter(Boolean).join(' · '));
    lines.push(`${report.entities.length} entities · ${report.claims.length} legal claims · ${report.boilerplate.length} boilerplate blocks`);
  }
  if (report.unsupportedLanguage) {
    const code = report.unsupportedLanguage;
    lines.push(`Entities and claims not read: the body is in ${languageName(code, 'en') ?? 'another language'} (${code}), not English.`);
  }
  if (report.error) lines.push(`Error: ${report.error}`);
  if (report.entities.length) {
    lines.push('', 'Entities');
    for (const e of report.entities) {
      const extra = [e.role, e.aliases.length ? `also ${e.aliases.join(', ')}` : null].filter(Boolean).join('; ');
      lines.push(`  ${e.type.padEnd(12)} ${e.name}${extra ? ` (${extra})` : ''} ×${e.mentions.length}`);
    }
  }
  if (report.claims.length) {
    lines.push('', 'Legal claims');
    for (const c of report.claims) {
      const flags = [c.hedged ? `hedged: ${c.hedge ?? 'yes'}` : null, c.penalty ? `penalty: ${c.penalty}` : null]
        .filter(Boolean)
        .join('; ');
      lines.push(`  ${c.type.padEnd(13)} ${c.quote.exact}${flags ? `  [${flags}]` : ''}`);
    }
  }
  if (report.boilerplate.length) {
    lines.push('', 'Boilerplate');
    for (const b of report.boilerplate) {
      const text = b.text.length > 90 ? `${b.text.slice(0, 89)}…` : b.text;
      lines.push(`  ${blockBadge(b)}: ${text}`);
      if (b.stale) lines.push(`    ${b.stale.evidence}`);
    }
  }
  return lines.join('\n');
}
