import { browser } from 'wxt/browser';
import type { BoilerplateKind } from '../lib/report';

/**
 * What a reader asked Lede to remember about a site: the kinds of boilerplate to hide on every
 * page of it. Kept in storage.local under one key per site; nothing leaves the browser.
 */
export interface SitePrefs {
  load(): Promise<BoilerplateKind[]>;
  save(kinds: BoilerplateKind[]): Promise<void>;
}

function keyFor(site: string): string {
  return `site:${site}`;
}

/** The prefs of one site (a hostname, without "www."). */
export function sitePrefs(site: string): SitePrefs {
  const key = keyFor(site);
  return {
    async load() {
      const stored = (await browser.storage.local.get(key))[key] as { hiddenKinds?: BoilerplateKind[] } | undefined;
      return Array.isArray(stored?.hiddenKinds) ? stored.hiddenKinds : [];
    },
    async save(kinds) {
      if (kinds.length) await browser.storage.local.set({ [key]: { hiddenKinds: kinds } });
      else await browser.storage.local.remove(key);
    },
  };
}

/** The site a URL belongs to, as prefs are keyed. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Every site with remembered hiding, for the options page. */
export async function allSitePrefs(): Promise<{ site: string; kinds: BoilerplateKind[] }[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key, value]) => key.startsWith('site:') && Array.isArray((value as { hiddenKinds?: unknown })?.hiddenKinds))
    .map(([key, value]) => ({ site: key.slice('site:'.length), kinds: (value as { hiddenKinds: BoilerplateKind[] }).hiddenKinds }))
    .sort((a, b) => a.site.localeCompare(b.site));
}

/** Forgets what was remembered for a site. */
export async function forgetSite(site: string): Promise<void> {
  await browser.storage.local.remove(keyFor(site));
}
