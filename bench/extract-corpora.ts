/**
 * Readers for the corpora `bench/extract.ts` scores against (../shared/corpora/README.md).
 * Each yields pages lazily, so only one page's HTML is in memory at a time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../cli/load';

export type CorpusName = 'aeb' | 'wcxb' | 'nonarticle' | 'readability';

/** One page to extract, with whatever ground truth its corpus gives. */
export interface BenchPage {
  corpus: CorpusName;
  id: string;
  url: string;
  /** Reads the page's HTML (decompressed). */
  html: () => string;
  /** Human article body (AEB, WCXB). */
  body?: string;
  with?: string[];
  without?: string[];
  title?: string | null;
  published?: string | null;
  /** WCXB: the author the page credits (a person, or sometimes a team or site). */
  author?: string | null;
  /** Readability test pages: expected-metadata.json. */
  meta?: { title: string | null; byline: string | null; publishedTime: string | null };
  /** WCXB non-article page type (collection, listing, product, service). */
  pageType?: string;
}

function readMaybeGzip(path: string): string {
  const raw = readFileSync(path);
  const bytes = path.endsWith('.gz') ? gunzipSync(raw) : raw;
  // The corpora were saved as UTF-8 even where a page declares another charset; bytes that are
  // not valid UTF-8 are read with the declared charset, as the CLI reads them.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeHtml(bytes);
  }
}

interface AebTruth {
  articleBody: string;
  url: string;
}

export function aebPages(dir: string): BenchPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, AebTruth>;
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, t]) => ({
      corpus: 'aeb' as const,
      id,
      url: t.url,
      html: () => readMaybeGzip(join(dir, 'html', `${id}.html.gz`)),
      body: t.articleBody,
    }));
}

interface WcxbTruth {
  url: string;
  ground_truth: {
    title?: string | null;
    author?: string | null;
    publish_date?: string | null;
    main_content?: string | null;
    with?: string[] | null;
    without?: string[] | null;
  };
}

export function wcxbPages(dir: string): BenchPage[] {
  return readdirSync(join(dir, 'ground-truth'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.json$/, '');
      const t = JSON.parse(readFileSync(join(dir, 'ground-truth', f), 'utf8')) as WcxbTruth;
      const g = t.ground_truth;
      return {
        corpus: 'wcxb' as const,
        id,
        url: t.url,
        html: () => readMaybeGzip(join(dir, 'html', `${id}.html.gz`)),
        body: g.main_content ?? '',
        with: g.with ?? [],
        without: g.without ?? [],
        title: g.title ?? null,
        published: g.publish_date ?? null,
        author: g.author ?? null,
      };
    });
}

export function nonArticlePages(dir: string): BenchPage[] {
  const rows = readFileSync(join(dir, 'pages.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((row) => {
    const [id = '', pageType = '', url = ''] = row.split('\t');
    return {
      corpus: 'nonarticle' as const,
      id,
      // One row has no URL; jsdom needs one, and a blank page URL says nothing about the page.
      url: url.trim() || 'about:blank',
      pageType,
      html: () => readMaybeGzip(join(dir, 'html', `${id}.html.gz`)),
    };
  });
}

export function readabilityPages(dir: string): BenchPage[] {
  const names = readFileSync(join(dir, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((r) => r.split('\t')[0] ?? '');
  return names
    .filter((name) => name && existsSync(join(dir, name, 'source.html')))
    .map((name) => {
      const meta = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as Record<string, string | null>;
      return {
        corpus: 'readability' as const,
        id: name,
        url: `https://example.com/${name}/`,
        html: () => readFileSync(join(dir, name, 'source.html'), 'utf8'),
        meta: { title: meta['title'] ?? null, byline: meta['byline'] ?? null, publishedTime: meta['publishedTime'] ?? null },
      };
    });
}
