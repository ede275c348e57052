import type { PageMetadata } from './metadata';

export type ArticleCheck = { ok: true } | { ok: false; reason: string };

/**
 * The cheap check that runs before any full parse: is this page probably one story? It adds
 * up evidence the page gives away without layout: its own declarations (JSON-LD, og:type),
 * its dates and byline, the shape of its URL, shop furniture, and how much prose it holds.
 * Pages below the threshold get "Not an article" without a Readability parse.
 *
 * Weights and threshold were set on the WCXB dev pages (711 articles, 200 non-articles) with
 * a strong bias towards keeping articles: a wrongly rejected article loses all its text,
 * a wrongly kept listing only costs a parse (the body check after the parse catches more).
 */

/** What the check measures on a page. */
export interface PageSignals {
  /** JSON-LD says Article, NewsArticle, BlogPosting… */
  ldArticle: boolean;
  /** JSON-LD says Product or ProductGroup. */
  ldProduct: boolean;
  /** JSON-LD says ItemList, CollectionPage or SearchResultsPage. */
  ldListing: boolean;
  ogType: string | null;
  hasPublished: boolean;
  hasByline: boolean;
  /** The URL path is "/" (a home page). */
  homePath: boolean;
  /** The URL path holds a year (and maybe month): /2019/11/… */
  datedPath: boolean;
  /** Words in the last URL path segment: story slugs are long ("police-question-daum-kakao-ceo"). */
  slugWords: number;
  /** A shop's "Add to cart" button or form. */
  cart: boolean;
  /** Paragraphs of running prose: at least 100 characters, ending like a sentence. */
  proseParagraphs: number;
}

/** One piece of evidence and what it weighs. Positive means "article". */
interface Evidence {
  name: string;
  weight: number;
  test: (s: PageSignals) => boolean;
}

/** The evidence table. Each row says why it exists. */
const EVIDENCE: readonly Evidence[] = [
  // The page calls itself a story: the strongest single sign (37% of WCXB articles, 0 non-articles).
  { name: 'JSON-LD article', weight: 2.5, test: (s) => s.ldArticle },
  // og:type=article is WordPress's default for every page, so it only nudges.
  { name: 'og:type article', weight: 1, test: (s) => s.ogType === 'article' },
  { name: 'published date', weight: 1, test: (s) => s.hasPublished },
  { name: 'byline', weight: 1, test: (s) => s.hasByline },
  { name: 'dated URL', weight: 1.5, test: (s) => s.datedPath },
  { name: 'slug URL', weight: 1, test: (s) => s.slugWords >= 4 },
  { name: 'long slug URL', weight: 1, test: (s) => s.slugWords >= 6 },
  { name: 'some prose', weight: 1, test: (s) => s.proseParagraphs >= 5 },
  { name: 'much prose', weight: 1, test: (s) => s.proseParagraphs >= 12 },
  { name: 'hardly any prose', weight: -1.5, test: (s) => s.proseParagraphs < 2 },
  // Home pages and section fronts live at short paths; stories almost never at "/".
  { name: 'home page', weight: -2, test: (s) => s.homePath && !s.ldArticle },
  { name: 'JSON-LD product', weight: -2.5, test: (s) => s.ldProduct && !s.ldArticle },
  { name: 'JSON-LD listing', weight: -1.5, test: (s) => s.ldListing && !s.ldArticle },
  { name: 'og:type product', weight: -2, test: (s) => /^product/.test(s.ogType ?? '') },
  { name: 'add to cart', weight: -2, test: (s) => s.cart },
];

/** Below this score a page is not an article. WCXB dev: keeps 99% of articles. */
const THRESHOLD = -0.5;

const MAX_PARAGRAPHS = 3000;

/** Containers that <br>-built pages write their paragraphs straight into. */
const LOOSE_TEXT_TAGS = ['div', 'td', 'article', 'section'];

/** Characters of loose text that count as one paragraph on a <br>-built page. */
const LOOSE_PARAGRAPH_CHARS = 300;

/**
 * Counts running-prose paragraphs, stopping once the count can no longer change the verdict.
 * Pages built with <div> and <br> instead of <p> count their loose text in 300-character
 * paragraphs (evidence: fixtures/article/br-paragraphs).
 */
