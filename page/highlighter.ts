import type { MarkKind } from './styles';

/**
 * Draws highlights for ranges. The CSS Custom Highlight API paints without touching the DOM;
 * where it is missing (or refuses ranges from an extension's sandbox), ranges are wrapped in
 * <lede-mark> elements that `clear()` unwraps again (STYLE.md, habit 8).
 */
export interface Highlighter {
  readonly mode: 'css-highlights' | 'elements';
  set(kind: MarkKind, ranges: Range[]): void;
  clear(kind?: MarkKind): void;
}

function highlightRegistry(doc: Document): HighlightRegistry | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = win?.CSS?.highlights;
  if (!registry || typeof win.Highlight !== 'function') return null;
  try {
    // Probe once: Firefox's content-script sandbox may reject objects made on our side.
    const probe = new win.Highlight();
    registry.set('lede-probe', probe);
    registry.delete('lede-probe');
    return registry;
  } catch {
    return null;
  }
}

function cssHighlighter(doc: Document, registry: HighlightRegistry): Highlighter {
  const win = doc.defaultView as Window & typeof globalThis;
  const names = new Set<string>();
  return {
    mode: 'css-highlights',
    set(kind, ranges) {
      const name = `lede-${kind}`;
      registry.set(name, new win.Highlight(...ranges));
      names.add(name);
    },
    clear(kind) {
      for (const name of kind ? [`lede-${kind}`] : [...names]) {
        registry.delete(name);
        names.delete(name);
      }
    },
  };
}

/** The text nodes a range covers, each with the part of it inside the range. */
function textPieces(range: Range): { node: Text; start: number; end: number }[] {
  const doc = range.startContainer.ownerDocument;
  if (!doc) return [];
  const pieces: { node: Text; start: number; end: number }[] = [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) {
    return [{ node: root as Text, start: range.startOffset, end: range.endOffset }];
  }
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!range.intersectsNode(n)) continue;
    const t = n as Text;
    const start = t === range.startContainer ? range.startOffset : 0;
    const end = t === range.endContainer ? range.endOffset : t.length;
    if (end > start) pieces.push({ node: t, start, end });
  }
  return pieces;
}

function elementHighlighter(doc: Document): Highlighter {
  const marks = new Map<MarkKind, Element[]>();
  const unwrap = (mark: Element): void => {
    const parent = mark.parentNode;
    if (!parent) return;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  };
  return {
    mode: 'elements',
    set(kind, ranges) {
      for (const m of marks.get(kind) ?? []) unwrap(m);
      const made: Element[] = [];
      // Collect every piece first: wrapping splits text nodes under later ranges' feet.
      // Wrapping from the end backwards keeps the offsets of earlier pieces valid.
      const pieces = ranges.flatMap(textPieces).sort((a, b) =>
        a.node === b.node ? a.start - b.start : a.node.compareDocumentPosition(b.node) & 4 ? -1 : 1,
      );
      for (const { node, start, end } of pieces.reverse()) {
        if (!node.isConnected) continue;
        const target = node.splitText(start);
        target.splitText(end - start);
        const mark = doc.createElement('lede-mark');
        mark.setAttribute('data-kind', kind);
        target.parentNode?.insertBefore(mark, target);
        mark.appendChild(target);
        made.push(mark);
      }
      marks.set(kind, made);
    },
    clear(kind) {
      for (const k of kind ? [kind] : [...marks.keys()]) {
        for (const m of marks.get(k) ?? []) unwrap(m);
        marks.delete(k);
      }
    },
  };
}

/** The best highlighter this document supports. */
export function createHighlighter(doc: Document, preferElements = false): Highlighter {
  const registry = preferElements ? null : highlightRegistry(doc);
  return registry ? cssHighlighter(doc, registry) : elementHighlighter(doc);
}
