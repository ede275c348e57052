import { describe, expect, it } from 'vitest';
import { loadPage, REFERENCE_NOW, REFERENCE_URL } from '../fixtures/load';
import { annotateText } from '../lib/annotate-text';
import type { Report } from '../lib/report';
import { PageSession } from './session';

function session(name: string, url = REFERENCE_URL) {
  const doc = loadPage(name, url);
  const reports: (Report | null)[] = [];
  const s = new PageSession({
    doc,
    url,
    now: () => REFERENCE_NOW,
    onReport: (r) => reports.push(r),
    // The extension runs this in its background; here it runs in place.
    analyseText: async (article) => annotateText(article),
  });
  return { doc, s, reports };
}

describe('PageSession on the reference page (jsdom: no CSS highlights, so <lede-mark> fallback)', () => {
  it('analyses, highlights and reports the claim count', async () => {
    const { doc, s, reports } = session('reference');
    const before = doc.body.textContent;
    const html = doc.body.innerHTML;
    expect(s.precheck()).toBe(true);
    await s.analyse();
    const state = s.getState();
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    expect(reports[0]?.claims.length).toBe(state.report.claims.length);
    const marks = [...doc.querySelectorAll('lede-mark')];
    expect(marks.length).toBeGreaterThan(10);
    expect(marks.some((m) => m.textContent === 'Sirgoo Lee')).toBe(true);
    // Highlights never change what the page says, and they come off cleanly.
    expect(doc.body.textContent).toBe(before);
    s.setAnnotations(false);
    expect(doc.querySelector('lede-mark')).toBeNull();
    expect(doc.body.textContent).toBe(before);
    s.dispose();
    expect(doc.body.innerHTML).toBe(html);
    expect(doc.getElementById('lede-style')).toBeNull();
  });

  it('hides a flagged block and shows it again', async () => {
    const { doc, s } = session('reference');
    s.precheck();
    await s.analyse();
    const state = s.getState();
    if (state.status !== 'ready') throw new Error('not ready');
    const strip = state.report.boilerplate.find((b) => b.text.startsWith('Cyber Monday'))!;
    const el = doc.querySelector('.c-trendingBar')!;
    expect(s.setBlockHidden(strip.id, true)).toEqual([strip.id]);
    expect(el.hasAttribute('data-lede-hidden')).toBe(true);
    expect(doc.defaultView!.getComputedStyle(el).display).toBe('none');
    expect(s.setBlockHidden(strip.id, false)).toEqual([]);
    expect(el.hasAttribute('data-lede-hidden')).toBe(false);
  });

  it('finds mentions and claims again for "Show in page"', async () => {
    const { s } = session('reference');
    s.precheck();
    await s.analyse();
    const state = s.getState();
    if (state.status !== 'ready') throw new Error('not ready');
    const lee = state.report.entities.find((e) => e.name === 'Sirgoo Lee')!;
    expect(s.showInPage({ kind: 'mention', entityId: lee.id })).toBe(true);
    expect(s.showInPage({ kind: 'claim', claimId: state.report.claims[0]!.id })).toBe(true);
    expect(s.showInPage({ kind: 'claim', claimId: 'nope' })).toBe(false);
  });

  it('says "not an article" for a page of links, without analysing it', async () => {
    // Served at a section address, as such pages are: the article check reads the URL too.
    const { s, reports } = session('link-list', 'https://example.com/latest/');
    expect(s.precheck()).toBe(false);
    expect(s.getState().status).toBe('not-article');
    expect(reports).toEqual([]);
  });
});

describe('PageSession hiding', () => {
  async function ready(name = 'reference', remembered: string[] = []) {
    const doc = loadPage(name);
    const saved: string[][] = [];
    const s = new PageSession({
      doc,
      url: REFERENCE_URL,
      now: () => REFERENCE_NOW,
      analyseText: async (article) => annotateText(article),
      prefs: {
        site: 'cnet.com',
        load: async () => remembered as never,
        save: async (kinds) => void saved.push([...kinds]),
      },
    });
    s.precheck();
    await s.analyse();
    const state = s.getState();
    if (state.status !== 'ready') throw new Error('not ready');
    return { doc, s, report: state.report, saved };
  }
  const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('hides every flagged block and shows them all again, never the article', async () => {
    const { doc, s, report } = await ready();
    const text = report.article!.text;
    expect(s.setAllHidden(true).sort()).toEqual(report.boilerplate.map((b) => b.id).sort());
    expect(doc.querySelectorAll('[data-lede-hidden]').length).toBe(report.boilerplate.length);
    for (const p of doc.querySelectorAll('.c-articleBody p')) expect(p.closest('[data-lede-hidden]')).toBeNull();
    expect(doc.body.textContent).toContain(text.slice(-60));
    expect(s.setAllHidden(false)).toEqual([]);
    expect(doc.querySelector('[data-lede-hidden]')).toBeNull();
  });

  it('refuses to hide a block that has come to hold the article', async () => {
    const { doc, s, report } = await ready();
    const strip = report.boilerplate.find((b) => b.text.startsWith('Cyber Monday'))!;
    // The page moves the story into the strip's element (a hostile or buggy re-render).
    doc.querySelector('.c-trendingBar')!.appendChild(doc.querySelector('main')!);
    expect(s.setBlockHidden(strip.id, true)).toEqual([]);
    expect(doc.querySelector('[data-lede-hidden]')).toBeNull();
  });

  it('keeps a hidden block hidden when the page re-renders it', async () => {
    const { doc, s, report } = await ready();
    const strip = report.boilerplate.find((b) => b.text.startsWith('Cyber Monday'))!;
    s.setBlockHidden(strip.id, true);
    const old = doc.querySelector('.c-trendingBar')!;
    const fresh = old.cloneNode(true) as Element;
    fresh.removeAttribute('data-lede-hidden');
    old.replaceWith(fresh);
    expect(fresh.hasAttribute('data-lede-hidden')).toBe(false);
    await tick(400);
    expect(fresh.hasAttribute('data-lede-hidden')).toBe(true);
    s.dispose();
  });

  it('remembers a kind for the site and hides that kind on the next page', async () => {
    const first = await ready();
    const strip = first.report.boilerplate.find((b) => b.text.startsWith('Cyber Monday'))!;
    expect(await first.s.rememberKind(strip.kind, true)).toEqual([strip.kind]);
    expect(first.saved).toEqual([[strip.kind]]);
    expect(first.s.getState()).toMatchObject({ hiddenBlocks: [strip.id], rememberedKinds: [strip.kind] });
    const next = await ready('reference', [strip.kind]);
    await tick(0);
    expect(next.doc.querySelector('.c-trendingBar')!.hasAttribute('data-lede-hidden')).toBe(true);
    expect(next.doc.querySelector('footer')!.hasAttribute('data-lede-hidden')).toBe(false);
    expect(await next.s.rememberKind(strip.kind, false)).toEqual([]);
  });
});
