/**
 * The reader's settings, as plain data with defaults and validation. Stored by the extension
 * (storage.sync where available) and read by the content script, the popup and the options
 * page; anything unreadable falls back to the default rather than failing.
 */

/** Things Lede can mark in a page, each of which the reader can switch off. */
export const HIGHLIGHT_KINDS = ['person', 'organization', 'place', 'money', 'law', 'claims', 'boilerplate'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export interface Settings {
  /** Analyse every article on load, or only when the reader opens Lede's popup. */
  mode: 'auto' | 'click';
  /** Sites (hostnames, without "www.") where Lede does nothing at all. */
  neverRun: string[];
  highlight: Record<HighlightKind, boolean>;
  /** Wikipedia lookups on entity cards; off unless the reader turns them on. */
  wikipedia: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  mode: 'auto',
  neverRun: [],
  highlight: { person: true, organization: true, place: true, money: true, law: true, claims: true, boilerplate: true },
  wikipedia: false,
};

/** Normalises a hostname or URL the way `neverRun` stores sites: "news.example.com". */
export function siteKey(input: string): string {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return '';
  let host = trimmed;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`).hostname;
  } catch {
    return '';
  }
  return host.replace(/^www\./, '');
}

/** True when `hostname` is one of the sites, or a subdomain of one. */
export function isNeverRun(hostname: string, neverRun: readonly string[]): boolean {
  const host = siteKey(hostname);
  return neverRun.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Settings from stored data of any shape: known fields are kept, the rest take defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const highlightRaw = (typeof r['highlight'] === 'object' && r['highlight'] !== null ? r['highlight'] : {}) as Record<string, unknown>;
  const highlight = { ...DEFAULT_SETTINGS.highlight };
  for (const kind of HIGHLIGHT_KINDS) {
    if (typeof highlightRaw[kind] === 'boolean') highlight[kind] = highlightRaw[kind];
  }
  const neverRun = Array.isArray(r['neverRun'])
    ? [...new Set(r['neverRun'].filter((s): s is string => typeof s === 'string').map(siteKey).filter(Boolean))]
    : [];
  return {
    mode: r['mode'] === 'click' ? 'click' : 'auto',
    neverRun,
    highlight,
    wikipedia: r['wikipedia'] === true,
  };
}
