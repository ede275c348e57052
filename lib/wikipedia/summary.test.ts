import { describe, expect, it } from 'vitest';
import { firstSentences, parseRetryAfter, parseSummary, type SummaryContext } from './summary';

const NOW = new Date('2026-11-28T12:00:00Z');
const BASE = 'https://en.wikipedia.org';
const ctx = (requested: string, extra: Partial<SummaryContext> = {}): SummaryContext => ({ requested, base: BASE, now: NOW, ...extra });

/** A REST summary response in the real schema, with text written for this test. */
function summaryBody(title: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  const normalized = title.replace(/_/g, ' ');
  const display = `<span class="mw-page-title-main">${normalized}</span>`;
  return {
    type: 'standard',
    title,
    displaytitle: display,
    namespace: { id: 0, text: '' },
    wikibase_item: 'Q4115189',
    titles: { canonical: title, normalized, display },
    pageid: 1001,
    thumbnail: { source: `https://upload.wikimedia.org/wikipedia/commons/thumb/x/xx/${title}.png/320px-${title}.png`, width: 320, height: 160 },
    originalimage: { source: `https://upload.wikimedia.org/wikipedia/commons/x/xx/${title}.png`, width: 1200, height: 600 },
    lang: 'en',
    dir: 'ltr',
    revision: '1234',
    tid: '5f0c3d2e-0000-11ef-8000-000000000000',
    timestamp: '2025-01-01T00:00:00Z',
    description: 'South Korean internet company',
    description_source: 'central',
    content_urls: {
      desktop: { page: `${BASE}/wiki/${title}`, revisions: `${BASE}/wiki/${title}?action=history`, edit: `${BASE}/wiki/${title}?action=edit`, talk: `${BASE}/wiki/Talk:${title}` },
      mobile: { page: `https://en.m.wikipedia.org/wiki/${title}`, revisions: '', edit: '', talk: '' },
    },
    extract:
      'Kakao is a South Korean internet company. It was formed in 2014 when Daum merged with the maker of KakaoTalk. The company also runs payment and mobility services. Its headquarters are on Jeju Island.',
    extract_html: '<p><b>Kakao</b> is a South Korean internet company.</p>',
    ...over,
  };
}

