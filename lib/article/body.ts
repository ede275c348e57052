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

export interface BodyText {
  text: string;
  blocks: ArticleBlock[];
  /** For each block, the element of the source document its first text came from. */
  sources: (Element | null)[];
}

/**
 * Pairs each text node of a clone with the source node it was cloned from, by walking both
 * trees in step (they are identical at clone time). Readability moves text nodes but never
 * recreates them, so the pairing survives the parse and ties each paragraph to its origin.
 * Pointer walks only: tagging every element with an attribute instead costs a second per
 * page under jsdom.
 */
export function pairTextNodes(source: Node, clone: Node): Map<Node, Text> {
  const pairs = new Map<Node, Text>();
  const stack: [Node, Node][] = [[source, clone]];
  while (stack.length) {
    const [s, c] = stack.pop()!;
    if (s.nodeType === 3) {
      pairs.set(c, s as Text);
      continue;
    }
    for (let a = s.firstChild, b = c.firstChild; a && b; a = a.nextSibling, b = b.nextSibling) stack.push([a, b]);
  }
  return pairs;
}

/** Builds the body text of a content element (Readability's output, or any container). */
export function bodyTextOf(root: Element, origin?: Map<Node, Text>): BodyText {
  const parts: string[] = [];
  const blocks: ArticleBlock[] = [];
  const sources: (Element | null)[] = [];
  let length = 0;
  let buffer = '';
  let bufferTag = 'p';
  let bufferText: Node | null = null;

  const flush = (): void => {
    const para = buffer.replace(/\s+/g, ' ').trim();
    buffer = '';
    if (!para || isDateline(para)) return;
    if (parts.length) length += 2;
    blocks.push({ start: length, end: length + para.length, tag: bufferTag });
    sources.push((bufferText && origin?.get(bufferText)?.parentElement) ?? null);
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
        bufferText = node;
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
  return { text: parts.join('\n\n'), blocks, sources };
}
