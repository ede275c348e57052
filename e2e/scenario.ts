import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { waitFor, type ExtensionDriver } from './driver';
import { PAGES_DIR } from './server';

interface Expected {
  title: string;
  entities: { name: string; type: string; aliases: string }[];
  penaltyIncludes: string[];
}
const expected = JSON.parse(readFileSync(join(PAGES_DIR, 'reference/expected.json'), 'utf8')) as Expected;

/** Whole years from the fixture's publication date to today, as the popup should say. */
function expectedYears(): number {
  const published = Date.parse('2014-11-12T19:45:00-08:00');
  return Math.floor((Date.now() - published) / 86_400_000 / 365.25);
}

interface PopupView {
  title: string;
  age: string;
  counts: string;
  entities: { name: string; type: string; aliases: string }[];
  claims: { type: string; text: string }[];
  penalty: string;
  blocks: { kind: string; stale: boolean; text: string; evidence: string }[];
}

const READ_POPUP = `(() => {
  const q = (s) => document.querySelector(s);
  const all = (s) => Array.from(document.querySelectorAll(s));
  if (!q('[data-testid="counts"]')) return null;
  return {
    title: q('.title')?.textContent ?? '',
    age: q('[data-testid="age"]')?.textContent ?? '',
    counts: q('[data-testid="counts"]').textContent,
    entities: all('[data-testid="entity-card"]').map((c) => ({ name: c.querySelector('.entity-name').textContent, type: c.dataset.type, aliases: c.querySelector('.aliases')?.textContent ?? '' })),
    claims: all('[data-testid="claim"]').map((c) => ({ type: c.dataset.type, text: c.querySelector('.claim-text').textContent })),
    penalty: all('.penalty').map((p) => p.textContent).join(' | '),
    blocks: all('[data-testid="block"]').map((b) => ({
      kind: b.dataset.kind,
      stale: b.classList.contains('stale'),
      text: b.querySelector('.block-text').textContent,
      evidence: b.querySelector('.evidence')?.textContent ?? '',
    })),
  };
})()`;

/** The page's text as served, parsed fresh: what the DOM text must still be after annotating. */
const PAGE_TEXT_UNCHANGED = `(async () => {
  const html = await (await fetch(location.href)).text();
  const fresh = new DOMParser().parseFromString(html, 'text/html');
  return fresh.body.textContent === document.body.textContent;
})()`;

const TRENDING_DISPLAY = `getComputedStyle(document.querySelector('.c-trendingBar')).display`;

/** Clicks the popup button with this label inside the block whose text starts so. */
function clickBlockButton(textStart: string, label: string): string {
  return `(() => {
    const block = Array.from(document.querySelectorAll('[data-testid="block"]'))
      .find((b) => b.querySelector('.block-text').textContent.startsWith(${JSON.stringify(textStart)}));
    const button = block && Array.from(block.querySelectorAll('button')).find((b) => b.textContent === ${JSON.stringify(label)});
    if (!button) return false;
    button.click();
    return true;
  })()`;
}

