import type { PageView } from '../dom/page-view';
import { visibleText } from '../dom/selector';
import { KIND_CUES, nameWordsOf } from './kinds';

/**
 * Candidate blocks: the visible, text-bearing parts of a page that are not the article body.
 * We walk down from <body>, descending only where a subtree mixes body and non-body content,
 * and cut the non-body remainder into units: landmarks, dialogs, fixed/sticky layers, named
 * widgets and leaf blocks. One banner becomes one block, not one block per link.
 */

export interface Candidate {
  element: Element;
  /** The block's text, its items joined with " · ". */
  text: string;
  /** The start of its text as the page has it (no separators), to find it again. */
  plainStart: string;
  /** True when the block sits inside the article's own container. */
  insideArticle: boolean;
  fixed: boolean;
  linkDensity: number;
  nameWords: string[];
}

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'head', 'link', 'meta', 'iframe', 'img',
  'picture', 'video', 'audio', 'canvas', 'br', 'hr', 'input', 'select', 'textarea',
]);

/** Elements that are one unit of page chrome by their semantics alone. */
const LANDMARK_TAGS = new Set(['nav', 'footer', 'aside', 'header', 'form', 'dialog', 'menu']);
const LANDMARK_ROLES = new Set([
  'navigation', 'contentinfo', 'complementary', 'banner', 'dialog', 'alertdialog', 'search',
  'form', 'menubar', 'alert', 'status',
]);

/** Inline tags do not start blocks: a <div> of <a>s and <span>s is one leaf block. */
const INLINE_TAGS = new Set([
  'a', 'span', 'b', 'strong', 'i', 'em', 'u', 'small', 'sup', 'sub', 'abbr', 'time', 'label',
  'button', 'img', 'svg', 'picture', 'br', 'code', 'mark', 'q', 'cite', 'font', 's', 'wbr',
]);

/** A block shorter than this carries no message worth flagging ("|", "•", an icon label). */
const MIN_TEXT = 8;

/** Too many candidates means a pathological page; the first ones are the ones a reader sees. */
const MAX_CANDIDATES = 300;

function namesOf(el: Element): string {
  return [el.getAttribute('class'), el.id, el.getAttribute('aria-label'), el.getAttribute('data-testid')]
    .filter(Boolean)
    .join(' ');
}

function linkDensity(el: Element, textLength: number): number {
  if (!textLength) return 0;
  let linkChars = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) {
    linkChars += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  }
  return Math.min(1, linkChars / textLength);
}

function isLandmark(el: Element, view: PageView): boolean {
  const role = el.getAttribute('role');
  if (LANDMARK_TAGS.has(el.localName) || (role !== null && LANDMARK_ROLES.has(role))) return true;
  const pos = view.position(el);
  return pos === 'fixed' || pos === 'sticky';
}

function hasBlockChildWithText(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (!INLINE_TAGS.has(c.localName) && !SKIP_TAGS.has(c.localName) && (c.textContent ?? '').trim().length >= MIN_TEXT) {
      return true;
    }
  }
  return false;
}

/** Words that name a whole widget when a container's class or id carries them. */
const WIDGET_NAMES = new Set(
  KIND_CUES.filter((k) => k.kind !== 'nav' && k.kind !== 'promo' && k.kind !== 'ad').flatMap((k) => k.nameWords ?? []),
);

/** A container named "comments" or "newsletter" is one widget however long it is. */
function isNamedWidget(el: Element): boolean {
  return nameWordsOf(namesOf(el)).some((w) => WIDGET_NAMES.has(w));
}

/** Banners and link strips are short; anything this size or smaller is kept whole. */
const COMPACT_CHARS = 600;

/**
 * A small block made mostly of links, or of short items, is one widget (a trending strip, a
 * list of related stories): splitting it would flag each link on its own.
 */
function isCompact(el: Element, text: string): boolean {
  if (text.length > COMPACT_CHARS) return false;
  if (linkDensity(el, text.length) >= 0.5) return true;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if ((c.textContent ?? '').length > 200) return false;
  }
  return true;
}

/** Lowest common ancestor of the body elements, widened to an enclosing <article> if any. */
function articleContainer(bodyElements: readonly Element[]): Element | null {
  const first = bodyElements[0];
  if (!first) return null;
  let lca: Element | null = first;
  for (const el of bodyElements) {
    while (lca && !lca.contains(el)) lca = lca.parentElement;
  }
  return lca?.closest('article') ?? lca;
}

export interface CandidateOptions {
  view: PageView;
  /** The article's title: the element that shows it is the story's, not chrome. */
  title?: string;
}

/** Finds the candidate boilerplate blocks of `doc` around the given article body elements. */
export function findCandidates(
  doc: Document,
  bodyElements: readonly Element[],
  opts: CandidateOptions,
): Candidate[] {
  const out: Candidate[] = [];
  const root = doc.body;
  if (!root) return out;
  const inBody = new Set<Element>(bodyElements);
  const holdsBody = new Set<Element>();
  for (const el of bodyElements) {
    for (let e = el.parentElement; e && !holdsBody.has(e); e = e.parentElement) holdsBody.add(e);
  }
  const container = articleContainer(bodyElements);
  const title = opts.title?.replace(/\s+/g, ' ').trim().toLowerCase() ?? '';

  const emit = (el: Element, text: string): void => {
    const insideArticle = Boolean(container && container !== el && container.contains(el));
    const pos = opts.view.position(el);
    out.push({
      element: el,
      text,
      plainStart: visibleText(el, { limit: 200 }).slice(0, 80),
      insideArticle,
      fixed: pos === 'fixed' || pos === 'sticky',
      linkDensity: linkDensity(el, text.length),
      nameWords: nameWordsOf(namesOf(el)),
    });
  };

  const stack: Element[] = [root];
  while (stack.length && out.length < MAX_CANDIDATES) {
    const el = stack.pop()!;
    if (SKIP_TAGS.has(el.localName) || inBody.has(el)) continue;
    if (!opts.view.isVisible(el)) continue;
    const descend = (): void => {
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    };
    // A subtree that holds article paragraphs is split until the body is cut away.
    if (holdsBody.has(el) || el === root) {
      descend();
      continue;
    }
    const text = visibleText(el, { items: true });
    if (text.length < MIN_TEXT) continue;
    // The headline and its dateline belong to the story.
    if (title && text.toLowerCase().includes(title) && text.length < title.length * 3) continue;
    if (isLandmark(el, opts.view) || isNamedWidget(el) || isCompact(el, text) || !hasBlockChildWithText(el)) {
      emit(el, text);
    } else {
      descend();
    }
  }
  return out;
}
