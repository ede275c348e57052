import { normalizeDate } from './dates';

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
}

/** schema.org types that mean "this page is a story". */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'blogposting', 'liveblogposting', 'report',
  'scholarlyarticle', 'techarticle', 'socialmediaposting', 'review',
]);

/** schema.org types that mean "this page is not one story". */
const NON_ARTICLE_TYPES = new Set([
  'product', 'itemlist', 'collectionpage', 'searchresultspage', 'offer', 'aggregateoffer',
  'store', 'localbusiness', 'service',
]);

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

function readJsonLd(doc: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = script.textContent ?? '';
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
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
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

/** Bylines are people: drop "By", dates, "Updated", e-mail and URLs. */
export function cleanByline(raw: string | null): string | null {
  if (!raw) return null;
  let s = raw.slice(0, 300).replace(/\s+/g, ' ').trim();
  if (/^https?:\/\//i.test(s)) return null;
  s = s.replace(/^(?:written\s+)?by\s+/i, '');
  // Cut at the first date-like or "updated/published" tail: "Jane Doe | Oct 1, 2014".
  s = s.split(/\s*(?:[|•·]|\bupdated\b|\bpublished\b|\bposted\b|\bon (?=[A-Z][a-z]{2,8}\.? \d))\s*/i)[0] ?? s;
  s = s.replace(/\s*,?\s*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}.*$/i, '');
  s = s.replace(/[,;:\-–—\s]+$/, '').trim();
  if (!s || s.length > 120 || /@|\d{4}/.test(s)) return null;
  return s;
}

function firstTimeElement(doc: Document, selector: string): string | null {
  const el = doc.querySelector(selector);
  return el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? null;
}

/** Reads title, byline, site name, language and dates from the document's own metadata. */
export function readMetadata(doc: Document, now: Date): PageMetadata {
  const meta = indexMeta(doc);
  const ld = readJsonLd(doc);
  const articleLd = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)));
  const declaresNonArticleLd = ld.some((o) => typesOf(o).some((t) => NON_ARTICLE_TYPES.has(t)));
  const ogType = metaContent(meta, ['og:type'])?.toLowerCase() ?? null;

  const ldPublisher = articleLd ? namesOf(articleLd['publisher'])[0] : undefined;
  const ldAuthors = articleLd ? namesOf(articleLd['author']) : [];

  const publishedCandidates = [
    str(articleLd?.['datePublished']),
    metaContent(meta, ['article:published_time', 'og:article:published_time', 'datePublished']),
    firstTimeElement(doc, '[itemprop="datePublished"]'),
    metaContent(meta, [
      'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued',
      'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'citation_publication_date',
    ]),
    firstTimeElement(doc, 'time[pubdate]'),
    firstTimeElement(doc, 'article time[datetime], header time[datetime], main time[datetime]'),
  ];
  const modifiedCandidates = [
    str(articleLd?.['dateModified']),
    metaContent(meta, ['article:modified_time', 'og:updated_time', 'dateModified']),
    firstTimeElement(doc, '[itemprop="dateModified"]'),
  ];
  const firstDate = (list: (string | null)[]): string | null => {
    for (const raw of list) {
      const iso = normalizeDate(raw, now);
      if (iso) return iso;
    }
    return null;
  };

  const lang =
    doc.documentElement?.getAttribute('lang')?.trim() ||
    metaContent(meta, ['og:locale'])?.replace('_', '-') ||
    str(articleLd?.['inLanguage']) ||
    null;

  const byline =
    cleanByline(ldAuthors.filter((a) => !/^https?:/i.test(a)).join(', ') || null) ??
    cleanByline(metaContent(meta, ['author', 'article:author', 'byl', 'parsely-author'])) ??
    cleanByline(doc.querySelector('[rel="author"], [itemprop="author"]')?.textContent ?? null);

  return {
    title: str(articleLd?.['headline']) ?? metaContent(meta, ['og:title', 'twitter:title']),
    byline,
    siteName: metaContent(meta, ['og:site_name', 'application-name']) ?? ldPublisher ?? null,
    lang,
    publishedTime: firstDate(publishedCandidates),
    modifiedTime: firstDate(modifiedCandidates),
    description: metaContent(meta, ['description', 'og:description']),
    declaresArticle: Boolean(articleLd) || ogType === 'article',
    declaresNonArticle:
      (declaresNonArticleLd && !articleLd) ||
      (ogType !== null && /^(?:product|website|profile|video\.other|books?)$/.test(ogType) && !articleLd),
  };
}
