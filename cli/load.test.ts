import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { runBatch } from './batch';
import { parseHtml, parseHtmlPage } from './load';

/** A stylesheet jsdom's CSS parser throws on (a browser drops the rule and goes on). */
const BAD_CSS = '<style>.box { width: calc(1px+}</style>';
const STORY = `<p>${'The council voted on the new budget after a long debate about the schools. '.repeat(6)}</p>`;
const PAGE = `<html><head><title>Budget vote</title>${BAD_CSS}</head><body><h1>Budget vote</h1>${STORY}</body></html>`;

describe('parseHtmlPage', () => {
  it('is needed: jsdom alone throws on the stylesheet', () => {
    expect(() => new JSDOM(PAGE, { virtualConsole: new VirtualConsole() })).toThrow();
  });

  it('parses such a page again without its <style> elements', () => {
    const { doc, withoutStyles } = parseHtmlPage(PAGE, 'https://example.com/budget');
    expect(withoutStyles).toBe(true);
    expect(doc.getElementsByTagName('style')).toHaveLength(0);
    expect(doc.querySelector('h1')?.textContent).toBe('Budget vote');
    expect(doc.URL).toBe('https://example.com/budget');
  });

  it('keeps the styles of a page that parses', () => {
    const html = PAGE.replace(BAD_CSS, '<style>.box { width: 10px }</style>');
    const { doc, withoutStyles } = parseHtmlPage(html, 'https://example.com/budget');
    expect(withoutStyles).toBe(false);
    expect(doc.getElementsByTagName('style')).toHaveLength(1);
    expect(parseHtml(html, 'https://example.com/budget').title).toBe('Budget vote');
  });
});

describe('runBatch', () => {
  it('annotates a page whose stylesheet jsdom cannot parse instead of recording an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-batch-'));
    writeFileSync(join(dir, 'page.html'), PAGE);
    const out = join(dir, 'out.jsonl');
    await runBatch(dir, out, new Date('2026-11-28T12:00:00Z'));
    const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; error?: string; report?: unknown });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.error).toBeUndefined();
    expect(rows[0]!.report).toBeDefined();
  });
});
