import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../lib/settings';

/**
 * Settings live in storage.sync, so they follow the reader between browsers where the browser
 * syncs; where sync storage is unavailable (it can be disabled by policy) storage.local holds
 * them instead.
 */
const KEY = 'settings';

function area() {
  return browser.storage.sync ?? browser.storage.local;
}

export async function loadSettings(): Promise<Settings> {
  try {
    return normalizeSettings((await area().get(KEY))[KEY]);
  } catch {
    try {
      return normalizeSettings((await browser.storage.local.get(KEY))[KEY]);
    } catch {
      return DEFAULT_SETTINGS;
    }
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  const value = { [KEY]: normalizeSettings(settings) };
  try {
    await area().set(value);
  } catch {
    await browser.storage.local.set(value);
  }
}

/** Calls back with the new settings whenever they change anywhere. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>): void => {
    if (KEY in changes) callback(normalizeSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
