import type { EntityType } from '../lib/report';

/** The highlight name of each kind of annotation; also the key for its colours. */
export type MarkKind = EntityType | 'claim' | 'flash';

/**
 * Colours are paired with an underline style so that colour is never the only signal, and
 * chosen to stay readable on light and dark pages.
 */
const MARK_STYLES: Record<MarkKind, string> = {
  person: 'background-color: rgba(255, 214, 102, .45);',
  organization: 'background-color: rgba(125, 200, 255, .40);',
  place: 'background-color: rgba(140, 220, 150, .40);',
  product: 'background-color: rgba(220, 170, 255, .40);',
  money: 'background-color: rgba(255, 170, 120, .45);',
  date: 'background-color: rgba(200, 200, 200, .35);',
  law: 'background-color: rgba(255, 150, 190, .40);',
  misc: 'background-color: rgba(200, 200, 200, .35);',
  claim: 'text-decoration: underline wavy rgba(200, 30, 30, .85); text-decoration-skip-ink: none;',
  flash: 'background-color: rgba(255, 235, 0, .95); color: #000;',
};

export const HIDDEN_ATTR = 'data-lede-hidden';
export const BLOCK_ATTR = 'data-lede-block';
export const STALE_ATTR = 'data-lede-stale';
export const FLASH_ATTR = 'data-lede-flash';

/** One stylesheet for everything Lede draws in a page; removed whole on teardown. */
export function pageCss(): string {
  const rules: string[] = [];
  for (const [kind, style] of Object.entries(MARK_STYLES)) {
    rules.push(`::highlight(lede-${kind}) { ${style} }`);
    rules.push(`lede-mark[data-kind="${kind}"] { all: unset; ${style} }`);
  }
  rules.push(
    `[${BLOCK_ATTR}] { outline: 2px dashed rgba(120, 120, 120, .8) !important; outline-offset: 2px !important; }`,
    `[${STALE_ATTR}] { outline-color: rgba(200, 40, 40, .9) !important; }`,
    `[${HIDDEN_ATTR}] { display: none !important; }`,
    `[${FLASH_ATTR}] { outline: 3px solid rgba(255, 200, 0, 1) !important; }`,
  );
  return rules.join('\n');
}
