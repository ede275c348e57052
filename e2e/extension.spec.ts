import { expect, test } from '@playwright/test';
import { launchChromium } from './chromium/driver';
import type { ExtensionDriver } from './driver';
import { launchFirefox } from './firefox/driver';
import { corpusHideScenario, notArticleScenario, otherLanguageScenario, referenceScenario, rememberScenario } from './scenario';
import { startFixtureServer, type FixtureServer } from './server';
import { exportScenario, neverRunScenario, onClickScenario, privacyScenario, wikipediaScenario } from './settings-scenarios';
import { startWikipediaStub } from './wikipedia-stub';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

// The same scenario in both browsers: Playwright drives Chromium, WebDriver BiDi drives Firefox.
const browsers: [name: string, launch: () => Promise<ExtensionDriver>][] = [
  ['Chromium', launchChromium],
  ['Firefox (WebDriver BiDi)', launchFirefox],
];

for (const [name, launch] of browsers) {
  test(`${name}: the reference page shows cards, claims and stale banners; hiding is reversible`, async () => {
    const driver = await launch();
    try {
      await referenceScenario(driver, server.origin);
      await notArticleScenario(driver, server.origin);
      await otherLanguageScenario(driver, server.origin);
      await rememberScenario(driver, server.origin);
      // Every console error or uncaught exception in the page, the popup or the extension.
      expect(driver.errors()).toEqual([]);
      // Two real pages from Readability's test suite.
      await corpusHideScenario(driver, server.origin, 'readability-pages/nytimes-1/source.html', 'lift trade sanctions');
      await corpusHideScenario(driver, server.origin, 'readability-pages/bbc-1/source.html', 'greatest frustration of his presidency');
    } finally {
      await driver.close();
    }
  });
}

for (const [name, launch] of browsers) {
  test(`${name}: settings, privacy and export`, async () => {
    const driver = await launch();
    try {
      await privacyScenario(driver, server.origin);
      await exportScenario(driver, server.origin);
      await neverRunScenario(driver, server.origin);
      await onClickScenario(driver, server.origin);
      const stub = await startWikipediaStub();
      try {
        await wikipediaScenario(driver, server.origin, stub);
      } finally {
        await stub.close();
      }
    } finally {
      await driver.close();
    }
  });
}