/** The reference page, end to end, in the real built extension. */
export async function referenceScenario(driver: ExtensionDriver, origin: string): Promise<void> {
  await driver.openPage(`${origin}/reference/`);
  const tabId = await driver.articleTabId();
  await driver.openPopup(tabId);
  const view = await waitFor(() => driver.inPopup<PopupView | null>(READ_POPUP), 'the popup report');

  expect(view.title).toBe(expected.title);
  expect(view.age).toContain(`${expectedYears()} years old`);
  for (const e of expected.entities) {
    // A name may be shown as an alias of a fuller one ("Kakao Group", also "Kakao").
    const card = view.entities.find((c) => c.type === e.type && (c.name === e.name || c.aliases.replace(/^Also: /, '').split(', ').includes(e.name)));
    expect(card, `${e.type} ${e.name}`).toBeDefined();
  }
  expect(view.entities.filter((e) => e.type === 'person').map((e) => e.name)).not.toContain('Wednesday');
  expect(view.claims.length).toBeGreaterThanOrEqual(8);
  expect(view.claims.map((c) => c.type)).toEqual(expect.arrayContaining(['investigation', 'law', 'penalty', 'warrant']));
  for (const part of expected.penaltyIncludes) expect(view.penalty).toContain(part);
  // The claims read as one story: the case's stages in order, from investigation to penalty.
  const chain = await driver.inPopup<string[]>(`Array.from(document.querySelectorAll('[data-testid="case"] > .stages > li')).map((li) => li.textContent)`);
  expect(chain[0]).toBe('Investigation');
  expect(chain).toContain('Penalty');

  const strip = view.blocks.find((b) => b.text.startsWith('Cyber Monday Deals'));
  expect(strip, 'the trending strip is flagged').toBeDefined();
  expect(['trending', 'promo']).toContain(strip!.kind);
  expect(strip!.stale).toBe(true);
  expect(strip!.evidence).toContain('2022');
  expect(view.blocks.find((b) => b.text.startsWith('Want CNET to notify you'))?.kind).toBe('notification-prompt');
  expect(view.blocks.find((b) => b.text.includes('© 2022 CNET'))?.kind).toBe('footer');

  // Highlights: CSS Custom Highlights where the browser has them, <lede-mark> otherwise.
  const highlighted = await waitFor(
    () => driver.inPage<boolean>(`(typeof CSS !== 'undefined' && CSS.highlights && CSS.highlights.has('lede-person')) || document.querySelector('lede-mark') !== null`),
    'highlights in the page',
  );
  expect(highlighted).toBe(true);
  expect(await driver.inPage<boolean>(PAGE_TEXT_UNCHANGED)).toBe(true);

  // Hide on page, then restore.
  expect(await driver.inPage<string>(TRENDING_DISPLAY)).not.toBe('none');
  expect(await driver.inPopup<boolean>(clickBlockButton('Cyber Monday Deals', 'Hide on page'))).toBe(true);
  await waitFor(async () => (await driver.inPage<string>(TRENDING_DISPLAY)) === 'none', 'the strip to hide');
  expect(await driver.inPopup<boolean>(clickBlockButton('Cyber Monday Deals', 'Show on page'))).toBe(true);
  await waitFor(async () => (await driver.inPage<string>(TRENDING_DISPLAY)) !== 'none', 'the strip to come back');

  // Hide all, then show all: the article stays readable throughout.
  await driver.inPopup(`document.querySelector('[data-testid="hide-all"]').click()`);
  await waitFor(async () => (await driver.inPage<string>(TRENDING_DISPLAY)) === 'none', 'everything to hide');
  expect(await driver.inPage<boolean>(`document.body.innerText.includes('Daum Kakao was formed in March 2014')`)).toBe(true);
  expect(await driver.inPage<boolean>(`document.body.innerText.includes('Red Ventures')`)).toBe(false);
  await driver.inPopup(`document.querySelector('[data-testid="hide-all"]').click()`);
  await waitFor(async () => (await driver.inPage<string>(TRENDING_DISPLAY)) !== 'none', 'everything to come back');

  // The highlight toggle (the keyboard shortcut sends the same message) removes and restores.
  await driver.inPopup(`document.querySelector('[data-testid="toggle-highlights"]').click()`);
  await waitFor(
    () => driver.inPage<boolean>(`!(CSS.highlights && CSS.highlights.has('lede-person')) && !document.querySelector('lede-mark')`),
    'highlights to be removed',
  );
  await driver.inPopup(`document.querySelector('[data-testid="toggle-highlights"]').click()`);
  await waitFor(
    () => driver.inPage<boolean>(`(CSS.highlights && CSS.highlights.has('lede-person')) || document.querySelector('lede-mark') !== null`),
    'highlights to return',
  );
  expect(await driver.inPage<boolean>(PAGE_TEXT_UNCHANGED)).toBe(true);
}

/** A page of links is not an article, and the popup says so. */
export async function notArticleScenario(driver: ExtensionDriver, origin: string): Promise<void> {
  await driver.openPage(`${origin}/link-list/`);
  const tabId = await driver.articleTabId();
  await driver.openPopup(tabId);
  const title = await waitFor(
    // The popup says "Reading the page…" until the content script answers.
    () => driver.inPopup<string | null>(`(() => { const t = document.querySelector('.state-title')?.textContent; return t && !t.startsWith('Reading') ? t : null; })()`),
    'the popup state',
  );
  expect(title).toBe('Not an article');
}

/**
 * A story in French (Readability's lemonde-1): the background names its language and reads no
 * entities or claims from it, and the popup says why instead of "no legal matters".
 */
