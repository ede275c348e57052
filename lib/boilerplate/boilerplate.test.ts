import { describe, expect, it } from 'vitest';
import { loadPage, loadReadabilityPage, referenceExpectations, REFERENCE_NOW, REFERENCE_URL } from '../../fixtures/load';
import { extractArticle } from '../article';
import { staticPageView } from '../dom/page-view';
import type { BoilerplateBlock } from '../report';
import { detectBoilerplate } from './index';

function blocksOf(doc: Document, url: string): BoilerplateBlock[] {
  const result = extractArticle(doc, { url, now: REFERENCE_NOW });
  if (!result.ok) throw new Error(result.reason);
  return detectBoilerplate(doc, result.value.bodyElements, {
    view: staticPageView,
    now: REFERENCE_NOW,
    published: new Date(Date.parse(result.value.article.publishedTime ?? '')),
    title: result.value.article.title,
  });
}

describe('boilerplate on the reference page', () => {
  const expected = referenceExpectations();
  const doc = loadPage('reference');
  const blocks = blocksOf(doc, REFERENCE_URL);
  const find = (e: { textStart?: string; textIncludes?: string }) =>
    blocks.find((b) => (e.textStart ? b.text.startsWith(e.textStart) : b.text.includes(e.textIncludes!)));

  for (const e of expected.blocks) {
    it(`flags "${e.textStart ?? e.textIncludes}" as ${e.kinds.join(' or ')}${e.stale ? ', stale' : ''}`, () => {
      const block = find(e);
      expect(block).toBeDefined();
      expect(e.kinds).toContain(block!.kind);
      expect(block!.stale !== null).toBe(e.stale);
      if (e.evidenceIncludes) expect(block!.stale!.evidence).toContain(e.evidenceIncludes);
      expect(block!.reasons.length).toBeGreaterThan(0);
    });
  }

  it('keeps the whole trending strip as one block, with its time references', () => {
    const strip = find({ textStart: 'Cyber Monday' })!;
    expect(strip.text).toContain('Change These Alexa Settings');
    expect(strip.timeRefs.some((r) => r.text.includes('2022'))).toBe(true);
  });

  it('never flags the headline, the dateline or the body', () => {
    for (const b of blocks) {
      expect(b.text).not.toContain('Police question Daum Kakao CEO');
      expect(b.text).not.toContain('Nov. 12, 2014');
      expect(b.text).not.toContain('Sirgoo Lee');
    }
  });

  it('gives each block a selector that finds it again', () => {
    for (const b of blocks) {
      const el = doc.querySelector(b.locator.selector);
      expect(el?.textContent?.replace(/\s+/g, ' ')).toContain(b.locator.textStart.slice(0, 30));
    }
  });
});

describe('boilerplate on corpus pages', () => {
  it('bbc-1: flags the navigation and the share tools, never the story', () => {
    const blocks = blocksOf(loadReadabilityPage('bbc-1').doc, 'https://example.com/');
    expect(blocks.some((b) => b.kind === 'nav')).toBe(true);
    expect(blocks.some((b) => b.kind === 'social' && b.text.includes('Share this story'))).toBe(true);
    expect(blocks.every((b) => !b.text.includes('Mr Obama said it was "distressing"'))).toBe(true);
  });
  it('nytimes-1: flags the site footer with its copyright line, and it is not stale', () => {
    const blocks = blocksOf(loadReadabilityPage('nytimes-1').doc, 'https://example.com/');
    const footer = blocks.find((b) => b.text.includes('© 2017 The New York Times Company'));
    expect(footer?.kind).toBe('footer');
    expect(footer?.stale).toBeNull();
  });
});
