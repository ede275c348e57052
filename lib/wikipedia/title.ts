import type { Entity, EntityType } from '../report';

/**
 * Entity → Wikipedia title. Only the name is used: it is the one thing a lookup sends, so it
 * must be the fullest form the article gives, minus what no article title carries (possessive
 * endings, honorifics, a leading lower-case "the").
 */

/** Types that name one thing an encyclopedia has an article about. Money, dates and "misc" do not. */
export const LOOKUP_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['person', 'organization', 'place', 'product', 'law']);

/** MediaWiki refuses titles with these characters (control characters are checked apart). */
const ILLEGAL = /[#<>[\]|{}]/;
/** MediaWiki titles are at most 255 bytes of UTF-8; 200 characters keeps us well inside. */
const MAX_CHARS = 200;
/** Honorifics that articles never carry in their title ("Dr. Jane Goodall" is at "Jane Goodall"). */
const HONORIFIC = /^(?:mr|mrs|ms|mx|dr|prof)\.?\s+/i;

function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/**
 * A title in MediaWiki's display form: trimmed, underscores and runs of spaces made single
 * spaces, first letter upper-case (Wikipedias capitalise the first letter of every title, so
 * "kakao" and "Kakao" are one page and must be one cache key).
 */
export function normalizeTitle(raw: string): string {
  const spaced = raw.normalize('NFC').replace(/[_\s]+/g, ' ').trim();
  const first = spaced.codePointAt(0);
  if (first === undefined) return '';
  const head = String.fromCodePoint(first);
  const upper = head.toUpperCase();
  // "ß".toUpperCase() is "SS": MediaWiki keeps such letters, and so do we.
  return (upper.length === head.length ? upper : head) + spaced.slice(head.length);
}

/** The title as it appears in URL paths: display form with underscores. */
export function pathTitle(title: string): string {
  return normalizeTitle(title).replace(/ /g, '_');
}

/**
 * The title as one URL path segment. encodeURIComponent also encodes "/", which the REST API
 * requires for titles like "AC/DC" (otherwise it reads the part after the slash as a revision).
 */
export function encodeTitle(title: string): string {
  return encodeURIComponent(pathTitle(title));
}

/** True when two titles name the same page (underscores, spacing and first-letter case aside). */
export function sameTitle(a: string, b: string): boolean {
  return normalizeTitle(a) === normalizeTitle(b);
}

/**
 * The Wikipedia title to look an entity up by, or null when its type has no article of its own
 * (money, dates, misc), or when its name is a common phrase rather than a name ("child
 * protection laws"), or cannot be a title at all.
 */
export function titleFor(entity: Pick<Entity, 'type' | 'name'>): string | null {
  // Checked first too, so that the patterns below only ever see short strings.
  if (!LOOKUP_TYPES.has(entity.type) || entity.name.length > 2 * MAX_CHARS) return null;
  let name = entity.name.normalize('NFC').replace(/\s+/g, ' ').trim();
  // Quotes and brackets around a name are the article's punctuation, not part of the name.
  name = name.replace(/^["“”‘’'(]+/, '').replace(/["“”‘’')]+$/, '');
  // Possessives: "Kakao's" → "Kakao", "Jones'" → "Jones".
  name = name.replace(/['’]s$/i, '').replace(/(s)['’]$/i, '$1');
  name = name.replace(/[,;:]+$/, '').trim();
  if (entity.type === 'person') name = name.replace(HONORIFIC, '');
  name = name.replace(/^the\s+/, '');
  if (name.length < 2 || name.length > MAX_CHARS || ILLEGAL.test(name) || hasControl(name)) return null;
  if (!/[\p{L}\p{N}]/u.test(name)) return null;
  // A cased name with no capital letter at all is a description, not a proper name. Scripts
  // without case (Korean, Chinese…) pass.
  if (/[\p{Ll}\p{Lu}]/u.test(name) && !/\p{Lu}/u.test(name)) return null;
  return normalizeTitle(name);
}

/** One title to look up, with the entities that share it. */
export interface LookupTarget {
  title: string;
  entityIds: string[];
}

/**
 * The distinct titles behind a report's entities, in the order given (salience order in a
 * report), at most `max` of them. Automatic lookups use it so that one popup open never sends
 * more than a handful of requests, and never the same title twice.
 */
export function lookupTargets(entities: readonly Pick<Entity, 'id' | 'type' | 'name'>[], max = 6): LookupTarget[] {
  const byTitle = new Map<string, LookupTarget>();
  for (const entity of entities) {
    const title = titleFor(entity);
    if (!title) continue;
    const known = byTitle.get(title);
    if (known) known.entityIds.push(entity.id);
    else if (byTitle.size < max) byTitle.set(title, { title, entityIds: [entity.id] });
  }
  return [...byTitle.values()];
}
