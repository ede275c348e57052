/**
 * `npm start`: Lede on the reference page. With a display, Chromium opens with the extension
 * loaded and the page served from 127.0.0.1 (close the window to stop). Without one, it prints
 * the text report for the page and saves screenshots of the real extension instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, launchChromium } from '../e2e/chromium/driver';
import { PAGES_DIR, startFixtureServer } from '../e2e/server';
import { takeScreenshots } from './screenshots';

const root = join(import.meta.dirname, '..');
if (!existsSync(join(CHROME_BUILD, 'manifest.json')) || process.env.LEDE_REBUILD) {
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
}

if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
  const server = await startFixtureServer();
  const driver = await launchChromium({ headless: false });
  await driver.openPage(`${server.origin}/reference/`);
  console.log(`Lede is running on ${server.origin}/reference/ — click the Lede toolbar button. Close the window to stop.`);
  await new Promise<void>((resolve) => driver.context.once('close', () => resolve()));
  await server.close();
} else {
  execFileSync(
    process.execPath,
    [join(root, 'cli', 'lede.mjs'), 'annotate', join(PAGES_DIR, 'reference', 'source.html'), '--format', 'text',
      '--url', 'https://www.cnet.com/news/police-question-daum-kakao-ceo-in-child-porn-investigation/'],
    { stdio: 'inherit' },
  );
  const files = await takeScreenshots(join(root, '.output', 'screenshots'));
  console.log(`\nNo display found, so here is the text report. Screenshots of the popup:\n${files.map((f) => `  ${f}`).join('\n')}`);
}
