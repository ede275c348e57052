import { bodyTextOf, type BodyText } from './body';
import { isDisclosure, isWidgetTitle } from './trim';
import { elementsByTag } from '../dom/elements';

/**
 * Readability decides *where* the story is; this module decides *what of it* to keep. We take
 * the source-document container of Readability's paragraphs and walk it again ourselves:
 *
 *   - what Readability kept stays, unless it sits in an element named like a widget (share
 *     bar, newsletter box, related list) that Readability's scoring let through;
 *   - what Readability dropped *between two kept siblings* comes back when it is plain
 *     content: the subheadings, short paragraphs and lists that its conditional cleaning
 *     removes, as long as it is not link-heavy and not named like a widget;
 *   - what it dropped *before* the first kept sibling comes back when it reads as prose (a
 *     card's blurb above the facts Readability kept, a definition above the body), except
 *     at the top of the story, where headers, banners and deks sit;
 *   - sibling blocks of the story's outermost wrapper join when they are prose (pages built
 *     of one <div>/<section> per subheading, where Readability keeps only the best block),
 *     and so do the headings and short blocks between two of them;
 *   - a dropped card of the same kind (tag and classes) as three or more kept siblings joins
 *     with its linked title, wherever it stands among them (a ranking built as cards, where
 *     Readability keeps the wordier ones); not a carousel's slides;
 *   - links in a list the story announces ("These patches were merged:") do not count
 *     against it, unless they lead to the site's own pages;
 *   - a heading's id is an anchor made of its words, not a name ("how-to-share-…");
 *   - tables of contents (lists of in-page links) go, kept or not.
 *
 * Walking the source (not the clone) makes each paragraph's element the page's own, which
 * the boilerplate stage needs. Evidence: fixtures/article/dropped-subheads,
 * fixtures/article/kept-widgets, fixtures/article/div-sections, fixtures/article/toc-list,
 * fixtures/article/deep-section-wrappers, fixtures/article/section-gaps,
 * fixtures/article/announced-link-lists, fixtures/article/lede-above-pick,
 * fixtures/article/heading-anchor-ids, fixtures/article/uniform-cards (guards: recover.test.ts).
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
/**
 * Hover cards: a person's or term's card right after the link that opens it ("Kristi Noem"
 * then her photo, full name and other stories), hidden until hover but in the markup, so
 * Readability reads it into the sentence. Evidence: fixtures/article/hover-card.
 */
const HOVER_CARD_WORDS = new Set(['rollover', 'hovercard', 'popover']);

function hoverCard(el: Element): boolean {
  return el.previousElementSibling?.localName === 'a' && namedLike(el, HOVER_CARD_WORDS);
}

/**
 * A link that jumps within the page, written at the start of a paragraph ("JUMP TO THE LIST ⤵
 * The moving process…", WCXB dev 1837): a control, read as the sentence's first words. Not
 * one inside a sentence: "You can jump to the end of the list to see…" (WCXB dev 0231).
 */
const JUMP_LINK_TEXT = /^\W*(?:jump|skip|go|scroll) (?:down )?to\b[^.!?]{0,30}$/i;

/** A link to a place on the same page ("#section-2"). */
function linksWithinPage(a: Element): boolean {
  return (a.getAttribute('href') ?? '').startsWith('#');
}

function isJumpLink(a: Element): boolean {
  if (!linksWithinPage(a) || !JUMP_LINK_TEXT.test((a.textContent ?? '').trim())) return false;
  for (let n = a.previousSibling; n; n = n.previousSibling) if ((n.textContent ?? '').trim()) return false;
  return true;
}

/**
 * A link read as part of a sentence: the text just before it runs on in lower case or the
 * text just after it goes on in lower case ("<a class="external-popup">H&R Block</a> is
 * another popular…", WCXB dev 4880). Its words are the sentence's, whatever its class says:
 * "popup" there names how the link opens, not a widget. Evidence: fixtures/article/inline-named-links.
 */
