import { readsAsProse } from './body';
import { revealStreamedSegments } from './streamed';
import type { Twins } from './twins';
import { elementsByTag } from '../dom/elements';
import { elementAtPath, pathOf } from '../dom/paths';

/**
 * What Lede changes on Readability's clone before the read, each where Readability is known to
 * misjudge markup that a browser shows plainly. Each change is also a speed fix: a story that
 * Readability finds on its first pass costs one pass over the page, where it otherwise
 * re-parses the page and reads it again, up to three times.
 */
export function prepareClone(clone: Document, twins: Twins): void {
  hideTwins(clone, twins);
  revealStreamedSegments(clone);
  unhideProseBoxes(clone);
  dropBuilderNames(clone);
}

/**
 * Removes the twins' later copies (twins.ts), and the hiding class names of the copy that
 * stays: "hidden-12t0irv" hides it at one screen width, not at all, and Readability weighs a
 * box named "hidden" down until, finding too little, it reads the page again.
 */
function hideTwins(clone: Document, twins: Twins): void {
  if (!twins.repeats.size) return;
  // Paths first: each removal shifts the positions of later siblings.
  const repeats = [...twins.repeats].map((el) => elementAtPath(clone, pathOf(el)));
  const kept = [...twins.kept].map((el) => elementAtPath(clone, pathOf(el)));
  for (const el of repeats) el?.remove();
  for (const el of kept) {
    const names = el?.getAttribute('class');
    if (el && names && /hidden/i.test(names)) {
      el.setAttribute('class', names.split(/\s+/).filter((name) => !/hidden/i.test(name)).join(' '));
    }
  }
}

/** Layout words in a class or an id for which Readability drops an element unread. */
const LAYOUT_BOX = /footer|header/i;
/** Readability's own exception: such a box is kept when its names also say content. */
const CONTENT_NAME = /and|article|body|column|content|main|shadow/i;
/** Running prose that no real page footer or header holds: paragraphs, and their characters. */
const RESCUE_MIN_PARAGRAPHS = 8;
const RESCUE_MIN_CHARS = 3000;

/**
 * Boxes named "footer" or "header" that hold a story's worth of running prose lose those
 * names, so Readability reads them. Resy's restaurant guide sets its ninety restaurant
 * write-ups in a "page1-footer" (fixtures/article/prose-in-footer); comments and related
 * links keep their names, which say what they are. Done before the first read, not only on
 * a retry: found at once, the story costs one Readability run instead of two.
 */
function unhideProseBoxes(clone: Document): void {
  // One pass over the paragraphs, each credited to its layout-named ancestors: checking each
  // box's own paragraphs instead costs seconds on pages of nested "card-header" boxes.
  const isLayoutBox = new Map<Element, boolean>();
  const prose = new Map<Element, { paragraphs: number; chars: number }>();
  for (const p of elementsByTag(clone, 'p')) {
    const text = (p.textContent ?? '').trim();
    if (!readsAsProse(text)) continue;
    for (let el = p.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) {
      let layout = isLayoutBox.get(el);
      if (layout === undefined) {
        const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
        layout = LAYOUT_BOX.test(names) && !CONTENT_NAME.test(names);
        isLayoutBox.set(el, layout);
      }
      if (!layout) continue;
      const count = prose.get(el) ?? { paragraphs: 0, chars: 0 };
      count.paragraphs++;
      count.chars += text.length;
      prose.set(el, count);
    }
  }
  for (const [el, count] of prose) {
    if (count.paragraphs >= RESCUE_MIN_PARAGRAPHS && count.chars >= RESCUE_MIN_CHARS) {
      el.removeAttribute('class');
      el.removeAttribute('id');
    }
  }
}

/**
 * Elementor, a WordPress page builder, names every block of a page "elementor-widget …" and
 * wraps its content in an "elementor-widget-container". Readability weighs each such box
 * down as a sidebar widget, and its cleaning removes the story's paragraphs one box at a
 * time until it finds nothing; it then re-parses the page and reads it again, and again
 * without class weights, where it finds the story: three passes over the page on 36 of the
 * 51 Elementor pages of WCXB dev. Names that say nothing true cannot help it, so on such
 * pages the clone keeps only the names Readability finds bylines by ("elementor-author-box"),
 * and its first pass is that third one. (Renaming only the wrappers let Readability's weights
 * pick related-post grids and drop intros: 5 pages worse, 3 better.) Lede's own passes read
 * the names on the source page.
 */
const BYLINE_NAME = /byline|author|dateline|writtenby/i;

function dropBuilderNames(clone: Document): void {
  // By class, not by selector: a selector on a fresh clone costs jsdom 40 ms on a 3,000-element
  // page (WCXB dev 4694) and a browser more than this lookup too.
  if (clone.getElementsByClassName('elementor-widget-container').length === 0) return;
  for (const el of elementsByTag(clone, '*')) {
    // A comment's author ("comment-author", "comment-form-author") is not the story's.
    const comment = /comment/i.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
    for (const attribute of ['class', 'id']) {
      const value = el.getAttribute(attribute);
      if (value === null) continue;
      const kept = comment ? [] : value.split(/\s+/).filter((name) => BYLINE_NAME.test(name));
      if (kept.length) el.setAttribute(attribute, kept.join(' '));
      else el.removeAttribute(attribute);
    }
  }
}
