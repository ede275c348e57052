/**
 * Titles around names: "President Vladimir Putin", "U.S. Secretary of Defense Ash Carter",
 * "Daum Kakao CEO". A title is cut off the person's name and kept as a role; a title in the
 * middle of a run splits employer from person ("WeWork CEO Adam Neumann").
 */
import { lookup } from './gazetteer';
import { isGivenName } from './names';
import { COMMON_CAPS, isPersonNoun, ORG_HEADS, PLACE_PARTICLES, REMIT_WORDS, ROMANCE_PLACE_HEADS, SURNAME_PLACE_HEADS, TITLE_MODIFIERS, TITLE_PHRASES, TITLE_WORDS } from './lexicon';
import { endsWithHead, isNameSuffix, wordIndexes } from './shape';
import type { Token } from './tokens';

/** Titles that follow an employer's name ("Daum Kakao CEO", "Apple founder"). */
export const TITLES_AFTER_NAMES: ReadonlySet<string> = new Set([
  'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'founder', 'president', 'spokesman',
  'spokeswoman', 'spokesperson', 'chief', 'boss', 'director',
]);

/** TITLE_PHRASES by their first word: asked at every capitalised word, so not a scan. */
const TITLE_PHRASES_BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const m = new Map<string, (readonly string[])[]>();
  for (const phrase of TITLE_PHRASES) m.set(phrase[0]!, [...(m.get(phrase[0]!) ?? []), phrase]);
  return m;
})();

/** Words that make a title a local government's when they open a name's run: "City Attorney". */
const LOCAL_JURISDICTIONS: ReadonlySet<string> = new Set(['city', 'county', 'town', 'borough', 'township', 'village', 'municipal']);

