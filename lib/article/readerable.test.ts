import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument, REFERENCE_NOW } from '../../fixtures/load';
import { readMetadata } from './metadata';
import { ARTICLE_THRESHOLD, articleScore, checkArticle, pageSignals } from './readerable';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'article');

function fixture(name: string): { doc: Document; url: string; article: boolean } {
  const expected = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')) as { url: string; article: boolean };
  return { doc: loadDocument(readFileSync(join(DIR, name, 'source.html'), 'utf8'), expected.url), ...expected };
}

/**
 * Each evidence row added for the WCXB non-article pages is pinned by a fixture whose verdict
 * it decides: with the rows the cheap check gets the page right, without them it does not.
 */
const DECIDING_ROWS: Record<string, string[]> = {
  'service-page': ['shop section URL', 'business JSON-LD', 'FAQ JSON-LD'],
  'product-page': ['shop signs', 'many shop signs', 'shop section URL'],
  'printed-dateline': ['printed date'],
  'undated-guide': ['story section URL'],
  'front-page': ['home page', 'dated teasers', 'teaser cards', 'links over prose'],
  'landing-page': ['many buttons', 'pictures over prose', 'mostly pictures', 'short headline'],
  'sales-copy': ['sales copy'],
  'dated-listing': ['dated listing'],
  'picture-grid': ['picture grid'],
  'question-headline': ['question headline'],
};

describe('checkArticle evidence rows', () => {
  for (const [name, rows] of Object.entries(DECIDING_ROWS)) {
    it(`${name}: decided by ${rows.join(', ')}`, () => {
      const { doc, url, article } = fixture(name);
      const meta = readMetadata(doc, REFERENCE_NOW);
      expect(checkArticle(doc, meta, url).ok).toBe(article);
      const signals = pageSignals(doc, meta, url);
      const { evidence } = articleScore(signals);
      for (const row of rows) expect(evidence).toContain(row);
      const without = articleScore(signals, rows).score >= ARTICLE_THRESHOLD;
      expect(without).toBe(!article);
    });
  }

  it('names the evidence against a page it rejects', () => {
    const { doc, url } = fixture('service-page');
    const check = checkArticle(doc, readMetadata(doc, REFERENCE_NOW), url);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain('FAQ JSON-LD');
  });
});

describe('pageSignals', () => {
  const signals = (html: string, url = 'https://example.com/a-story-about-the-town-budget') => {
    const doc = loadDocument(html, url);
    return pageSignals(doc, readMetadata(doc, REFERENCE_NOW), url);
  };

  it('knows a headline that asks a question from the name of a thing', () => {
    const asks = (h1: string) => signals(`<html><body><h1>${h1}</h1><p>Text.</p></body></html>`).questionHeadline;
    expect(asks('What is SEO? (Search Engine Optimization)')).toBe(true);
    expect(asks('How to repot a fern without killing it')).toBe(true);
    expect(asks('What’s the difference between a lease and a loan')).toBe(true);
    expect(asks('Can commit messages include volatile information?')).toBe(true);
    expect(asks('Can Openers')).toBe(false);
    expect(asks('Howard Hughes, aviator')).toBe(false);
    expect(asks('Pet Insurance')).toBe(false);
  });

  it('reads a printed date next to the headline, and only there', () => {
    const filler = '<p>Menu</p>'.repeat(80);
    expect(signals('<h1>The town budget</h1><p>By Ann Lee · March 3, 2024</p>').visibleDate).toBe(true);
    expect(signals('<h1>The town budget</h1><p>Posted 2024-03-03</p>').visibleDate).toBe(true);
    expect(signals(`<h1>The town budget</h1>${filler}<footer>March 3, 2024</footer>`).visibleDate).toBe(false);
    expect(signals('<p>March 3, 2024</p>').visibleDate).toBe(false);
  });

  it('measures the longest run of paragraphs under one parent', () => {
    const p = `<p>${'The council met on Tuesday and voted on the budget for next year. '.repeat(3)}</p>`;
    const together = signals(`<div>${p.repeat(6)}</div>`);
    const scattered = signals(`<div>${p}</div>`.repeat(6));
    expect(together.proseParagraphs).toBe(6);
    expect(scattered.proseParagraphs).toBe(6);
    expect(together.proseRun).toBeGreaterThan(5 * scattered.proseRun);
  });

  it('reads story and shop sections from the URL', () => {
    expect(signals('<p>x</p>', 'https://example.com/blog/how-we-moved').storyPath).toBe(true);
    expect(signals('<p>x</p>', 'https://example.com/collections/socks').shopPath).toBe(true);
    expect(signals('<p>x</p>', 'https://example.com/products').shopPath).toBe(false);
  });

  it('counts a business speaking to its customer, not one quoted "we"', () => {
    expect(signals('<p>"We are still counting," the clerk said on Tuesday.</p>').salesPhrases).toBe(1);
    const pitch = '<p>We offer free inspections.</p><p>Our team is licensed.</p><p>Our customers get a guarantee.</p>';
    expect(signals(pitch).salesPhrases).toBe(3);
  });

  it('finds a dated listing in sibling cards, and tells its teasers from prose', () => {
    const teaser = 'The council met on Tuesday and voted on the budget for next year, after a long debate about the roads.';
    const card = (i: number) =>
      `<li><h3><a href="/news/story-${i}">Story number ${i} of the week</a></h3><time>March ${i + 1}, 2024</time><p>${teaser}</p></li>`;
    const listing = signals(`<h1>News</h1><ul>${Array.from({ length: 12 }, (_, i) => card(i)).join('')}</ul>`);
    expect(listing.datedCards).toBe(12);
    expect(listing.cardProse).toBe(12);
    // A story with a row of four related links under it: its own paragraphs are not teasers.
    const story = `<article><h1>The town budget</h1>${`<p>${teaser}</p>`.repeat(8)}</article>`;
    const related = signals(`${story}<ul>${Array.from({ length: 4 }, (_, i) => card(i)).join('')}</ul>`);
    expect(related.datedCards).toBe(4);
    expect(related.proseParagraphs - related.cardProse).toBe(8);
  });

  it('does not take a story section under a linked heading for a card', () => {
    const section = (i: number) =>
      `<section><h2><a href="/topic/${i}">Part ${i}</a></h2>${'<p>The council met on Tuesday and voted on the budget for next year, after a long debate about it.</p>'.repeat(20)}<p>March 3, 2024</p></section>`;
    expect(signals(Array.from({ length: 12 }, (_, i) => section(i)).join('')).datedCards).toBe(0);
  });

  it('counts a grid of picture cards with titles only', () => {
    const tile = (i: number) => `<article><a href="/post-${i}/"><img src="/p${i}.jpg" alt=""></a><h2><a href="/post-${i}/">Post ${i}</a></h2></article>`;
    const grid = signals(`<div>${Array.from({ length: 16 }, (_, i) => tile(i)).join('')}</div>`);
    expect(grid.pictureCards).toBe(16);
    expect(grid.datedCards).toBe(0);
  });

  it('counts shop signs, not one price in a review', () => {
    expect(signals('<h1>Our review of the X100 camera</h1><p>It costs $999.</p>').shopMarks).toBe(0);
    const shop = '<div class="product-price">$10.00</div>\n'.repeat(10) + '<a>Add to bag</a>\n<p>In stock</p>\n<p>Free shipping</p>\n<p>Sold out</p>';
    expect(signals(shop, 'https://example.com/product/x').shopMarks).toBeGreaterThanOrEqual(5);
  });
});
