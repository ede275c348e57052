import type { PageMetadata } from './metadata';

/**
 * The cheap facts checkArticle (readerable.ts) weighs: what a page gives away without layout
 * and without a Readability parse. The measures come from one pointer walk over the elements
 * (bounded on huge pages) and the text it collects; nothing here modifies the document.
 */
export interface PageSignals {
  /** JSON-LD says Article, NewsArticle, BlogPosting… */
  ldArticle: boolean;
  /** JSON-LD says Product or ProductGroup. */
  ldProduct: boolean;
  /** JSON-LD says ItemList, CollectionPage or SearchResultsPage. */
  ldListing: boolean;
  /** JSON-LD describes a business (Organization, LocalBusiness, Corporation…) and no story. */
  ldBusiness: boolean;
  /** JSON-LD holds an FAQPage (service and product pages' SEO block) and no story. */
  ldFaq: boolean;
  ogType: string | null;
  hasPublished: boolean;
  hasByline: boolean;
  /** A printed date ("March 3, 2024", "2024-03-03") next to the first <h1>. */
  visibleDate: boolean;
  /** The URL path is "/" (a home page). */
  homePath: boolean;
  /** The URL path holds a year (and maybe month): /2019/11/… */
  datedPath: boolean;
  /** Words in the last URL path segment: story slugs are long ("police-question-daum-kakao-ceo"). */
  slugWords: number;
  /** The URL sits under a story section: /blog/…, /news/…, /articles/… */
  storyPath: boolean;
  /** The URL sits under a shop or service section: /products/…, /collections/…, /category/… */
  shopPath: boolean;
  /** A shop's "Add to cart" button or form. */
  cart: boolean;
  /** Distinct shop signs: product JSON-LD, og:type product, cart, shop words, prices… (0–8). */
  shopMarks: number;
  /** Paragraphs of running prose: at least 100 characters, ending like a sentence. */
  proseParagraphs: number;
  /** Characters of the longest run of paragraphs sharing one parent (a story's text column). */
  proseRun: number;
  /** Words in the first <h1>: headlines are sentences, product and section names are not. */
  headlineWords: number;
  /** The first <h1> asks a question ("What is SEO?", "How to repot a fern"): an explainer's name. */
  questionHeadline: boolean;
  images: number;
  buttons: number;
  /** <time> elements: a front page dates each teaser. */
  times: number;
  /** <h2>–<h4> that are links or hold one: teaser cards of fronts and listings. */
  linkedHeadings: number;
  links: number;
  /**
   * The largest group of sibling cards that each print a date. A card is an element holding
   * exactly one linked heading (findCards); a listing repeats it down the page, a story has at
   * most a row of related links under its text.
   */
  datedCards: number;
  /** Prose paragraphs inside cards with a date or a teaser line (groups of 4 or more): teasers. */
  cardProse: number;
  /** The largest group of sibling cards with a linked heading and a picture, and no teaser. */
  pictureCards: number;
  /** First-person-plural sales phrases in the visible text ("we offer", "our team", "our clients"). */
  salesPhrases: number;
}

/** Bounds for huge pages: past these, more of the same cannot change the verdict. */
const MAX_ELEMENTS = 30_000;
const MAX_PARAGRAPHS = 3000;
const MAX_TEXT_CHARS = 300_000;

/** Containers that <br>-built pages write their paragraphs straight into. */
const LOOSE_TEXT_TAGS = new Set(['div', 'td', 'article', 'section']);

/** Characters of loose text that count as one paragraph on a <br>-built page. */
const LOOSE_PARAGRAPH_CHARS = 300;

/** A paragraph this long counts towards a run of prose (a story's text column). */
const RUN_PARAGRAPH_CHARS = 80;

/** Linked headings looked at for cards: a listing shows its shape long before this many. */
const MAX_CARD_HEADINGS = 400;
/** Sibling cards below this many are a row of related links, not a listing. */
const MIN_CARD_GROUP = 4;
/** Characters besides its heading that make a card a teaser (a dek, a summary, a byline and date). */
const TEASER_CHARS = 60;
/** A card longer than this is a section of a story under a linked heading, not a card. */
const MAX_CARD_CHARS = 1500;

