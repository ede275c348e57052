import { visibleText } from '../dom/selector';
import { isDisclosure } from './trim';

/**
 * Readability keeps the story's body container and drops its siblings, so a standfirst (the
 * "dek" under the headline, often the lede a reader sees first) is lost when it sits in the
 * story header. We take it back when it sits between the headline and the first body
 * paragraph and reads like prose. Evidence: fixtures/pages/reference (its dek is a labeled
 * claim sentence in ../shared/corpora/claims/seed.jsonl).
 */

const MIN_CHARS = 60;
const MAX_CHARS = 700;
/**
 * How far past the headline we look, in elements that hold text: a standfirst sits right
 * under it. Picture frames and spacers don't count: Framer's hero sets three empty wrappers
 * per screen width around its banner image between headline and dek (WCXB dev 0355).
 */
const MAX_STEPS = 40;

function normalized(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * True when heading text `got` shows the title `want`. A heading much shorter than the title
 * must be its start or end ("Webcams" of "Webcams - Yosemite National Park"): a section
 * heading that is one word of it ("Services" in "7 most popular tax services, reviewed") is
 * not the headline (WCXB dev 0404, 4589, 4880; evidence: fixtures/article/heading-in-title).
 */
function showsTitle(got: string, want: string): boolean {
  if (got === want || got.includes(want)) return true;
  if (!want.includes(got)) return false;
  return 2 * got.length >= want.length || want.startsWith(got) || want.endsWith(got);
}

/** The <h1>/<h2> that shows `title`, among the first few of the page. */
export function findHeadline(doc: Document, title: string): Element | null {
  const want = normalized(title);
  if (!want) return null;
  for (const h of Array.from(doc.querySelectorAll('h1, h2')).slice(0, 20)) {
    const got = normalized(h.textContent ?? '');
    if (got && showsTitle(got, want)) return h;
  }
  return null;
}

function isProse(el: Element, text: string): boolean {
  if (text.length < MIN_CHARS || text.length > MAX_CHARS) return false;
  if (!/[.!?"”’]$/.test(text)) return false;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').trim().length;
  return linked / text.length < 0.2;
}

/** A class or id word naming a sidebar: "sidebar", "right-sidebar" (not a layout's "…-sidebar-left-content"). */
const SIDEBAR_NAME = /(?:^|[-_\s])sidebar(?:$|\s)/i;

/**
 * Inside an <aside> or a sidebar: a site's tagline there can come right after the headline
 * in the markup (WCXB dev 0344: "Delicious recipes, helpful cooking and nutrition tips").
 */
function inSidebar(el: Element): boolean {
  for (let e: Element | null = el; e && e.localName !== 'body'; e = e.parentElement) {
    if (e.localName === 'aside' || SIDEBAR_NAME.test(e.getAttribute('class') ?? '') || SIDEBAR_NAME.test(e.id)) return true;
  }
  return false;
}

/** The standfirst element between `headline` (from findHeadline) and `firstBody`, or null. */
export function findStandfirst(doc: Document, headline: Element, firstBody: Element): Element | null {
  // FOLLOWING = 4: only elements after the headline and before the body qualify.
  if (!(headline.compareDocumentPosition(firstBody) & 4)) return null;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1);
  walker.currentNode = headline;
  let steps = 0;
  for (let node = walker.nextNode(); node && steps < MAX_STEPS; node = walker.nextNode()) {
    const el = node as Element;
    if (el === firstBody || el.contains(firstBody)) return null;
    if (headline.contains(el)) continue;
    if (!el.textContent?.trim()) continue;
    steps++;
    if (el.localName !== 'p' && el.localName !== 'div' && el.localName !== 'h2') continue;
    if (el.querySelector('p, div, h2, ul, ol')) continue;
    const text = visibleText(el);
    // An affiliate notice often sits right under the headline: it reads as prose but is not
    // the dek. Evidence: fixtures/article/disclosure-notes.
    if (isProse(el, text) && !isDisclosure(text) && !inSidebar(el)) return el;
  }
  return null;
}
