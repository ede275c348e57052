/**
 * How the boilerplate benchmark decides that a labeled snippet "falls inside" a flagged block.
 *
 * Both sides are reduced to lower-case letters and digits separated by single spaces (NFKC
 * first, so "ﬁ" and full-width digits compare equal). That removes the " · " item separators
 * a block's `text` carries, the "©", "|" and "»" decorations, and whitespace differences
 * between WCXB's markdown-derived snippets and the rendered DOM text. A snippet is inside a
 * block when its reduced form occurs in the block's reduced form at word boundaries.
 *
 * Some WCXB snippets glue items together ("AboutMeet RhondaRhonda's Story", from markup without
 * spaces between links). When the spaced form is not found, a snippet of at least GLUED_MIN
 * letters is also looked for with every space removed on both sides.
 *
 * Blocks keep up to BLOCK_TEXT_LIMIT characters of text (lib/boilerplate/index.ts); a snippet
 * that lies further into a giant block counts as missed. That happens on no labeled snippet of
 * the dev set (the bench prints how many blocks reached the cap).
 */

/** A string reduced for matching, with a map from each of its characters back to the source. */
export interface Reduced {
  text: string;
  /** `at[i]` is the index in the source string of reduced character `i`. */
  at: number[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Shorter snippets must match at word boundaries ("Home" is not "Homepage"). */
const GLUED_MIN = 16;

/** Lower-case letters and digits, single spaces between runs; keeps a map to the source. */
export function reduce(source: string): Reduced {
  let text = '';
  const at: number[] = [];
  let space = false;
  let i = 0;
  for (const ch of source) {
    const norm = ch.normalize('NFKC').toLowerCase();
    for (const c of norm) {
      if (WORD_CHAR.test(c)) {
        if (space && text) {
          text += ' ';
          at.push(i);
        }
        space = false;
        text += c;
        at.push(i);
      } else {
        space = true;
      }
    }
    i += ch.length;
  }
  return { text, at };
}

/** Reduced form only. */
export function reduced(source: string): string {
  return reduce(source).text;
}

/**
 * Where `needle` (already reduced) occurs in `hay` as whole words, as offsets into hay's source
 * string; null when it does not.
 */
export function findReduced(hay: Reduced, needle: string): { start: number; end: number } | null {
  if (!needle) return null;
  let from = 0;
  for (;;) {
    const i = hay.text.indexOf(needle, from);
    if (i < 0) break;
    const j = i + needle.length;
    const okStart = i === 0 || hay.text[i - 1] === ' ';
    const okEnd = j === hay.text.length || hay.text[j] === ' ';
    if (okStart && okEnd) return { start: hay.at[i] ?? 0, end: (hay.at[j - 1] ?? 0) + 1 };
    from = i + 1;
  }
  const glued = needle.replaceAll(' ', '');
  if (glued.length < GLUED_MIN) return null;
  let squashed = '';
  const at: number[] = [];
  for (let k = 0; k < hay.text.length; k++) {
    if (hay.text[k] === ' ') continue;
    squashed += hay.text[k];
    at.push(hay.at[k] ?? 0);
  }
  const i = squashed.indexOf(glued);
  return i < 0 ? null : { start: at[i] ?? 0, end: (at[i + glued.length - 1] ?? 0) + 1 };
}

/** The span of the " · "-separated items of `text` that overlap [start, end). */
export function itemSpan(text: string, start: number, end: number): { start: number; end: number } {
  const sep = ' · ';
  // The last separator that ends at or before `start`, and the first one at or after `end`.
  const before = start >= sep.length ? text.lastIndexOf(sep, start - sep.length) : -1;
  const after = text.indexOf(sep, end);
  return { start: before < 0 ? 0 : before + sep.length, end: after < 0 ? text.length : after };
}