const CART_RE = /\badd to (?:cart|bag|basket)\b/i;
const PRICE_CLASS_RE = /\bprice\b|price[-_]|[-_]price/i;
const PRODUCT_CLASS_RE = /product/i;

/** What one walk over the elements finds. */
interface Walk {
  paragraphs: Element[];
  /** Loose text per <br>-built container, in characters. */
  loose: number[];
  ldScripts: Element[];
  h1: Element | null;
  images: number;
  buttons: number;
  times: number;
  linkedHeadings: number;
  /** The first MAX_CARD_HEADINGS linked headings, to find the cards they head. */
  headingLinks: Element[];
  links: number;
  priceClasses: number;
  productClasses: number;
  cart: boolean;
  /** The page's text outside scripts and styles (bounded), for shop words and prices. */
  text: string;
}

/**
 * One pointer walk over the elements. Indexing jsdom's live collections is slow on big pages
 * (`getElementsByTagName('*')[i]` is quadratic there), so nothing here uses them.
 */
function walk(doc: Document): Walk {
  const w: Walk = {
    paragraphs: [], loose: [], ldScripts: [], h1: null,
    images: 0, buttons: 0, times: 0, linkedHeadings: 0, headingLinks: [], links: 0, priceClasses: 0, productClasses: 0, cart: false, text: '',
  };
  const text: string[] = [];
  let textChars = 0;
  const root = doc.documentElement;
  if (!root) return w;
  const stack: Element[] = [root];
  for (let seen = 0; stack.length && seen < MAX_ELEMENTS; seen++) {
    const el = stack.pop()!;
    const tag = el.localName;
    if (tag === 'script') {
      if (el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') w.ldScripts.push(el);
      continue;
    }
    if (tag === 'style' || tag === 'template' || tag === 'svg') continue;
    const names = el.getAttribute('class');
    if (names && names.length >= 4) {
      if (PRICE_CLASS_RE.test(names)) w.priceClasses++;
      if (PRODUCT_CLASS_RE.test(names)) w.productClasses++;
    }
    if (el.getAttribute('itemprop') === 'price') w.priceClasses++;
    switch (tag) {
      case 'p':
        if (w.paragraphs.length < MAX_PARAGRAPHS) w.paragraphs.push(el);
        break;
      case 'h1':
        w.h1 ??= el;
        // Blog fronts link each card's title as an <h1>.
        if (el.closest('a') && w.headingLinks.length < MAX_CARD_HEADINGS) w.headingLinks.push(el);
        break;
      case 'img':
        w.images++;
        break;
      case 'time':
        w.times++;
        break;
      case 'a':
        w.links++;
        break;
      case 'h2':
      case 'h3':
      case 'h4':
        if (el.getElementsByTagName('a').length || el.closest('a')) {
          w.linkedHeadings++;
          if (w.headingLinks.length < MAX_CARD_HEADINGS) w.headingLinks.push(el);
        }
        break;
      case 'button':
        w.buttons++;
        if (!w.cart && CART_RE.test((el.textContent ?? '').slice(0, 60))) w.cart = true;
        break;
      case 'form':
        if (/cart/i.test(el.getAttribute('action') ?? '')) w.cart = true;
        break;
      default:
        break;
    }
    let loose = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 3) continue;
      const value = (c.nodeValue ?? '').trim();
      if (!value) continue;
      loose += value.length;
      if (textChars < MAX_TEXT_CHARS) {
        text.push(value);
        textChars += value.length + 1;
      }
    }
    if (loose >= LOOSE_PARAGRAPH_CHARS && LOOSE_TEXT_TAGS.has(tag)) w.loose.push(loose);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  w.text = text.join(' ');
  return w;
}