function countProse(doc: Document): number {
  const paragraphs = doc.getElementsByTagName('p');
  let count = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS && count < 12; i++) {
    const text = paragraphs[i]!.textContent ?? '';
    if (text.length < 100) continue;
    if (/[.!?"”’)]\s*$/.test(text.slice(-8))) count++;
  }
  for (const tag of LOOSE_TEXT_TAGS) {
    const els = doc.getElementsByTagName(tag);
    for (let i = 0; i < els.length && i < MAX_PARAGRAPHS && count < 12; i++) {
      let loose = 0;
      for (let c = els[i]!.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) loose += (c.nodeValue ?? '').trim().length;
      }
      count += Math.floor(loose / LOOSE_PARAGRAPH_CHARS);
    }
  }
  return count;
}

const CART_RE = /\badd to (?:cart|bag|basket)\b/i;

function hasCart(doc: Document): boolean {
  const forms = doc.getElementsByTagName('form');
  for (let i = 0; i < forms.length && i < 100; i++) {
    if (/cart/i.test(forms[i]!.getAttribute('action') ?? '')) return true;
  }
  const buttons = doc.getElementsByTagName('button');
  for (let i = 0; i < buttons.length && i < 300; i++) {
    if (CART_RE.test((buttons[i]!.textContent ?? '').slice(0, 60))) return true;
  }
  return false;
}

/** True when some text node under `root` has a visible character (stops at the first). */
function hasText(root: Element): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n.nodeValue ?? '').trim()) return true;
  }
  return false;
}

/** The URL's path facts; an unparsable URL gives none. */
function urlSignals(url: string): Pick<PageSignals, 'homePath' | 'datedPath' | 'slugWords'> {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return { homePath: false, datedPath: false, slugWords: 0 };
  }
  const segments = path.split('/').filter(Boolean);
  const last = (segments[segments.length - 1] ?? '').replace(/\.(?:s?html?|php|aspx?|jsp)$/i, '');
  return {
    homePath: segments.length === 0 || (segments.length === 1 && /^(?:[a-z]{2}(?:-[a-z]{2})?|index)$/i.test(last)),
    datedPath: /\/(?:19|20)\d\d\/(?:[01]?\d\/)?/.test(path) || /\/(?:19|20)\d\d-[01]\d-[0-3]\d/.test(path),
    slugWords: last.split(/[-_+]+/).filter((w) => /[a-z]/i.test(w)).length,
  };
}

/** Measures the cheap signals of a page. */
export function pageSignals(doc: Document, meta: PageMetadata, url: string): PageSignals {
  return {
    ldArticle: meta.ldTypes.some((t) => t === 'article'),
    ldProduct: meta.ldTypes.includes('product'),
    ldListing: meta.ldTypes.includes('listing'),
    ogType: meta.ogType,
    hasPublished: meta.publishedTime !== null,
    hasByline: meta.byline !== null,
    ...urlSignals(url),
    cart: hasCart(doc),
    proseParagraphs: countProse(doc),
  };
}

/** The evidence score of a page's signals (positive: article). */
export function articleScore(signals: PageSignals): { score: number; evidence: string[] } {
  let score = 0;
  const evidence: string[] = [];
  for (const e of EVIDENCE) {
    if (!e.test(signals)) continue;
    score += e.weight;
    evidence.push(e.name);
  }
  return { score, evidence };
}

/**
 * The cheap check: true when the page may be one story and is worth a full parse. It touches
 * no layout and modifies nothing. `url` defaults to the document's own.
 */
export function checkArticle(doc: Document, meta: PageMetadata, url: string = doc.URL): ArticleCheck {
  if (!doc.body || !hasText(doc.body)) {
    return { ok: false, reason: 'This page has no text.' };
  }
  const { score, evidence } = articleScore(pageSignals(doc, meta, url));
  if (score >= THRESHOLD) return { ok: true };
  const against = evidence.filter((name) => EVIDENCE.find((e) => e.name === name)!.weight < 0);
  return {
    ok: false,
    reason: `This page does not look like an article${against.length ? ` (${against.join(', ')})` : ''}.`,
  };
}
