import { defineConfig } from 'wxt';

// The Firefox add-on id is fixed so that e2e tests can pin its moz-extension:// UUID.
const GECKO_ID = 'lede@lede.invalid';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // lib/ is the product and must stay explicit: no auto-imports anywhere.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Lede',
    description:
      'Who and what a news story is about, the legal claims it makes, its age, and which parts of the page are stale promos. Runs on your machine.',
    // storage: remembered per-site hiding. The content script's matches give page access, and
    // the popup talks to it with tabs.sendMessage, which needs none. See README, "Permissions".
    permissions: ['storage'],
    action: { default_title: 'Lede' },
    commands: {
      'toggle-annotations': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Show or hide Lede highlights on the page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
