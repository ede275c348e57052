import type { BoilerplateBlock } from '../lib/report';
import type { TextIndex } from './text-index';

function normalized(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Finds a flagged block in the live page: first by its structural selector, checked against
 * the start of its text; then, if the page has re-rendered, by finding its text in the page
 * and climbing to the element that holds about as much text as the block.
 */
export function locateBlock(doc: Document, block: BoilerplateBlock, index: () => TextIndex): Element | null {
  const want = normalized(block.locator.textStart).slice(0, 40);
  let el: Element | null = null;
  try {
    el = doc.querySelector(block.locator.selector);
  } catch {
    el = null;
  }
  if (el && normalized(el.textContent).includes(want)) return el;
  if (!want) return null;
  const idx = index();
  const at = idx.text.indexOf(want);
  if (at < 0) return null;
  const range = idx.range(at, at + want.length);
  let node: Node | null = range?.commonAncestorContainer ?? null;
  let found: Element | null = null;
  const limit = block.text.length * 1.3 + 20;
  for (; node && node !== doc.body; node = node.parentNode) {
    if (node.nodeType !== 1) continue;
    if ((node.textContent ?? '').length > limit) break;
    found = node as Element;
  }
  return found;
}
