import { browser } from 'wxt/browser';
import type { BackgroundApi, ContentApi, Envelope } from './protocol';

type Req<Api, K extends keyof Api> = Api[K] extends { req: infer R } ? R : never;
type Res<Api, K extends keyof Api> = Api[K] extends { res: infer R } ? R : never;
type Handlers<Api> = {
  [K in keyof Api]: (payload: Req<Api, K>, sender: { tabId?: number }) => Res<Api, K> | Promise<Res<Api, K>>;
};

/** Asks the content script of `tabId`. Rejects when the tab has no Lede content script. */
export function callContent<K extends keyof ContentApi>(
  tabId: number,
  name: K,
  payload: Req<ContentApi, K>,
): Promise<Res<ContentApi, K>> {
  const message: Envelope<ContentApi, K> = { lede: name, payload };
  return browser.tabs.sendMessage(tabId, message) as Promise<Res<ContentApi, K>>;
}

/** Tells the background page something. */
export function callBackground<K extends keyof BackgroundApi>(
  name: K,
  payload: Req<BackgroundApi, K>,
): Promise<Res<BackgroundApi, K>> {
  const message: Envelope<BackgroundApi, K> = { lede: name, payload };
  return browser.runtime.sendMessage(message) as Promise<Res<BackgroundApi, K>>;
}

/**
 * Serves one API in the current context. Messages that are not ours are left for other
 * listeners (returning undefined tells the polyfill we did not answer).
 */
export function serve<Api>(handlers: Handlers<Api>): () => void {
  const listener = (message: unknown, sender: { tab?: { id?: number } }): Promise<unknown> | undefined => {
    if (typeof message !== 'object' || message === null || !('lede' in message)) return undefined;
    const { lede, payload } = message as { lede: string; payload: unknown };
    if (!Object.hasOwn(handlers, lede)) return undefined;
    const handler = handlers[lede as keyof Api] as (p: unknown, s: { tabId?: number }) => unknown;
    return Promise.resolve(handler(payload, { tabId: sender.tab?.id }));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
