import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'jsdom',
    include: ['{lib,components,entrypoints,platform,page,cli,scripts,bench}/**/*.test.{ts,tsx}'],
    // The corpus pages are large; jsdom parses a 1 MB page in well under this.
    testTimeout: 30_000,
  },
});
