/**
 * Letters and linked letters under every element of a page, counted in one walk. The candidate
 * search asks "how much text is here, and how much of it is links?" of hundreds of elements;
 * asking the DOM each time costs a walk of the element's subtree per question.
 *
 * Letters, not characters: "|", "•", digits and whitespace say nothing about whether a block is
 * a menu or a paragraph. Text that a reader never sees as text (scripts, styles, SVG) is left
 * out, as lib/dom/selector.ts's visibleText leaves it out.
 */

export interface TextCounts {
  letters: number;
  /** Letters inside links. */
  linked: number;
}

const NON_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object']);

const NON_ASCII_LETTER = /\p{L}/u;

/** Letters in a string: ASCII by arithmetic, the rest by Unicode property. */
export function lettersIn(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      const lower = c | 32;
      if (lower >= 97 && lower <= 122) n++;
    } else if (NON_ASCII_LETTER.test(s[i]!)) {
      n++;
    }
  }
  return n;
}

/** Counts for every element under `root` (root included). Elements without letters map to zeros. */
export function measureText(root: Element): Map<Element, TextCounts> {
  const counts = new Map<Element, TextCounts>();
  // Post-order walk without recursion: an element's counts go to its parent when it is left.
  const stack: { node: Node; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      const own = parent && counts.get(parent);
      if (own) own.letters += lettersIn(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (exit) {
      const own = counts.get(el)!;
      if (el.localName === 'a') own.linked = own.letters;
      const up = el === root ? null : el.parentElement && counts.get(el.parentElement);
      if (up) {
        up.letters += own.letters;
        up.linked += own.linked;
      }
      continue;
    }
    if (NON_TEXT_TAGS.has(el.localName)) continue;
    counts.set(el, { letters: 0, linked: 0 });
    stack.push({ node: el, exit: true });
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, exit: false });
  }
  return counts;
}
