import { expect, test } from '@playwright/test';
import { launchFirefox } from './firefox/driver';
import { notArticleScenario, referenceScenario } from './scenario';
import { startFixtureServer, type FixtureServer } from './server';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

test('Firefox (WebDriver BiDi): the reference page shows cards, claims and stale banners; hiding is reversible', async () => {
  const driver = await launchFirefox();
  try {
    await referenceScenario(driver, server.origin);
    await notArticleScenario(driver, server.origin);
    expect(driver.errors()).toEqual([]);
  } finally {
    await driver.close();
  }
});
