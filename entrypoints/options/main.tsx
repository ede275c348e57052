import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18n, type Translate } from '../../components/i18n';
import { Options, type OptionsConnector } from '../../components/Options';
import '../../components/options.css';
import { loadSettings, saveSettings } from '../../platform/settings';
import { WIKIPEDIA_ORIGINS } from '../../lib/wikipedia';
import { allSitePrefs, forgetSite } from '../../platform/site-prefs';
import { forgetWikipedia } from '../../platform/wikipedia';
const t: Translate = (key, subs) => browser.i18n.getMessage(key, subs);
document.title = t('optionsTitle');
document.documentElement.lang = browser.i18n.getUILanguage();

const connector: OptionsConnector = {
  async load() {
    const [settings, hiddenSites, commands] = await Promise.all([loadSettings(), allSitePrefs(), browser.commands.getAll()]);
    const shortcut = commands.find((c) => c.name === 'toggle-annotations')?.shortcut || null;
    return { settings, hiddenSites, shortcut };
  },
  async save(settings) {
    // Turning lookups off gives the permission back and drops what was cached.
    if (!settings.wikipedia) await forgetWikipedia().catch(() => 0);
    await saveSettings(settings);
  },
  forgetSite,
  // Must run inside the click handler: browsers grant permissions only on a user gesture.
  requestWikipedia: () => browser.permissions.request({ origins: [...WIKIPEDIA_ORIGINS] }),
  openShortcuts:
    import.meta.env.BROWSER === 'chrome' ? async () => void (await browser.tabs.create({ url: 'chrome://extensions/shortcuts' })) : null,
};

render(
  <I18n.Provider value={t}>
    <Options connector={connector} />
  </I18n.Provider>,
  document.getElementById('app')!,
);