/** End of the title phrase ("Secretary of State") that starts at `i`, or -1. */
export function titlePhraseEnd(tokens: readonly Token[], i: number): number {
  const first = tokens[i]?.lower;
  for (const phrase of (first !== undefined && TITLE_PHRASES_BY_FIRST.get(first)) || []) {
    let ok = true;
    for (let k = 0; k < phrase.length; k++) {
      if (tokens[i + k]?.lower !== phrase[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return i + phrase.length;
  }
  return -1;
}

/** Title words that are common words or given names too when spelled out (see findTitle): "Tia Carmen" is an aunt, "Tia Mowry" an actress. */
const AMBIGUOUS_TITLES: ReadonlySet<string> = new Set(['private', 'major', 'miss', 'master', 'chair', 'head', 'tia', 'tía', 'dona', 'nonna']);

/** Title words that are given names too ("Dean Winter", "Bishop Briggs"). */
const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set(['dean', 'bishop', 'judge', 'earl', 'king', 'prince', 'duke']);

/**
 * "Sultan" is a given name before a family name opening on "al": "Sultan al-Jaber", "Sultan Al
 * Neyadi" (al-Jaber was titled "Sultan", news-dev's climate news). A ruler's name goes on
 * with his own: "Sultan Haitham bin Tariq".
 */
function isArabicGivenName(tokens: readonly Token[], words: readonly number[], w: number): boolean {
  const t = tokens[words[w]!]!;
  const next = tokens[words[w + 1]!];
  if (t.lower === 'sultan' && next !== undefined && (next.lower === 'al' || next.lower.startsWith('al-'))) return true;
  // "Hassan Sheikh Mohamud", "Muhammed Sheikh Khalil": "Sheikh" between a given name and the
  // next is a part of the name (both were an organization and a sheikh, the wire copy's
  // Somalia news and UNER).
  const before = w > 0 ? tokens[words[w - 1]!] : undefined;
  return MID_NAME_HONORIFICS.has(t.lower) && before !== undefined && before.cap && isGivenName(before.lower) && next !== undefined && next.cap;
}

/** Honorifics that Arabic and Somali names carry between their parts. */
const MID_NAME_HONORIFICS: ReadonlySet<string> = new Set(['sheikh', 'sheik', 'shaikh']);

/**
 * A given name and a surname that heads places elsewhere end the run: "Judge Sean Lane",
 * "Senator Tom Cross" (the first was one place, news-dev's court news).
 */
function endsInHeadSurname(tokens: readonly Token[], words: readonly number[]): boolean {
  const n = words.length;
  // "Ms. Park", "Mr. Hall": a courtesy title before one word titles a surname (both were
  // places, the web text written for the tests).
  if (n === 2 && COURTESY_TITLES.has(tokens[words[0]!]!.lower)) return true;
  return n >= 3 && SURNAME_PLACE_HEADS.has(tokens[words[n - 1]!]!.lower) && isGivenName(tokens[words[n - 2]!]!.lower);
}

/** Titles for anyone by their surname, never a place's first word. */
const COURTESY_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);

/**
 * The title inside [from, to) that is followed by a name: a run of title words and modifiers
 * with at least one real title word. Runs that end in an org head are org names, not titles
 * ("Justice Department").
 */
export function findTitle(tokens: readonly Token[], from: number, to: number): { from: number; to: number } | null {
  const words = wordIndexes(tokens, from, to);
  if (endsWithHead(tokens, to) && !endsInHeadSurname(tokens, words)) return null;
  // A capitalised trade is a title too, before a given name and a surname: "Singer Taylor
  // Swift", "Billionaire Mark Cuban", "CBS Sports NFL Insider Jason La Canfora" (one
  // organization, CBS Sports in Zyte AEB); not "Farmer Brothers", "Star Wars Jedi".
  // Both by the word's index in `words`.
  const isTitle = (w: number): boolean => {
    const t = tokens[words[w]!]!;
    // A word a hyphen glues to the next is part of a name: "Imam-ul-Haq" (was a person "ul-Haq"),
    // unless the next is a title too: "NATO Secretary-General Mark Rutte" lost its NATO.
    const glued = tokens[words[w]! + 1];
    const gluedTo = tokens[words[w]! + 2];
    if (glued?.text === '-' && !glued.space && !(gluedTo && (TITLE_WORDS.has(gluedTo.lower) || TITLE_MODIFIERS.has(gluedTo.lower)))) return false;
    // A surname a "Jr." follows: "Martin Luther King Jr." (was "Jr." titled King).
    if (w + 1 < words.length && isNameSuffix(tokens[words[w + 1]!]!.lower)) return false;
    // A title word glued by a hyphen to a name's word before it is that name's: "Notre-Dame
    // Cathedral" (was "Notre" and a person "Cathedral", news-dev's religion news); not
    // after a title: "Secretary-General".
    const dash = tokens[words[w]! - 1];
    const beforeDash = tokens[words[w]! - 2];
    if (dash?.text === '-' && !dash.space && !t.space && beforeDash?.cap && !TITLE_WORDS.has(beforeDash.lower) && !TITLE_MODIFIERS.has(beforeDash.lower)) return false;
    // "Labor leader Dean Winter": a title that is a given name too, after a role in lower
    // case, is the given name (Winter was titled "Dean", news-dev's Australian news).
    const roleBefore = tokens[words[w]! - 1];
    if (w === 0 && GIVEN_NAME_TITLES.has(t.lower) && roleBefore?.kind === 'word' && !roleBefore.cap && (TITLE_WORDS.has(roleBefore.lower) || isPersonNoun(roleBefore.lower))) return false;
    // "Col du Galibier" is a mountain pass, not a colonel.
    const particle = tokens[words[w]! + 1];
    if (ROMANCE_PLACE_HEADS.has(t.lower) && particle?.kind === 'word' && !particle.cap && PLACE_PARTICLES.has(particle.lower)) return false;
    if (TITLE_WORDS.has(t.lower)) return !isArabicGivenName(tokens, words, w);
    return t.cap && words.length - w >= 3 && isPersonNoun(t.lower) && isGivenName(tokens[words[w + 1]!]!.lower);
  };
  const isPart = (w: number): boolean => isTitle(w) || TITLE_MODIFIERS.has(tokens[words[w]!]!.lower);
  // What may stand before a title word: a modifier, or a capitalised portfolio.
  const modifies = (k: number): boolean => TITLE_MODIFIERS.has(tokens[k]!.lower) || (tokens[k]!.cap && REMIT_WORDS.has(tokens[k]!.lower));
  // A portfolio that ends a body's known name is the body's: "Homeland Security Secretary
  // Michael Chertoff" (was the organization "Homeland", GMB).
  // The gazetteer's type for the two words from `w`.
  const pairType = (w: number): string | undefined => (w >= 0 && w + 1 < words.length ? lookup(`${tokens[words[w]!]!.text} ${tokens[words[w + 1]!]!.text}`)?.type : undefined);
  const endsKnownBody = (w: number): boolean => pairType(w - 1) === 'organization';
  // A known person whose name opens on a title word: "Prime Minister Sheikh Hasina" (was
  // "Hasina", titled "Prime Minister Sheikh").
  const opensKnownPerson = (w: number): boolean => pairType(w) === 'person';
  for (let w = 0; w < words.length; w++) {
    const k = words[w]!;
    const phrase = titlePhraseEnd(tokens, k);
    if (!isTitle(w) && phrase < 0) continue;
    // Extend back over modifiers ("Foreign Minister") and a portfolio ("Assistant Roads
    // Minister Wilfred Machage" made an organization of "Assistant Roads", GMB), and forward
    // over more title words.
    let startW = w;
    // A town's, county's or city's office opening the run: "City Solicitor Ebony Thompson"
    // (left a place "City", news-dev's US courts). Only there: "New York City Mayor Eric
    // Adams" keeps its city.
    if (w === 1 && LOCAL_JURISDICTIONS.has(tokens[words[0]!]!.lower)) startW = 0;
    // Through "and" between two portfolios: "Mines and Energy Minister", "Health and Social
    // Care Secretary" (left "Mines and", "Social Care" organizations, news-dev's Latin news).
    for (;;) {
      if (startW > 0 && modifies(words[startW - 1]!) && !endsKnownBody(startW - 1)) startW--;
      else if (startW > 1 && tokens[words[startW - 1]!]!.lower === 'and' && modifies(words[startW - 2]!) && !endsKnownBody(startW - 2)) startW -= 2;
      else break;
    }
    let endW = w + 1;
    while (endW < words.length && (words[endW]! < phrase || isPart(endW)) && !opensKnownPerson(endW)) endW++;
    if (endW >= words.length) return null; // nothing after the title: not a titled name
    const titleFrom = words[startW]!;
    let titleTo = words[endW - 1]! + 1;
    if (tokens[titleTo]?.text === '.') titleTo++;
    // The person must look like a name: not a single common word.
    const rest = words.slice(endW);
    if (rest.length === 1 && COMMON_CAPS.has(tokens[rest[0]!]!.lower)) return null;
    // A title that is also a common adjective or noun, alone and spelled out, titles a given
    // name only: "Private Bradley Manning", but "Major League Baseball" and "Private Internet
    // Access" (whose rests were people) are names of their own.
    const alone = endW - startW === 1 && tokens[titleTo - 1]?.text !== '.';
    const next = tokens[rest[0]!]!;
    // An org head right after is the name going on: "General Directorate of Security".
    if (ORG_HEADS.has(next.lower)) return null;
    // Any given name will do ("Fed Chair Jerome Powell" was one person).
    if (alone && AMBIGUOUS_TITLES.has(tokens[titleFrom]!.lower) && !isGivenName(next.lower) && next.text.replace('.', '').length > 1) return null;
    return { from: titleFrom, to: titleTo };
  }
  return null;
}