function linkInSentence(a: Element): boolean {
  if (a.localName !== 'a') return false;
  const before = a.previousSibling?.nodeType === 3 ? a.previousSibling.nodeValue ?? '' : '';
  const after = a.nextSibling?.nodeType === 3 ? a.nextSibling.nodeValue ?? '' : '';
  return /[\p{Ll},]\s*$/u.test(before) || /^\s*[,;]?\s*\p{Ll}/u.test(after);
}

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
  // The story's own title, as an <h2> between the byline and the body: once the walk starts
  // at the story's outermost wrapper it sits between two kept blocks (AEB: two AP pages).
  'headline',
]);

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The words of an element's class, id and role. */
function nameWords(el: Element): string[] {
  // A heading's id is an anchor made of its own words ("how-have-related-deaths-changed"),
  // which names nothing: WCXB dev 0191 lost two subheadings to "share" and "related".
  const id = HEADING_TAGS.has(el.localName) ? '' : el.id;
  const name = `${el.getAttribute('class') ?? ''} ${id} ${el.getAttribute('role') ?? ''}`;
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

/** Most text a call-to-action panel holds: a heading, a line or two of pitch and its button. */
const CTA_PANEL_MAX_CHARS = 400;
/** How far above its button a panel may end (a button sits in a row inside a column). */
const CTA_PANEL_REACH = 6;
const PANEL_HEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5']);
/** Buttons a call-to-action panel holds at most ("Start free trial", "See pricing"). */
const CTA_PANEL_MAX_CALLS = 2;

/** Text length without whitespace: page markup indents freely. */
function inkLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

/**
 * Whether a block around a button can be its panel: too long (over `max` characters of ink),
 * or short and with or without a heading. One walk that stops once the block is too long: the
 * blocks around a button grow to the whole page, and measuring each in full, then querying it
 * for headings, took 0.4 s on a page with many buttons (WCXB dev 4340).
 */
function panelShape(el: Element, max: number): 'too long' | 'headed' | 'plain' {
  const walker = el.ownerDocument.createTreeWalker(el, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  let ink = 0;
  let headed = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      headed ||= PANEL_HEADINGS.has((n as Element).localName);
      continue;
    }
    ink += (n.nodeValue ?? '').replace(/\s+/g, '').length;
    if (ink > max) return 'too long';
  }
  return headed ? 'headed' : 'plain';
}

/**
 * Call-to-action panels inside the story: a heading, a short pitch and a link drawn as a
 * button ("Struggling With Sourdough? … [Save Your Spot Now]", "Earn your bachelor's degree
 * in data analytics … Learn More"). The button alone goes anyway (BUTTON_WORDS); without it
 * the pitch reads as a section of the story. A panel is the largest block around a button
 * that stays short and holds a heading, and it makes one call: a block with several buttons,
 * or panels in a series (side by side, or sharing their class), are cards of the products or
 * courses the story is about. Evidence: fixtures/article/cta-panel.
 */
function ctaPanels(container: Element): Set<Element> {
  const buttons = new Map<Element, number>();
  for (const a of elementsByTag(container, 'a')) {
    // A button that jumps within the page ("Jump to Review") is navigation, not a call.
    if (!namedLike(a, BUTTON_WORDS) || !a.hasAttribute('href') || linksWithinPage(a) || !inkLength(a)) continue;
    let panel: Element | null = null;
    let e = a.parentElement;
    for (let up = 0; e && e !== container && up < CTA_PANEL_REACH; up++, e = e.parentElement) {
      const fit = panelShape(e, CTA_PANEL_MAX_CHARS);
      if (fit === 'too long') break;
      if (fit === 'headed') panel = e;
    }
    if (panel) buttons.set(panel, (buttons.get(panel) ?? 0) + 1);
  }
  // Cards in a series: panels next to each other, or built alike: their own and their
  // parent's tag and first class word (a card often has no class, its wrapper does; later
  // words vary per card: "post-347 category-news").
  const shape = (p: Element): string => [p, p.parentElement].map((e) => `${e?.localName}.${(e?.getAttribute('class') ?? '').trim().split(/\s+/)[0]}`).join('<');
  const shapes = new Map<string, number>();
  for (const p of buttons.keys()) shapes.set(shape(p), (shapes.get(shape(p)) ?? 0) + 1);
  const inSeries = (p: Element): boolean =>
    shapes.get(shape(p))! > 1 || [p.previousElementSibling, p.nextElementSibling].some((n) => n !== null && buttons.has(n));
  const panels = new Set<Element>();
  for (const [p, calls] of buttons) if (calls <= CTA_PANEL_MAX_CALLS && !inSeries(p)) panels.add(p);
  return panels;
}