describe('parseSummary', () => {
  it('reads a standard page: title, description, first three sentences, thumbnail, link', () => {
    expect(parseSummary(200, summaryBody('Kakao'), ctx('Kakao'))).toEqual({
      kind: 'summary',
      title: 'Kakao',
      description: 'South Korean internet company',
      extract:
        'Kakao is a South Korean internet company. It was formed in 2014 when Daum merged with the maker of KakaoTalk. The company also runs payment and mobility services.',
      thumbnail: { source: 'https://upload.wikimedia.org/wikipedia/commons/thumb/x/xx/Kakao.png/320px-Kakao.png', width: 320, height: 160 },
      url: 'https://en.wikipedia.org/wiki/Kakao',
    });
  });

  it('reports the canonical title of a redirect, and where it came from', () => {
    const result = parseSummary(200, summaryBody('Kakao'), ctx('Daum Kakao'));
    expect(result).toMatchObject({ kind: 'summary', title: 'Kakao', redirectedFrom: 'Daum Kakao' });
  });

  it('does not call a spelling difference a redirect', () => {
    const result = parseSummary(200, summaryBody('Daum_(web_portal)'), ctx('daum (web portal)'));
    expect(result).toMatchObject({ kind: 'summary', title: 'Daum (web portal)' });
    expect(result).not.toHaveProperty('redirectedFrom');
  });

  it('shows the display title when it only differs in case ("iPhone")', () => {
    const body = summaryBody('IPhone', {
      titles: { canonical: 'IPhone', normalized: 'IPhone', display: '<span class="mw-page-title-main">iPhone</span>' },
    });
    expect(parseSummary(200, body, ctx('iPhone'))).toMatchObject({ title: 'iPhone' });
    // A display title that names another page is not trusted.
    const odd = summaryBody('Kakao', { titles: { canonical: 'Kakao', normalized: 'Kakao', display: '<i>Something else</i>' } });
    expect(parseSummary(200, odd, ctx('Kakao'))).toMatchObject({ title: 'Kakao' });
  });

  it('turns a disambiguation page into a choice to make, with no choice made', () => {
    const body = summaryBody('Daum', { type: 'disambiguation', description: 'Topics referred to by the same term', thumbnail: undefined });
    expect(parseSummary(200, body, ctx('Daum'))).toEqual({
      kind: 'disambiguation',
      title: 'Daum',
      choices: [],
      url: 'https://en.wikipedia.org/wiki/Daum',
    });
  });

  it('treats no-extract and mainpage types as summaries', () => {
    expect(parseSummary(200, summaryBody('Kakao', { type: 'no-extract', extract: '' }), ctx('Kakao'))).toMatchObject({
      kind: 'summary',
      extract: '',
    });
    expect(parseSummary(200, summaryBody('Main_Page', { type: 'mainpage' }), ctx('Main Page'))).toMatchObject({ kind: 'summary' });
  });

  it('drops a thumbnail or link that is not https, and falls back to /wiki/ for the link', () => {
    const body = summaryBody('Kakao', {
      thumbnail: { source: 'http://tracker.example/pixel.gif', width: 1, height: 1 },
      content_urls: { desktop: { page: 'javascript:alert(1)' } },
    });
    const result = parseSummary(200, body, ctx('Kakao'));
    expect(result).not.toHaveProperty('thumbnail');
    expect(result).toMatchObject({ url: 'https://en.wikipedia.org/wiki/Kakao' });
    const bad = summaryBody('Kakao', { thumbnail: { source: 'https://upload.wikimedia.org/a.png', width: 'wide', height: 10 } });
    expect(parseSummary(200, bad, ctx('Kakao'))).not.toHaveProperty('thumbnail');
  });

  it('accepts a stub origin for images and links', () => {
    const stub = 'http://127.0.0.1:4567';
    const body = summaryBody('Kakao', {
      thumbnail: { source: `${stub}/media/Kakao_logo.png`, width: 320, height: 160 },
      content_urls: { desktop: { page: `${stub}/wiki/Kakao` } },
    });
    expect(parseSummary(200, body, { ...ctx('Kakao'), base: stub })).toMatchObject({
      thumbnail: { source: `${stub}/media/Kakao_logo.png` },
      url: `${stub}/wiki/Kakao`,
    });
  });

  it('reads 404 problem JSON as a missing page', () => {
    const problem = {
      type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
      title: 'Not found.',
      method: 'get',
      detail: 'Page or revision not found.',
      uri: '/en.wikipedia.org/v1/page/summary/Sirgoo_Lee',
    };
    expect(parseSummary(404, problem, ctx('Sirgoo_Lee'))).toEqual({ kind: 'missing', title: 'Sirgoo Lee' });
    expect(parseSummary(400, undefined, ctx('Bad title'))).toEqual({ kind: 'missing', title: 'Bad title' });
  });

  it('reads 429 as a rate limit, with Retry-After when given', () => {
    expect(parseSummary(429, undefined, ctx('Kakao', { retryAfter: '30' }))).toEqual({ kind: 'rate-limited', retryAfterSeconds: 30 });
    expect(parseSummary(429, undefined, ctx('Kakao'))).toEqual({ kind: 'rate-limited' });
  });

  it('reads server errors and unreadable bodies as errors', () => {
    expect(parseSummary(503, undefined, ctx('Kakao'))).toMatchObject({ kind: 'error', message: expect.stringContaining('503') });
    expect(parseSummary(302, undefined, ctx('Kakao'))).toMatchObject({ kind: 'error' });
    expect(parseSummary(200, 'not json', ctx('Kakao'))).toMatchObject({ kind: 'error' });
    expect(parseSummary(200, { type: 'standard' }, ctx('Kakao'))).toMatchObject({ kind: 'error' });
    expect(parseSummary(200, [], ctx('Kakao'))).toMatchObject({ kind: 'error' });
  });
});

describe('firstSentences', () => {
  it('keeps up to three sentences', () => {
    expect(firstSentences('One is here. Two is here. Three is here. Four is here.')).toBe('One is here. Two is here. Three is here.');
    expect(firstSentences('Only one.')).toBe('Only one.');
    expect(firstSentences('')).toBe('');
  });

  it('does not split at abbreviations', () => {
    expect(firstSentences('The U.S. Army is the land branch. It was founded in 1775.', 1)).toBe('The U.S. Army is the land branch.');
  });

  it('stops before a sentence that would run past the cap, and cuts a run-on first sentence at a word', () => {
    expect(firstSentences(`Short one. ${'Long '.repeat(200)}end.`, 3, 100)).toBe('Short one.');
    const cut = firstSentences(`${'word '.repeat(200)}end.`, 3, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('word…')).toBe(true);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores junk', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120);
    expect(parseRetryAfter('Sat, 28 Nov 2026 12:01:00 GMT', NOW)).toBe(60);
    expect(parseRetryAfter('Sat, 28 Nov 2026 11:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
    expect(parseRetryAfter('99999999', NOW)).toBe(86_400);
  });
});
