import { browser } from 'wxt/browser';
import type { BoilerplateBlock } from '../lib/report';

type Key = Parameters<typeof browser.i18n.getMessage>[0];

/** The label drawn on a flagged block in the page, in the reader's language. */
export function blockBadge(block: BoilerplateBlock): string {
  const kind = browser.i18n.getMessage(`kind_${block.kind.replace(/-/g, '_')}` as Key);
  if (!block.stale) return kind;
  const year = block.stale.referenceDate?.slice(0, 4);
  return year ? browser.i18n.getMessage('staleBadgeYear', [kind, year]) : browser.i18n.getMessage('staleBadge', kind);
}
