import type { PageView } from '../dom/page-view';
import { visibleText } from '../dom/selector';
import type { BoilerplateKind } from '../report';
import { guessBody } from './body-guess';
import { ALL_NAME_WORDS, NAME_WORD_KINDS, classifyKind, kindsSaidIn, nameWordsOf, type KindVerdict } from './kinds';
import { measureText, type TextCounts } from './measure';
import { elementsByTag } from '../dom/elements';

/**
 * Candidate blocks: the visible, text-bearing parts of a page that are not the article body.
 *
 *   <body> ──► split every element that holds body paragraphs, until the body is cut away
 *                 │   (a clearly named widget around a sliver of body is kept whole: Readability
 *                 │    sometimes takes an author bio or a related list into the story)
 *                 ▼
 *              units: landmarks, dialogs, fixed layers, named widgets, compact blocks, leaves
 *                 │
 *                 ▼
 *              pieces: a unit that holds a widget of another kind (a footer with a newsletter
 *              box and a follow-us list) is cut into its parts; parts inherit the unit's kind
 *
 * One banner is one block (a strip of links is never cut per link), and no block nests in another.
 */

export interface Candidate {
  element: Element;
  /** The block's text, its items joined with " · "; longer than TEXT_LIMIT only when it was cut. */
  text: string;
  /** The start of its text as the page has it (no separators), to find it again. */
  plainStart: string;
  /** True when the block sits inside the article's own container. */
  insideArticle: boolean;
  /**
   * True when the block sits in the story's flow: inside the body's common ancestor, after its
   * first paragraph and before its last (a caption, a pull quote, a "key takeaways" box).
   */
  withinStory: boolean;
  /** True when the block sits in the article's container before its first paragraph. */
  inStoryHead: boolean;
  fixed: boolean;
  /** Share of its letters that are link text. */
  linkDensity: number;
  /** Its kind, with the evidence for it. */
  verdict: KindVerdict;
  /** Structural reasons it is page furniture ("dialog", "fixed over the page", "strip of links"). */
  structure: string[];
  /** True when its text reads as running prose (sentences, few links). */
  prose: boolean;
  /** True when the article's body was guessed here (guessBody) rather than given. */
  guessedBody: boolean;
  /** True when the block is a heading (or a wrapper around one heading). */
  heading: boolean;
}

/** Blocks keep this much text: enough for a mega-menu or a long footer, bounded for hostile pages. */
export const TEXT_LIMIT = 10_000;
/** visibleText's limit counts raw characters, whitespace included: markup is often mostly indentation. */
const RAW_LIMIT = TEXT_LIMIT * 5;
/** Raw characters read to tell an element's kind (kinds.ts reads the first 1,500 of its text). */
const PEEK_LIMIT = 2500;

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'head', 'link', 'meta', 'iframe', 'img',
  'picture', 'video', 'audio', 'canvas', 'br', 'hr', 'input', 'select', 'textarea', 'option',
]);

/** Elements that are one unit of page chrome by their semantics alone. */
const LANDMARK_TAGS = new Set(['nav', 'footer', 'aside', 'header', 'form', 'dialog', 'menu']);
const LANDMARK_ROLES = new Set([
  'navigation', 'contentinfo', 'complementary', 'banner', 'dialog', 'alertdialog', 'search',
  'form', 'menubar', 'alert', 'status',
]);
const DIALOG_ROLES = new Set(['dialog', 'alertdialog', 'alert']);

/** Inline tags do not start blocks: a <div> of <a>s and <span>s is one leaf block. */
const INLINE_TAGS = new Set([
  'a', 'span', 'b', 'strong', 'i', 'em', 'u', 'small', 'sup', 'sub', 'abbr', 'time', 'label',
  'button', 'img', 'svg', 'picture', 'br', 'code', 'mark', 'q', 'cite', 'font', 's', 'wbr',
]);

