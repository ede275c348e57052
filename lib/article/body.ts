import type { ArticleBlock } from '../report';
import { isDateline } from './dateline';
import { repairMojibake } from './mojibake';

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
  /** For each block, how many of its characters sit inside links (before whitespace collapse). */
  linked?: number[];
}

/** How `bodyTextOf` walks: which elements to leave out, beyond the tags it always skips. */
export interface BodyWalk {
  /** Clone-to-source text pairs, when walking a clone (Readability's output). */
  origin?: Map<Node, Text>;
  /** True for an element whose whole subtree is not part of the body. */
  skip?: (el: Element) => boolean;
}

/** A paragraph of running prose: long, and ending like a sentence. */
export function readsAsProse(text: string): boolean {
  return text.length >= 100 && /[.!?"”’)]$/.test(text);
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

/**
 * Pairs the text nodes of Readability's output that `pairTextNodes` could not: when its first
 * attempt finds too little text, Readability rebuilds the page from its own HTML copy and
 * retries, and the rebuilt text nodes have no twin by position. Their text is unchanged, so
 * each is matched to the next unused source text node with the same value, in page order.
 * Costs one walk over the source's text, and only for pages that need it.
 * Evidence: fixtures/article/div-sections (Readability retries there).
 */
export function repairPairs(content: Element, origin: Map<Node, Text>, source: Node): void {
  const missing: Node[] = [];
  const walker = content.ownerDocument.createTreeWalker(content, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!origin.has(n) && (n.nodeValue ?? '').trim()) missing.push(n);
  }
  if (!missing.length) return;
  const byValue = new Map<string, Text[]>();
  const sourceDoc = source.ownerDocument ?? (source as Document);
  const texts = sourceDoc.createTreeWalker(source, 4);
  for (let n = texts.nextNode(); n; n = texts.nextNode()) {
    const value = n.nodeValue ?? '';
    if (!value.trim()) continue;
    const list = byValue.get(value);
    if (list) list.push(n as Text);
    else byValue.set(value, [n as Text]);
  }
  const used = new Map<string, number>();
  for (const n of missing) {
    const value = n.nodeValue ?? '';
    const list = byValue.get(value);
    const at = used.get(value) ?? 0;
    if (!list || at >= list.length) continue;
    origin.set(n, list[at]!);
    used.set(value, at + 1);
  }
}

/**
 * A footnote mark: a superscript number that links within the page ("2", "[3]"). Read as
 * text it splits the sentence ("career development 2 . The platform…"); the footnote itself
 * stays wherever the page prints it. Evidence: fixtures/article/footnote-marks.
 */
function isFootnoteMark(sup: Element): boolean {
  if (!/^\s*\[?\d{1,3}\]?\s*$/.test(sup.textContent ?? '')) return false;
  return (sup.querySelector('a')?.getAttribute('href') ?? '').startsWith('#');
}

/** The nearest sibling in `dir` that is not whitespace-only text. */
function siblingSkippingSpace(el: Element, dir: 'previousSibling' | 'nextSibling'): Node | null {
  let n = el[dir];
  while (n && n.nodeType === 3 && !(n.nodeValue ?? '').trim()) n = n[dir];
  return n;
}

/** True for a <br> next to another <br>: together they end a paragraph. */
function isBrRun(br: Element): boolean {
  const isBr = (n: Node | null): boolean => n?.nodeType === 1 && (n as Element).localName === 'br';
  return isBr(siblingSkippingSpace(br, 'previousSibling')) || isBr(siblingSkippingSpace(br, 'nextSibling'));
}

/**
 * Builds the body text of a content element (Readability's output, or any container). With
 * `walk.origin` the sources are the source-document elements of a clone's paragraphs; without
 * it `root` is taken to be in the source document itself.
 */
export function bodyTextOf(root: Element, walk: BodyWalk | Map<Node, Text> = {}): BodyText {
  const { origin, skip } = walk instanceof Map ? { origin: walk, skip: undefined } : walk;
  const parts: string[] = [];
  const blocks: ArticleBlock[] = [];
  const sources: (Element | null)[] = [];
  const linked: number[] = [];
  let length = 0;
  let buffer = '';
  let bufferLinked = 0;
  let bufferTag = 'p';
  let bufferText: Node | null = null;
  let inLink = 0;

  const flush = (): void => {
    // Mojibake first: a double-encoded no-break space ("Â\u00a0") must not become "Â ".
    const para = repairMojibake(buffer).replace(/\s+/g, ' ').trim();
    const bufLinked = bufferLinked;
    buffer = '';
    bufferLinked = 0;
    if (!para || isDateline(para)) return;
    if (parts.length) length += 2;
    blocks.push({ start: length, end: length + para.length, tag: bufferTag });
    const source = origin ? origin.get(bufferText!)?.parentElement : bufferText?.parentElement;
    sources.push(source ?? null);
    linked.push(bufLinked);
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
      const value = node.nodeValue ?? '';
      buffer += value;
      if (inLink) bufferLinked += value.trim().length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName;
    if (SKIP_TAGS.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') continue;
    if (tag === 'sup' && isFootnoteMark(el)) continue;
    const isBlock = BLOCK_TAGS.has(tag);
    if (exit) {
      if (tag === 'a') inLink--;
      if (isBlock) flush();
      continue;
    }
    if (skip?.(el)) {
      if (isBlock) flush();
      continue;
    }
    if (tag === 'br') {
      // One <br> breaks a line inside a paragraph; two in a row end the paragraph (the way
      // <br>-built pages write paragraphs). Evidence: fixtures/article/line-breaks.
      if (isBrRun(el)) flush();
      else buffer += ' ';
      continue;
    }
    if (isBlock) flush();
    if (tag === 'a') inLink++;
    stack.push({ node: el, exit: true });
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, exit: false });
  }
  flush();
  return { text: parts.join('\n\n'), blocks, sources, linked };
}
