import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../fixtures/load';
import { extractArticle } from '../article';
import { staticPageView, type PageView } from '../dom/page-view';
import { visibleText } from '../dom/selector';
import type { BoilerplateBlock, BoilerplateKind } from '../report';
import { detectBoilerplate } from './index';
import { judgeStale } from './stale';
import { findTimeRefs } from './time-refs';

/**
 * The real stale promos of ../shared/corpora/boilerplate/stale-promos.md (dev split), one folder
 * each under fixtures/boilerplate/: a trimmed extract of the WCXB page and the verdict it must get.
 */
interface Expected {
  row: number;
  page: string;
  url: string;
  now: string;
  quote: string;
  /** False for a page that is not an article (Lede annotates nothing there). */
  article: boolean;
  /** "shown": judge the page as a browser would if it showed its hidden banner. */
  view: 'static' | 'shown';
  block: {
    textIncludes: string;
    kinds: BoilerplateKind[];
    stale: boolean;
    evidenceIncludes?: string;
    timeRefIncludes?: string;
  };
  /** Why Lede's verdict differs from the truth, for a promo whose staleness its words do not tell. */
  knownMiss?: string;
}

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'boilerplate');
const fixtures = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({
    name: d.name,
    html: readFileSync(join(DIR, d.name, 'source.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(DIR, d.name, 'expected.json'), 'utf8')) as Expected,
  }));

/** Every element visible, as when the page's own script reveals a banner it ships hidden. */
const shownView: PageView = { isVisible: () => true, position: (el) => staticPageView.position(el) };

const windows: Document[] = [];
afterAll(() => {
  for (const doc of windows) doc.defaultView?.close();
});

function load(html: string, url: string): Document {
  const doc = loadDocument(html, url);
  windows.push(doc);
  return doc;
}

function blocksOf(doc: Document, e: Expected, view: PageView): BoilerplateBlock[] {
  const now = new Date(e.now);
  const result = extractArticle(doc, { url: e.url, now });
  if (!result.ok) throw new Error(result.reason);
  const { article, bodyElements } = result.value;
  const published = article.publishedTime ? new Date(Date.parse(article.publishedTime)) : null;
  return detectBoilerplate(doc, bodyElements, { view, now, published, title: article.title });
}

describe('fixtures/boilerplate: the real stale promos of the dev pages', () => {
  it('covers every dev-split row of stale-promos.md', () => {
    expect(fixtures.map((f) => f.expected.row).sort((a, b) => a - b)).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
  });

  for (const { name, html, expected: e } of fixtures) {
    describe(`#${e.row} ${name}`, () => {
      if (!e.article) {
        it('is not an article, so Lede annotates nothing; the banner alone is judged stale', () => {
          const doc = load(html, e.url);
          expect(extractArticle(doc, { url: e.url, now: new Date(e.now) }).ok).toBe(false);
          const holder = Array.from(doc.querySelectorAll('p, div, span'))
            .reverse()
            .find((el) => (el.textContent ?? '').includes(e.block.textIncludes))!;
          const text = visibleText(holder, { items: true });
          const now = new Date(e.now);
          const verdict = judgeStale(text, findTimeRefs(text, { now }), { now, kind: 'promo' });
          expect(verdict?.evidence).toContain(e.block.evidenceIncludes);
        });
        return;
      }

      if (e.view === 'shown') {
        it('ships its banner hidden, and hidden blocks are not flagged', () => {
          const blocks = blocksOf(load(html, e.url), e, staticPageView);
          expect(blocks.some((b) => b.text.includes(e.block.textIncludes))).toBe(false);
        });
      }

      it(e.knownMiss ? `is flagged, but not judged stale (known miss)` : `is flagged ${e.block.kinds.join('/')} and stale`, () => {
        const blocks = blocksOf(load(html, e.url), e, e.view === 'shown' ? shownView : staticPageView);
        const block = blocks.find((b) => b.text.includes(e.block.textIncludes));
        expect(block, e.block.textIncludes).toBeDefined();
        expect(e.block.kinds).toContain(block!.kind);
        expect(block!.reasons.length).toBeGreaterThan(0);
        if (e.knownMiss) {
          // When this starts to fail, Lede has learned to date the promo: update the fixture.
          expect(block!.stale).toBeNull();
          return;
        }
        expect(block!.stale, 'stale verdict').not.toBeNull();
        expect(block!.stale!.evidence).toMatch(/\.$/);
        if (e.block.evidenceIncludes) expect(block!.stale!.evidence).toContain(e.block.evidenceIncludes);
        if (e.block.timeRefIncludes) expect(block!.timeRefs.some((r) => r.text.includes(e.block.timeRefIncludes!))).toBe(true);
      });
    });
  }
});