/** Parts of a story that are never chrome when they sit in its container. */
const STORY_TAGS = new Set(['figure', 'figcaption', 'table', 'blockquote', 'pre']);

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Fewer letters than this carry no message ("|", "•", an icon's "x"). "Menu" and "Share" do. */
const MIN_LETTERS = 3;

/** Too many candidates means a pathological page; the first ones are the ones a reader sees. */
const MAX_CANDIDATES = 400;

/** Banners and link strips are short: a block with at most this many letters is kept whole. */
const COMPACT_LETTERS = 480;
/** ... unless one of its children is a paragraph this long. */
const LONG_CHILD_LETTERS = 160;

/** A unit with fewer letters than this is never cut into parts. */
const SPLIT_MIN_LETTERS = 48;
/** A unit with more parts than this is a list, kept whole. */
const MAX_PARTS = 12;
/** Elements of a unit whose names are read to tell whether it may hold another widget. */
const MAX_SCANNED_ELEMENTS = 3000;
/** How many times a unit may be cut into parts, and parts into parts. */
const MAX_SPLIT_DEPTH = 3;

/**
 * A widget around body paragraphs is kept whole when it holds at most this share of the body's
 * letters: an author box or a related list that Readability took in, not the story's container.
 */
const MAX_WIDGET_BODY_SHARE = 0.2;

/** Kinds a named element inside the story can be: clearly not the story's own furniture. */
const WIDGET_KINDS: ReadonlySet<BoilerplateKind> = new Set([
  'notification-prompt', 'cookie-consent', 'newsletter', 'subscription', 'social', 'comments',
  'author-bio', 'trending', 'related', 'promo', 'ad',
]);

/** Node.DOCUMENT_POSITION_FOLLOWING / PRECEDING, without the Node global (lib/ runs anywhere). */
const FOLLOWING = 4;
const PRECEDING = 2;

/** An id of more words than this is a slug made from a heading ("how-popular-are-meditation…"). */
const MAX_ID_WORDS = 4;

/** The names an element gives itself: class, id, aria-label and test id. */
function namesOf(el: Element): string {
  const id = el.id && el.id.split(/[^A-Za-z0-9]+/).filter(Boolean).length <= MAX_ID_WORDS ? el.id : '';
  return [el.getAttribute('class'), id, el.getAttribute('aria-label'), el.getAttribute('data-testid')]
    .filter(Boolean)
    .join(' ');
}

function itemCount(text: string): number {
  return text.split(' · ').length;
}

/**
 * Running prose: a sentence or more with few links. Article paragraphs that Readability left out
 * look like this, and so do disclaimers; a menu or a link list never does.
 */
export function isProse(text: string, density: number): boolean {
  if (density > 0.5 || text.length < 50) return false;
  const plain = text.replaceAll(' · ', ' ');
  if (plain.split(/\s+/).length < 8) return false;
  // A sentence: a word ending in a full stop, then a space or the end ("…Albany, New York 12231.").
  return /[\p{Ll}\p{N}][.!?…]["'”’)]?(?:\s|$)/u.test(plain);
}

/** `<header>`/`<footer>` mean the page's own only outside articles, sections and asides (ARIA). */
function isSiteLevel(el: Element): boolean {
  return !el.parentElement?.closest('article, aside, main, nav, section');
}

function isDialog(el: Element): boolean {
  const role = el.getAttribute('role');
  return el.localName === 'dialog' || (role !== null && DIALOG_ROLES.has(role)) || el.getAttribute('aria-modal') === 'true';
}

/** Lowest common ancestor of the body elements. */
function commonAncestor(bodyElements: readonly Element[]): Element | null {
  const first = bodyElements[0];
  if (!first) return null;
  let lca: Element | null = first;
  for (const el of bodyElements) {
    while (lca && !lca.contains(el)) lca = lca.parentElement;
  }
  return lca;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The page's headline elements: <h1>s that show the article's title. */
function headlinesOf(doc: Document, title: string): Element[] {
  const t = squash(title);
  if (!t) return [];
  return elementsByTag(doc, 'h1').filter((h) => {
    const h1 = squash(h.textContent ?? '');
    return h1.length >= 8 && (t.includes(h1) || h1.includes(t.slice(0, 40)));
  });
}

/** A block cut from a unit, with its kind. */
interface Piece {
  el: Element;
  density: number;
  verdict: KindVerdict;
}

/**
 * A piece is a widget of its own when its element or its shape says so, when it has a title and
 * something under it ("Follow us · Facebook · X"), or when its prose says so more than once
 * ("Sign up for our newsletter… Our quarterly newsletter…"). Headlines in a link list that
 * mention "deals" do not make the list a promo.
 */
function isOwnWidget(pc: Piece): boolean {
  const v = pc.verdict;
  if (v.kind === 'other') return false;
  return v.named || v.shaped || (v.titled && v.items >= 2) || (v.phraseScore >= 3 && pc.density < 0.5);
}

/** The most common kind among the pieces that have one. */
function majorityKind(verdicts: readonly KindVerdict[]): BoilerplateKind | null {
  const counts = new Map<BoilerplateKind, number>();
  for (const v of verdicts) if (v.kind !== 'other') counts.set(v.kind, (counts.get(v.kind) ?? 0) + 1);
  let best: BoilerplateKind | null = null;
  for (const [kind, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = kind;
  return best;
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
  return new CandidateSearch(doc, bodyElements, opts).run();
}

/** One search over one page: the page's measurements and caches live as long as the search. */
class CandidateSearch {
  private readonly out: Candidate[] = [];
  private readonly view: PageView;
  private readonly counts: Map<Element, TextCounts>;
  private readonly body: readonly Element[];
  private readonly inBody: Set<Element>;
  /** Letters of body text under each element that holds some. */
  private readonly bodyLetters = new Map<Element, number>();
  private totalBody = 0;
  private readonly container: Element | null;
  private readonly lca: Element | null;
  private readonly title: string;
  private readonly headlines: Element[];
  private readonly texts = new Map<Element, string>();
  private readonly peeks = new Map<Element, string>();
  private readonly names = new Map<Element, string[]>();
  /** The walk asks for an element's own kind more than once (is it a unit? what are its pieces?). */
  private readonly ownVerdicts = new Map<Element, KindVerdict>();

  constructor(
    private readonly doc: Document,
    private readonly given: readonly Element[],
    opts: CandidateOptions,
  ) {
    this.view = opts.view;
    const root = doc.body ?? doc.documentElement;
    this.counts = measureText(root);
    // Without a map from the body to its elements, a guess keeps the story from being flagged.
    this.body = given.length ? given : guessBody(doc, opts.view);
    this.inBody = new Set(this.body);
    for (const el of this.body) {
      const n = this.letters(el);
      this.totalBody += n;
      for (let e: Element | null = el; e; e = e.parentElement) this.bodyLetters.set(e, (this.bodyLetters.get(e) ?? 0) + n);
    }
    this.lca = commonAncestor(this.body);
    this.container = this.lca?.closest('article') ?? this.lca;
    this.title = squash(opts.title ?? '');
    this.headlines = headlinesOf(doc, opts.title ?? '');
  }

  run(): Candidate[] {
    const root = this.doc.body;
    if (!root) return this.out;
    const stack: Element[] = [];
    const descend = (el: Element): void => {
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    };
    descend(root);
    while (stack.length && this.out.length < MAX_CANDIDATES) {
      const el = stack.pop()!;
      if (SKIP_TAGS.has(el.localName) || this.letters(el) < MIN_LETTERS || !this.view.isVisible(el)) continue;
      if (this.bodyLetters.has(el)) {
        if (this.isWidgetAroundBody(el)) this.emitPieces(el);
        else if (!this.inBody.has(el)) descend(el);
        continue;
      }
      // The headline belongs to the story; the header around it is cut like any container, so
      // that a share bar or a byline box beside the headline is still found.
      if (this.headlines.some((h) => h === el || h.contains(el))) continue;
      if (this.headlines.some((h) => el.contains(h))) {
        descend(el);
        continue;
      }
      if (this.isTitleBlock(el)) continue;
      // Figures and tables in the story are the story's, whatever their classes say.
      if (this.container?.contains(el) && this.isStoryFurniture(el)) continue;
      if (this.isUnit(el)) this.emitPieces(el);
      else descend(el);
    }
    return this.out;
  }

  /** Words of an element's own names, read once per element. */
  private wordsOf(el: Element): string[] {
    let w = this.names.get(el);
    if (!w) this.names.set(el, (w = nameWordsOf(namesOf(el))));
    return w;
  }

  /** Name words of up to three ancestors below <body>: "share" in class="share-bar" > ul > li. */
  private contextWordsOf(el: Element): string[] {
    const words: string[] = [];
    let e = el.parentElement;
    for (let i = 0; i < 3 && e && e.localName !== 'body'; i++, e = e.parentElement) words.push(...this.wordsOf(e));
    return words;
  }

  private letters(el: Element): number {
    return this.counts.get(el)?.letters ?? 0;
  }

  private density(el: Element): number {
    const c = this.counts.get(el);
    return c?.letters ? Math.min(1, c.linked / c.letters) : 0;
  }

  /** An element's items joined with " · "; longer than TEXT_LIMIT only to tell that it was cut. */
  private textOf(el: Element): string {
    let t = this.texts.get(el);
    if (t === undefined) {
      t = visibleText(el, { items: true, limit: RAW_LIMIT }).slice(0, TEXT_LIMIT + 1);
      this.texts.set(el, t);
    }
    return t;
  }

  /**
   * The start of an element's text, enough to tell its kind: cue phrases and shape are read in
   * the first characters. Reading every part's whole text while cutting a unit into pieces costs
   * a walk per level.
   */
  private peekOf(el: Element): string {
    const full = this.texts.get(el);
    if (full !== undefined) return full;
    let t = this.peeks.get(el);
    if (t === undefined) {
      t = visibleText(el, { items: true, limit: PEEK_LIMIT });
      this.peeks.set(el, t);
    }
    return t;
  }

  private isFixed(el: Element): boolean {
    const pos = this.view.position(el);
    return pos === 'fixed' || pos === 'sticky';
  }

  private classify(el: Element, inherited: BoilerplateKind | null): KindVerdict {
    if (inherited === null) {
      const cached = this.ownVerdicts.get(el);
      if (cached) return cached;
    }
    const v = classifyKind({
      tag: el.localName,
      role: el.getAttribute('role'),
      siteLevel: (el.localName === 'header' || el.localName === 'footer') && isSiteLevel(el),
      nameWords: this.wordsOf(el),
      contextWords: this.contextWordsOf(el),
      text: this.peekOf(el),
      letters: this.letters(el),
      linkDensity: this.density(el),
      inherited,
    });
    if (inherited === null) this.ownVerdicts.set(el, v);
    return v;
  }

  /** A figure, table or quote, or a wrapper around nothing but one. */
  private isStoryFurniture(el: Element): boolean {
    return this.wraps(el, STORY_TAGS);
  }

  private isHeading(el: Element): boolean {
    return this.wraps(el, HEADING_TAGS);
  }

  /** True when `el` is one of `tags`, or wraps (through single children) nothing but one. */
  private wraps(el: Element, tags: ReadonlySet<string>): boolean {
    let e: Element | undefined = el;
    for (let i = 0; e && i < 8; i++) {
      if (tags.has(e.localName)) return true;
      let only: Element | undefined;
      let n = 0;
      for (let c = e.firstElementChild; c && n < 2; c = c.nextElementSibling) {
        if (this.letters(c) >= MIN_LETTERS) {
          only = c;
          n++;
        }
      }
      e = n === 1 ? only : undefined;
    }
    return false;
  }

  /**
   * A block that opens with the article's title (a headline with its dateline) is the story's
   * own. A breadcrumb ends with the title and is navigation.
   */
  private isTitleBlock(el: Element): boolean {
    if (!this.title || this.letters(el) > this.title.length * 3) return false;
    return this.peekOf(el).toLowerCase().trimStart().startsWith(this.title);
  }

  private isUnit(el: Element): boolean {
    const role = el.getAttribute('role');
    if (LANDMARK_TAGS.has(el.localName) || (role !== null && LANDMARK_ROLES.has(role)) || isDialog(el) || this.isFixed(el)) {
      return true;
    }
    if (this.isCompact(el) || !this.hasBlockChildWithText(el)) return true;
    // Only an element with a kind's name word can be named for it; most containers have none.
    if (!this.wordsOf(el).some((w) => ALL_NAME_WORDS.has(w))) return false;
    return this.classify(el, null).named;
  }

  /**
   * A small block made mostly of links, or of short items, is one widget (a trending strip, a
   * list of related stories): splitting it would flag each link on its own.
   */
  private isCompact(el: Element): boolean {
    if (this.letters(el) > COMPACT_LETTERS) return false;
    if (this.density(el) >= 0.5) return true;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (this.letters(c) > LONG_CHILD_LETTERS) return false;
    }
    return true;
  }

  private hasBlockChildWithText(el: Element): boolean {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (!INLINE_TAGS.has(c.localName) && !SKIP_TAGS.has(c.localName) && this.letters(c) >= MIN_LETTERS) return true;
    }
    return false;
  }

  /** A clearly named widget (an author box, a share bar) that holds at most a sliver of the body. */
  private isWidgetAroundBody(el: Element): boolean {
    if (el === this.container || (this.container && el.contains(this.container))) return false;
    const share = this.totalBody ? (this.bodyLetters.get(el) ?? 0) / this.totalBody : 0;
    if (share > MAX_WIDGET_BODY_SHARE) return false;
    if (!this.wordsOf(el).some((w) => ALL_NAME_WORDS.has(w))) return false;
    const v = this.classify(el, null);
    return v.named && WIDGET_KINDS.has(v.kind);
  }

  /** The block children of a unit that carry text, looking through single-child wrappers. */
  private partsOf(el: Element): Element[] {
    let parent = el;
    for (let i = 0; i < 6; i++) {
      const kids: Element[] = [];
      for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
        if (!SKIP_TAGS.has(c.localName) && this.letters(c) >= MIN_LETTERS && this.view.isVisible(c)) kids.push(c);
      }
      if (kids.length !== 1) return kids;
      parent = kids[0]!;
    }
    return [];
  }

  /**
   * The pieces a unit is flagged as: the unit whole, or, when somewhere inside it (up to
   * MAX_SPLIT_DEPTH levels down) sits a widget of another kind, its parts, each cut the same way.
   * Parts inherit the unit's kind, so a link column of a footer stays footer while the
   * newsletter box beside it becomes a newsletter block.
   */
  private piecesOf(el: Element, inherited: BoilerplateKind | null, depth: number): Piece[] {
    const verdict = this.classify(el, inherited);
    const whole: Piece[] = [{ el, density: this.density(el), verdict }];
    if (depth >= MAX_SPLIT_DEPTH || this.letters(el) < SPLIT_MIN_LETTERS || isDialog(el)) return whole;
    const parts = this.partsOf(el);
    // Many parts make a list (a menu, a list of stories): one widget, whatever its items say.
    if (parts.length < 2 || parts.length > MAX_PARTS) return whole;
    if (depth === 0 && !this.mayHoldOtherWidget(el, verdict.kind)) return whole;
    // The outermost unit's kind carries down: a wrapper inside a footer that holds its newsletter
    // box says "sign up" too, but its other parts are still the footer's.
    const kind = inherited ?? (verdict.kind !== 'other' ? verdict.kind : null);
    const pieces = parts.flatMap((p) => this.piecesOf(p, kind, depth + 1));
    if (!pieces.some((pc) => pc.verdict.kind !== (kind ?? verdict.kind) && isOwnWidget(pc))) return whole;
    if (kind !== null) return pieces;
    // A unit without a kind cut into widgets: its plain parts take their siblings' kind (the
    // heading above a menu is part of the menus).
    const majority = majorityKind(pieces.map((pc) => pc.verdict));
    return pieces.map((pc) =>
      pc.verdict.kind === 'other' && majority ? { ...pc, verdict: this.classify(pc.el, majority) } : pc,
    );
  }

  /**
   * Whether anything inside a unit speaks for a kind other than the unit's: a phrase in its
   * text, a name word on one of its elements, a landmark or a form. When nothing does, cutting
   * it into parts (and reading every part's text) cannot find another widget.
   */
  private mayHoldOtherWidget(el: Element, kind: BoilerplateKind): boolean {
    for (const k of kindsSaidIn(this.textOf(el))) if (k !== kind) return true;
    const all = elementsByTag(el, '*');
    for (let i = 0; i < all.length && i < MAX_SCANNED_ELEMENTS; i++) {
      const d = all[i]!;
      if (LANDMARK_TAGS.has(d.localName)) return true;
      for (const w of this.wordsOf(d)) {
        const k = NAME_WORD_KINDS.get(w);
        if (k && k !== kind) return true;
      }
    }
    return false;
  }

  private emitPieces(el: Element): void {
    for (const pc of this.piecesOf(el, null, 0)) {
      if (this.out.length >= MAX_CANDIDATES) return;
      this.emit(pc);
    }
  }

  private withinStory(el: Element): boolean {
    const first = this.body[0];
    const last = this.body[this.body.length - 1];
    if (!this.lca || !first || !last || !this.lca.contains(el)) return false;
    return Boolean(first.compareDocumentPosition(el) & FOLLOWING && last.compareDocumentPosition(el) & PRECEDING);
  }

  private inStoryHead(el: Element): boolean {
    const first = this.body[0];
    if (!this.container || !first || !this.container.contains(el)) return false;
    return Boolean(first.compareDocumentPosition(el) & PRECEDING);
  }

  private emit({ el, density, verdict }: Piece): void {
    const text = this.textOf(el);
    const fixed = this.isFixed(el);
    const structure: string[] = [];
    if (isDialog(el)) structure.push('dialog');
    if (el.localName === 'form' || el.getElementsByTagName('form').length) structure.push('form');
    if (fixed) structure.push('fixed over the page');
    if (density >= 0.7 && itemCount(text) >= 3) structure.push('strip of links');
    this.out.push({
      element: el,
      text,
      plainStart: visibleText(el, { limit: 200 }).slice(0, 80),
      insideArticle: Boolean(this.container && this.container !== el && this.container.contains(el)),
      withinStory: this.withinStory(el),
      inStoryHead: this.inStoryHead(el),
      fixed,
      linkDensity: density,
      verdict,
      structure,
      prose: isProse(text, density),
      guessedBody: !this.given.length,
      heading: this.isHeading(el),
    });
  }
}
