/**
 * The text half of the pipeline: entities, then legal claims linked to them, on the article's
 * plain text. It needs no Document, so the extension runs it away from the page.
 */
import { describeError, defaultTimer, roundMs } from './annotate-page';
import { extractClaims } from './claims';
import { extractEntities } from './entities';
import type { Article, Claim, Entity } from './report';
import { bodyLanguage } from './text/language';

/** Long enough for any news story; a 1 MB "article" is a page we should not chew on whole. */
export const DEFAULT_MAX_CHARS = 120_000;

export interface TextAnalysis {
  entities: Entity[];
  claims: Claim[];
  entitiesMs: number;
  claimsMs: number;
  truncated?: { paragraphs: number; ofParagraphs: number };
  /** The body's language (ISO 639-3) when it is not English: entities and claims were not read. */
  unsupportedLanguage?: string;
  error?: string;
}

/**
 * Runs entities and claims on an article's text (its first `maxChars`, cut at a paragraph).
 * Both are English only: a story in another language gets neither, and says which language.
 */
export function annotateText(
  article: Pick<Article, 'text' | 'title' | 'blocks' | 'lang'>,
  opts: { maxChars?: number; timer?: () => number } = {},
): TextAnalysis {
  const timer = opts.timer ?? defaultTimer;
  const out: TextAnalysis = { entities: [], claims: [], entitiesMs: 0, claimsMs: 0 };
  const language = bodyLanguage(article.text, article.lang);
  if (language !== null && language !== 'eng') {
    out.unsupportedLanguage = language;
    return out;
  }
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  let text = article.text;
  if (text.length > maxChars) {
    let kept = 0;
    while (kept < article.blocks.length && article.blocks[kept]!.end <= maxChars) kept++;
    out.truncated = { paragraphs: kept, ofParagraphs: article.blocks.length };
    text = text.slice(0, article.blocks[kept - 1]?.end ?? maxChars);
  }
  let t = timer();
  try {
    out.entities = extractEntities(text, { title: article.title });
  } catch (error) {
    out.error = `Entity recognition failed: ${describeError(error)}`;
  }
  out.entitiesMs = roundMs(timer() - t);
  t = timer();
  try {
    out.claims = extractClaims(text, { title: article.title, entities: out.entities });
  } catch (error) {
    out.error = `Claim detection failed: ${describeError(error)}`;
  }
  out.claimsMs = roundMs(timer() - t);
  return out;
}
