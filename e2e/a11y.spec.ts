import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { launchChromium, type ChromiumDriver } from './chromium/driver';
import { waitFor } from './driver';
import { startFixtureServer, type FixtureServer } from './server';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(' ')})`);
}

/** Opens the popup for the page at `path`, waits until it leaves the loading state. */
async function popupFor(driver: ChromiumDriver, path: string): Promise<Page> {
  await driver.openPage(`${server.origin}${path}`);
  await driver.openPopup(await driver.articleTabId());
  await waitFor(
    () => driver.inPopup<boolean>(`!document.body.textContent.includes('Reading the page')`),
    `the popup for ${path}`,
  );
  return driver.popup()!;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: no violations in the popup's states and the options page (${scheme})`, async () => {
    const driver = await launchChromium({ colorScheme: scheme });
    try {
      const found: Record<string, string[]> = {};
      found['loaded report'] = await axe(await popupFor(driver, '/reference/'));
      found['empty sections'] = await axe(await popupFor(driver, '/plain/'));
      found['not an article'] = await axe(await popupFor(driver, '/link-list/'));
      // A tab without Lede's content script: the popup's error state.
      await driver.openPage('data:text/html,<p>no content script here</p>');
      await driver.openPopup(await driver.articleTabId());
      await waitFor(() => driver.inPopup<boolean>(`document.querySelector('.state-title')?.textContent === 'Lede could not analyse this page'`), 'the error state');
      found['error'] = await axe(driver.popup()!);
      await driver.openExtensionPage('options.html');
      await waitFor(() => driver.inPopup<boolean>(`document.querySelector('fieldset') !== null`), 'the options page');
      found['options page'] = await axe(driver.popup()!);
      expect(found).toEqual({ 'loaded report': [], 'empty sections': [], 'not an article': [], error: [], 'options page': [] });
    } finally {
      await driver.close();
    }
  });
}

test('look: the popup holds its layout from 320 to 800 px wide, nothing spills sideways', async () => {
  const driver = await launchChromium();
  try {
    const popup = await popupFor(driver, '/reference/');
    for (const width of [320, 420, 800]) {
      await popup.setViewportSize({ width, height: 600 });
      const spill = await popup.evaluate(() => {
        const out: string[] = [];
        if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page ${document.documentElement.scrollWidth}px`);
        for (const el of Array.from(document.body.querySelectorAll('*'))) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.right > window.innerWidth + 0.5) out.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(r.right)}px`);
        }
        return out.slice(0, 5);
      });
      expect(spill, `at ${width} px`).toEqual([]);
      // The cards and the stale verdict are still there to read at every width.
      expect(await popup.locator('[data-testid="entity-card"]').count()).toBeGreaterThan(3);
      await expect(popup.getByText('Mentions 2022', { exact: false }).first()).toBeVisible();
    }
  } finally {
    await driver.close();
  }
});

test('keyboard: every control is reachable, "Show in page" works and highlights toggle', async () => {
  const driver = await launchChromium();
  try {
    const popup = await popupFor(driver, '/reference/');
    const controls = await popup.evaluate(() => document.querySelectorAll('button, a[href], input').length);
    const seen = new Set<string>();
    for (let i = 0; i < controls + 3; i++) {
      await popup.keyboard.press('Tab');
      const id = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return '';
        // Focus is visible: every focusable control draws an outline when reached by keyboard.
        const style = getComputedStyle(el);
        const path: string[] = [];
        for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
          path.push(`${e.tagName}:${Array.prototype.indexOf.call(e.parentElement?.children ?? [], e)}`);
        }
        return `${path.join('<')}|${style.outlineStyle}`;
      });
      if (id) seen.add(id);
    }
    expect(seen.size).toBe(controls);
    for (const id of seen) expect(id.endsWith('|none')).toBe(false);

    // "Show in page" on the first entity card, by keyboard.
    await popup.focus('[data-testid="entity-card"] button');
    await popup.keyboard.press('Enter');
    await waitFor(() => driver.inPage<boolean>(`CSS.highlights.has('lede-flash')`), 'the flash in the page');

    // Highlights off and on with the keyboard.
    await popup.focus('[data-testid="toggle-highlights"]');
    await popup.keyboard.press('Space');
    await waitFor(() => driver.inPage<boolean>(`!CSS.highlights.has('lede-person')`), 'highlights off');
    await popup.keyboard.press('Space');
    await waitFor(() => driver.inPage<boolean>(`CSS.highlights.has('lede-person')`), 'highlights on');
    expect(await popup.evaluate(() => document.querySelector('[data-testid="live-summary"]')?.textContent)).toMatch(/^Analysis finished: \d+ entit/);
  } finally {
    await driver.close();
  }
});
