import type { ArticleBlock } from '../report';
import { isDateline } from './dateline';

/**
 * Turns Readability's content element into plain text, one paragraph per DOM block with a
 * blank line between paragraphs, and remembers which source element each paragraph came from.
 */

/** Tags that start a new paragraph. Inline text between them joins into one paragraph. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote',
  'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'td', 'th',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'hr', 'br', 'address', 'details',
  'summary', 'form', 'fieldset',
]);

/** Never text a reader reads as part of the story. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'textarea', 'input',
  'iframe', 'object', 'canvas', 'video', 'audio', 'figcaption',
]);

/** The attribute that ties a node in a parsing clone back to the source document. */
export const SOURCE_INDEX_ATTR = 'data-lede-i';

export interface BodyText {
  text: string;
  blocks: ArticleBlock[];
  /** For each block, the source-element index of the nearest tagged element. */
  sourceIndexes: number[];
}

function sourceIndexOf(el: Element | null): number {
  for (let e = el; e; e = e.parentElement) {
    const v = e.getAttribute(SOURCE_INDEX_ATTR);
    if (v !== null) return Number(v);
  }
  return -1;
}

/** Builds the body text of a content element (Readability's output, or any container). */
export function bodyTextOf(root: Element): BodyText {
  const parts: string[] = [];
  const blocks: ArticleBlock[] = [];
  const sourceIndexes: number[] = [];
  let length = 0;
  let buffer = '';
  let bufferTag = 'p';
  let bufferEl: Element | null = null;

  const flush = (): void => {
    const para = buffer.replace(/\s+/g, ' ').trim();
    buffer = '';
    if (!para || isDateline(para)) return;
    if (parts.length) length += 2;
    blocks.push({ start: length, end: length + para.length, tag: bufferTag });
    sourceIndexes.push(sourceIndexOf(bufferEl));
    parts.push(para);
    length += para.length;
  };

  // Iterative walk: article DOMs can be deep enough to overflow a recursive one.
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      if (!buffer.trim()) {
        const parent = node.parentElement;
        bufferEl = parent;
        // The paragraph's tag is its nearest block ancestor's.
        let p: Element | null = parent;
        while (p && p !== root && !BLOCK_TAGS.has(p.localName)) p = p.parentElement;
        bufferTag = p && p !== root ? p.localName : 'p';
      }
      buffer += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName;
    if (SKIP_TAGS.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') continue;
    const isBlock = BLOCK_TAGS.has(tag);
    if (exit) {
      if (isBlock) flush();
      continue;
    }
    if (isBlock) flush();
    if (tag === 'br') continue;
    stack.push({ node: el, exit: true });
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, exit: false });
  }
  flush();
  return { text: parts.join('\n\n'), blocks, sourceIndexes };
}
