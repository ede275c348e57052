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

function readJsonLd(scripts: readonly Element[]): JsonObject[] {
  const objects: JsonObject[] = [];
  for (const script of scripts) {
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

/**
 * The label before the names: "By", "Written By:", "Author:", "Text by", "Analysis by", "This
 * post was written by" (WCXB dev 0413, 4014, 0463, 2381; AEB's CNN analysis). A label glued to
 * the name ("Written byDan Pantelo", 4840) is one too; "Author" without its colon may be a
 * name's ("Authors Guild").
 */
const BYLINE_LABEL =
  /^(?:(?:(?:[Tt]his (?:post|article|story) was )?(?:(?:[Ww]ritten|[Aa]uthored|[Rr]eviewed|[Ee]dited|[Rr]eported|[Pp]osted|[Cc]ompiled|[Tt]ext|[Ww]ords|[Ss]tory|[Rr]ecipe|[Aa]nalysis|[Pp]hotos?|[Ii]nterview)(?: and [a-z]+)? )?(?:[Bb]y|BY)(?:\s*:\s*|\s+|(?=\p{Lu})))|(?:[Aa]uthors?|AUTHORS?|[Ww]riter|[Rr]eporter)\s*:\s*)/u;

/**
 * The same label in other languages: "Текст: Венера Ерофеева" (Wday.ru in Zyte AEB), "Autor:",
 * "Texto:", and a preposition before a capitalised name ("Par Jean Dupont", "Por María
 * López", "Door Jan de Vries"). Not German "Von", which opens names too ("Von Miller").
 */
const FOREIGN_BYLINE_LABEL =
  /^(?:(?:Текст|Автор[ыа]?|Texto|Autor[ae]?|Auteur|Texte|Tekst|Testo|Verfasser|Redacción)\s*:\s*|(?:Par|Por|Door)\s+(?=\p{Lu}))/u;

/** Words of a job, not of a name: "CNN Editor-at-large", "AI Writer". */
const JOB_WORDS =
  /\b(?:editor|writer|reporter|correspondent|columnist|contributor|director|attorney|producer|analyst|staff|founder|ceo|manager|consultant|expert|reviewer|photographer|editor-at-large|intern)s?\b/i;

/** Name parts with a capital inside: "McDonald", "MacKenzie", "DeSantis", "LeBron", "DiCaprio". */
const INNER_CAPITAL_NAME = /(?:^|[\s'’-])(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Du)$/;

/**
 * Where text with no space glues a name to what follows it: "Stephen JesudunsinAI Writer",
 * "Cazzy MagennisLast updated", "ERIC TUCKERAssociated Press" (WCXB dev 0019, 0332; AEB's AP
 * byline). -1 when nothing is glued; "McDonald" and "DeSantis" are names, not glue.
 */
function gluedAt(s: string): number {
  const re = /\p{Ll}(?=\p{Lu})|\p{Lu}(?=\p{Lu}\p{Ll}{2})/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const upTo = s.slice(0, m.index + 1);
    if (/\p{Lu}$/u.test(upTo) && !/\p{Lu}{2}$/u.test(upTo)) continue;
    // Only a label or a job glued on: "SubbaRao", "SanSone" and "FullStack" are words.
    if (!INNER_CAPITAL_NAME.test(upTo) && GLUED_TAIL.test(s.slice(m.index + 1))) return m.index + 1;
  }
  return -1;
}

/** What pages glue after a byline: a date label, a weekday, a job, the agency. */
const GLUED_TAIL =
  /^(?:Published|Updated|Last|Posted|Writer|Reporter|Editor|Staff|Founder|Head|Senior|Associated|Reviewed|Expert|Contributor|Correspondent|Tech|AI|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * A byline with the author's bio glued on: "Phil HelselPhil Helsel is a reporter for NBC
 * News." (Zyte AEB; the popup printed it whole): the name once, without the bio.
 */
function withoutBio(s: string): string {
  for (let i = 4; i <= Math.min(60, s.length / 2); i++) {
    const name = s.slice(0, i);
    if (/\s/.test(name) && /\p{Ll}$/u.test(name) && (s.startsWith(name, i) || s.startsWith(` ${name} `, i))) return name;
  }
  // "Ellen O'Brien Ellen is an editor at Brides.": the bio names its subject again.
  const bio = /\s+(?:is|was)\s+(?:a|an|the)\s/.exec(s);
  if (!bio) return s;
  const before = s.slice(0, bio.index).split(' ');
  const subject = before[before.length - 1];
  return (before.length > 2 && (subject === before[0] || subject === before[before.length - 2]) ? before.slice(0, -1) : before).join(' ');
}

/**
 * A part after a comma that is not another name: a job ("CNN Editor-at-large", "Trial Attorney
 * at Morgan & Morgan"), a site ("Cleveland.com"), a credential ("DVM", "BSN").
 */
function isAffiliation(part: string): boolean {
  const names = part.trim().split(/\s+and\s+/);
  if (names.some((n) => n.split(/\s+/).length > 4)) return true;
  const words = part.trim().split(/\s+/);
  if (!words[0] || /\.(?:com|org|net|co)\b|\d/i.test(part) || JOB_WORDS.test(part)) return true;
  if (words.length === 1 && /^\p{Lu}{2,}\.?$/u.test(words[0])) return true;
  return words.some((w) => /^\p{Ll}/u.test(w) && !/^(?:and|de|da|del|der|van|von|bin|al|le|la|du)$/.test(w));
}

/** Bylines are people: drop "By", labels, dates, "Updated", jobs, e-mail and URLs. */
export function cleanByline(raw: string | null): string | null {
  if (!raw) return null;
  let s = raw.slice(0, 300).replace(/\s+/g, ' ').trim();
  if (/^https?:\/\//i.test(s)) return null;
  // A sponsor is no author; "Jun 2 Written By" is a date and a label with the name missing.
  if (/^sponsored by\b/i.test(s)) return null;
  s = s.replace(/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},?\s+/i, '').replace(/(?:^|\s+)(?:written|posted) by:?$/i, '');
  s = s.replace(BYLINE_LABEL, '').replace(FOREIGN_BYLINE_LABEL, '');
  s = withoutBio(s);
  const glued = gluedAt(s);
  if (glued > 0) {
    s = s.slice(0, glued);
    // What is left of "HomeAdvisorStaff WriterReviewed by…" names no one.
    if (!/\s/.test(s.trim())) return null;
  }
  // Cut at the first date-like or "updated/published" tail: "Jane Doe | Oct 1, 2014".
  s = s.split(/\s*(?:[|•·]|\bupdated\b|\bpublished\b|\bposted\b|\bon (?=[A-Z][a-z]{2,8}\.? \d))\s*/i)[0] ?? s;
  s = s.replace(/\s*,?\s*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}.*$/i, '');
  if (/\d{4}/.test(s)) return null;
  // "Troy L. Smith, Cleveland.com", "Chris Cillizza, CNN Editor-at-large": people, not their jobs.
  const parts = s.split(/,\s*/);
  const cut = parts.findIndex((p, i) => i > 0 && isAffiliation(p));
  if (cut > 0) s = parts.slice(0, cut).join(', ');
  s = s.replace(/[,;:\-–—\s]+$/, '').trim();
  if (!s || s.length > 120 || /@|\d{4}/.test(s) || isPlaceholderByline(s)) return null;
  return s;
}

/**
 * A byline field the site never filled in: a template's default ("undefined", "Author",
 * "admin", "q_admin"), an unrendered key ("page.head.extra.author") or a record id
 * ("3d23d65-ddc6-4ce5"). WCXB dev 0206, 0277, 4239, 4459, 0486. A reader's handle
 * ("stephenlega") is the author's own name for themselves and stays.
 */
function isPlaceholderByline(s: string): boolean {
  return (
    /^(?:undefined|null|none|nan|author|authors|admin\w*|\w+_admin|administrator)$/i.test(s) ||
    /^[a-z]+(?:\.[a-z]+)*\.author$/i.test(s) ||
    (/\d/.test(s) && /^[\da-f]+(?:-[\da-f]+)+$/i.test(s))
  );
}

/** The elements metadata is read from, found in one walk over the document. */
interface MetaElements {
  ldScripts: Element[];
  /** First element per itemprop we read (datePublished, dateModified, author). */
  itemprop: Map<string, Element>;
  relAuthor: Element | null;
  timePubdate: Element | null;
  /** First <time datetime> inside an <article>, <header> or <main>. */
  storyTime: Element | null;
}

const ITEMPROPS = new Set(['datepublished', 'datemodified', 'author']);
const STORY_TAGS = new Set(['article', 'header', 'main']);

/**
 * One pointer walk instead of a selector query per field: attribute selectors cost tens of
 * milliseconds each on a large page under jsdom, more than the whole walk.
 */
function scanElements(doc: Document): MetaElements {
  const found: MetaElements = { ldScripts: [], itemprop: new Map(), relAuthor: null, timePubdate: null, storyTime: null };
  const root = doc.documentElement;
  if (!root) return found;
  const stack: [Element, boolean][] = [[root, false]];
  while (stack.length) {
    const [el, inStory] = stack.pop()!;
    const tag = el.localName;
    if (tag === 'script') {
      if (el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') found.ldScripts.push(el);
      continue;
    }
    const prop = el.getAttribute('itemprop');
    if (prop) {
      for (const p of prop.toLowerCase().split(/\s+/)) {
        if (ITEMPROPS.has(p) && !found.itemprop.has(p)) found.itemprop.set(p, el);
      }
    }
    if (!found.relAuthor && el.getAttribute('rel')?.toLowerCase() === 'author') found.relAuthor = el;
    if (tag === 'time') {
      if (!found.timePubdate && el.hasAttribute('pubdate')) found.timePubdate = el;
      if (!found.storyTime && inStory && el.hasAttribute('datetime')) found.storyTime = el;
    }
    const childInStory = inStory || STORY_TAGS.has(tag);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, childInStory]);
  }
  return found;
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
  const ld = readJsonLd(els.ldScripts);
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

  const byline =
    cleanByline(ldAuthors.filter((a) => !/^https?:/i.test(a)).join(', ') || null) ??
    cleanByline(metaContent(meta, ['author', 'article:author', 'byl', 'parsely-author'])) ??
    cleanByline((els.relAuthor ?? els.itemprop.get('author'))?.textContent ?? null);

  return {
    title: str(articleLd?.['headline']) ?? metaContent(meta, ['og:title', 'twitter:title']),
    byline,
    siteName: metaContent(meta, ['og:site_name', 'application-name']) ?? ldPublisher ?? null,
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