/** Running prose: at least 100 characters, ending like a sentence. */
function isProseText(text: string): boolean {
  return text.length >= 100 && /[.!?"”’)]\s*$/.test(text.slice(-8));
}

/**
 * Counts running-prose paragraphs and measures the longest run of paragraphs under one parent.
 * Pages built with <div> and <br> instead of <p> count their loose text in 300-character
 * paragraphs (evidence: fixtures/article/br-paragraphs).
 */
function measureProse(w: Walk): { count: number; run: number; prose: Element[] } {
  let count = 0;
  let run = 0;
  const runs = new Map<Element, number>();
  const prose: Element[] = [];
  for (const p of w.paragraphs) {
    const text = (p.textContent ?? '').trim();
    if (isProseText(text)) {
      count++;
      prose.push(p);
    }
    if (text.length < RUN_PARAGRAPH_CHARS || !p.parentElement) continue;
    const chars = (runs.get(p.parentElement) ?? 0) + text.length;
    runs.set(p.parentElement, chars);
    run = Math.max(run, chars);
  }
  for (const loose of w.loose) {
    count += Math.floor(loose / LOOSE_PARAGRAPH_CHARS);
    run = Math.max(run, loose);
  }
  return { count, run, prose };
}

/** The heading's link goes to another page (not an anchor on this one). */
function linksAway(heading: Element): boolean {
  const link = heading.closest('a') ?? heading.getElementsByTagName('a')[0];
  const href = link?.getAttribute('href')?.trim() ?? '';
  return href !== '' && !href.startsWith('#');
}

/**
 * What a card holds besides its linked heading: a date, a teaser line, or only a picture. A
 * card longer than MAX_CARD_CHARS is a section of a story, not a card.
 */
function cardKind(card: Element, heading: Element): 'dated' | 'teaser' | 'picture' | null {
  const text = (card.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length > MAX_CARD_CHARS) return null;
  if (card.getElementsByTagName('time').length > 0 || DATE_RE.test(text)) return 'dated';
  const extra = text.length - (heading.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (extra >= TEASER_CHARS) return 'teaser';
  return card.getElementsByTagName('img').length > 0 ? 'picture' : null;
}

/**
 * Finds the cards of a listing: each linked heading climbs to the largest ancestor that holds no
 * other linked heading (its card); cards sharing a parent form a group. Returns the largest
 * group of dated cards, the largest group of picture-only cards, and the dated and teaser cards
 * of groups of MIN_CARD_GROUP or more (to tell teaser prose from a story's).
 */
function findCards(headings: readonly Element[]): { dated: number; pictures: number; cards: Set<Element> } {
  const below = new Map<Element, number>();
  for (const h of headings) {
    for (let e = h.parentElement; e; e = e.parentElement) below.set(e, (below.get(e) ?? 0) + 1);
  }
  const groups = new Map<Element, Element[]>();
  const pictureGroups = new Map<Element, number>();
  const datedGroups = new Map<Element, number>();
  for (const h of headings) {
    if (!linksAway(h)) continue;
    let card = h;
    while (card.parentElement && below.get(card.parentElement) === 1) card = card.parentElement;
    const parent = card.parentElement;
    const kind = parent && cardKind(card, h);
    if (!parent || !kind) continue;
    if (kind === 'picture') {
      pictureGroups.set(parent, (pictureGroups.get(parent) ?? 0) + 1);
      continue;
    }
    if (kind === 'dated') datedGroups.set(parent, (datedGroups.get(parent) ?? 0) + 1);
    const group = groups.get(parent);
    if (group) group.push(card);
    else groups.set(parent, [card]);
  }
  const pictures = Math.max(0, ...pictureGroups.values());
  const dated = Math.max(0, ...datedGroups.values());
  const cards = new Set<Element>();
  for (const group of groups.values()) {
    if (group.length >= MIN_CARD_GROUP) for (const card of group) cards.add(card);
  }
  return { dated, pictures, cards };
}

/** Prose paragraphs (measureProse's `prose`) inside one of `cards`. */
function proseInCards(prose: readonly Element[], cards: ReadonlySet<Element>): number {
  if (!cards.size) return 0;
  let n = 0;
  for (const p of prose) {
    for (let e = p.parentElement; e; e = e.parentElement) {
      if (cards.has(e)) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** Words a shop prints on its tiles and buttons. */
const SHOP_WORDS_RE =
  /\b(?:add to (?:cart|bag|basket|wishlist)|buy now|in stock|out of stock|sold out|free shipping|quick view|shop now|checkout)\b/gi;
/**
 * Prices: "$12.99", "€ 40", "1.299,00 €", "25 EUR". A number only starts after a non-digit, so
 * long digit runs (tracking IDs, serialized arrays) cost one pass, not one per digit.
 */
const PRICE_RE = /[$€£¥]\s?\d{1,3}(?:[,.]?\d{3})*(?:[.,]\d\d)?|(?<![\d,.])\d{1,3}(?:[,.]?\d{3})*(?:[.,]\d\d)?\s?(?:€|USD|EUR|GBP|kr|zł)/g;

/**
 * A business talking about itself to a customer: "we offer", "our team", "our clients". Stories
 * quote a "we" now and then; landing copy is written in it.
 */
const SALES_RE =
  /\b(?:we offer|we provide|we help|we specialize|our team|our experts|our services|our clients|our customers|we can help|we are|we've|we have)\b/gi;

/**
 * A headline that asks: "What is SEO?", "How to repot a fern", "Why do cats purr". Explainers and
 * how-tos are named after the question they answer; shops, services and listings after a thing.
 * Auxiliary openings ("Can…", "Do…") must end in "?" to count: "Can Openers" is a shop aisle.
 */
const QUESTION_HEADLINE_RE = /^(?:what(?:'s|’s| is| are| does| do)|how (?:to|do|does|can|much|many|long)|why) |\?$/i;

function countMatches(text: string, re: RegExp, stopAt: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < stopAt && re.exec(text)) n++;
  re.lastIndex = 0;
  return n;
}

/** The @type names of the page's JSON-LD blocks, lower-case (a regex pass: no second JSON parse). */
function ldTypeNames(scripts: readonly Element[]): Set<string> {
  const names = new Set<string>();
  for (const s of scripts) {
    const raw = (s.textContent ?? '').slice(0, 200_000);
    for (const m of raw.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const t of m[1]!.replace(/[[\]"\s]/g, '').split(',')) if (t) names.add(t.toLowerCase());
    }
  }
  return names;
}

const BUSINESS_TYPES = ['organization', 'localbusiness', 'corporation', 'collegeoruniversity', 'professionalservice'];

/** Printed dates: "March 3, 2024", "3 March 2024", "2024-03-03", "03/03/2024". */
const DATE_RE =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,? \d{4}|(?:19|20)\d\d[-/.][01]?\d[-/.][0-3]?\d|[0-3]?\d[./][01]?\d[./](?:19|20)\d\d)\b/i;

/** Text-node parents whose text is not on screen. */
const HIDDEN_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/** Visible text around `el`: up to `before` characters before it and `after` from its start. */
function textAround(el: Element, before: number, after: number): string {
  const doc = el.ownerDocument;
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, 4);
  const visible = (n: Node): string => (HIDDEN_TEXT.has(n.parentElement?.localName ?? '') ? '' : (n.nodeValue ?? '').replace(/\s+/g, ' '));
  let head = '';
  walker.currentNode = el;
  for (let n = walker.previousNode(); n && head.length < before; n = walker.previousNode()) head = visible(n) + head;
  let tail = '';
  walker.currentNode = el;
  for (let n = walker.nextNode(); n && tail.length < after; n = walker.nextNode()) tail += visible(n);
  return `${head.slice(-before)} ${tail.slice(0, after)}`;
}

/**
 * Sections stories live under, and sections of shops, catalogs and service pages. /topic/ is in
 * neither: it holds section fronts and encyclopedia entries alike.
 */
const STORY_DIRS = new Set([
  'blog', 'blogs', 'article', 'articles', 'post', 'posts', 'news', 'story', 'stories', 'insights', 'learn',
  'resources', 'guides', 'guide', 'academy', 'features', 'reviews', 'research', 'magazine', 'journal', 'opinion',
]);
const SHOP_DIRS = new Set([
  'products', 'product', 'collections', 'c', 'cat', 'category', 'categories', 'shop', 'browse', 'store', 'itm',
  'services', 'service', 'solutions', 'list', 'catalog', 'buy', 'tag', 'tags', 'department',
]);

/** The URL's path facts; an unparsable URL gives none. */
function urlSignals(url: string): Pick<PageSignals, 'homePath' | 'datedPath' | 'slugWords' | 'storyPath' | 'shopPath'> {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return { homePath: false, datedPath: false, slugWords: 0, storyPath: false, shopPath: false };
  }
  const segments = path.split('/').filter(Boolean);
  const last = (segments[segments.length - 1] ?? '').replace(/\.(?:s?html?|php|aspx?|jsp)$/i, '');
  const dirs = segments.slice(0, -1).map((s) => s.toLowerCase());
  return {
    homePath: segments.length === 0 || (segments.length === 1 && /^(?:[a-z]{2}(?:-[a-z]{2})?|index)$/i.test(last)),
    datedPath: /\/(?:19|20)\d\d\/(?:[01]?\d\/)?/.test(path) || /\/(?:19|20)\d\d-[01]\d-[0-3]\d/.test(path),
    slugWords: last.split(/[-_+]+/).filter((w) => /[a-z]/i.test(w)).length,
    storyPath: dirs.some((d) => STORY_DIRS.has(d)),
    shopPath: dirs.some((d) => SHOP_DIRS.has(d)),
  };
}

/** Measures the cheap signals of a page. */
export function pageSignals(doc: Document, meta: PageMetadata, url: string): PageSignals {
  const w = walk(doc);
  const ldArticle = meta.ldTypes.includes('article');
  const ldNames = ldTypeNames(w.ldScripts);
  const ogType = meta.ogType;
  const prose = measureProse(w);
  const cards = findCards(w.headingLinks);
  const headline = (w.h1?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const path = urlSignals(url);
  const bodyText = w.text;
  const shopMarks = [
    meta.ldTypes.includes('product') || ldNames.has('product') || ldNames.has('offer'),
    /^product/.test(ogType ?? ''),
    w.cart || CART_RE.test(bodyText),
    countMatches(bodyText, SHOP_WORDS_RE, 3) >= 3,
    w.priceClasses >= 5,
    w.productClasses >= 10,
    countMatches(bodyText, PRICE_RE, 10) >= 10,
    path.shopPath,
  ].filter(Boolean).length;
  return {
    ldArticle,
    ldProduct: meta.ldTypes.includes('product'),
    ldListing: meta.ldTypes.includes('listing'),
    ldBusiness: !ldArticle && BUSINESS_TYPES.some((t) => ldNames.has(t)),
    ldFaq: !ldArticle && ldNames.has('faqpage'),
    ogType,
    hasPublished: meta.publishedTime !== null,
    hasByline: meta.byline !== null,
    visibleDate: w.h1 ? DATE_RE.test(textAround(w.h1, 300, 600)) : false,
    ...path,
    cart: w.cart,
    shopMarks,
    proseParagraphs: prose.count,
    proseRun: prose.run,
    headlineWords: headline ? headline.split(' ').length : 0,
    questionHeadline: QUESTION_HEADLINE_RE.test(headline),
    images: w.images,
    buttons: w.buttons,
    times: w.times,
    linkedHeadings: w.linkedHeadings,
    links: w.links,
    cardProse: proseInCards(prose.prose, cards.cards),
    pictureCards: cards.pictures,
    datedCards: cards.dated,
    salesPhrases: countMatches(bodyText, SALES_RE, 50),
  };
}
