import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

/** Reads a file (or stdin for "-"), gunzipping `.gz` files. */
export async function readInput(path: string): Promise<Buffer> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  const data = await readFile(path);
  return path.endsWith('.gz') ? gunzipSync(data) : data;
}

/** Decodes HTML bytes with the charset the page declares in its first bytes (UTF-8 otherwise). */
export function decodeHtml(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]{0,200}charset=["']?([\w-]{1,40})/i.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** A parsed page, and whether its <style> elements had to go for it to parse. */
export interface ParsedPage {
  doc: Document;
  withoutStyles: boolean;
}

const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

function parseWithJsdom(html: string, url: string): Document {
  // Pages are full of CSS jsdom cannot parse; those complaints are not the reader's problem.
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/**
 * Parses HTML into a Document without running its scripts or loading anything. jsdom's CSS
 * parser throws on some real stylesheets (`calc(1px+}`), where a browser just skips the rule;
 * such a page is parsed again without its <style> elements, which no stage of Lede reads.
 * Shared by the CLI and the benchmarks, so both read a page the same way.
 */
export function parseHtmlPage(html: string, url: string): ParsedPage {
  try {
    return { doc: parseWithJsdom(html, url), withoutStyles: false };
  } catch (error) {
    const stripped = html.replace(STYLE_ELEMENT, '');
    if (stripped === html) throw error;
    return { doc: parseWithJsdom(stripped, url), withoutStyles: true };
  }
}

/** Parses HTML into a Document (see parseHtmlPage). */
export function parseHtml(html: string, url: string): Document {
  return parseHtmlPage(html, url).doc;
}

/** A file path as a URL, for pages saved without one. */
export function fileUrl(path: string): string {
  if (path === '-') return 'file:///stdin';
  return new URL(`file://${path.startsWith('/') ? '' : `${process.cwd()}/`}${path}`).href;
}
