import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { STUB_TITLES, startWikipediaStub, type WikipediaStub } from '../e2e/wikipedia-stub';
import { cacheEntry, cacheKey } from '../lib/wikipedia';
import {
  BACKOFF_KEY,
  BASE_KEY,
  clearWikiCache,
  forgetWikipedia,
  loadWikiConfig,
  lookup,
  requestPermission,
} from './wikipedia';

const NOW = new Date('2026-11-28T12:00:00Z');
const DAY = 86_400_000;
const SUMMARY = '/api/rest_v1/page/summary/';
const HTML = '/api/rest_v1/page/html/';

let stub: WikipediaStub;
/** fakeBrowser has no permissions API; this one records calls and answers from `granted`. */
let granted: boolean;
const permissions = {
  contains: vi.fn(async () => granted),
  request: vi.fn(async () => {
    granted = true;
    return true;
  }),
  remove: vi.fn(async () => {
    granted = false;
    return true;
  }),
};

beforeAll(async () => {
  stub = await startWikipediaStub({ rateLimited: [STUB_TITLES.rateLimited], retryAfterSeconds: 30 });
});
afterAll(async () => {
  await stub.close();
});
beforeEach(async () => {
  fakeBrowser.reset();
  granted = false;
  for (const fn of Object.values(permissions)) fn.mockClear();
  Object.assign(fakeBrowser.permissions, permissions);
  stub.requests.length = 0;
  stub.log.length = 0;
  await fakeBrowser.storage.local.set({ [BASE_KEY]: stub.origin });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('lookup against the stub', () => {
  it('follows a redirect to the summary, with thumbnail and link, sending only the title', async () => {
    const result = await lookup({ type: 'organization', name: 'Daum Kakao' }, { now: NOW });
    expect(result).toEqual({
      kind: 'summary',
      title: 'Kakao',
      redirectedFrom: 'Daum Kakao',
      description: 'South Korean internet company',
      extract:
        'Kakao is a South Korean internet company. It was formed in 2014 when the web portal operator Daum merged with the maker of the KakaoTalk messaging app. The company also runs payment, banking and mobility services.',
      thumbnail: { source: `${stub.origin}/media/Kakao_logo.png`, width: 320, height: 160 },
      url: `${stub.origin}/wiki/Kakao`,
    });
    // The 302 of the redirect page, then its target: no query strings, no cookies, no referrer.
    expect(stub.requests).toEqual([`${SUMMARY}Daum_Kakao`, `${SUMMARY}Kakao`]);
    expect(stub.log.every((r) => r.method === 'GET' && !r.cookie && !r.referer)).toBe(true);
  });

  it('uses a stub that normalizes titles like RESTBase, with a 301', async () => {
    const response = await fetch(`${stub.origin}${SUMMARY}kakao`);
    expect(response.redirected).toBe(true);
    expect(((await response.json()) as { titles: { canonical: string } }).titles.canonical).toBe('Kakao');
    expect(stub.apiRequests()).toEqual([`${SUMMARY}kakao`, `${SUMMARY}Kakao`]);
  });

  it('answers a second lookup from storage.local, and asks again once it expired', async () => {
    const first = await lookup({ type: 'organization', name: 'Daum Kakao' }, { now: NOW });
    stub.requests.length = 0;
    const again = await lookup({ type: 'organization', name: "Daum Kakao's" }, { now: new Date(NOW.getTime() + DAY) });
    expect(again).toEqual(first);
    expect(stub.apiRequests()).toEqual([]);
    await lookup({ type: 'organization', name: 'Daum Kakao' }, { now: new Date(NOW.getTime() + 8 * DAY) });
    expect(stub.requests).toEqual([`${SUMMARY}Daum_Kakao`, `${SUMMARY}Kakao`]);
  });

  it('shows the choices of a disambiguation page, ranked for the type, and picks none', async () => {
    const result = await lookup({ type: 'organization', name: 'Daum' }, { now: NOW });
    expect(result).toEqual({
      kind: 'disambiguation',
      title: 'Daum',
      url: `${stub.origin}/wiki/Daum`,
      choices: [
        { title: 'Daum (web portal)', description: 'a South Korean web portal', likely: true },
        {
          title: 'Kakao',
          description: 'the South Korean internet company formed when Daum merged with Kakao in 2014',
          likely: true,
        },
      ],
    });
    // The second request is for the same title, and nothing else.
    expect(stub.requests).toEqual([`${SUMMARY}Daum`, `${HTML}Daum`]);
    // A choice is then looked up by its title.
    const chosen = await lookup('Daum (web portal)', { now: NOW });
    expect(chosen).toMatchObject({ kind: 'summary', title: 'Daum (web portal)', description: 'South Korean web portal' });
    expect(stub.requests.at(-1)).toBe(`${SUMMARY}Daum_(web_portal)`);
  });

  it('reports a missing page, and caches that for a day', async () => {
    expect(await lookup({ type: 'person', name: 'Sirgoo Lee' }, { now: NOW })).toEqual({ kind: 'missing', title: 'Sirgoo Lee' });
    await lookup({ type: 'person', name: 'Sirgoo Lee' }, { now: new Date(NOW.getTime() + DAY / 2) });
    expect(stub.requests).toEqual([`${SUMMARY}Sirgoo_Lee`]);
  });

  it('backs off all lookups after a 429, until Retry-After or a forced retry', async () => {
    expect(await lookup(STUB_TITLES.rateLimited, { now: NOW })).toEqual({ kind: 'rate-limited', retryAfterSeconds: 30 });
    stub.requests.length = 0;
    // Another title within the pause: answered without asking.
    expect(await lookup('Korea', { now: new Date(NOW.getTime() + 10_000) })).toEqual({ kind: 'rate-limited', retryAfterSeconds: 20 });
    expect(stub.requests).toEqual([]);
    // "Try again" goes through, and ends the pause.
    expect(await lookup('Korea', { now: new Date(NOW.getTime() + 10_000), force: true })).toMatchObject({ kind: 'summary' });
    expect(await fakeBrowser.storage.local.get(BACKOFF_KEY)).toEqual({});
  });

  it('reports server errors, and a forced retry skips the cached error', async () => {
    expect(await lookup(STUB_TITLES.failing, { now: NOW })).toMatchObject({ kind: 'error', reason: 'server', status: 503 });
    await lookup(STUB_TITLES.failing, { now: NOW });
    expect(stub.requests).toHaveLength(1);
    await lookup(STUB_TITLES.failing, { now: NOW, force: true });
    expect(stub.requests).toHaveLength(2);
  });

  it('is offline without a request when the browser says so, and caches nothing', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(await lookup('Kakao', { now: NOW })).toEqual({ kind: 'offline' });
    expect(stub.requests).toEqual([]);
    expect(await fakeBrowser.storage.local.get(cacheKey(stub.origin, 'Kakao'))).toEqual({});
  });

  it('is offline when the server cannot be reached', async () => {
    const gone = await startWikipediaStub();
    await gone.close();
    expect(await lookup('Kakao', { now: NOW, base: gone.origin })).toEqual({ kind: 'offline' });
  });

  it('gives up after the timeout', async () => {
    const slow = await startWikipediaStub({ delayMs: 2000 });
    try {
      const result = await lookup('Kakao', { now: NOW, base: slow.origin, timeoutMs: 100 });
      expect(result).toEqual({ kind: 'error', reason: 'timeout', message: 'Wikipedia took too long to answer.' });
    } finally {
      await slow.close();
    }
  });

  it('sends requests without credentials or referrer', async () => {
    const seen: RequestInit[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push(init ?? {});
      return fetch(input, init);
    };
    await lookup('Kakao', { now: NOW, fetch: spy });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'follow' });
    expect(seen[0]).not.toHaveProperty('headers');
  });

  it('makes one request for two simultaneous lookups of one title', async () => {
    const [a, b] = await Promise.all([lookup('Korea', { now: NOW }), lookup('Korea', { now: NOW })]);
    expect(a).toEqual(b);
    expect(stub.requests).toEqual([`${SUMMARY}Korea`]);
  });

  it('looks up nothing for an entity without a title', async () => {
    expect(await lookup({ type: 'money', name: '20 million won' }, { now: NOW })).toMatchObject({ kind: 'error', reason: 'no-title' });
    expect(stub.requests).toEqual([]);
  });

  it('keeps the disambiguation out of the cache when its list could not be read', async () => {
    const answers: Record<string, number> = {};
    const flaky: typeof fetch = (input, init) => {
      const url = String(input);
      answers[url] = (answers[url] ?? 0) + 1;
      return url.includes(HTML) ? Promise.resolve(new Response('busy', { status: 503 })) : fetch(input, init);
    };
    expect(await lookup('Daum', { now: NOW, fetch: flaky })).toMatchObject({ kind: 'disambiguation', choices: [] });
    expect(await fakeBrowser.storage.local.get(cacheKey(stub.origin, 'Daum'))).toEqual({});
  });
});

