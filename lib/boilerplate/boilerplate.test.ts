import { describe, expect, it } from 'vitest';
import { loadDocument, loadPage, loadReadabilityPage, referenceExpectations, REFERENCE_NOW, REFERENCE_URL } from '../../fixtures/load';
import { cpuMs, HANG_GUARD_MS } from '../../fixtures/cpu-time';
import { extractArticle } from '../article';
import { staticPageView } from '../dom/page-view';
import type { BoilerplateBlock } from '../report';
import { detectBoilerplate } from './index';
import { judgeItems } from './stale';

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

describe('the reference strip, item by item', () => {
  const doc = loadPage('reference');
  const blocks = blocksOf(doc, REFERENCE_URL);
  const strip = blocks.find((b) => b.text.startsWith('Cyber Monday'))!;
  const items = judgeItems(strip.text, strip.timeRefs, { now: REFERENCE_NOW, kind: strip.kind });
  const verdictOf = (words: string) => items.find((i) => strip.text.slice(i.start, i.end).includes(words));

  it('judges "Tech Fails of 2022" stale, and the block with it', () => {
    expect(verdictOf('Tech Fails of 2022')?.stale?.evidence).toBe('“Tech Fails of 2022” mentions 2022, 4 years before today.');
    expect(strip.stale).toEqual(verdictOf('Tech Fails of 2022')!.stale);
    expect(strip.stale?.referenceDate).toBe('2022-12-31');
  });

  it('dates the undated sales by the strip\'s year, but does not call them stale on that alone', () => {
    // "Cyber Monday" and "Giving Tuesday" write no year; in a block that writes 2022 they are
    // placed in late 2022 (time-refs.ts), which is only an inference, so they are not evidence.
    expect(verdictOf('Cyber Monday')?.timeRefs[0]?.to).toBe('2022-11-28');
    expect(verdictOf('Cyber Monday')?.stale).toBeNull();
    expect(verdictOf('Giving Tuesday')?.timeRefs[0]?.to).toBe('2022-11-29');
    expect(verdictOf('Giving Tuesday')?.stale).toBeNull();
  });

  it('finds nothing dated in "Deals Under $25" or the headlines', () => {
    for (const words of ['Deals Under $25', 'Best Live TV', 'WHO Renames Monkeypox', 'Alexa Settings']) {
      expect(verdictOf(words), words).toBeUndefined();
    }
  });
});

/** Runs the stage on a hand-written page whose body paragraphs are the `<p class="story">`s. */
function blocksOn(html: string, body: 'given' | 'lost' = 'given'): BoilerplateBlock[] {
  const doc = loadDocument(html, 'https://example.com/story');
  const bodyElements = body === 'given' ? Array.from(doc.querySelectorAll('p.story')) : [];
  const blocks = detectBoilerplate(doc, bodyElements, { view: staticPageView, now: REFERENCE_NOW, title: 'A story' });
  doc.defaultView?.close();
  return blocks;
}

const STORY = Array.from({ length: 6 }, (_, i) => `<p class="story">Paragraph ${i + 1} of the story, long enough to read as running prose about the council budget and the schools.</p>`).join('');

describe('boilerplate on hand-written pages', () => {
  it('cuts a footer into the widgets it holds, and keeps its menus footer', () => {
    const blocks = blocksOn(`<body><article><h1>A story</h1>${STORY}</article>
      <footer><div class="cols"><div><h4>Company</h4><ul class="menu"><li><a href="/a">About</a></li><li><a href="/c">Careers</a></li><li><a href="/p">Press</a></li></ul></div>
      <div><h4>Subscribe</h4><p>Sign up with your email address to receive news and updates.</p><form><input type="email"><button>Sign up</button></form></div>
      <div><h4>Follow us</h4><ul><li><a href="/f">Facebook</a></li><li><a href="/x">X</a></li><li><a href="/i">Instagram</a></li></ul></div></div>
      <p>© 2025 Example Media. All rights reserved.</p></footer></body>`);
    const kindOf = (words: string) => blocks.find((b) => b.text.includes(words))?.kind;
    expect(kindOf('Careers')).toBe('footer');
    expect(kindOf('Sign up with your email')).toBe('newsletter');
    expect(kindOf('Instagram')).toBe('social');
    expect(kindOf('© 2025 Example Media')).toBe('footer');
    expect(blocks.find((b) => b.text.includes('© 2025'))?.stale).toBeNull();
  });

  it('finds a share bar and a newsletter box inside the article, never its paragraphs', () => {
    const blocks = blocksOn(`<body><article><h1>A story</h1><div class="share-bar"><a href="/f">Facebook</a><a href="/x">X</a><a href="/e">Email</a></div>
      ${STORY}<aside class="newsletter-signup"><p>Get the best stories in your inbox.</p><form><input type="email"><button>Subscribe</button></form></aside></article></body>`);
    expect(blocks.map((b) => b.kind).sort()).toEqual(['newsletter', 'social']);
    expect(blocks.every((b) => !b.text.includes('of the story'))).toBe(true);
  });

  it('keeps the story unflagged when the article stage could not map its paragraphs', () => {
    const blocks = blocksOn(`<body><nav><a href="/">Home</a><a href="/n">News</a><a href="/s">Sport</a></nav>
      <main><h1>A story</h1><div class="content">${STORY}<p>A shorter closing line of the story.</p></div></main>
      <footer><p>© 2025 Example Media</p></footer></body>`, 'lost');
    expect(blocks.map((b) => b.kind)).toEqual(['nav', 'footer']);
  });

  it('says nothing is stale when nothing is dated', () => {
    const blocks = blocksOn(`<body><div class="promo-banner"><p>Deals Under $25</p><a href="/d">Shop now</a></div><main>${STORY}</main></body>`);
    expect(blocks[0]?.kind).toBe('promo');
    expect(blocks[0]?.timeRefs).toEqual([]);
    expect(blocks[0]?.stale).toBeNull();
  });

  it('handles hostile pages within the hang guard', () => {
    const deep = `${'<div>'.repeat(1500)}<a href="/x">deep link</a>${'</div>'.repeat(1500)}`;
    const wide = Array.from({ length: 20_000 }, (_, i) => `<li><a href="/${i}">Item ${i} Black Friday 2022 deals</a></li>`).join('');
    for (const html of [`<body>${deep}<main>${STORY}</main></body>`, `<body><ul class="menu">${wide}</ul><main>${STORY}</main></body>`]) {
      let blocks: BoilerplateBlock[] = [];
      expect(cpuMs(() => (blocks = blocksOn(html)))).toBeLessThan(HANG_GUARD_MS);
      expect(blocks.length).toBeLessThanOrEqual(400);
    }
  });
});
