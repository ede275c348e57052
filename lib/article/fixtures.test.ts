import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { loadDocument, REFERENCE_NOW } from '../../fixtures/load';
import { extractArticle } from './index';

/**
 * One folder per page-specific fix (fixtures/article/<name>/source.html + expected.json).
 * Each pins what Lede must do on the page, and, where the fix is about Readability's output,
 * that plain Readability.js still gets it wrong (so the fixture keeps testing the fix).
 */
interface Expected {
  why: string;
  url: string;
  article: boolean;
  title?: string;
  byline?: string | null;
  publishedTime?: string | null;
  modifiedTime?: string | null;
  bodyIncludes?: string[];
  bodyExcludes?: string[];
  /** Snippets the body holds exactly once (pages that print their story more than once). */
  bodyOnce?: string[];
  /** Snippets plain Readability loses: the failure this fixture is about. */
  readabilityMisses?: string[];
  /** Snippets plain Readability wrongly keeps in the body. */
  readabilityKeeps?: string[];
  /** Snippets plain Readability repeats in the body. */
  readabilityRepeats?: string[];
}

const occurrences = (text: string, snippet: string): number => text.split(snippet).length - 1;

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'article');
const names = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

function load(name: string): { html: string; expected: Expected } {
  return {
    html: readFileSync(join(DIR, name, 'source.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')) as Expected,
  };
}

describe('article fixtures (one per fix)', () => {
  it('has fixtures, each saying why it exists', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) expect(load(name).expected.why.length).toBeGreaterThan(40);
  });

  for (const name of names) {
    describe(name, () => {
      const { html, expected } = load(name);
      const doc = loadDocument(html, expected.url);
      const result = extractArticle(doc, { url: expected.url, now: REFERENCE_NOW });

      it(expected.article ? 'is an article' : 'is not an article', () => {
        expect(result.ok, result.ok ? '' : result.reason).toBe(expected.article);
      });
      if (!result.ok) return;
      const a = result.value.article;

      it('has the expected title, byline and dates', () => {
        if (expected.title !== undefined) expect(a.title).toBe(expected.title);
        if (expected.byline !== undefined) expect(a.byline).toBe(expected.byline);
        if (expected.publishedTime !== undefined) expect(a.publishedTime).toBe(expected.publishedTime);
        if (expected.modifiedTime !== undefined) expect(a.modifiedTime).toBe(expected.modifiedTime);
      });

      it('has the story in its body and the widgets out of it', () => {
        for (const s of expected.bodyIncludes ?? []) expect(a.text).toContain(s);
        for (const s of expected.bodyExcludes ?? []) expect(a.text).not.toContain(s);
        for (const s of expected.bodyOnce ?? []) expect(occurrences(a.text, s), s).toBe(1);
        // The text format every later stage relies on.
        expect(a.text).not.toMatch(/\n{3,}/);
        for (const b of a.blocks) expect(a.text.slice(b.start, b.end).trim()).toBe(a.text.slice(b.start, b.end));
        // Every paragraph maps back to an element of the page itself.
        expect(result.value.bodyElements.length).toBeGreaterThan(0);
        expect(result.value.bodyElements.every((el) => el.ownerDocument === doc)).toBe(true);
      });

      if (expected.readabilityMisses || expected.readabilityKeeps || expected.readabilityRepeats) {
        it('shows the Readability failure it fixes', () => {
          const plain = new Readability(loadDocument(html, expected.url)).parse()?.textContent ?? '';
          for (const s of expected.readabilityMisses ?? []) expect(plain).not.toContain(s);
          for (const s of expected.readabilityKeeps ?? []) expect(plain).toContain(s);
          for (const s of expected.readabilityRepeats ?? []) expect(occurrences(plain, s), s).toBeGreaterThan(1);
        });
      }
    });
  }
});
