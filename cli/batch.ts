import { createWriteStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { annotate } from '../lib/annotate';
import { decodeHtml, fileUrl, parseHtml, readInput } from './load';

async function listPages(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  for (const e of entries) {
    if (e.isFile() && /\.html?(\.gz)?$/i.test(e.name)) out.push(join(e.parentPath, e.name));
  }
  return out.sort();
}

function progress(done: number, total: number, file: string): void {
  const width = 24;
  const filled = total ? Math.round((done / total) * width) : width;
  const bar = `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} ${file}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${bar.slice(0, (process.stderr.columns ?? 80) - 1).padEnd(60)}`);
  else if (done === total || done % Math.max(1, Math.round(total / 10)) === 0) process.stderr.write(`${bar}\n`);
}

/**
 * Annotates every page under `dir` and writes one JSON line per file. A page that breaks the
 * parser gets an error row and the batch goes on.
 */
export async function runBatch(dir: string, outPath: string, now: Date): Promise<number> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw Object.assign(new Error(`not a folder: ${dir}`), { code: 'ENOTDIR' });
  const files = await listPages(dir);
  const out = createWriteStream(outPath);
  // jsdom can throw from inside its own callbacks (CSS it cannot parse); keep the batch alive.
  let asyncError: unknown = null;
  const onUncaught = (error: unknown): void => {
    asyncError = error;
  };
  process.on('uncaughtException', onUncaught);
  let failures = 0;
  try {
    for (const [i, path] of files.entries()) {
      const file = relative(dir, path);
      let row: object;
      try {
        const html = decodeHtml(await readInput(path));
        const url = fileUrl(path);
        const doc = parseHtml(html, url);
        const report = annotate(doc, { url, now });
        // Closing the jsdom window frees the page; a long batch would otherwise run out of heap.
        doc.defaultView?.close();
        row = asyncError ? { file, error: String(asyncError) } : { file, report };
      } catch (error) {
        row = { file, error: error instanceof Error ? error.message : String(error) };
      }
      if ('error' in row) failures++;
      asyncError = null;
      out.write(`${JSON.stringify(row)}\n`);
      progress(i + 1, files.length, file);
    }
  } finally {
    process.off('uncaughtException', onUncaught);
    await new Promise<void>((resolve) => out.end(resolve));
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  process.stderr.write(`lede: ${files.length} pages, ${failures} errors → ${outPath}\n`);
  return 0;
}
