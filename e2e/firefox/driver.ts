import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ExtensionDriver } from '../driver';
import { BidiSession, startFirefox } from './bidi';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2');
/** Must match browser_specific_settings.gecko.id in wxt.config.ts. */
const GECKO_ID = 'lede@lede.invalid';
/** Pinned through extensions.webextensions.uuids so the popup has a known address. */
const ADDON_UUID = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';

/** Prefs that keep Firefox off the network and free of first-run screens. */
const PREFS: Record<string, string | boolean | number> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: ADDON_UUID }),
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.newtabpage.enabled': false,
  'ui.systemUsesDarkTheme': 0,
};

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

/** Launches headless Firefox with the built extension installed as a temporary add-on. */
export async function launchFirefox(): Promise<ExtensionDriver> {
  const profile = await mkdtemp(join(tmpdir(), 'lede-firefox-'));
  await writeFile(
    join(profile, 'user.js'),
    Object.entries(PREFS)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const { proc, wsUrl } = await startFirefox(FIREFOX, profile);
  const bidi = await BidiSession.connect(`${wsUrl}/session`);
  await bidi.send('session.new', { capabilities: {} });
  const errors: string[] = [];
  const requested: string[] = [];
  bidi.onEvent((event) => {
    if (event.method === 'log.entryAdded' && event.params['level'] === 'error') {
      errors.push(String(event.params['text']));
    }
    if (event.method === 'network.beforeRequestSent') {
      const url = String((event.params['request'] as { url?: string } | undefined)?.url ?? '');
      if (/^(https?|wss?):/.test(url)) requested.push(url);
    }
  });
  // Without a context list, BiDi reports the requests of every context, extension pages too.
  await bidi.send('session.subscribe', { events: ['log.entryAdded', 'network.beforeRequestSent'] });
  await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD } });
  const tree = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
  const article = tree.contexts[0]!.context;
  let popup: string | null = null;
  const popupBase = `moz-extension://${ADDON_UUID}/popup.html`;

  const evaluate = async <T>(context: string, expression: string): Promise<T> => {
    const res = await bidi.send<EvaluateResult>('script.evaluate', {
      expression: `Promise.resolve(${expression}).then((v) => JSON.stringify(v === undefined ? null : v))`,
      target: { context },
      awaitPromise: true,
    });
    if (res.type === 'exception') throw new Error(res.exceptionDetails?.text ?? 'script error');
    return JSON.parse(String(res.result?.value)) as T;
  };
  const ensurePopup = async (url: string): Promise<string> => {
    if (!popup) {
      const created = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      popup = created.context;
    }
    await bidi.send('browsingContext.navigate', { context: popup, url, wait: 'complete' });
    return popup;
  };

  return {
    name: 'firefox',
    async openPage(url) {
      await bidi.send('browsingContext.navigate', { context: article, url, wait: 'complete' });
    },
    async articleTabId() {
      const context = await ensurePopup(`${popupBase}?tabId=-1`);
      const ids = await evaluate<number[]>(
        context,
        `(async () => {
          const me = await browser.tabs.getCurrent();
          const tabs = await browser.tabs.query({});
          return tabs.filter((t) => t.id !== me.id).map((t) => t.id);
        })()`,
      );
      if (ids.length !== 1) throw new Error(`expected one article tab, found ${ids.length}`);
      return ids[0]!;
    },
    async openPopup(tabId) {
      await ensurePopup(`${popupBase}?tabId=${tabId}`);
    },
    inPage: (expression) => evaluate(article, expression),
    async inPopup(expression) {
      if (!popup) throw new Error('popup is not open');
      return evaluate(popup, expression);
    },
    errors: () => [...errors],
    requests: () => [...requested],
    async openExtensionPage(path) {
      await ensurePopup(`moz-extension://${ADDON_UUID}/${path}`);
    },
    async close() {
      try {
        await bidi.send('session.end', {});
      } catch {
        // Firefox may already be closing.
      }
      bidi.close();
      proc.kill();
      await new Promise((r) => proc.once('exit', r));
      await rm(profile, { recursive: true, force: true });
    },
  };
}
