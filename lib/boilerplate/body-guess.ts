import type { PageView } from '../dom/page-view';
import { elementsByTag } from '../dom/elements';

/**
 * A stand-in for the article's body elements, for when the article stage found the story's text
 * but could not map it back to the page's elements (Readability re-parses some pages from a
 * serialized copy, and the copy's nodes are new). Without it, every paragraph of the story would
 * look like page chrome. On the WCXB dev pages this happens to about one page in ten.
 *
 * It scores containers the way Readability does, in one cheap pass: each paragraph's length goes
 * to its parent and half of it to its grandparent. The best container's paragraphs, and those of
 * its siblings that score at least a fifth as much (stories split into sections), are the body.
 */

/** Paragraphs shorter than this are captions, labels and buttons. */
const MIN_PARAGRAPH = 40;
/** A paragraph with more linked text than this is a link list. */
const MAX_LINK_SHARE = 0.5;
/** Siblings of the best container that score this share of it hold the rest of the story. */
const SIBLING_SHARE = 0.2;

const BODY_SELECTOR = 'p, pre, blockquote, h2, h3, h4, h5, h6, li, table, dl, figure';
/** Paragraphs inside these are chrome; a whole page wrapped in a <form> (ASP.NET) is not. */
const LANDMARKS = 'nav, aside, footer';

function squashedLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function linkShare(el: Element, length: number): number {
  let n = 0;
  for (const a of elementsByTag(el, 'a')) n += squashedLength(a);
  return length ? n / length : 0;
}

/** The elements of the densest cluster of paragraphs; empty when the page has none. */
export function guessBody(doc: Document, view: PageView): Element[] {
  const root = doc.body;
  if (!root) return [];
  const scores = new Map<Element, number>();
  for (const p of Array.from(root.querySelectorAll('p, pre'))) {
    const length = squashedLength(p);
    if (length < MIN_PARAGRAPH || linkShare(p, length) > MAX_LINK_SHARE || !view.isVisible(p)) continue;
    if (p.closest(LANDMARKS)) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
    if (grand && grand !== root) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return [];
  const containers = [best];
  const parent = best.parentElement;
  if (parent) {
    for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
      if (s !== best && (scores.get(s) ?? 0) >= bestScore * SIBLING_SHARE) containers.push(s);
    }
  }
  const out: Element[] = [];
  for (const c of containers) {
    for (const el of Array.from(c.querySelectorAll(BODY_SELECTOR))) {
      const landmark = el.closest(LANDMARKS);
      if (landmark && c.contains(landmark)) continue;
      if (squashedLength(el) && view.isVisible(el)) out.push(el);
    }
  }
  return out;
}
