import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isNeverRun, normalizeSettings, siteKey } from './settings';

describe('settings', () => {
  it('falls back to defaults for missing or broken data', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ mode: 'sometimes', highlight: 'yes', neverRun: 'x', wikipedia: 'true' })).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps valid fields and normalises sites', () => {
    const s = normalizeSettings({ mode: 'click', neverRun: ['https://www.Example.com/path', 'news.site.org', '', 42], highlight: { claims: false }, wikipedia: true });
    expect(s.mode).toBe('click');
    expect(s.neverRun).toEqual(['example.com', 'news.site.org']);
    expect(s.highlight.claims).toBe(false);
    expect(s.highlight.person).toBe(true);
    expect(s.wikipedia).toBe(true);
  });
  it('matches a site and its subdomains, not look-alikes', () => {
    expect(siteKey('WWW.cnet.com')).toBe('cnet.com');
    expect(isNeverRun('www.cnet.com', ['cnet.com'])).toBe(true);
    expect(isNeverRun('news.cnet.com', ['cnet.com'])).toBe(true);
    expect(isNeverRun('notcnet.com', ['cnet.com'])).toBe(false);
    expect(isNeverRun('127.0.0.1', ['127.0.0.1'])).toBe(true);
  });
});
