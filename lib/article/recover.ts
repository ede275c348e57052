import { bodyTextOf, type BodyText } from './body';
import { isWidgetTitle } from './trim';

/**
 * Readability decides *where* the story is; this module decides *what of it* to keep. We take
 * the source-document container of Readability's paragraphs and walk it again ourselves:
 *
 *   - what Readability kept stays, unless it sits in an element named like a widget (share
 *     bar, newsletter box, related list) that Readability's scoring let through;
 *   - what Readability dropped *between two kept siblings* comes back when it is plain
 *     content: the subheadings, short paragraphs and lists that its conditional cleaning
 *     removes, as long as it is not link-heavy and not named like a widget;
 *   - sibling blocks of the story's outermost wrapper join when they are prose (pages built
 *     of one <div>/<section> per subheading, where Readability keeps only the best block);
 *   - tables of contents (lists of in-page links) go, kept or not.
 *
 * Walking the source (not the clone) makes each paragraph's element the page's own, which
 * the boilerplate stage needs. Evidence: fixtures/article/dropped-subheads,
 * fixtures/article/kept-widgets, fixtures/article/div-sections, fixtures/article/toc-list.
 */

/** Tags that are never story content when Readability did not keep them. */
const DROPPED_NON_CONTENT = new Set([
  'nav', 'aside', 'footer', 'header', 'form', 'figure', 'menu', 'dialog', 'h1', 'button', 'label',
  'select', 'img', 'picture', 'map',
]);

/**
 * Class/id/role words of widgets that sit inside story containers. Matched as whole words of
 * the name (split at '-', '_', spaces and camelCase), so "stage" never matches "tag".
 * Strong words remove even what Readability kept; weak words only stop a recovery.
 */
const STRONG_WIDGET_WORDS = new Set([
  'share', 'sharing', 'social', 'related', 'newsletter', 'subscribe', 'subscription', 'promo',
  'advert', 'advertisement', 'ad', 'ads', 'sponsor', 'sponsored', 'outbrain', 'taboola',
  'recommended', 'recommendations', 'signup', 'popup', 'modal', 'cookie', 'paywall',
  // Image captions and credits written as <p>/<div> rather than <figcaption>.
  'caption', 'captions', 'credit', 'credits', 'figcaption',
  // Calls to action and link buttons ("Talk to our experts", "Buy now", "Read the review"),
  // glossary tooltips whose definitions sit inside the sentence, and author boxes.
  // Evidence: fixtures/article/cta-boxes, fixtures/article/glossary-tooltip.
  'cta', 'tooltip', 'bio',
]);
/** Names of links drawn as buttons ("Buy now", "See the list"): calls to action, not prose. */
const BUTTON_WORDS = new Set(['btn', 'button']);
const WEAK_WIDGET_WORDS = new Set([
  ...STRONG_WIDGET_WORDS, 'comment', 'comments', 'breadcrumb', 'breadcrumbs', 'tags', 'tag',
  // Not "widget" (page builders call every block one) nor "hidden" ("field--label-hidden",
  // "hidden-xs" hide a label or a breakpoint, not the block): see HIDDEN_CLASS.
  // Evidence: fixtures/article/builder-widgets.
  'byline', 'author', 'meta', 'sidebar', 'footer', 'nav', 'navigation', 'menu', 'toolbar',
  'print', 'caption', 'credit', 'disclaimer', 'more', 'readmore', 'also', 'toc',
  'pagination', 'pager', 'rating', 'reactions', 'bio', 'masthead', 'dateline', 'timestamp',
]);