/** Share of an element's text that sits in links. */
function linkDensity(el: Element): number {
  const total = inkLength(el);
  if (!total) return 0;
  let linked = 0;
  for (const a of elementsByTag(el, 'a')) linked += inkLength(a);
  return linked / total;
}

const LIST_TAGS = new Set(['ul', 'ol']);
/** A sentence that announces a list ("Many patches were sent for review:") has this many words. */
const LIST_INTRO_MIN_WORDS = 4;
const LIST_INTRO_MAX_CHARS = 300;

/** The element has no element siblings (no counting of `children`: see lib/dom/elements.ts). */
function onlyChild(el: Element | null): el is Element {
  return el !== null && !el.previousElementSibling && !el.nextElementSibling;
}

/**
 * A list the story announces in the sentence before it ("These patches were merged:", "Here
 * is what changed:"): its items are story even when every one is a link (patches, papers,
 * sources), where an unannounced list of links is navigation. "See also:" and other widget
 * titles announce nothing. Evidence: fixtures/article/announced-link-lists (WCXB dev 0389).
 */
function announcedList(el: Element): boolean {
  // The list itself, or a wrapper holding only the list (AsciiDoc's <div class="ulist">).
  const first = el.firstElementChild;
  const list = LIST_TAGS.has(el.localName) ? el : onlyChild(first) && LIST_TAGS.has(first.localName) ? first : null;
  if (!list) return false;
  const parent = list.parentElement;
  const wrapper = parent && onlyChild(list) ? parent : list;
  if (!announces(list.previousElementSibling) && !announces(wrapper.previousElementSibling)) return false;
  return !mostlyOwnSite(list);
}

/**
 * True when most links of `el` lead to the page's own site: announced or not, a list of the
 * site's other pages ("Others found the following pages helpful:", WCXB dev 0353) is a teaser
 * list, where the story's own lists of links cite elsewhere (patches, papers, sources).
 */
function mostlyOwnSite(el: Element): boolean {
  const links = elementsByTag(el, 'a');
  const base = el.ownerDocument.URL;
  const host = hostOf(base, base);
  if (!links.length || !host) return false;
  let own = 0;
  for (let i = 0; i < links.length; i++) {
    if (hostOf(links[i]!.getAttribute('href') ?? '', base) === host) own++;
  }
  return own * 2 > links.length;
}

