import { defineConfig } from '@playwright/test';

// The e2e tests drive the *built* extensions (.output/) in Debian's chromium and firefox-esr.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 90_000,
  reporter: [['list']],
  retries: 0,
});