describe('the real Wikipedia needs the optional permission', () => {
  const never: typeof fetch = () => {
    throw new Error('must not fetch');
  };

  it('refuses to send anything until the permission is granted', async () => {
    await fakeBrowser.storage.local.remove(BASE_KEY);
    const fetchSpy = vi.fn(never);
    expect(await lookup('Kakao', { now: NOW, fetch: fetchSpy })).toEqual({ kind: 'not-allowed' });
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(permissions.contains).toHaveBeenCalledWith({ origins: ['https://*.wikipedia.org/*'] });
  });

  it('goes to en.wikipedia.org by default, and ignores a stored base that is not a Wikipedia or loopback', async () => {
    granted = true;
    await fakeBrowser.storage.local.set({ [BASE_KEY]: 'https://tracker.example' });
    const urls: string[] = [];
    const record: typeof fetch = async (input) => {
      urls.push(String(input));
      return new Response('{}', { status: 404 });
    };
    await lookup('Kakao', { now: NOW, fetch: record });
    expect(urls).toEqual(['https://en.wikipedia.org/api/rest_v1/page/summary/Kakao']);
  });

  it('asks for the permission synchronously, so Firefox sees the click', () => {
    const asked = requestPermission({ needsPermission: true });
    // No await yet: the browser API must already have been called.
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://*.wikipedia.org/*'] });
    return expect(asked).resolves.toBe(true);
  });

  it('needs no permission for a loopback stub', async () => {
    expect(await requestPermission({ needsPermission: false })).toBe(true);
    expect(permissions.request).not.toHaveBeenCalled();
  });
});