/** The host of `href` read against `base`, without "www.", or null when it does not parse. */
function hostOf(href: string, base: string): string | null {
  try {
    return new URL(href, base).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** True for a paragraph that announces the list after it: a sentence ending in a colon. */
function announces(prev: Element | null): boolean {
  if (!prev || (prev.localName !== 'p' && prev.localName !== 'div')) return false;
  const text = (prev.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length > LIST_INTRO_MAX_CHARS || !text.endsWith(':')) return false;
  return text.split(' ').length >= LIST_INTRO_MIN_WORDS && !isWidgetTitle(text.slice(0, -1));
}

/** Share of an element's text in links, not counting links in lists the story announces. */
function storyLinkDensity(el: Element): number {
  // Items of an announced list (and what they hold) are story too.
  for (let e: Element | null = el, up = 0; e && up < 4; e = e.parentElement, up++) if (announcedList(e)) return 0;
  const total = inkLength(el);
  if (!total) return 0;
  let linked = 0;
  for (const a of elementsByTag(el, 'a')) {
    let inList = false;
    for (let e = a.parentElement; e && e !== el && !inList; e = e.parentElement) inList = announcedList(e);
    if (!inList) linked += inkLength(a);
  }
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
  const links = elementsByTag(el, 'a');
  if (links.length < 3) return false;
  for (let i = 0; i < links.length; i++) {
    if (!linksWithinPage(links[i]!)) return false;
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
  // A column that stays on screen while the story scrolls: a side card or a share rail
  // (WCXB dev 0158), and blocks that scroll sideways through teasers (0281).
  'sticky', 'carousel', 'slider',
]);
/** How deep we look for the element that holds most of a block's text. */
const MAX_CORE_DEPTH = 8;

/**
 * True when a block, or the element inside it that holds most of its text, is named like
 * chrome: page builders wrap an author box in rows and columns named only by their layout
 * ("row-layout > column > inner-col > post-authors"). Evidence: WCXB dev 4796.
 */
function chromeAtCore(el: Element): boolean {
  let e: Element | null = el;
  for (let depth = 0; e && depth < MAX_CORE_DEPTH; depth++) {
    if (namedLike(e, SECTION_CHROME_WORDS)) return true;
    const total = (e.textContent ?? '').length;
    let core: Element | null = null;
    for (let c: Element | null = e.firstElementChild; c && !core; c = c.nextElementSibling) {
      if ((c.textContent ?? '').length >= total * 0.6) core = c;
    }
    e = core;
  }
  return false;
}

/**
 * How many wrappers we climb through to find the story's sibling blocks. HubSpot sections nest
 * their rich text seven deep (WCXB dev 0164 needs 7; 6 stopped one short of the section).
 */
const MAX_WRAPPER_CLIMB = 12;

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

/** The length of a paragraph that reads as a sentence (long, ending like one), else 0. */
function sentenceLength(p: Element): number {
  const text = (p.textContent ?? '').trim();
  return text.length >= 80 && /[.!?"”’)]$/.test(text) ? text.length : 0;
}

/** Characters of paragraphs in `el` that read as sentences. */
function sentenceChars(el: Element): number {
  let chars = 0;
  const ps = elementsByTag(el, 'p');
  for (let i = 0; i < ps.length && i < 200; i++) chars += sentenceLength(ps[i]!);
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
    if (chromeAtCore(c)) continue;
    if (c.getElementsByTagName('h1').length || c.getElementsByTagName('article').length || c.getElementsByTagName('form').length) continue;
    if (sentenceChars(c) >= SECTION_MIN_PROSE && linkDensity(c) < SECTION_MAX_LINKS) joined.add(c);
  }
  return joined;
}

/**
 * The children of `parent` strictly between the first and the last of `blocks` (its children).
 */
function blocksBetween(parent: Element, blocks: readonly Element[]): Set<Element> {
  const out = new Set<Element>();
  const joined = new Set(blocks);
  let pending: Element[] = [];
  let started = false;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    if (joined.has(c)) {
      for (const p of pending) out.add(p);
      pending = [];
      started = true;
    } else if (started) pending.push(c);
  }
  return out;
}

/**
 * What joins the story from between two of its sections: the subheadings, short paragraphs,
 * lists and boxes that are too short to count as prose sections on their own. Not chrome,
 * not a widget, not a list of links, no headline or form. Evidence:
 * fixtures/article/section-gaps (WCXB dev 0267, 4255).
 */
function plainContent(el: Element): boolean {
  if (hiddenByAttributes(el) || (hiddenByClass(el) && !collapsedPanel(el))) return false;
  if (DROPPED_NON_CONTENT.has(el.localName) || namedLike(el, WEAK_WIDGET_WORDS) || chromeAtCore(el)) return false;
  // A button between two sections belongs to a dialog or a banner ("From Spain? Go / Close").
  if (el.querySelector('h1, form, input, textarea, button')) return false;
  return storyLinkDensity(el) <= 0.5 && !isTableOfContents(el);
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
  if (!topLevel || chromeAtCore(el)) return false;
  if (el.querySelector('h1, form, input, textarea')) return false;
  // Titled like a widget ("Join the conversation", "Related posts"): comments or teasers.
  const heading = el.querySelector('h2, h3, h4, h5, h6') ?? el.firstElementChild;
  if (heading && isWidgetTitle((heading.textContent ?? '').replace(/\s+/g, ' ').trim())) return false;
  return sentenceChars(el) >= SECTION_MIN_PROSE && linkDensity(el) < SECTION_MAX_LINKS;
}

/** A heading that is a link, or inside one: the title of a teaser card. */
const LINKED_HEADING = 'h2 a, h3 a, h4 a, h5 a, h6 a, a h2, a h3, a h4, a h5, a h6';
/** Prose a dropped block before the first kept one must hold to join, in sentence characters. */
const LEADING_MIN_PROSE = 100;

/**
 * A block before the first one Readability kept under the same parent that is still story:
 * the blurb of a review card whose facts panel Readability kept (WCXB dev 0312), or a lede
 * paragraph it scored below the rest (0336). It must read as prose (sentence paragraphs, few
 * links) and hold no headline or form. Evidence: fixtures/article/lede-above-pick.
 */
function leadingStory(el: Element): boolean {
  if (chromeAtCore(el) || el.querySelector('h1, form, input, textarea')) return false;
  // A card whose heading is a link is a teaser for another page (a "more stories" list whose
  // next card Readability kept), not the story's lede. Evidence: WCXB dev 0331.
  if (el.querySelector(LINKED_HEADING)) return false;
  // An affiliate notice above the story reads as prose too, and may open with another
  // sentence ("Every item was chosen by an editor. We may earn…", WCXB dev 0050).
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length < 400 && text.split(/(?<=[.!?]) /).some(isDisclosure)) return false;
  const prose = el.localName === 'p' ? sentenceLength(el) : sentenceChars(el);
  return prose >= LEADING_MIN_PROSE && storyLinkDensity(el) < SECTION_MAX_LINKS;
}

