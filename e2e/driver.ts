/**
 * What the shared e2e scenario needs from a browser: open a page in a tab, open Lede's popup
 * for that tab, and evaluate expressions in either. Chromium implements it with Playwright,
 * Firefox with its built-in WebDriver BiDi (see e2e/firefox/).
 */
export interface ExtensionDriver {
  readonly name: string;
  /** Loads `url` in the article tab (the same tab each time) and waits for it to load. */
  openPage(url: string): Promise<void>;
  /** The extension-side tab id of the article tab. */
  articleTabId(): Promise<number>;
  /** Opens (or re-opens) Lede's popup as a page, pointed at `tabId`. */
  openPopup(tabId: number): Promise<void>;
  /** Evaluates an expression (it may be a promise) in the article page and returns its JSON value. */
  inPage<T>(expression: string): Promise<T>;
  inPopup<T>(expression: string): Promise<T>;
  /** Console errors and uncaught exceptions seen so far, in any context. */
  errors(): string[];
  /** Every http(s)/ws URL the browser requested so far, from any page or the extension. */
  requests(): string[];
  /** Opens an extension page (e.g. "options.html") in the popup's tab. */
  openExtensionPage(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Polls `probe` until it returns a truthy value or the time runs out. */
export async function waitFor<T>(probe: () => Promise<T>, what: string, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (last) return last as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

/** Evaluated in an extension page: the toolbar badge text of a tab, in either browser. */
export function badgeExpression(tabId: number): string {
  return `(async () => {
    const api = typeof browser !== 'undefined' ? browser : chrome;
    return await (api.action ?? api.browserAction).getBadgeText({ tabId: ${tabId} });
  })()`;
}

/** Evaluated in an extension page: stores the reader's settings as the options page would. */
export function settingsExpression(settings: object): string {
  return `(async () => {
    const api = typeof browser !== 'undefined' ? browser : chrome;
    await (api.storage.sync ?? api.storage.local).set({ settings: ${JSON.stringify(settings)} });
    return true;
  })()`;
}
