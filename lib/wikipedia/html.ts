/**
 * The little HTML handling lookups need, done on strings: the popup could use DOMParser, but a
 * Chrome MV3 service worker has none, and the display title and list entries are tiny. All of
 * it runs in linear time on any input: the text comes from the network.
 */

import { decodeEntities } from '../text/entities';

export { decodeEntities };

/**
 * Tags replaced by spaces. A scan rather than /<[^>]*>/g: that pattern restarts at every "<" of
 * a run with no ">" after it, which is quadratic.
 */
function stripTags(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break; // No tag can close after this point: the rest is text.
    out += `${html.slice(i, lt)} `;
    i = gt + 1;
  }
  return out + html.slice(i);
}

/** The text of an HTML fragment: tags dropped, references decoded, whitespace collapsed. */
export function htmlText(html: string): string {
  return decodeEntities(stripTags(html))
    .replace(/\s+/g, ' ')
    // Tags became spaces; punctuation that hugged a tag hugs the word again.
    .replace(/ ([,.;:)\]])/g, '$1')
    .replace(/([([]) /g, '$1')
    .trim();
}

/** The attributes of one start tag (`<a rel="…" href="…">`), names lower-cased, values decoded. */
export function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? '');
  }
  return attrs;
}