export async function otherLanguageScenario(driver: ExtensionDriver, origin: string): Promise<void> {
  await driver.openPage(`${origin}/corpus/readability-pages/lemonde-1/source.html`);
  const tabId = await driver.articleTabId();
  await driver.openPopup(tabId);
  const notice = await waitFor(
    () => driver.inPopup<string | null>(`document.querySelector('[data-testid="language"]')?.textContent ?? null`),
    'the language notice',
  );
  expect(notice).toContain('French');
  const empties = await driver.inPopup<string[]>(`Array.from(document.querySelectorAll('.empty')).map((p) => p.textContent)`);
  expect(empties).toEqual(['Not read: this article is not in English.', 'Not read: this article is not in English.']);
  // Boilerplate is still flagged on it.
  expect(await driver.inPopup<number>(`document.querySelectorAll('[data-testid="block"]').length`)).toBeGreaterThan(0);
}

/** "Always hide … on this site" survives a reload of the page. */
export async function rememberScenario(driver: ExtensionDriver, origin: string): Promise<void> {
  await driver.openPage(`${origin}/reference/`);
  const tabId = await driver.articleTabId();
  await driver.openPopup(tabId);
  await waitFor(() => driver.inPopup<boolean>(`document.querySelector('.remember input') !== null`), 'the popup blocks');
  const tick = (checked: boolean) => `(() => {
    const block = Array.from(document.querySelectorAll('[data-testid="block"]')).find((b) => b.textContent.includes('Cyber Monday'));
    const box = block.querySelector('.remember input');
    if (box.checked !== ${checked}) box.click();
    return true;
  })()`;
  await driver.inPopup(tick(true));
  await waitFor(async () => (await driver.inPage<string>(TRENDING_DISPLAY)) === 'none', 'the remembered kind to hide');
  await driver.openPage(`${origin}/reference/`);
  await waitFor(async () => (await driver.inPage<string>(TRENDING_DISPLAY)) === 'none', 'the strip to stay hidden after a reload');
  expect(await driver.inPage<string>(`getComputedStyle(document.querySelector('footer')).display`)).not.toBe('none');
  await driver.openPopup(tabId);
  await waitFor(() => driver.inPopup<boolean>(`document.querySelector('.remember input') !== null`), 'the popup blocks');
  await driver.inPopup(tick(false));
}

/**
 * A real corpus page (served offline): hide a flagged block, see its text leave the page while
 * the article stays, then bring it back.
 */
export async function corpusHideScenario(driver: ExtensionDriver, origin: string, page: string, articleSnippet: string): Promise<void> {
  await driver.openPage(`${origin}/corpus/${page}`);
  const tabId = await driver.articleTabId();
  await driver.openPopup(tabId);
  // The popup lists the blocks; the page tells which of their first items it shows only once,
  // so that seeing the text vanish proves this block was hidden.
  const candidates = await waitFor(
    () => driver.inPopup<string[] | null>(`(() => {
      const blocks = Array.from(document.querySelectorAll('[data-testid="block"]'));
      return blocks.length ? blocks.map((b) => b.querySelector('.block-text').textContent.split(' · ')[0]) : null;
    })()`),
    `flagged blocks on ${page}`,
  );
  const counts = await driver.inPage<number[]>(`(() => {
    const text = document.body.innerText.replace(/\\s+/g, ' ');
    return ${JSON.stringify(candidates)}.map((c) => c.length < 12 ? 0 : text.split(c).length - 1);
  })()`);
  const index = counts.findIndex((n) => n === 1);
  expect(index, `a flagged block on ${page} whose text appears once`).toBeGreaterThanOrEqual(0);
  const blockText = candidates[index]!;
  const visible = (text: string) => driver.inPage<boolean>(`document.body.innerText.replace(/\\s+/g, ' ').includes(${JSON.stringify(text)})`);
  expect(await visible(blockText)).toBe(true);
  expect(await visible(articleSnippet)).toBe(true);
  const click = (label: string) => `(() => {
    const block = document.querySelectorAll('[data-testid="block"]')[${index}];
    Array.from(block.querySelectorAll('button')).find((b) => b.textContent === ${JSON.stringify(label)}).click();
    return true;
  })()`;
  await driver.inPopup(click('Hide on page'));
  await waitFor(async () => !(await visible(blockText)), `the block to hide on ${page}`);
  expect(await visible(articleSnippet)).toBe(true);
  await driver.inPopup(click('Show on page'));
  await waitFor(() => visible(blockText), `the block to come back on ${page}`);
}