describe('settings', () => {
  it('are off by default, and follow Settings.wikipedia from the options page', async () => {
    expect(await loadWikiConfig()).toEqual({ base: stub.origin, auto: false, needsPermission: false, allowed: true });
    await fakeBrowser.storage.local.remove(BASE_KEY);
    expect(await loadWikiConfig()).toEqual({ base: 'https://en.wikipedia.org', auto: false, needsPermission: true, allowed: false });
    await fakeBrowser.storage.sync.set({ settings: { wikipedia: true } });
    granted = true;
    expect(await loadWikiConfig()).toMatchObject({ auto: true, allowed: true });
  });

  it('forget the permission, the backoff and the cache, and nothing else', async () => {
    await fakeBrowser.storage.local.set({
      [BACKOFF_KEY]: NOW.getTime() + 60_000,
      'site:example.com': { hiddenKinds: ['promo'] },
      [cacheKey(stub.origin, 'Kakao')]: cacheEntry({ kind: 'missing', title: 'Kakao' }, NOW),
    });
    granted = true;
    expect(await forgetWikipedia()).toBe(1);
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['https://*.wikipedia.org/*'] });
    const left = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(left).sort()).toEqual(['site:example.com', BASE_KEY]);
    expect(await clearWikiCache()).toBe(0);
  });
});
