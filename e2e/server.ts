import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

export const PAGES_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');

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
    const file = rel.endsWith('/') ? join(PAGES_DIR, rel, 'source.html') : join(PAGES_DIR, rel);
    readFile(file)
      .then((body) => {
        const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream';
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
