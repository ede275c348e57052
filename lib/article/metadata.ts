import { cleanByline, pickByline } from './byline';
import { normalizeDate } from './dates';
import { elementsByTag } from '../dom/elements';

/**
 * Page metadata, read from the untouched document before Readability strips bylines and
 * datelines. Sources in order of trust: JSON-LD (schema.org Article and kin), OpenGraph and
 * article meta tags, microdata, then <time> elements.
 */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  description: string | null;
  /** True when the page itself says it is an article (og:type, JSON-LD @type). */
  declaresArticle: boolean;
  /** True when the page says it is something else (a product, a listing, a home page). */
  declaresNonArticle: boolean;
  /** The kinds of thing the page's JSON-LD describes, for the cheap article check. */
  ldTypes: LdKind[];
  /** og:type, lower-case. */
  ogType: string | null;
  /**
   * Weaker date evidence, for the article's dates only (not for the "is it a story?" check):
   * JSON-LD dates of the page itself (WebPage, when no Article object has one), meta tags
   * with other names ("published", "w-published-date", "updated"), and the printed text of
   * itemprop="datePublished" elements without a machine-readable value.
   */
  fallbackPublished: string | null;
  fallbackModified: string | null;
}

/** What a JSON-LD object is, as far as "is this a story?" goes. */
export type LdKind = 'article' | 'product' | 'listing' | 'other';

/** schema.org types that mean "this page is a story". */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'blogposting', 'liveblogposting', 'report',
  'scholarlyarticle', 'techarticle', 'socialmediaposting',
]);

/** schema.org types of shop items: a page about one is a product page, unless it is a review. */
const PRODUCT_TYPES = new Set(['product', 'productgroup']);

/** schema.org types of pages that list many things. */
const LISTING_TYPES = new Set(['itemlist', 'collectionpage', 'searchresultspage']);

