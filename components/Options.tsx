import { useEffect, useState } from 'preact/hooks';
import type { BoilerplateKind } from '../lib/report';
import { HIGHLIGHT_KINDS, siteKey, type HighlightKind, type Settings } from '../lib/settings';
import { kindName, useT, type MessageKey } from './i18n';

/** What the options page needs from the extension; the entrypoint implements it. */
export interface OptionsConnector {
  load(): Promise<{ settings: Settings; hiddenSites: { site: string; kinds: BoilerplateKind[] }[]; shortcut: string | null }>;
  save(settings: Settings): Promise<void>;
  forgetSite(site: string): Promise<void>;
  /** Asks for the Wikipedia host permission; resolves to whether lookups may be on. */
  requestWikipedia(): Promise<boolean>;
  /** Opens the browser's shortcut settings, where the browser has a page for them. */
  openShortcuts: (() => Promise<void>) | null;
}

const HIGHLIGHT_LABELS: Record<HighlightKind, MessageKey> = {
  person: 'optHlPerson',
  organization: 'optHlOrganization',
  place: 'optHlPlace',
  money: 'optHlMoney',
  law: 'optHlLaw',
  claims: 'optHlClaims',
  boilerplate: 'optHlBoilerplate',
};

type Loaded = Awaited<ReturnType<OptionsConnector['load']>>;

/** The options page: every setting, saved as soon as it changes. */
export function Options({ connector }: { connector: OptionsConnector }) {
  const t = useT();
  const [data, setData] = useState<Loaded | null>(null);
  const [newSite, setNewSite] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    void connector.load().then(setData);
  }, [connector]);
  if (!data) return <main class="options" aria-busy="true" />;
  const { settings } = data;

  const save = async (next: Settings, message: string = t('optSaved')): Promise<void> => {
    setData({ ...data, settings: next });
    await connector.save(next);
    setStatus(message);
  };
  const addSite = (e: Event): void => {
    e.preventDefault();
    const site = siteKey(newSite);
    if (!site) return;
    setNewSite('');
    void save({ ...settings, neverRun: [...new Set([...settings.neverRun, site])] });
  };
  const setWikipedia = async (on: boolean): Promise<void> => {
    if (on && !(await connector.requestWikipedia())) {
      setStatus(t('optWikipediaDenied'));
      return;
    }
    await save({ ...settings, wikipedia: on });
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('optAnalysis')}</legend>
        {(['auto', 'click'] as const).map((mode) => (
          <label key={mode} class="row">
            <input type="radio" name="mode" value={mode} checked={settings.mode === mode} onChange={() => void save({ ...settings, mode })} />
            {t(mode === 'auto' ? 'optModeAuto' : 'optModeClick')}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optNeverRun')}</legend>
        <p class="help">{t('optNeverRunHelp')}</p>
        {settings.neverRun.length === 0 ? (
          <p class="empty">{t('optNoSites')}</p>
        ) : (
          <ul class="sites" data-testid="never-run">
            {settings.neverRun.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button type="button" class="link-button" onClick={() => void save({ ...settings, neverRun: settings.neverRun.filter((s) => s !== site) })}>
                  {t('optRemoveSite', site)}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="row" onSubmit={addSite}>
          <label for="new-site" class="visually-hidden">
            {t('optAddSite')}
          </label>
          <input id="new-site" type="text" inputMode="url" placeholder={t('optSitePlaceholder')} value={newSite} onInput={(e) => setNewSite(e.currentTarget.value)} />
          <button type="submit" class="toggle" data-testid="add-site">
            {t('optAddSite')}
          </button>
        </form>
      </fieldset>

      <fieldset>
        <legend>{t('optHighlights')}</legend>
        {HIGHLIGHT_KINDS.map((kind) => (
          <label key={kind} class="row">
            <input
              type="checkbox"
              checked={settings.highlight[kind]}
              onChange={(e) => void save({ ...settings, highlight: { ...settings.highlight, [kind]: e.currentTarget.checked } })}
            />
            {t(HIGHLIGHT_LABELS[kind])}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optWikipedia')}</legend>
        <label class="row">
          <input type="checkbox" data-testid="wikipedia" checked={settings.wikipedia} onChange={(e) => void setWikipedia(e.currentTarget.checked)} />
          {t('optWikipediaOn')}
        </label>
        <p class="help">{t('optWikipediaHelp')}</p>
      </fieldset>

      <fieldset>
        <legend>{t('optHidden')}</legend>
        <p class="help">{t('optHiddenHelp')}</p>
        {data.hiddenSites.length === 0 ? (
          <p class="empty">{t('optHiddenNone')}</p>
        ) : (
          <ul class="sites">
            {data.hiddenSites.map(({ site, kinds }) => (
              <li key={site}>
                <span>
                  {site}: {kinds.map((k) => kindName(t, k)).join(', ')}
                </span>
                <button
                  type="button"
                  class="link-button"
                  onClick={() =>
                    void connector.forgetSite(site).then(() => setData({ ...data, hiddenSites: data.hiddenSites.filter((h) => h.site !== site) }))
                  }
                >
                  {t('optForget', site)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('optShortcut')}</legend>
        <p>{data.shortcut ? t('optShortcutCurrent', data.shortcut) : t('optShortcutNone')}</p>
        <p class="help">{t('optShortcutHelp')}</p>
        {connector.openShortcuts && (
          <button type="button" class="toggle" onClick={() => void connector.openShortcuts?.()}>
            {t('optShortcutOpen')}
          </button>
        )}
      </fieldset>
      <p class="notice-line" role="status" data-testid="options-status">
        {status}
      </p>
    </main>
  );
}
