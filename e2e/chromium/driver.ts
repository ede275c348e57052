import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { ExtensionDriver } from '../driver';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Flags that keep Chromium off the network and quiet in a sandboxed CI machine. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

/** Launches Chromium with the built extension loaded, headless. */
export interface ChromiumDriver extends ExtensionDriver {
  context: BrowserContext;
  extensionId: string;
  article: Page;
  popup(): Page | null;
}

export async function launchChromium(
  options: { colorScheme?: 'light' | 'dark'; headless?: boolean } = {},
): Promise<ChromiumDriver> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'lede-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1200, height: 900 },
    // Playwright always passes --disable-extensions; this is the flag that lets ours through.
    args: [...QUIET_FLAGS, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`],
  });
  const errors: string[] = [];
  const requested: string[] = [];
  // Every request from every page, frame and the service worker passes through the context.
  context.on('request', (request) => {
    if (/^(https?|wss?):/.test(request.url())) requested.push(request.url());
  });
  const watch = (page: Page, label: string): void => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${label}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${label}: ${error.message}`));
  };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const article = context.pages()[0] ?? (await context.newPage());
  watch(article, 'page');
  let popup: Page | null = null;

  return {
    name: 'chromium',
    context,
    extensionId,
    article,
    popup: () => popup,
    async openPage(url) {
      await article.goto(url, { waitUntil: 'load' });
    },
    async articleTabId() {
      await article.bringToFront();
      // The service worker can see tab ids; the active tab of the window is the article.
      return worker.evaluate<number>(`(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        if (!tab || tab.id === undefined) throw new Error('no active tab');
        return tab.id;
      })()`);
    },
    async openPopup(tabId) {
      if (!popup) {
        popup = await context.newPage();
        watch(popup, 'popup');
      }
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    },
    inPage: (expression) => article.evaluate(expression),
    async inPopup(expression) {
      if (!popup) throw new Error('popup is not open');
      return popup.evaluate(expression);
    },
    errors: () => [...errors],
    requests: () => [...requested],
    async openExtensionPage(path) {
      if (!popup) {
        popup = await context.newPage();
        watch(popup, 'extension page');
      }
      await popup.goto(`chrome-extension://${extensionId}/${path}`);
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