/** The words of an element's class, id and role. */
function nameWords(el: Element): string[] {
  const name = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('role') ?? ''}`;
  if (name.length > 400 || !name.trim()) return [];
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function namedLike(el: Element, words: ReadonlySet<string>): boolean {
  return nameWords(el).some((w) => words.has(w));
}

/** Whole class names that hide an element (not "label-hidden" or "hidden-xs"). */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|is-hidden|visually-hidden|sr-only|screen-reader-text|d-none)(?:\s|$)/i;

function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Panel words of accordions and FAQ lists, whose answers are collapsed until clicked. */
const PANEL_WORDS = new Set(['accordion', 'accordions', 'faq', 'faqs', 'collapse', 'collapsible', 'expandable']);

/**
 * A collapsed panel: hidden until its header is clicked (an accordion or FAQ answer). Its text
 * is the story's, so hiding does not make it chrome. Known by the ARIA that ties it to its
 * header, or by a panel name on it or its parent. Evidence: fixtures/article/faq-accordion.
 */
function collapsedPanel(el: Element): boolean {
  const role = el.getAttribute('role');
  if ((role === 'region' || role === 'tabpanel') && el.hasAttribute('aria-labelledby')) return true;
  return namedLike(el, PANEL_WORDS) || Boolean(el.parentElement && namedLike(el.parentElement, PANEL_WORDS));
}

/** Utility classes that show an element again from some screen width on ("hidden md:block"). */
const SHOWN_FROM_WIDTH = /(?:^|\s)(?:(?:sm|md|lg|xl|2xl):(?:block|flex|grid|inline|table)|d-(?:sm|md|lg|xl)-(?:block|flex|grid|inline))/i;

/** Hidden by a class name: screen-reader text, or a hiding utility class with no breakpoint. */
function hiddenByClass(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  return HIDDEN_CLASS.test(cls) && !SHOWN_FROM_WIDTH.test(cls);
}

/** Share of an element's text that sits in links. */
function linkDensity(el: Element): number {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!total) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total;
}

/** Containers a table of contents is built from. */
const TOC_TAGS = new Set(['ul', 'ol', 'nav', 'details']);

/**
 * A table of contents: a list whose links all jump within the page ("#section-2"). It
 * repeats the subheadings and is navigation, not story. Evidence: fixtures/article/toc-list.
 */
function isTableOfContents(el: Element): boolean {
  if (!TOC_TAGS.has(el.localName)) return false;
  const links = el.getElementsByTagName('a');
  if (links.length < 3) return false;
  for (let i = 0; i < links.length; i++) {
    if (!(links[i]!.getAttribute('href') ?? '').startsWith('#')) return false;
  }
  return linkDensity(el) > 0.6;
}

/** Prose a sibling section must hold to join the story, in characters of sentence paragraphs. */
const SECTION_MIN_PROSE = 200;
/** A sibling section this link-heavy is a teaser list or navigation. */
const SECTION_MAX_LINKS = 0.25;
const ROOT_TAGS = new Set(['body', 'html', 'main']);
/** Names of page chrome that may sit beside the story's block and hold sentences. */
const SECTION_CHROME_WORDS = new Set([
  'comment', 'comments', 'footer', 'sidebar', 'nav', 'navigation', 'menu', 'header', 'masthead',
  'bio', 'author', 'byline', 'breadcrumb', 'breadcrumbs', 'disclaimer', 'cookie', 'banner',
]);
/** How many single-child wrappers we climb through to find the story's sibling blocks. */
const MAX_WRAPPER_CLIMB = 6;

/**
 * The outermost element that wraps only the story: page builders nest the story's text in
 * chains of wrappers (row → column → module → rich text), and the sibling blocks hang off
 * the top of the chain.
 */
function outerWrapper(story: Element): Element {
  let el = story;
  const own = (story.textContent ?? '').length;
  for (let i = 0; i < MAX_WRAPPER_CLIMB; i++) {
    const parent = el.parentElement;
    if (!parent || ROOT_TAGS.has(parent.localName)) break;
    if ((parent.textContent ?? '').length > own * 1.15 + 50) break;
    el = parent;
  }
  return el;
}

/** Characters of paragraphs in `el` that read as sentences. */
function sentenceChars(el: Element): number {
  let chars = 0;
  const ps = el.getElementsByTagName('p');
  for (let i = 0; i < ps.length && i < 200; i++) {
    const text = (ps[i]!.textContent ?? '').trim();
    if (text.length >= 80 && /[.!?"”’)]$/.test(text)) chars += text.length;
  }
  return chars;
}

/**
 * Sibling sections of the story's container that hold more of the story: pages built of
 * <div>/<section> blocks, one per subheading, where Readability keeps the best-scoring block
 * and drops the others. A sibling joins when it is prose (sentence paragraphs, few links) and
 * not named or tagged like chrome. Evidence: fixtures/article/div-sections.
 */
function storySiblings(container: Element): Set<Element> {
  const joined = new Set<Element>();
  const parent = container.parentElement;
  if (!parent || ROOT_TAGS.has(parent.localName) || ROOT_TAGS.has(container.localName)) return joined;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    // Page builders name every block "widget" or "module", so only strong widget words count.
    if (c === container || DROPPED_NON_CONTENT.has(c.localName) || namedLike(c, STRONG_WIDGET_WORDS)) continue;
    if (namedLike(c, SECTION_CHROME_WORDS)) continue;
    if (c.getElementsByTagName('h1').length || c.getElementsByTagName('article').length || c.getElementsByTagName('form').length) continue;
    if (sentenceChars(c) >= SECTION_MIN_PROSE && linkDensity(c) < SECTION_MAX_LINKS) joined.add(c);
  }
  return joined;
}

/**
 * A block after the last one Readability kept that still belongs to the story: the product
 * reviews of a "best of" page built as cards (Readability keeps the intro and drops the
 * cards), or the collapsed answers of a closing FAQ. At the container's top level it must be
 * prose (sentence paragraphs, few links, no headline or form); deeper down only a collapsed
 * panel joins. Chrome names were checked before. Evidence: fixtures/article/builder-widgets,
 * fixtures/article/faq-accordion.
 */
function trailingStory(el: Element, topLevel: boolean): boolean {
  if (collapsedPanel(el)) return linkDensity(el) < SECTION_MAX_LINKS;
  if (!topLevel || namedLike(el, SECTION_CHROME_WORDS)) return false;
  if (el.querySelector('h1, form, input, textarea')) return false;
  // Titled like a widget ("Join the conversation", "Related posts"): comments or teasers.
  const heading = el.querySelector('h2, h3, h4, h5, h6') ?? el.firstElementChild;
  if (heading && isWidgetTitle((heading.textContent ?? '').replace(/\s+/g, ' ').trim())) return false;
  return sentenceChars(el) >= SECTION_MIN_PROSE && linkDensity(el) < SECTION_MAX_LINKS;
}

/** Lowest common ancestor of a list of elements. */
export function commonAncestor(elements: readonly Element[]): Element | null {
  let lca: Element | null = elements[0] ?? null;
  for (const el of elements) {
    while (lca && !lca.contains(el)) lca = lca.parentElement;
  }
  return lca;
}

/** Source text nodes behind every text node of Readability's content. */
function keptTextNodes(content: Element, origin: Map<Node, Text>): Text[] {
  const out: Text[] = [];
  const walker = content.ownerDocument.createTreeWalker(content, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const source = origin.get(n);
    if (source && (n.nodeValue ?? '').trim()) out.push(source);
  }
  return out;
}

/**
 * For a parent that holds kept text, the positions of its first and last child that hold
 * kept text: a dropped child counts as story only when it sits between those two.
 */
function keptSpan(parent: Element, holdsKept: ReadonlySet<Element>, keptSet: ReadonlySet<Node>): Map<Node, number> & { first: number; last: number } {
  const index = new Map<Node, number>() as Map<Node, number> & { first: number; last: number };
  index.first = -1;
  index.last = -1;
  let i = 0;
  for (let c = parent.firstChild; c; c = c.nextSibling, i++) {
    index.set(c, i);
    const holds = c.nodeType === 1 ? holdsKept.has(c as Element) : keptSet.has(c);
    if (holds) {
      if (index.first < 0) index.first = i;
      index.last = i;
    }
  }
  return index;
}

/**
 * Re-reads the story from the source document: Readability's paragraphs plus the content it
 * dropped between them, minus widgets. Returns null when there is nothing to anchor on.
 */
export function recoverBody(content: Element, origin: Map<Node, Text>, readable: BodyText): BodyText | null {
  const kept = keptTextNodes(content, origin);
  const blockSources = readable.sources.filter((el): el is Element => el !== null);
  if (!kept.length || !blockSources.length) return null;
  const inner = commonAncestor(blockSources);
  if (!inner) return null;
  const story = outerWrapper(inner);
  const siblings = storySiblings(story);
  // With sibling sections the walk starts one level up and visits only the story's blocks.
  const container = siblings.size ? story.parentElement! : inner;

  // Every element that holds kept text, up to the container.
  const holdsKept = new Set<Element>();
  for (const text of kept) {
    for (let e = text.parentElement; e && !holdsKept.has(e); e = e.parentElement) {
      holdsKept.add(e);
      if (e === container) break;
    }
  }
  const keptSet = new Set<Node>(kept);
  const spans = new Map<Element, ReturnType<typeof keptSpan>>();
  const bodyChars = readable.text.length;
  /** Elements inside a recovered subtree: their ancestors' verdict already covers the range. */
  const recovered = new Set<Element>();

  for (const sib of siblings) recovered.add(sib);
  /** Elements inside joined sibling sections. */
  const sections = new Set<Element>(siblings);
  const skip = (el: Element): boolean => {
    if (el === container) return false;
    if (siblings.size && el.parentElement === container) {
      if (el !== story && !siblings.has(el)) return true;
      if (siblings.has(el)) return hiddenByAttributes(el);
    }
    if ((hiddenByAttributes(el) && !collapsedPanel(el)) || isTableOfContents(el)) return true;
    if (el.localName === 'a' && namedLike(el, BUTTON_WORDS)) return true;
    if (holdsKept.has(el)) {
      // A widget Readability let through: cut it, unless it is most of the story.
      return namedLike(el, STRONG_WIDGET_WORDS) && (el.textContent ?? '').length < bodyChars / 4;
    }
    const tag = el.localName;
    const parent = el.parentElement;
    // Inside a joined sibling section only strong widget words count: page builders call
    // every block a "widget" or a "module".
    const inSection = Boolean(parent && sections.has(parent));
    if (inSection) sections.add(el);
    if (DROPPED_NON_CONTENT.has(tag) || (hiddenByClass(el) && !collapsedPanel(el)) || namedLike(el, inSection ? STRONG_WIDGET_WORDS : WEAK_WIDGET_WORDS)) return true;
    if (parent && recovered.has(parent)) {
      if (linkDensity(el) > 0.5) return true;
      recovered.add(el);
      return false;
    }
    // A dropped subtree: only between two kept siblings of the same parent, and only prose.
    if (!parent || !holdsKept.has(parent)) return true;
    let span = spans.get(parent);
    if (!span) {
      span = keptSpan(parent, holdsKept, keptSet);
      spans.set(parent, span);
    }
    const at = span.get(el) ?? -1;
    if (at <= span.first) return true;
    if (at >= span.last && !trailingStory(el, parent === container)) return true;
    if (linkDensity(el) > 0.5) return true;
    recovered.add(el);
    return false;
  };
  return bodyTextOf(container, { skip });
}
