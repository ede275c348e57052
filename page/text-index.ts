/**
 * A whitespace-normalised copy of a page's visible text that maps back to DOM positions, so a
 * text quote from the report can be turned into a live Range (STYLE.md, habit 7).
 */

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'textarea', 'select', 'iframe']);
const INLINE = new Set([
  'a', 'span', 'b', 'strong', 'i', 'em', 'u', 'small', 'sup', 'sub', 'abbr', 'time', 'mark',
  'q', 'cite', 'code', 'font', 's', 'label', 'lede-mark',
]);

export interface TextIndex {
  text: string;
  /** Resolves a [start, end) of `text` to a Range, or null if the nodes have gone. */
  range(start: number, end: number): Range | null;
}

interface Segment {
  node: Text;
  /** Where this node's first kept character sits in `text`. */
  at: number;
  /** For each kept character, its offset in the node. */
  offsets: number[];
}

function nearestBlock(node: Node): Element | null {
  let e = node.parentElement;
  while (e && INLINE.has(e.localName)) e = e.parentElement;
  return e;
}

/** Indexes the text under `root`, skipping our own UI and anything the reader cannot read. */
export function buildTextIndex(root: Element, skip?: (el: Element) => boolean): TextIndex {
  const doc = root.ownerDocument;
  const segments: Segment[] = [];
  // Built from parts with a running length: repeated `text +=`/`endsWith` on a rope would
  // flatten it again and again, which is quadratic on a large page.
  const parts: string[] = [];
  let length = 0;
  let lastSpace = true;
  let lastBlock: Element | null = null;
  const walker = doc.createTreeWalker(root, 0x5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        const el = node as Element;
        // FILTER_REJECT skips the whole subtree; FILTER_SKIP only the element itself.
        return SKIP.has(el.localName) || skip?.(el) ? 2 : 3;
      }
      return 1;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const value = node.nodeValue ?? '';
    if (!value) continue;
    const block = nearestBlock(node);
    // Paragraphs touching in the markup are still separate words to a reader.
    if (block !== lastBlock && !lastSpace) {
      parts.push(' ');
      length++;
      lastSpace = true;
    }
    lastBlock = block;
    const seg: Segment = { node: node as Text, at: length, offsets: [] };
    let piece = '';
    for (let i = 0; i < value.length; i++) {
      const c = value[i]!;
      const space = c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\f';
      if (space) {
        if (lastSpace) continue;
        piece += ' ';
        lastSpace = true;
      } else {
        piece += c;
        lastSpace = false;
      }
      seg.offsets.push(i);
    }
    parts.push(piece);
    length += piece.length;
    if (seg.offsets.length) segments.push(seg);
  }
  const text = parts.join('');

  const locate = (pos: number, isEnd: boolean): { node: Text; offset: number } | null => {
    // Binary search for the segment holding pos.
    let lo = 0;
    let hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid]!;
      if (pos < s.at) hi = mid - 1;
      else if (pos >= s.at + s.offsets.length) lo = mid + 1;
      else {
        const local = s.offsets[pos - s.at]!;
        return { node: s.node, offset: isEnd ? local + 1 : local };
      }
    }
    return null;
  };

  return {
    text,
    range(start, end) {
      const a = locate(start, false);
      const b = locate(end - 1, true);
      // Nodes the page removed or split since indexing cannot be ranged over.
      if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
      if (a.offset > a.node.length || b.offset > b.node.length) return null;
      const range = doc.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      return range;
    },
  };
}
