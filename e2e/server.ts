import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const PAGES_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');
export const CORPORA_DIR = join(import.meta.dirname, '..', '..', 'shared', 'corpora');

/**
 * Saved real pages point at ad servers, CDNs and trackers. Tests must touch nothing but
 * 127.0.0.1, so scripts, frames, stylesheets and remote media are taken out before serving.
 * Regexes on trusted corpus files only; they are bounded by the page size.
 */
function offline(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<(?:iframe|object|embed)\b[\s\S]*?(?:<\/(?:iframe|object|embed)>|\/>)/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<meta[^>]+http-equiv=["']?refresh[^>]*>/gi, '')
    .replace(/\s(?:src|srcset|data-src|poster|background)=("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/url\((?!\s*['"]?data:)[^)]*\)/gi, 'none');
}

export interface FixtureServer {
  origin: string;
  /** Every path requested, to prove what was (and was not) fetched. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves fixtures/pages on 127.0.0.1: /reference/ → fixtures/pages/reference/source.html. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    // Browsers ask for a favicon on their own; a 404 would show up as a console error.
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const rel = normalize(path).replace(/^(\.\.[/\\])+/, '');
    // /corpus/<path under ../shared/corpora>: real pages, gunzipped and made offline.
    const corpus = rel.startsWith('/corpus/');
    const file = corpus
      ? join(CORPORA_DIR, rel.slice('/corpus/'.length))
      : rel.endsWith('/')
        ? join(PAGES_DIR, rel, 'source.html')
        : join(PAGES_DIR, rel);
    readFile(file)
      .then((raw) => {
        const bytes = file.endsWith('.gz') ? gunzipSync(raw) : raw;
        const body = corpus ? offline(bytes.toString('utf8')) : bytes;
        const type = /\.html(\.gz)?$/.test(file) ? 'text/html; charset=utf-8' : 'application/octet-stream';
        res.writeHead(200, { 'content-type': type }).end(body);
      })
      .catch(() => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
