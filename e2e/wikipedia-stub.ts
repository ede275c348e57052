import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Wikimedia REST API on 127.0.0.1, so that tests never touch the real
 * site. It speaks the two endpoints Lede uses, with the real response shapes:
 *
 *   GET /api/rest_v1/page/summary/{title}  summary JSON (Specs/Summary), 302 for redirect
 *                                          pages, 301 for non-normalized titles, 404/429/503
 *                                          as problem JSON
 *   GET /api/rest_v1/page/html/{title}     Parsoid HTML (for disambiguation choices)
 *   GET /media/{file}.png                  thumbnails, so no image comes from the network
 *   GET /wiki/{title}                      a bare article page for "Read on Wikipedia" links
 *
 * The pages are written for these tests: short neutral text, not copied from Wikipedia.
 * Titles for the reference page's entities: "Daum Kakao" redirects to "Kakao" (summary with
 * thumbnail), "Daum" is a disambiguation page, "Korea", "South Korea" and "KakaoTalk" have
 * plain summaries, and everything else (e.g. "Sirgoo Lee") is missing.
 *
 * Every API answer says `Cache-Control: no-store`, unlike the real API, so that a test that
 * expects no second request proves Lede's own cache and not the browser's HTTP cache. Count
 * lookups with `apiRequests()`: an <img> may still fetch its thumbnail again.
 */

export interface WikipediaStubOptions {
  /** Titles (either spelling) answered with 429 and Retry-After. Default: "Lede rate limit test". */
  rateLimited?: string[];
  /** The Retry-After of those answers, in seconds. Default 30. */
  retryAfterSeconds?: number;
  /** Titles answered with 503. Default: "Lede server error test". */
  failing?: string[];
  /** Wait this long before answering any request (loading states, timeouts). Default 0. */
  delayMs?: number;
}

/** One request as the stub saw it, to prove what was (and was not) sent. */
export interface StubRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  referer?: string;
  cookie?: string;
}

export interface WikipediaStub {
  origin: string;
  /** Path and query of every request, in order. */
  requests: string[];
  /** The same requests with the headers that would leak something. */
  log: StubRequest[];
  /** Only the REST API requests (lookups), without thumbnails and article pages. */
  apiRequests(): string[];
  close(): Promise<void>;
}

/** Titles the stub knows, by role, for tests to refer to. */
export const STUB_TITLES = {
  summary: 'Kakao',
  redirect: 'Daum Kakao',
  disambiguation: 'Daum',
  choice: 'Daum (web portal)',
  missing: 'Sirgoo Lee',
  rateLimited: 'Lede rate limit test',
  failing: 'Lede server error test',
} as const;

interface Page {
  description: string;
  /** Plain-text extract; the HTML one is derived from it. */
  extract: string;
  thumbnail?: { file: string; width: number; height: number };
  disambiguation?: { items: string };
}

/** The pages, keyed by canonical title (underscores). */
const PAGES: Record<string, Page> = {
  Kakao: {
    description: 'South Korean internet company',
    extract:
      'Kakao is a South Korean internet company. It was formed in 2014 when the web portal operator Daum merged with the maker of the KakaoTalk messaging app. The company also runs payment, banking and mobility services. Its headquarters are on Jeju Island.',
    thumbnail: { file: 'Kakao_logo.png', width: 320, height: 160 },
  },
  'Daum_(web_portal)': {
    description: 'South Korean web portal',
    extract: 'Daum is a South Korean web portal offering search, email and news. It was launched in 1995 and became part of Kakao in 2014.',
  },
  KakaoTalk: {
    description: 'Mobile messaging application',
    extract: 'KakaoTalk is a mobile messaging application made by Kakao. It was launched in 2010.',
  },
  Korea: {
    description: 'Peninsular region in East Asia',
    extract: 'Korea is a peninsular region in East Asia. Since 1948 it has been divided between two states, North Korea and South Korea.',
  },
  South_Korea: {
    description: 'Country in East Asia',
    extract: 'South Korea is a country in East Asia. Its capital and largest city is Seoul.',
  },
  Daum: {
    // Disambiguation pages carry this Wikidata description on the real site.
    description: 'Topics referred to by the same term',
    extract: 'Daum may refer to: Daum (web portal), a South Korean web portal. Kakao, the company formed when Daum merged with Kakao in 2014.',
    disambiguation: {
      // Parsoid markup: mw:WikiLink links with ./Target hrefs; a red link (class="new") and the
      // disambiguation notice's Help:/Special: links must not become choices.
      items: [
        '<li id="mwCg"><a rel="mw:WikiLink" href="./Daum_(web_portal)" title="Daum (web portal)" id="mwCw">Daum (web portal)</a>, a South Korean web portal</li>',
        '<li id="mwDA"><a rel="mw:WikiLink" href="./Kakao" title="Kakao" id="mwDQ">Kakao</a>, the South Korean internet company formed when Daum merged with Kakao in 2014</li>',
        '<li id="mwDg"><a rel="mw:WikiLink" href="./Daum_(surname)?action=edit&amp;redlink=1" title="Daum (surname)" class="new" typeof="mw:LocalizedAttrs" id="mwDw">Daum (surname)</a>, a family name</li>',
      ].join('\n'),
    },
  },
};

