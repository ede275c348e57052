import { expect } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../lib/settings';
import { badgeExpression, settingsExpression, waitFor, type ExtensionDriver } from './driver';

const HAS_HIGHLIGHTS = `(typeof CSS !== 'undefined' && CSS.highlights && CSS.highlights.has('lede-person')) || document.querySelector('lede-mark') !== null`;

async function popupFor(driver: ExtensionDriver): Promise<number> {
  const tabId = await driver.articleTabId();
  await driver.openPopup(tabId);
  return tabId;
}

/** With lookups off (the default), reading the reference page touches no host but 127.0.0.1. */
export async function privacyScenario(driver: ExtensionDriver, origin: string): Promise<void> {
  await driver.openPage(`${origin}/reference/`);
  await popupFor(driver);
  await waitFor(() => driver.inPopup<boolean>(`document.querySelector('[data-testid="counts"]') !== null`), 'the popup report');
  const foreign = driver.requests().filter((url) => new URL(url).hostname !== '127.0.0.1');
  expect(foreign).toEqual([]);
  expect(driver.requests().some((url) => url.startsWith(`${origin}/reference/`))).toBe(true);
}

/** A site on the "never run" list gets no work and no badge; the popup says Lede is off. */
export async function neverRunScenario(driver: ExtensionDriver, origin: string): Promise<void> {
  await driver.openExtensionPage('options.html');
  await driver.inPopup(settingsExpression({ ...DEFAULT_SETTINGS, neverRun: ['127.0.0.1'] }));
  await driver.openPage(`${origin}/reference/`);
  const tabId = await popupFor(driver);
  const title = await waitFor(
    () => driver.inPopup<string | null>(`(() => { const t = document.querySelector('.state-title')?.textContent; return t && !t.startsWith('Reading') ? t : null; })()`),
    'the popup state',
  );
  expect(title).toBe('Lede is off on this site');
  await new Promise((r) => setTimeout(r, 1000));
  expect(await driver.inPage<boolean>(`document.getElementById('lede-style') === null && !(${HAS_HIGHLIGHTS})`)).toBe(true);
  expect(await driver.inPopup<string>(badgeExpression(tabId))).toBe('');
  await driver.inPopup(settingsExpression(DEFAULT_SETTINGS));
}

/** "Only on click": nothing happens until the reader opens the popup. */
export async function onClickScenario(driver: ExtensionDriver, origin: string): Promise<void> {
  await driver.openExtensionPage('options.html');
  await driver.inPopup(settingsExpression({ ...DEFAULT_SETTINGS, mode: 'click' }));
  await driver.openPage(`${origin}/reference/`);
  await new Promise((r) => setTimeout(r, 1500));
  expect(await driver.inPage<boolean>(HAS_HIGHLIGHTS)).toBe(false);
  const tabId = await popupFor(driver);
  await waitFor(() => driver.inPopup<boolean>(`document.querySelector('[data-testid="counts"]') !== null`), 'the analysis after the click');
  await waitFor(() => driver.inPage<boolean>(HAS_HIGHLIGHTS), 'highlights after the click');
  expect(Number(await driver.inPopup<string>(badgeExpression(tabId)))).toBeGreaterThan(0);
  await driver.inPopup(settingsExpression(DEFAULT_SETTINGS));
}

