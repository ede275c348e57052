/**
 * The little HTML handling lookups need, done on strings: the popup could use DOMParser, but a
 * Chrome MV3 service worker has none, and the display title and list entries are tiny. All of
 * it runs in linear time on any input: the text comes from the network.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Parsoid and the REST API emit (named basics and numeric). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Lone surrogates and out-of-range code points would throw or corrupt the string.
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) return whole;
      return String.fromCodePoint(code);
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

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