function ldKind(types: string[]): LdKind {
  if (types.some((t) => ARTICLE_TYPES.has(t))) return 'article';
  if (types.some((t) => PRODUCT_TYPES.has(t))) return 'product';
  if (types.some((t) => LISTING_TYPES.has(t))) return 'listing';
  return 'other';
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every object in a JSON-LD value, flattening arrays and @graph, bounded against huge blobs. */
function collectObjects(value: Json, out: JsonObject[], depth = 0): void {
  if (depth > 6 || out.length > 500) return;
  if (Array.isArray(value)) {
    for (const v of value) collectObjects(v, out, depth + 1);
  } else if (isObject(value)) {
    out.push(value);
    const graph = value['@graph'];
    if (graph !== undefined) collectObjects(graph, out, depth + 1);
  }
}

function typesOf(obj: JsonObject): string[] {
  const t = obj['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

/** A name from a string, an object with `name`, or an array of those. */
function namesOf(v: Json | undefined): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => namesOf(x));
  if (isObject(v)) return namesOf(v['name']);
  return [];
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function readJsonLd(sources: readonly string[]): JsonObject[] {
  const objects: JsonObject[] = [];
  for (const raw of sources) {
    if (raw.length > 500_000) continue;
    try {
      // Some CMSs wrap JSON-LD in CDATA comments.
      collectObjects(JSON.parse(raw.replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')) as Json, objects);
    } catch {
      // Broken JSON-LD is common; the meta tags usually say the same thing.
    }
  }
  return objects;
}

/** Every <meta> content by its property, name or itemprop (lower-case; the first one wins). */
type MetaIndex = Map<string, string>;

/** One pass over the meta tags: a selector query per key is slow on big pages under jsdom. */
function indexMeta(doc: Document): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of elementsByTag(doc, 'meta')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function metaContent(meta: MetaIndex, keys: readonly string[]): string | null {
  for (const key of keys) {
    const content = meta.get(key.toLowerCase());
    if (content) return content;
  }
  return null;
}

/** The elements metadata is read from, found in one walk over the document. */
interface MetaElements {
  ldScripts: Element[];
  /** The element per itemprop we read: the first author, the page's own dates (pageItemDate). */
  itemprop: Map<string, Element>;
  relAuthor: Element | null;
  timePubdate: Element | null;
  /** First <time datetime> inside an <article>, <header> or <main>. */
  storyTime: Element | null;
}

/** itemprop dates: every one is kept for the choice in pageItemDate. */
const ITEM_DATE_PROPS = new Set(['datepublished', 'datemodified']);
const STORY_TAGS = new Set(['article', 'header', 'main']);
/** <time datetime> elements in story containers kept for the choice in storyTimeOf. */
const MAX_STORY_TIMES = 30;

/**
 * One pointer walk instead of a selector query per field: attribute selectors cost tens of
 * milliseconds each on a large page under jsdom, more than the whole walk.
 */
function scanElements(doc: Document): MetaElements {
  const found: MetaElements = { ldScripts: [], itemprop: new Map(), relAuthor: null, timePubdate: null, storyTime: null };
  const root = doc.documentElement;
  if (!root) return found;
  const times: StoryTime[] = [];
  const itemDates = new Map<string, ItemDate[]>();
  let h1: Element | null = null;
  // Each element with its nearest <article>, <header> or <main>, and its nearest <article>.
  const stack: [Element, Element | null, Element | null][] = [[root, null, null]];
  while (stack.length) {
    const [el, story, article] = stack.pop()!;
    const tag = el.localName;
    if (tag === 'script') {
      if (el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') found.ldScripts.push(el);
      continue;
    }
    const prop = el.getAttribute('itemprop');
    if (prop) {
      for (const p of prop.toLowerCase().split(/\s+/)) {
        if (ITEM_DATE_PROPS.has(p)) {
          const list = itemDates.get(p) ?? [];
          if (list.length < MAX_ITEM_DATES) list.push({ el, article });
          itemDates.set(p, list);
        } else if (p === 'author' && !found.itemprop.has(p)) {
          found.itemprop.set(p, el);
        }
      }
    }
    if (!found.relAuthor && el.getAttribute('rel')?.toLowerCase() === 'author') found.relAuthor = el;
    if (tag === 'h1') h1 ??= el;
    if (tag === 'time') {
      if (!found.timePubdate && el.hasAttribute('pubdate')) found.timePubdate = el;
      if (story && el.hasAttribute('datetime') && times.length < MAX_STORY_TIMES) times.push({ time: el, story });
    }
    const childStory = STORY_TAGS.has(tag) ? el : story;
    const childArticle = tag === 'article' ? el : article;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, childStory, childArticle]);
  }
  found.storyTime = storyTimeOf(times, h1);
  for (const [prop, list] of itemDates) {
    const page = pageItemDate(list, h1);
    if (page) found.itemprop.set(prop, page);
  }
  return found;
}

/** itemprop date elements kept for the choice in pageItemDate. */
const MAX_ITEM_DATES = 30;

interface ItemDate {
  el: Element;
  /** Its nearest <article>. */
  article: Element | null;
}

/**
 * The page's own itemprop="datePublished" (or dateModified): not one inside another story's
 * <article> (a card that does not hold the page's <h1>) while others are outside such cards,
 * and none at all when those left disagree on the day, since then they date a list of
 * teasers. WCXB dev 4377 marks up twelve teaser cards and no story date, which its <meta
 * name="date"> gives. Evidence: fixtures/article/teaser-itemprop-dates.
 */
function pageItemDate(list: readonly ItemDate[], h1: Element | null): Element | null {
  // When every one sits in an <article> without the <h1>, the headline is outside the story's
  // own <article> (CNET), not in another story.
  const outside = h1 ? list.filter((d) => !d.article || d.article.contains(h1)) : list;
  const own = outside.length ? outside : list;
  const days = new Set(own.map((d) => (dateOf(d.el) ?? d.el.textContent ?? '').trim().slice(0, 10)));
  return days.size === 1 ? own[0]!.el : null;
}

interface StoryTime {
  time: Element;
  /** Its nearest <article>, <header> or <main>. */
  story: Element;
}

/**
 * The story's <time>: the first one in the innermost story container that holds the page's
 * <h1>, so that the dates of a "latest news" list inside <main> (WCXB dev 0370: six of them
 * before the story's own "03/01/2017" in its <article>) lose to the story's. Without such a
 * container, the first <time> in any. Evidence: fixtures/article/story-time-near-h1.
 */
function storyTimeOf(times: readonly StoryTime[], h1: Element | null): Element | null {
  let best: StoryTime | null = null;
  if (h1) {
    for (const t of times) {
      if (!t.story.contains(h1)) continue;
      if (!best || (best.story !== t.story && best.story.contains(t.story))) best = t;
    }
  }
  return (best ?? times[0])?.time ?? null;
}

function dateOf(el: Element | null | undefined): string | null {
  return el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? null;
}

/** The printed text of an itemprop date element that has no datetime/content attribute. */
function printedDateOf(el: Element | null | undefined): string | null {
  if (!el || el.getAttribute('datetime')?.trim() || el.getAttribute('content')?.trim()) return null;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length <= 60 ? text.replace(/^(?:(?:published|posted|updated)(?: on)?|on)\s*:?\s*/i, '') : null;
}

/**
 * Meta names that CMSs use for dates beyond the standard ones: "published", "published-date",
 * "w-published-date", "updated", "last-modified". Never "publisher", never "last_published".
 */
const META_PUBLISHED_RE = /^(?:[\w.]*[-_:.])?(?:published|publish|pub|posted)(?:[-_:.]?(?:date|time|on|at))?$/;
const META_MODIFIED_RE = /^(?:[\w.]*[-_:.])?(?:updated|modified|last[-_]?modified|last[-_]?updated|revised)(?:[-_:.]?(?:date|time|on|at))?$/;

/** Dates from meta tags with non-standard names: the earliest published, the first modified. */
function otherMetaDates(meta: MetaIndex, now: Date): { published: string | null; modified: string | null } {
  let published: string | null = null;
  let modified: string | null = null;
  for (const [key, content] of meta) {
    if (/last/.test(key) && /publish/.test(key)) continue;
    if (META_PUBLISHED_RE.test(key)) {
      const iso = normalizeDate(content, now);
      if (iso && (!published || Date.parse(iso) < Date.parse(published))) published = iso;
    } else if (!modified && META_MODIFIED_RE.test(key)) {
      modified = normalizeDate(content, now);
    }
  }
  return { published, modified };
}

/** JSON-LD types that describe the page rather than something on it (a person, the site). */
const PAGE_TYPES = new Set(['webpage', 'itempage', 'aboutpage', 'faqpage', 'qapage', 'medicalwebpage', 'howto', 'creativework']);

/** Reads title, byline, site name, language and dates from the document's own metadata. */
export function readMetadata(doc: Document, now: Date): PageMetadata {
  const meta = indexMeta(doc);
  const els = scanElements(doc);
  // Some frameworks write the JSON-LD into a <meta name="script:ld+json"> (WCXB dev 4053: the
  // page's only dates). Evidence: fixtures/article/json-ld-in-meta.
  const ldMeta = metaContent(meta, ['script:ld+json']);
  const ld = readJsonLd([...els.ldScripts.map((s) => s.textContent ?? ''), ...(ldMeta ? [ldMeta] : [])]);
  const articleLd = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)));
  const ldTypes = [...new Set(ld.map((o) => ldKind(typesOf(o))))];
  const ogType = metaContent(meta, ['og:type'])?.toLowerCase() ?? null;

  const ldPublisher = articleLd ? namesOf(articleLd['publisher'])[0] : undefined;
  const ldAuthors = articleLd ? namesOf(articleLd['author']) : [];

  const publishedCandidates = [
    str(articleLd?.['datePublished']),
    metaContent(meta, ['article:published_time', 'og:article:published_time', 'datePublished']),
    dateOf(els.itemprop.get('datepublished')),
    metaContent(meta, [
      'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued',
      'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'citation_publication_date',
    ]),
    dateOf(els.timePubdate),
    dateOf(els.storyTime),
  ];
  const modifiedCandidates = [
    str(articleLd?.['dateModified']),
    metaContent(meta, ['article:modified_time', 'og:updated_time', 'dateModified']),
    dateOf(els.itemprop.get('datemodified')),
  ];
  const firstDate = (list: (string | null)[]): string | null => {
    for (const raw of list) {
      const iso = normalizeDate(raw, now);
      if (iso) return iso;
    }
    return null;
  };
  const pageLd = ld.find((o) => typesOf(o).some((t) => PAGE_TYPES.has(t)) && (o['datePublished'] || o['dateModified']));
  const otherMeta = otherMetaDates(meta, now);

  const lang =
    doc.documentElement?.getAttribute('lang')?.trim() ||
    metaContent(meta, ['og:locale'])?.replace('_', '-') ||
    str(articleLd?.['inLanguage']) ||
    null;

  const siteName = metaContent(meta, ['og:site_name', 'application-name']) ?? ldPublisher ?? null;
  const byline = pickByline(
    [
      () => cleanByline(ldAuthors.filter((a) => !/^https?:/i.test(a)).join(', ') || null),
      () => cleanByline(metaContent(meta, ['author', 'article:author', 'byl', 'parsely-author'])),
      () => cleanByline((els.relAuthor ?? els.itemprop.get('author'))?.textContent ?? null),
    ],
    siteName,
    doc.URL,
  );

  return {
    title: str(articleLd?.['headline']) ?? metaContent(meta, ['og:title', 'twitter:title']),
    byline,
    siteName,
    lang,
    publishedTime: firstDate(publishedCandidates),
    modifiedTime: firstDate(modifiedCandidates),
    description: metaContent(meta, ['description', 'og:description']),
    declaresArticle: Boolean(articleLd) || ogType === 'article',
    declaresNonArticle: !articleLd && (ldTypes.includes('product') || /^product/.test(ogType ?? '')),
    ldTypes,
    ogType,
    fallbackPublished: firstDate([
      str(pageLd?.['datePublished']),
      otherMeta.published,
      printedDateOf(els.itemprop.get('datepublished')),
    ]),
    fallbackModified: firstDate([
      str(pageLd?.['dateModified']),
      otherMeta.modified,
      printedDateOf(els.itemprop.get('datemodified')),
    ]),
  };
}
