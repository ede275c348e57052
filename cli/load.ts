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

/** Parses HTML into a Document without running its scripts or loading anything. */
export function parseHtml(html: string, url: string): Document {
  // Pages are full of CSS jsdom cannot parse; those complaints are not the reader's problem.
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url, virtualConsole }).window.document;
}

/** A file path as a URL, for pages saved without one. */
export function fileUrl(path: string): string {
  if (path === '-') return 'file:///stdin';
  return new URL(`file://${path.startsWith('/') ? '' : `${process.cwd()}/`}${path}`).href;
}
