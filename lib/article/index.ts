import { Readability } from '@mozilla/readability';
import type { Article } from '../report';
import { bodyTextOf, pairTextNodes, readsAsProse, repairPairs, type BodyText } from './body';
import { chooseDates } from './choose-dates';
import { ageInDays } from './dates';
import { cleanByline, findPrintedByline, pickByline } from './byline';
import { readMetadata } from './metadata';
import { checkArticle } from './readerable';
import { commonAncestor, recoverBody } from './recover';
import { findHeadline, findStandfirst } from './standfirst';
import { prepareClone } from './prepare-clone';
import { findVisibleDates } from './visible-date';
import { chooseTitle } from './title';
import { isWidgetLine, splitRepeatedHeadline, trimBody } from './trim';
import { findTwins, type Twins } from './twins';
import { nestedDeeperThan } from '../dom/depth';
import { elementAtPath, pathOf } from '../dom/paths';
import { visibleText } from '../dom/selector';

export { checkArticle } from './readerable';
export { readMetadata } from './metadata';

/** What the article stage hands to the later stages. */
export interface ArticleExtraction {
  article: Article;
  /** Elements of the *source* document that hold body paragraphs, in text order. */
  bodyElements: Element[];
}

export type ArticleResult =
  | { ok: true; value: ArticleExtraction }
  | { ok: false; reason: string };

export interface ArticleOptions {
  url: string;
  now: Date;
  /** Pages with more elements than this are refused rather than parsed slowly. */
  maxElements?: number;
}

/** A story shorter than this is a teaser, a stub or a widget, not an article. */
const MIN_BODY_CHARS = 250;

const DEFAULT_MAX_ELEMENTS = 60_000;
/**
 * Readability's time grows with the square of nesting depth (a story 1,000 levels down takes
 * 1.2 s, 3,000 levels 7 s), while the deepest of the 1,132 corpus pages is 55 levels deep:
 * past this depth a page is hostile or broken markup, refused rather than freezing its tab.
 */
const MAX_DEPTH = 400;