/** Export: Markdown with every card, and the Report as valid JSON. */
export async function exportScenario(driver: ExtensionDriver, origin: string): Promise<void> {
  await driver.openPage(`${origin}/reference/`);
  await popupFor(driver);
  await waitFor(() => driver.inPopup<boolean>(`document.querySelector('[data-testid="counts"]') !== null`), 'the popup report');
  // Capture what would reach the clipboard and the downloads folder.
  await driver.inPopup(`(() => {
    window.__copied = null;
    window.__blob = null;
    navigator.clipboard.writeText = async (text) => { window.__copied = text; };
    URL.createObjectURL = (blob) => { window.__blob = blob; return 'data:,'; };
    return true;
  })()`);
  await driver.inPopup(`document.querySelector('[data-testid="export-md"]').click()`);
  const markdown = await waitFor(() => driver.inPopup<string | null>(`window.__copied`), 'the Markdown export');
  const cards = await driver.inPopup<{ entities: string[]; claims: number }>(`({
    entities: Array.from(document.querySelectorAll('.entity-name')).map((e) => e.textContent),
    claims: document.querySelectorAll('[data-testid="claim"]').length,
  })`);
  for (const name of cards.entities) expect(markdown).toContain(`**${name.replace(/([\\`*_[\]#|<>])/g, '\\$1')}**`);
  expect(markdown.split('\n').filter((l) => /^- \*\*(Investigation|Law|Penalty|Charge|Warrant|Arrest|Allegation)\*\*/.test(l)).length).toBe(cards.claims);
  await driver.inPopup(`document.querySelector('[data-testid="export-json"]').click()`);
  const json = await waitFor(() => driver.inPopup<string | null>(`window.__blob ? window.__blob.text() : null`), 'the JSON export');
  const report = JSON.parse(json) as { schemaVersion: number; article: { title: string } };
  expect(report.schemaVersion).toBe(1);
  expect(report.article.title).toBe('Police question Daum Kakao CEO in child porn investigation');
}

/**
 * Wikipedia lookups on, against the local stub: a card shows its summary, a disambiguation
 * title shows choices, and a second open is served from the cache.
 */
export async function wikipediaScenario(driver: ExtensionDriver, origin: string, stub: { origin: string; apiRequests(): string[] }): Promise<void> {
  await driver.openExtensionPage('options.html');
  await driver.inPopup(settingsExpression({ ...DEFAULT_SETTINGS, wikipedia: true }));
  await driver.inPopup(`(async () => {
    const api = typeof browser !== 'undefined' ? browser : chrome;
    await api.storage.local.set({ wikipediaBase: ${JSON.stringify(stub.origin)} });
    return true;
  })()`);
  await driver.openPage(`${origin}/reference/`);
  const tabId = await driver.articleTabId();
  const cardHas = (name: string, testId: string) =>
    `Array.from(document.querySelectorAll('[data-testid="entity-card"]')).some((c) => c.querySelector('.entity-name').textContent === ${JSON.stringify(name)} && c.querySelector('[data-testid="${testId}"]'))`;
  // Only the most salient entities look themselves up; "Daum" (a disambiguation page in the
  // stub) may rank below them, and then its card waits for the reader's "Look up": press it.
  const lookUpIfIdle = (name: string) =>
    `(() => { const c = Array.from(document.querySelectorAll('[data-testid="entity-card"]')).find((x) => x.querySelector('.entity-name').textContent === ${JSON.stringify(name)}); const b = c && c.querySelector('.wiki-lookup'); if (b) b.click(); return true; })()`;
  const bothShown = () =>
    driver.inPopup<boolean>(`${lookUpIfIdle('Daum')} && (${cardHas('Daum Kakao', 'wiki-summary')}) && (${cardHas('Daum', 'wiki-choices')})`);
  await driver.openPopup(tabId);
  await waitFor(bothShown, 'a Wikipedia summary and disambiguation choices');
  const summary = await driver.inPopup<string>(`Array.from(document.querySelectorAll('[data-testid="entity-card"]')).find((c) => c.querySelector('.entity-name').textContent === 'Daum Kakao').querySelector('[data-testid="wiki-summary"]').textContent`);
  expect(summary).toContain('Kakao');
  // Other salient cards may still be looking up; a popup closed mid-request caches nothing,
  // so count the first open's requests only once every card has settled.
  await waitFor(() => driver.inPopup<boolean>(`document.querySelector('[data-testid="wiki"][aria-busy="true"]') === null`), 'every lookup of the first open to settle');
  const afterFirst = stub.apiRequests().length;
  expect(afterFirst).toBeGreaterThan(0);
  await driver.openPopup(tabId);
  await waitFor(bothShown, 'the cached summary on a second open');
  expect(stub.apiRequests().length).toBe(afterFirst);
  await driver.inPopup(settingsExpression(DEFAULT_SETTINGS));
}
