import { elementsByTag } from '../dom/elements';

/**
 * Responsive twins: sibling elements with the same text under different class names, the same
 * block rendered once per screen width, and the names are how the stylesheet shows one copy
 * at each width. Framer renders a page's content three times ("ssr-variant hidden-bnz77l
 * hidden-12t0irv", …); many sites render their menus and footers twice (desktop and mobile).
 * A browser shows one copy, while the markup, which is all Lede and Readability read, holds
 * every copy: WCXB dev 0355 came out three times over (word F1 0.50), and Readability,
 * finding the story hidden by name ("hidden-…"), read the whole page three times before
 * giving up its class weights (1.9 s).
 *
 * The later copies are left out of the read; the first stays. Copies under the same class
 * names are left alone: the stylesheet shows or hides them together, so the page means them
 * both (WCXB dev 4859 prints one row of its comparison table twice, and its gold text keeps
 * both). So are copies under MIN_TWIN_CHARS characters: short repeats (a price, a button, a
 * tag line) cost nothing. Evidence: fixtures/article/responsive-twins.
 */
const MIN_TWIN_CHARS = 300;

export interface Twins {
  /** Later copies, each a sibling of an earlier one with the same text: not read. */
  repeats: Set<Element>;
  /** The first copies, which stay: each is shown at some screen width. */
  kept: Set<Element>;
}

/**
 * Finds the responsive twins under `doc`'s body in two linear passes: text lengths bottom-up
 * (children before parents, in reverse document order), then siblings of one length compared
 * by their text. Reading each child's `textContent` instead costs a pass per nesting level.
 */
export function findTwins(doc: Document): Twins {
  const twins: Twins = { repeats: new Set(), kept: new Set() };
  const body = doc.body;
  if (!body) return twins;
  const elements = elementsByTag(body, '*');
  const length = new Map<Element, number>();
  for (let i = elements.length - 1; i >= -1; i--) {
    const el = i >= 0 ? elements[i]! : body;
    let n = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += (c as Text).data.length;
      else if (c.nodeType === 1) n += length.get(c as Element) ?? 0;
    }
    length.set(el, n);
  }
  for (const [parent, parentLength] of length) {
    if (parentLength < 2 * MIN_TWIN_CHARS || parent.childElementCount < 2) continue;
    const byLength = new Map<number, Element[]>();
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      const n = length.get(c) ?? 0;
      if (n < MIN_TWIN_CHARS || c.localName === 'script' || c.localName === 'style') continue;
      const same = byLength.get(n);
      if (same) same.push(c);
      else byLength.set(n, [c]);
    }
    for (const same of byLength.values()) {
      if (same.length < 2) continue;
      const firstByText = new Map<string, Element>();
      for (const el of same) {
        const text = el.textContent ?? '';
        const first = firstByText.get(text);
        if (!first) firstByText.set(text, el);
        else if (el.getAttribute('class') !== first.getAttribute('class')) {
          twins.repeats.add(el);
          twins.kept.add(first);
        }
      }
    }
  }
  return twins;
}