/**
 * A carousel's slides are alike too, and Readability may keep a few of them: a slider of
 * other posts under the story (WCXB dev 4524) is no list of the story's own cards.
 */
const CAROUSEL_WORDS = new Set(['carousel', 'slider', 'slide', 'slides', 'swiper', 'splide', 'slick', 'glide']);

/** Kept siblings of one kind a dropped block must share its parent with to join as one more. */
const SAME_KIND_MIN_KEPT = 3;
/**
 * Link share a card of a kept kind may have: its linked title and "read more" weigh more in
 * a short card (0.55 for Harvard's in WCXB dev 0022) than the 0.5 a stray block may.
 */
const SAME_KIND_MAX_LINKS = 0.7;

/**
 * A block of the same kind as several Readability kept beside it: one card of a listing whose
 * cards the page marks alike (same tag, same classes), where Readability's sibling score kept
 * the wordier cards and dropped the others, the first two among them (WCXB dev 0022, a ranking
 * of business schools that lost Harvard and Stanford). Several kept cards of that kind say the
 * kind is story; a lone kept card does not (a "more stories" list, WCXB dev 0331), nor do a
 * carousel's slides. Evidence: fixtures/article/uniform-cards.
 */
function sameKindAsKept(el: Element, keptKinds: ReadonlyMap<string, number>): boolean {
  const kind = kindOf(el);
  // A dropped block holds no kept text, so it is not among the kinds' kept counts.
  return kind !== null && !namedLike(el, CAROUSEL_WORDS) && (keptKinds.get(kind) ?? 0) >= SAME_KIND_MIN_KEPT;
}

/** A block's kind: its tag and classes, or null when it has no classes. */
function kindOf(el: Element): string | null {
  const classes = el.getAttribute('class')?.trim();
  return classes ? `${el.localName} ${classes}` : null;
}

