/**
 * Screenshots of the real extension on the reference page, for the README and for people
 * checking the UI by eye: `npm run screenshots` (after `npm run build`).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../e2e/chromium/driver';
import { waitFor } from '../e2e/driver';
import { startFixtureServer } from '../e2e/server';

export const SCREENSHOT_DIR = join(import.meta.dirname, '..', 'docs', 'screenshots');

/** Opens the reference page with Lede, then saves the popup and the annotated page. */
export async function takeScreenshots(outDir = SCREENSHOT_DIR): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const server = await startFixtureServer();
  const saved: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const driver = await launchChromium({ colorScheme: scheme });
    try {
      await driver.openPage(`${server.origin}/reference/`);
      const tabId = await driver.articleTabId();
      await driver.openPopup(tabId);
      const popup = driver.popup()!;
      // Browsers cap popups at 800×600; this is what a reader sees when it opens.
      await popup.setViewportSize({ width: 420, height: 600 });
      await waitFor(() => driver.inPopup<boolean>(`document.querySelector('[data-testid="counts"]') !== null`), 'the popup');
      const popupFile = join(outDir, `popup-${scheme}.png`);
      await popup.screenshot({ path: popupFile });
      saved.push(popupFile);
      // The whole popup, scrolled, for checking every section by eye.
      const fullFile = join(outDir, `popup-${scheme}-full.png`);
      await popup.screenshot({ path: fullFile, fullPage: true });
      saved.push(fullFile);
      if (scheme === 'light') {
        await driver.article.bringToFront();
        const pageFile = join(outDir, 'page-annotated.png');
        await driver.article.screenshot({ path: pageFile });
        saved.push(pageFile);
      }
    } finally {
      await driver.close();
    }
  }
  await server.close();
  return saved;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await takeScreenshots();
  for (const f of files) console.log(`saved ${f}`);
}
