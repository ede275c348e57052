import { defineConfig } from 'wxt';

// The Firefox add-on id is fixed so that e2e tests can pin its moz-extension:// UUID.
const GECKO_ID = 'lede@lede.invalid';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // lib/ is the product and must stay explicit: no auto-imports anywhere.
  imports: false,
  manifest: ({ browser }) => ({
    // Every string the reader sees comes from public/_locales (browser.i18n).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // storage: remembered per-site hiding. The content script's matches give page access, and
    // the popup talks to it with tabs.sendMessage, which needs none. See README, "Permissions".
    permissions: ['storage'],
    // Asked for only when the reader turns Wikipedia lookups on (options page or "Look up").
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*.wikipedia.org/*'] }
      : { optional_host_permissions: ['https://*.wikipedia.org/*'] }),
    action: { default_title: 'Lede' },
    commands: {
      'toggle-annotations': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandToggle__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140: the ESR that Debian ships (firefox-esr 140.12 on bookworm), and the first
              // desktop Firefox that reads data_collection_permissions.
              strict_min_version: '140.0',
              // Wikipedia lookups (off by default) send an entity name taken from the page.
              data_collection_permissions: { required: ['none'], optional: ['websiteContent'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