/** Redirect pages: canonical source → canonical target. */
const REDIRECTS: Record<string, string> = { Daum_Kakao: 'Kakao' };

/** A 1×1 transparent PNG: enough for an <img> to load. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** MediaWiki's normalization: spaces as underscores, first letter upper-case. */
function canonical(title: string): string {
  const t = title.replace(/[\s_]+/g, '_').replace(/^_|_$/g, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function encodeTitle(title: string): string {
  return encodeURIComponent(title);
}

function summaryJson(origin: string, title: string, page: Page): object {
  const normalized = title.replace(/_/g, ' ');
  const display = `<span class="mw-page-title-main">${normalized}</span>`;
  const wiki = `${origin}/wiki/${encodeTitle(title)}`;
  const image = page.thumbnail
    ? { source: `${origin}/media/${page.thumbnail.file}`, width: page.thumbnail.width, height: page.thumbnail.height }
    : undefined;
  return {
    type: page.disambiguation ? 'disambiguation' : 'standard',
    title,
    displaytitle: display,
    namespace: { id: 0, text: '' },
    // The Wikidata sandbox item: a real id that names nothing.
    wikibase_item: 'Q4115189',
    titles: { canonical: title, normalized, display },
    pageid: 1000 + Object.keys(PAGES).indexOf(title),
    ...(image ? { thumbnail: image, originalimage: image } : {}),
    lang: 'en',
    dir: 'ltr',
    revision: '1',
    tid: '00000000-0000-11ef-8000-000000000000',
    timestamp: '2025-01-01T00:00:00Z',
    description: page.description,
    description_source: 'central',
    content_urls: {
      desktop: { page: wiki, revisions: `${wiki}?action=history`, edit: `${wiki}?action=edit`, talk: `${origin}/wiki/Talk:${encodeTitle(title)}` },
      mobile: { page: wiki, revisions: `${wiki}?action=history`, edit: `${wiki}?action=edit`, talk: `${origin}/wiki/Talk:${encodeTitle(title)}` },
    },
    extract: page.extract,
    extract_html: `<p>${page.extract.replace(normalized, `<b>${normalized}</b>`)}</p>`,
  };
}

function parsoidHtml(title: string, page: Page): string {
  const normalized = title.replace(/_/g, ' ');
  return `<!DOCTYPE html>
<html prefix="dc: http://purl.org/dc/terms/ mw: http://mediawiki.org/rdf/" about="https://en.wikipedia.org/wiki/Special:Redirect/revision/1"><head prefix="mwr: https://en.wikipedia.org/wiki/Special:Redirect/"><meta charset="utf-8"/><meta property="mw:pageId" content="1000"/><meta property="mw:pageNamespace" content="0"/><meta property="mw:htmlVersion" content="2.8.0"/><title>${normalized}</title></head><body id="mwAA" lang="en" class="mw-content-ltr sitedir-ltr ltr mw-body-content parsoid-body mediawiki mw-parser-output" dir="ltr"><section data-mw-section-id="0" id="mwAQ"><p id="mwAg"><b id="mwAw">${normalized}</b> may refer to:</p>
<ul id="mwBA">
${page.disambiguation?.items ?? ''}
</ul>
<div role="note" class="hatnote navigation-not-searchable" id="mwEA">This <a rel="mw:WikiLink" href="./Help:Disambiguation" title="Help:Disambiguation">disambiguation</a> page lists articles associated with the title <b>${normalized}</b>. See <a rel="mw:WikiLink" href="./Special:WhatLinksHere/${title}" title="Special:WhatLinksHere/${normalized}">what links here</a>.</div>
<link rel="mw:PageProp/Category" href="./Category:Disambiguation_pages" id="mwEQ"/></section></body></html>`;
}

function problem(res: ServerResponse, status: number, title: string, detail: string, uri: string, extra: Record<string, string> = {}): void {
  const kind = status === 404 ? 'not_found' : status === 429 ? 'rate_limit' : 'internal_error';
  res.writeHead(status, { 'content-type': 'application/problem+json', ...extra });
  res.end(JSON.stringify({ type: `https://mediawiki.org/wiki/HyperSwitch/errors/${kind}`, title, method: 'get', detail, uri }));
}

/** Starts the stub on 127.0.0.1 at a free port. */
export async function startWikipediaStub(options: WikipediaStubOptions = {}): Promise<WikipediaStub> {
  const rateLimited = new Set((options.rateLimited ?? [STUB_TITLES.rateLimited]).map(canonical));
  const failing = new Set((options.failing ?? [STUB_TITLES.failing]).map(canonical));
  const retryAfter = String(options.retryAfterSeconds ?? 30);
  const requests: string[] = [];
  const log: StubRequest[] = [];
  let origin = '';

  const answer = (req: IncomingMessage, res: ServerResponse): void => {
    const url = req.url ?? '/';
    const path = url.split('?', 1)[0]!;
    const endpoint = /^\/api\/rest_v1\/page\/(summary|html)\/([^/]+)$/.exec(path);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-methods': 'GET', 'access-control-max-age': '600' }).end();
      return;
    }
    if (path.startsWith('/media/') && path.endsWith('.png')) {
      // Images may be cached like the real upload.wikimedia.org ones; only lookups must not be.
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=86400' }).end(PNG);
      return;
    }
    if (path.startsWith('/wiki/')) {
      const title = decodeURIComponent(path.slice('/wiki/'.length)).replace(/_/g, ' ');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>${title.replace(/[<&]/g, '')}</title><h1>Stub article</h1>`);
      return;
    }
    if (!endpoint) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const kind = endpoint[1] as 'summary' | 'html';
    const encoded = endpoint[2]!;
    let raw: string;
    try {
      raw = decodeURIComponent(encoded);
    } catch {
      problem(res, 400, 'Invalid parameters', 'title-invalid-characters', path);
      return;
    }
    const title = canonical(raw);
    const uri = `/en.wikipedia.org/v1/page/${kind}/${encoded}`;
    if (raw !== title) {
      // RESTBase's 301 to the normalized title; the Location is relative, as on the real API.
      res.writeHead(301, { location: encodeTitle(title), 'content-type': 'text/plain' }).end();
      return;
    }
    if (rateLimited.has(title)) {
      problem(res, 429, 'Too many requests', 'You are making too many requests.', uri, { 'retry-after': retryAfter });
      return;
    }
    if (failing.has(title)) {
      problem(res, 503, 'Service unavailable', 'The service is temporarily unavailable.', uri);
      return;
    }
    const target = REDIRECTS[title];
    if (target) {
      // A redirect page: 302 to the target, relative Location (fetch resolves it).
      res.writeHead(302, { location: encodeTitle(target), 'content-type': 'text/plain' }).end();
      return;
    }
    const page = PAGES[title];
    if (!page || (kind === 'html' && !page.disambiguation)) {
      // Article HTML for non-disambiguation pages is not needed by Lede; 404 keeps the stub small.
      problem(res, 404, 'Not found.', 'Page or revision not found.', uri);
      return;
    }
    if (kind === 'summary') {
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8; profile="https://www.mediawiki.org/wiki/Specs/Summary/1.5.0"',
      });
      res.end(JSON.stringify(summaryJson(origin, title, page)));
    } else {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8; profile="https://www.mediawiki.org/wiki/Specs/HTML/2.8.0"',
      });
      res.end(parsoidHtml(title, page));
    }
  };

  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    log.push({
      method: req.method ?? 'GET',
      url,
      ...(req.headers.referer ? { referer: req.headers.referer } : {}),
      ...(req.headers.cookie ? { cookie: req.headers.cookie } : {}),
    });
    // Extension pages fetch cross-origin; the real API allows any origin too.
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-expose-headers', 'retry-after');
    res.setHeader('cache-control', 'no-store');
    const delay = options.delayMs ?? 0;
    if (delay > 0) setTimeout(() => answer(req, res), delay);
    else answer(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    log,
    apiRequests: () => requests.filter((url) => url.startsWith('/api/')),
    close: () =>
      new Promise((resolve) => {
        // A delayed answer may still be pending; do not let it hold the test run open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
