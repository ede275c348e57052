import { browser } from 'wxt/browser';
import type { Connector } from '../../components/connector';
import { callContent } from '../../platform/messaging';
import { loadWikiConfig, lookup, requestPermission } from '../../platform/wikipedia';
import type { ContentApi } from '../../platform/protocol';

/** Words for the reader when a tab has no Lede content script to answer. */
function unreachable(url: string | undefined): Error {
  if (url && !/^https?:/.test(url)) return new Error('Lede works on web pages (http and https) only.');
  return new Error('Reload the tab to analyse it: Lede was installed or updated after it opened.');
}

/**
 * The popup's connector to a tab. The tab is `?tabId=N` when given (tests open the popup as
 * a tab of its own), else the active tab of the current window.
 */
export async function connectToTab(search: string): Promise<Connector> {
  const param = new URLSearchParams(search).get('tabId');
  let tabId = param ? Number(param) : NaN;
  let url: string | undefined;
  if (Number.isNaN(tabId)) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = tab?.id ?? NaN;
    url = tab?.url;
  }
  const call = <K extends keyof ContentApi>(name: K, payload: Parameters<typeof callContent<K>>[2]) =>
    callContent(tabId, name, payload).catch(() => {
      throw unreachable(url);
    });
  // Loaded before the first click, so the permission request can run inside the click.
  let wiki = await loadWikiConfig();
  return {
    getState: () => call('getState', null),
    showInPage: (target) => call('showInPage', target),
    setBlockHidden: (blockId, hidden) => call('setBlockHidden', { blockId, hidden }),
    setAllHidden: (hidden) => call('setAllHidden', { hidden }),
    rememberKind: (kind, remember) => call('rememberKind', { kind, remember }),
    setAnnotations: (on) => call('setAnnotations', { on }),
    copyText: (text) => navigator.clipboard.writeText(text),
    async download(fileName, text, type) {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.click();
      // The click starts the download synchronously; the URL can go once it has.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    openOptions: () => browser.runtime.openOptionsPage(),
    wikiConfig: async () => {
      wiki = await loadWikiConfig();
      return { auto: wiki.auto, allowed: wiki.allowed };
    },
    wikiAllow: () => requestPermission(wiki).catch(() => false),
    wikiLookup: (subject, force) => lookup(subject, { now: new Date(), force }),
  };
}
