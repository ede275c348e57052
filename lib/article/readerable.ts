import { isProbablyReaderable } from '@mozilla/readability';
import type { PageMetadata } from './metadata';

export type ArticleCheck = { ok: true } | { ok: false; reason: string };

/**
 * The cheap check that runs before any full parse: is this page probably one story? It reads
 * the page's own declarations first (a product or a listing says so in its JSON-LD), then
 * Readability's paragraph-length score. It touches no layout and modifies nothing.
 */
export function checkArticle(doc: Document, meta: PageMetadata): ArticleCheck {
  if (meta.declaresNonArticle) {
    return { ok: false, reason: 'This page describes itself as a product, listing or site page, not an article.' };
  }
  if (!doc.body || !doc.body.textContent?.trim()) {
    return { ok: false, reason: 'This page has no text.' };
  }
  if (meta.declaresArticle) return { ok: true };
  if (isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 })) return { ok: true };
  return { ok: false, reason: 'This page does not look like an article: it has too little running text.' };
}
