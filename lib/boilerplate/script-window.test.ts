import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../fixtures/load';
import { dayOfIso } from './events';
import { readPageScripts, scriptWindowFor } from './script-window';
import { judgeScriptWindow } from './stale';

const NOW = new Date('2026-11-28T12:00:00Z');

/** A page with one banner and one inline script, and the window the script sets for the banner. */
function windowOn(banner: string, script: string, selector = '.banner'): ReturnType<typeof scriptWindowFor> {
  const doc = loadDocument(`<body><script>${script}</script>${banner}<main><p>Story.</p></main></body>`, 'https://example.org/a');
  return scriptWindowFor(doc.querySelector(selector)!, readPageScripts(doc), NOW);
}

describe('scriptWindowFor: the window a page script sets for a block', () => {
  const timer = (selector: string, from: string, to: string): string =>
    `const s = new Date("${from}"); const e = new Date("${to}");` +
    `if (!(new Date() >= s && new Date() <= e)) document.querySelector('${selector}').remove();`;

  it('reads the window of a script that names the block by data attribute (stale-promos.md #11)', () => {
    const w = windowOn('<div class="banner" data-promo><p>Ends today!</p></div>', timer('[data-promo]', 'Nov 17, 2025, 1:00:00 AM', 'Dec 11, 2025, 11:45:00 PM'));
    expect(w).toEqual({ from: dayOfIso('2025-11-17'), to: dayOfIso('2025-12-11') });
  });

  it('reads ISO dates and a script that names the block by id', () => {
    const w = windowOn('<div class="banner" id="sale-bar">Sale ends today</div>', timer('#sale-bar', '2024-03-01T00:00:00Z', '2024-03-31T23:59:59Z'));
    expect(w).toEqual({ from: dayOfIso('2024-03-01'), to: dayOfIso('2024-03-31') });
  });

  it('finds the hook on a wrapper of the block', () => {
    const w = windowOn('<div id="promo-wrap"><div><p class="banner">Last chance</p></div></div>', timer('#promo-wrap', 'Jan 1, 2025', 'Jan 5, 2025'));
    expect(w?.to).toBe(dayOfIso('2025-01-05'));
  });

  it('ignores a script that names only a class every block shares', () => {
    expect(windowOn('<div class="banner lead">Ends today!</div>', timer('.lead', 'Nov 17, 2025', 'Dec 11, 2025'))).toBeNull();
  });

  it('ignores a script about another element', () => {
    expect(windowOn('<div class="banner" data-promo>Ends today!</div><div id="clock"></div>', timer('#clock', 'Nov 17, 2025', 'Dec 11, 2025'))).toBeNull();
  });

  it('ignores years and numbers that are not full dates ("v2025", "2025")', () => {
    expect(windowOn('<div class="banner" data-promo>Ends today!</div>', `var v = "build 2025"; var n = "2025"; document.querySelector('[data-promo]');`)).toBeNull();
  });

  it('does not read JSON data blocks or external scripts', () => {
    const doc = loadDocument(
      '<body><script type="application/json">{"sel":"[data-promo]","end":"2025-12-11"}</script>' +
        '<script src="/t.js">/* [data-promo] "2025-12-11" */</script><div data-promo>Ends today!</div></body>',
      'https://example.org/a',
    );
    expect(scriptWindowFor(doc.querySelector('[data-promo]')!, readPageScripts(doc), NOW)).toBeNull();
  });
});

describe('judgeScriptWindow', () => {
  const ended = { from: dayOfIso('2025-11-17'), to: dayOfIso('2025-12-11') };

  it('calls a promo whose window ended stale, in words', () => {
    const v = judgeScriptWindow('Last chance to save up to 40% - ends today!', ended, { now: NOW, kind: 'promo' });
    expect(v).toEqual({
      evidence: "The page's own script shows it from 17 Nov 2025 to 11 Dec 2025; that window closed 11 months before today.",
      referenceDate: '2025-12-11',
    });
  });

  it('keeps a window that has not ended current', () => {
    const open = { from: dayOfIso('2026-11-20'), to: dayOfIso('2026-12-01') };
    expect(judgeScriptWindow('Save 40% - ends today!', open, { now: NOW, kind: 'promo' })).toBeNull();
  });

  it('does not call a block that sells nothing stale (a notice shown for a while)', () => {
    expect(judgeScriptWindow('We have updated our privacy policy', ended, { now: NOW, kind: 'other' })).toBeNull();
  });

  it('stays silent on kinds whose dates are never offers', () => {
    expect(judgeScriptWindow('Save 40% - ends today!', ended, { now: NOW, kind: 'cookie-consent' })).toBeNull();
  });
});