function siteFromUrl(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Puts a paragraph before the body, unless the body already has it. */
function prependParagraph(body: BodyText, para: string, source: Element): BodyText {
  if (!para || body.text.includes(para)) return body;
  const shift = para.length + 2;
  return {
    text: `${para}\n\n${body.text}`,
    blocks: [
      { start: 0, end: para.length, tag: 'p' },
      ...body.blocks.map((b) => ({ ...b, start: b.start + shift, end: b.end + shift })),
    ],
    sources: [source, ...body.sources],
    linked: [0, ...(body.linked ?? body.blocks.map(() => 0))],
  };
}

/**
 * Readability's paragraphs, re-read from the source with what it wrongly dropped put back and
 * the widgets it wrongly kept taken out. Falls back to Readability's own text when the re-read
 * loses much of it (a container we misjudged).
 */
function chooseBody(content: Element, origin: Map<Node, Text>, byline: string | null, doc: Document, repeats: ReadonlySet<Element>): BodyText {
  repairPairs(content, origin, doc);
  const readable = bodyTextOf(content, origin);
  const recovered = recoverBody(content, origin, readable, repeats);
  const body = recovered && recovered.text.length >= readable.text.length * 0.7 ? recovered : readable;
  return trimBody(body, byline);
}

/**
 * The shape of a listing once parsed: items of a few words each (product tiles, course names,
 * links to sections) with little running prose, and no date. Articles with lists have dates
 * or enough prose around them. Set on WCXB dev: rejects 18 of the 104 non-articles that pass
 * the cheap check, and 1 of 711 articles. Evidence: fixtures/article/catalog-page.
 */
const LISTING_MEAN_CHARS = 45;
const LISTING_MAX_PROSE_SHARE = 0.35;

function looksLikeListing(body: BodyText, dated: boolean): boolean {
  if (dated || !body.blocks.length) return false;
  const mean = body.text.length / body.blocks.length;
  return mean < LISTING_MEAN_CHARS && proseChars(body) < LISTING_MAX_PROSE_SHARE * body.text.length;
}

/**
 * On a page without a story Readability may crown the cookie dialog, the one block of long
 * sentences there: most paragraphs of the body then speak of cookies. WCXB dev: 1 of the 26
 * non-articles the other checks let through (a shop collection); no article body has more than
 * two such paragraphs. Evidence: fixtures/article/cookie-notice.
 */
function looksLikeCookieNotice(body: BodyText): boolean {
  const aboutCookies = body.blocks.filter((b) => /\bcookies?\b/i.test(body.text.slice(b.start, b.end))).length;
  return aboutCookies >= 3 && 2 * aboutCookies >= body.blocks.length;
}

/** A body shorter than this makes us suspect Readability picked a side box over the story. */
const RETRY_BELOW_CHARS = 1000;
/** The second pick must be this much longer to replace the first. */
const RETRY_GAIN = 2;

/** Characters in paragraphs that read as running prose, with few links. */
function proseChars(body: BodyText): number {
  let chars = 0;
  body.blocks.forEach((b, i) => {
    const len = b.end - b.start;
    if ((body.linked?.[i] ?? 0) <= len * 0.3 && readsAsProse(body.text.slice(b.start, b.end))) chars += len;
  });
  return chars;
}

/** Text nodes shorter than this are labels, links and list items, not running prose. */
const LONG_TEXT_NODE = 80;
const NOT_TEXT: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg']);

/**
 * Characters in long text nodes outside `box` (scripts and styles aside): how much prose a
 * second pick could find once the first is gone. Without enough of it the second Readability
 * run is skipped; on a big page that run takes seconds and finds nothing. On the 1,132 corpus
 * pages the retry ran 17 times and won 3 (0334, 4340, one AEB page), each with six times the
 * prose it needed or more; this test skips 13 of the 14 that lost. (4340 no longer needs it:
 * its story is unhidden before the first read.)
 */
function longTextOutside(doc: Document, box: Element): number {
  let chars = 0;
  const stack: Node[] = doc.body ? [doc.body] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === box) continue;
    if (node.nodeType === 3) {
      const length = (node.nodeValue ?? '').trim().length;
      if (length >= LONG_TEXT_NODE) chars += length;
      continue;
    }
    if (node.nodeType !== 1 || NOT_TEXT.has((node as Element).tagName)) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return chars;
}

/**
 * Readability on a fresh clone of `doc`, its text nodes paired with the source's and its
 * markup prepared where Readability misreads it (prepare-clone.ts). For a second look
 * (`without` given) the element there is gone. Null when it finds nothing.
 */
function readClone(doc: Document, maxElements: number, twins: Twins, without?: readonly number[]) {
  const clone = doc.cloneNode(true) as Document;
  const origin = pairTextNodes(doc, clone);
  // Found before prepareClone, whose removals shift the positions `without` counts.
  const unwanted = without ? elementAtPath(clone, without) : null;
  prepareClone(clone, twins);
  unwanted?.remove();
  const parsed = new Readability<Element>(clone, {
    serializer: (node) => node as Element,
    maxElemsToParse: maxElements,
  }).parse();
  return parsed?.content ? { parsed, content: parsed.content, origin } : null;
}

/**
 * Finds the article in a document: metadata and the cheap check first (from the untouched
 * page), then Readability on a clone whose text nodes are paired with the source's, then the
 * body re-read from the source (recover.ts) and trimmed (trim.ts), so each paragraph maps to
 * the page's own element. Title, dates and byline are reconciled last. Never modifies `doc`.
 * The flow is drawn in lib/article/README.md.
 */