/** How many children of `parent` of each kind hold kept text: counted once per parent, as a long list asks for every card. */
function keptKindsOf(parent: Element, holdsKept: ReadonlySet<Element>): Map<string, number> {
  const counts = new Map<string, number>();
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    const kind = holdsKept.has(c) ? kindOf(c) : null;
    if (kind !== null) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return counts;
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
export function recoverBody(
  content: Element,
  origin: Map<Node, Text>,
  readable: BodyText,
  repeats: ReadonlySet<Element> = new Set(),
): BodyText | null {
  const kept = keptTextNodes(content, origin);
  const blockSources = readable.sources.filter((el): el is Element => el !== null);
  if (!kept.length || !blockSources.length) return null;
  const inner = commonAncestor(blockSources);
  if (!inner) return null;
  const story = outerWrapper(inner);
  const siblings = storySiblings(story);
  for (const el of repeats) siblings.delete(el);
  // With sibling sections the walk starts one level up and visits only the story's blocks;
  // without, it starts at the story's outermost wrapper, so that a lede Readability left
  // above its pick (a definition box, WCXB dev 0044 and 0432) can join.
  const container = siblings.size ? story.parentElement! : story;

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
  /** For a parent, the position of the first dropped child that joined before its kept ones. */
  const leadFrom = new Map<Element, number>();
  const panels = ctaPanels(container);
  /** Cards that joined as one more of a kind Readability kept (sameKindAsKept). */
  const cards = new Set<Element>();
  const keptKinds = new Map<Element, Map<string, number>>();
  /** Inside such a card a linked heading is the card's title, not a teaser's. */
  const withinCard = (el: Element): boolean => {
    for (let e = el.parentElement; e && e !== container; e = e.parentElement) if (cards.has(e)) return true;
    return false;
  };
  const between = siblings.size ? blocksBetween(container, [story, ...siblings]) : new Set<Element>();
  const skip = (el: Element): boolean => {
    if (el === container) return false;
    if (repeats.has(el)) return true;
    if (siblings.size && el.parentElement === container) {
      if (siblings.has(el)) return hiddenByAttributes(el);
      if (el !== story) {
        if (!between.has(el) || !plainContent(el)) return true;
        recovered.add(el);
        return false;
      }
    }
    if ((hiddenByAttributes(el) && !collapsedPanel(el)) || isTableOfContents(el) || panels.has(el)) return true;
    if (el.localName === 'a' && (namedLike(el, BUTTON_WORDS) || isJumpLink(el))) return true;
    if (holdsKept.has(el)) {
      // A widget Readability let through: cut it, unless it is most of the story.
      return ((namedLike(el, STRONG_WIDGET_WORDS) && !linkInSentence(el)) || hoverCard(el)) && (el.textContent ?? '').length < bodyChars / 4;
    }
    const tag = el.localName;
    const parent = el.parentElement;
    // Inside a joined sibling section only strong widget words count: page builders call
    // every block a "widget" or a "module".
    const inSection = Boolean(parent && sections.has(parent));
    if (inSection) sections.add(el);
    if (DROPPED_NON_CONTENT.has(tag) || (hiddenByClass(el) && !collapsedPanel(el))) return true;
    if (namedLike(el, inSection ? STRONG_WIDGET_WORDS : WEAK_WIDGET_WORDS) && !linkInSentence(el)) return true;
    if (parent && recovered.has(parent)) {
      if (storyLinkDensity(el) > 0.5 && !(HEADING_TAGS.has(tag) && withinCard(el))) return true;
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
    if (at < 0) return true;
    let kinds = keptKinds.get(parent);
    if (!kinds) {
      kinds = keptKindsOf(parent, holdsKept);
      keptKinds.set(parent, kinds);
    }
    if (sameKindAsKept(el, kinds) && storyLinkDensity(el) <= SAME_KIND_MAX_LINKS) {
      recovered.add(el);
      cards.add(el);
      return false;
    }
    // At the container's top level, what comes before the story is its header (hero banner,
    // byline, dek: standfirst.ts takes the dek); deeper down it is a dropped part of it, and
    // once a leading block has joined, what follows it up to the kept text (a subheading)
    // lies between two parts of the story.
    if (at < span.first) {
      const from = leadFrom.get(parent);
      if (from === undefined || at < from) {
        if (parent === container || !leadingStory(el)) return true;
        leadFrom.set(parent, at);
      }
    }
    if (at >= span.last && !trailingStory(el, parent === container)) return true;
    if (storyLinkDensity(el) > 0.5) return true;
    recovered.add(el);
    return false;
  };
  return bodyTextOf(container, { skip });
}
