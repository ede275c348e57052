import { Readability } from '@mozilla/readability';
import type { Article } from '../report';
import { bodyTextOf, pairTextNodes, type BodyText } from './body';
import { ageInDays, normalizeDate } from './dates';
import { cleanByline, readMetadata } from './metadata';
import { checkArticle } from './readerable';
import { findStandfirst } from './standfirst';
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
  };
}

/**
 * Finds the article in a document: metadata first (from the untouched page), then
 * Readability on a clone whose elements carry their source index, so each body paragraph can
 * be traced back to the element it came from. Never modifies `doc`.
 */
export function extractArticle(doc: Document, opts: ArticleOptions): ArticleResult {
  const meta = readMetadata(doc, opts.now);
  const check = checkArticle(doc, meta);
  if (!check.ok) return check;

  const elementCount = doc.getElementsByTagName('*').length;
  const maxElements = opts.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (elementCount > maxElements) {
    return { ok: false, reason: `This page is too large to analyse (${elementCount} elements).` };
  }
  const clone = doc.cloneNode(true) as Document;
  const origin = pairTextNodes(doc, clone);

  const parsed = new Readability<Element>(clone, {
    serializer: (node) => node as Element,
    maxElemsToParse: maxElements,
  }).parse();
  if (!parsed?.content) return { ok: false, reason: 'No article text was found on this page.' };

  let body = bodyTextOf(parsed.content, origin);
  const title = (parsed.title || meta.title || '').replace(/\s+/g, ' ').trim();
  const firstBody = body.sources.find((el) => el !== null);
  const standfirst = firstBody ? findStandfirst(doc, title, firstBody) : null;
  if (standfirst) body = prependParagraph(body, visibleText(standfirst), standfirst);
  if (body.text.length < MIN_BODY_CHARS) {
    return { ok: false, reason: 'This page has too little article text to analyse.' };
  }
  const bodyElements: Element[] = [];
  for (const el of body.sources) {
    if (el && bodyElements[bodyElements.length - 1] !== el) bodyElements.push(el);
  }

  const publishedTime = meta.publishedTime ?? normalizeDate(parsed.publishedTime, opts.now);
  const article: Article = {
    title,
    byline: meta.byline ?? cleanByline(parsed.byline ?? null),
    siteName: meta.siteName ?? parsed.siteName ?? siteFromUrl(opts.url),
    lang: meta.lang ?? parsed.lang ?? null,
    publishedTime,
    modifiedTime: meta.modifiedTime,
    ageDays: ageInDays(publishedTime, opts.now),
    excerpt: meta.description ?? parsed.excerpt ?? null,
    text: body.text,
    blocks: body.blocks,
    wordCount: body.text.split(/\s+/).filter(Boolean).length,
  };
  return { ok: true, value: { article, bodyElements } };
}