export function extractArticle(doc: Document, opts: ArticleOptions): ArticleResult {
  const meta = readMetadata(doc, opts.now);
  const check = checkArticle(doc, meta, opts.url);
  if (!check.ok) return check;

  const elementCount = doc.getElementsByTagName('*').length;
  const maxElements = opts.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (elementCount > maxElements) {
    return { ok: false, reason: `This page is too large to analyse (${elementCount} elements).` };
  }
  if (doc.body && nestedDeeperThan(doc.body, MAX_DEPTH)) {
    return { ok: false, reason: `This page's markup is nested too deeply to analyse (over ${MAX_DEPTH} levels).` };
  }
  const twins = findTwins(doc);
  const first = readClone(doc, maxElements, twins);
  if (!first) return { ok: false, reason: 'No article text was found on this page.' };
  const { parsed } = first;

  const byline = pickByline(
    [() => meta.byline, () => cleanByline(parsed.byline ?? null), () => findPrintedByline(doc)],
    meta.siteName ?? parsed.siteName ?? null,
    opts.url,
  );
  let body = chooseBody(first.content, first.origin, byline, doc, twins.repeats);
  // Readability sometimes crowns a disclosure box or an author card over the story. When its
  // pick is short, ask again without it and keep the second answer if it is much longer.
  // Evidence: fixtures/article/disclosure-box.
  const picked = commonAncestor(body.sources.filter((el): el is Element => el !== null));
  // A pick under MIN_BODY_CHARS is a page without a story (retrying there only doubles the cost
  // on huge listing pages); a pick between the two bounds is a real box, maybe the wrong one.
  const suspect = body.text.length >= MIN_BODY_CHARS && body.text.length < RETRY_BELOW_CHARS;
  if (suspect && picked && picked !== doc.body && picked !== doc.documentElement) {
    // The second pick must be prose, not the menu that is left once the story box is gone.
    const needed = Math.max(proseChars(body) * RETRY_GAIN, RETRY_BELOW_CHARS);
    if (longTextOutside(doc, picked) >= needed) {
      const again = readClone(doc, maxElements, twins, pathOf(picked));
      const second = again && chooseBody(again.content, again.origin, byline, doc, twins.repeats);
      if (second && proseChars(second) >= needed) body = second;
    }
  }
  const siteName = meta.siteName ?? parsed.siteName ?? siteFromUrl(opts.url);
  const chosen = chooseTitle(doc, [meta.title, parsed.title, doc.title], siteName);
  const title = chosen.text;
  const split = splitRepeatedHeadline(body, title);
  body = split.body;
  const firstBody = body.sources.find((el) => el !== null);
  // The <h1> the title was read from, when its text no longer shows the title: words spaced
  // apart (title-block-span) or cased as declared (title-caps-reworded).
  const headline = findHeadline(doc, title) ?? chosen.element ?? split.copy;
  const standfirst = headline && firstBody ? findStandfirst(doc, headline, firstBody) : null;
  const standfirstText = standfirst ? visibleText(standfirst) : '';
  // A newsletter pitch under the headline reads like a dek. Evidence: fixtures/article/pitch-under-headline.
  if (standfirst && !isWidgetLine(standfirstText)) body = prependParagraph(body, standfirstText, standfirst);
  if (body.text.length < MIN_BODY_CHARS) {
    return { ok: false, reason: 'This page has too little article text to analyse.' };
  }
  if (looksLikeCookieNotice(body)) {
    return { ok: false, reason: 'The only text found on this page is its cookie notice.' };
  }
  const bodyElements: Element[] = [];
  for (const el of body.sources) {
    if (el && bodyElements[bodyElements.length - 1] !== el) bodyElements.push(el);
  }

  // Metadata first (it is the newsroom's own record), then the dateline the page prints.
  const visible = findVisibleDates(doc, headline, bodyElements, opts.now, { url: opts.url, lang: meta.lang });
  const dates = chooseDates(meta, visible, parsed.publishedTime, opts.url, opts.now);
  const publishedTime = dates.published;
  if (looksLikeListing(body, publishedTime !== null)) {
    return { ok: false, reason: 'This page looks like a listing: short items and little running text.' };
  }
  const article: Article = {
    title,
    byline,
    siteName,
    lang: meta.lang ?? parsed.lang ?? null,
    publishedTime,
    modifiedTime: dates.modified,
    ageDays: ageInDays(publishedTime, opts.now),
    excerpt: meta.description ?? parsed.excerpt ?? null,
    text: body.text,
    blocks: body.blocks,
    wordCount: body.text.split(/\s+/).filter(Boolean).length,
  };
  return { ok: true, value: { article, bodyElements } };
}
