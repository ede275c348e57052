/**
 * Name candidates: runs of capitalised tokens, trimmed of what capitals do not make a name
 * (sentence openers, titles, demonyms used as adjectives). Types are decided later, over the
 * whole document, in classify.ts; this file only says where names are.
 */
import { jointedEntryAt, lookup, namesCountry, type GazetteerHit } from './gazetteer';
import {
  ADVOCATES,
  AFFILIATIONS,
  AWARD_HEADS,
  CAP_STOPWORDS,
  COMMON_CAPS,
  CREDENTIALS,
  isTerm,
  LAW_HEADS,
  MISC_HEADS,
  MODEL_TAILS,
  NAME_ABBREVIATIONS,
  PLACE_ABBREVIATIONS,
  NAME_PARTICLES,
  NATIONAL_FIRM_WORDS,
  NUMBER_WORDS,
  isPersonNoun,
  TOWN_RIVER_JOINTS,
  ROMANCE_PLACE_HEADS,
  PLACE_PARTICLES,
  CONTINENTS,
  OF_HEADS,
  IRREGULAR_PARTICIPLES,
  OPENING_ADJECTIVES,
  OPENING_DESCRIPTORS,
  UNITS_BEFORE_NAMES,
  NOTE_OPENERS,
  isPositionCode,
  ORG_HEADS,
  SURNAME_PLACE_HEADS,
  PAGE_FURNITURE,
  PEOPLE_NOUNS,
  PLACE_HEADS,
  PLACE_SUFFIX,
  REMIT_WORDS,
  SHOP_HEADS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from './lexicon';
import { COMMON_WORDS } from './common-words';
import { headlineSentences, isCapitalSubhead, isCommonWord, isTitledSurname, looksLikeHeadline, neverWrittenSmall, STOPWORD_SURNAMES } from './headline';
import { FIRST_NAMES, isGivenName } from './names';
import { headType } from './roles';
import { endsWithHead, hasHead, isCapWord, isDateline, isEventHead, isGluedParticle, isHeadquarteredAfter, isPlacePredicateAfter, isHyphenTail, isMakerBeforeNumber, isModelMark, isPossessive, isRoman, isSpeakerAt, isWord, lowerAt, SECOND_PARTICLES, surface, SURNAME_PARTICLES, titlesNextPerson, wordIndexes, type DocStats } from './shape';
import { type ResultSide, resultRuns } from './results';
import { isClaimed } from './spans';
import { facesSideAfter, isTeam } from './teams';
import { findTitle, titlePhraseEnd, TITLES_AFTER_NAMES } from './titles';
import type { Token } from './tokens';
import { stateNameWordsAt } from './states';
import { isTown } from './towns';

export interface NameSpan {
  from: number;
  to: number;
  /** A demonym ("South Korean") stands for its place but is not a name of it. */
  demonym: boolean;
  gazetteer?: GazetteerHit;
  /** Title tokens cut off right before the name ("President", "Sen."). */
  title?: { from: number; to: number };
  /** A title word right after the name ("Daum Kakao CEO"): the name employs people. */
  titleAfter?: boolean;
  /**
   * The title before the name is the role of the person before a comma ("Rob Goldman,
   * President Ascom North America, says"): the name is where that person holds it.
   */
  heldAt?: boolean;
  /** Written before a market quote code ("Brent LCOc1", "Sterling GBP="): a traded instrument. */
  instrument?: boolean;
  /** Found in a headline-cased line, where capitals prove nothing: kept only if known. */
  weak: boolean;
  /** The NER tagger's type for this span (combine.ts), a vote like any other cue. */
  tagged?: 'person' | 'organization' | 'place';
  /** The tagger saw no name here and nothing else vouches for one (combine.ts). */
  unconfirmed?: boolean;
  /**
   * A given name that chat writes as a person's: a speaker's label ("tom: no way") or a name
   * written small in chat or e-mail ("ask priya"). A person by that alone.
   */
  chatName?: boolean;
  /**
   * A team or a player, by the grammar of a line of sports results ("Arsenal 2 Chelsea 0",
   * "Zak Crawley c Patidar b Ashwin 15"; results.ts).
   */
  resultSide?: ResultSide;
}

/** Longest run we treat as one name; longer capitalised runs are headlines or noise. */
export const MAX_RUN = 12;

/** Connectors allowed inside an org, place or award name, and the heads that license them. */
const CONNECTORS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['of', new Set([...OF_HEADS, 'medal', 'cup', 'festival', 'circuit'])],
  ['for', new Set([...ORG_HEADS, ...ADVOCATES, ...AWARD_HEADS])],
  // Not a place after it: "the Peace Prize in Oslo" is the prize and the town. A UN mission
  // is named for where it serves: "U.N. Human Rights Monitoring Mission in Ukraine" (was cut
  // at "in", news-dev's war news). So is a national church: "the Evangelical Church in Germany"
  // (was cut at "in", news written for the tests, fourteenth round).
  ['in', new Set([...AWARD_HEADS, 'mission', 'church'])],
  ['on', ORG_HEADS],
  ['against', ADVOCATES],
]);

/** Bodies named for their aim with "to": "Committee to Protect Journalists". */
const AIM_HEADS: ReadonlySet<string> = new Set(['committee', 'campaign', 'coalition', 'alliance', 'movement', 'fund', 'foundation', 'initiative', 'project', 'council', 'society', 'league']);

const LEADING_LETTERS = /^[\p{L}\p{M}]+/u;

/**
 * End (exclusive) of a gazetteer entry with inner joints ("Deir ez-Zor") that starts at token
 * `i`, or -1.
 */
function gazetteerPhraseEnd(text: string, tokens: readonly Token[], i: number): number {
  const first = tokens[i]!;
  if (first.kind !== 'word') return -1;
  const lead = LEADING_LETTERS.exec(first.text)?.[0];
  if (!lead) return -1;
  const len = jointedEntryAt(text, first.start, lead);
  if (len === 0) return -1;
  const end = first.start + len;
  for (let j = i; j < tokens.length && tokens[j]!.start < end; j++) {
    if (tokens[j]!.end === end) return j + 1;
  }
  return -1;
}

/** Finds name candidates in `tokens`, skipping tokens already claimed by other recognisers. */
export function findNames(text: string, tokens: readonly Token[], claimed: Uint8Array, stats: DocStats): NameSpan[] {
  const out: NameSpan[] = [];
  const headlines = headlineSentences(tokens);
  const results = resultRuns(tokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const result = results.get(i);
    if (result && !isClaimed(claimed, i, result.to)) {
      // Not a player in a singles result ("Andre Agassi 2 Pete Sampras 1").
      const side = result.side === 'team' && result.to - i > 1 && isGivenName(t.lower) ? undefined : result.side;
      out.push({ ...span(i, result.to, lookup(surface(text, tokens, i, result.to))), ...(side ? { resultSide: side } : {}) });
      i = result.to;
      continue;
    }
    const lowerPlace = !t.cap && stats.casual && !claimed[i] ? lowerCasePlaceAt(tokens, i, out.at(-1)?.to === i && out.at(-1)?.gazetteer?.type === 'place') : null;
    if (lowerPlace) {
      out.push(span(i, lowerPlace.to, lowerPlace.hit));
      i = lowerPlace.to;
      continue;
    }
    // "tom: its a banger", "ask priya", "me and tyler went": chat labels its speakers by given
    // name and writes people's names small as it writes places (web text written for the tests
    // missed 254 names in lower case and 122 speakers). Only a given name that is no common
    // word ("will", "hope", "max" stay words).
    if (!claimed[i] && stats.casual && (isSpeakerAt(tokens, i) || (!t.cap && isChatGivenName(t)))) {
      out.push({ ...span(i, i + 1), chatName: true });
      i++;
      continue;
    }
    // A surname opened by particles starts a run in English text only ("da Bahia" is no name).
    const surname = !t.cap && stats.english ? surnameAfterParticles(tokens, i, stats) : -1;
    if (claimed[i] || !(canStart(tokens, i) || surname >= 0)) {
      i++;
      continue;
    }
    let titleFrom = -1;
    let start = i;
    const tp = t.cap ? titlePhraseEnd(tokens, i) : -1;
    if (tp > 0 && isCapWord(tokens[tp]) && !claimed[tp]) {
      titleFrom = i;
      start = tp;
    }
    // The run of a surname opened by particles is the surname's ("bin Laden", not "bin Laden
    // for their cues": a run from a lower-case word would read on through lower-case words).
    const end = runEnd(text, tokens, claimed, surname >= 0 ? surname : start, stats);
    if (end - start > MAX_RUN) {
      i = end;
      continue;
    }
    // "lunch at Chuy's, then", "we went to Del Frisco's in November": a possessive after one
    // goes to, with no noun after it, names the shop or the restaurant, a place with its "'s"
    // (was a place "Chuy", the web text written for the tests). Not "at Smith's request".
    // A known name's possessive is its own ("from Germany's", "to Sotheby's" are known).
    if (titleFrom < 0 && isVenuePossessive(tokens, start, end) && !claimed[end] && !lookup(surface(text, tokens, start, end + 1)) && !lookup(surface(text, tokens, start, end))) {
      out.push(span(start, end + 1, namedAs('place', text, tokens, start, end + 1)));
      i = end + 1;
      continue;
    }
    // "The Commissioner of Police, Hakeem Odumosu", "the Secretary of State flew in": a title
    // phrase with no name after it names no one, nor its last words; nor does a subheading.
    // Unless an acronym in brackets after it names the office as a body: "The New York State
    // Attorney General (NYAG) is investigating" (Reuters via VentureBeat, Zyte AEB).
    const named = tokens[start]!.lower === 'the' ? start + 1 : start;
    if (titleFrom < 0 && end - named >= 2 && acronymSpellsRun(tokens, named, end)) {
      out.push(span(named, end));
      i = end;
      continue;
    }
    if (isTitleRemit(text, tokens, start, end, stats) || endsTitlePhrase(tokens, start, end) || isCapitalSubhead(text, tokens, start, end)) {
      // The title owns these words: the tagger may not add them back either.
      claimed.fill(1, start, end);
      i = end;
      continue;
    }
    // A dateline on a line of its own ("PONTE VEDRA BEACH , Florida 2024-03-16") is no headline.
    const weak =
      (headlines.has(t.sent) || (looksLikeHeadline(tokens, start, end, stats) && !isMakersModel(text, tokens, start, end) && !isTeamRun(tokens, start, end))) &&
      !isDateline(tokens, start, end);
    // A known name is not split at its common words: "Mothers Against Drunk Driving".
    const known = weak && lookup(surface(text, tokens, start, end)) !== undefined;
    const spans = weak && !known ? splitHeadline(text, tokens, start, end, stats) : splitRun(text, tokens, start, end, stats);
    for (const s of spans) {
      s.weak = weak;
      if (titleFrom >= 0 && s.from === start && !s.title) s.title = { from: titleFrom, to: start };
      out.push(s);
    }
    i = end;
  }
  return out;
}

/** Longest place name written in lower case that we look up ("new york city"). */
const MAX_LOWER_PLACE_WORDS = 3;

/** Words before a lone place name written in lower case: "living in malaysia", "from chicago". */
const LOWER_PLACE_CUES: ReadonlySet<string> = new Set(['in', 'to', 'from', 'at', 'near', 'around', 'across', 'into', 'through', 'outside', 'via', 'visit', 'visiting', 'visited', 'and']);

/**
 * A known place written all in lower case from token `i` ("how are vietnam and Afghanistan
 * alike", "traveling to san francisco california"), in a text that writes "i" small: chat and
 * forum text drops capitals, news never does. Only the gazetteer's places count. A lone word
 * must also follow a word that leads to a place ("in kerala", "from mexico") or stand beside
 * another place ("brittany france", "san francisco california"), and be neither a common English word ("nice") nor a
 * given name ("georgia", "jordan"): "the turkey on the china plates" names no country.
 */
function lowerCasePlaceAt(tokens: readonly Token[], i: number, afterPlace: boolean): { to: number; hit: GazetteerHit } | null {
  for (let n = MAX_LOWER_PLACE_WORDS; n >= 1; n--) {
    const hit = lowerCasePlace(tokens, i, n);
    if (!hit) continue;
    if (n === 1) {
      const word = tokens[i]!.lower;
      if (COMMON_WORDS.has(word) || isGivenName(word)) continue;
      const prev = tokens[i - 1];
      const placeAt = (k: number): boolean => lowerCasePlace(tokens, k, 1) !== undefined || lookup(tokens[k]?.text ?? '')?.type === 'place';
      const beside = afterPlace || placeAt(i - 1) || placeAt(i + 1) || (/^(and|or)$/.test(tokens[i + 1]?.lower ?? '') && placeAt(i + 2));
      // A country needs no company: "how afghanistan and Vietam are different" (UNER); its
      // name is no common word or given name ("turkey", "jordan" went above).
      const country = namesCountry(capitalised(word));
      if (!beside && !country && !(prev && isWord(prev) && LOWER_PLACE_CUES.has(prev.lower))) continue;
    }
    return { to: i + n, hit };
  }
  return null;
}

/** The gazetteer's place named by the `n` lower-case words from token `i`, if they name one. */
function lowerCasePlace(tokens: readonly Token[], i: number, n: number): GazetteerHit | undefined {
  const words = tokens.slice(i, i + n);
  if (i < 0 || words.length < n || !words.every((w, k) => isWord(w) && !w.cap && /^\p{Ll}+$/u.test(w.text) && (k === 0 || w.space))) return undefined;
  const hit = lookup(words.map((w) => capitalised(w.text)).join(' '));
  return hit?.type === 'place' && !hit.demonym ? hit : undefined;
}

/**
 * "(NYAG)" right after the run, its letters the initials of the run's words in order, from the
 * first word to the last, some left out ("New York [State] Attorney General").
 */
function acronymSpellsRun(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[to]?.text !== '(' || tokens[to + 2]?.text !== ')') return false;
  const acronym = tokens[to + 1]!.text.replace(/\./g, '');
  if (!/^\p{Lu}{2,}$/u.test(acronym)) return false;
  const initials = wordIndexes(tokens, from, to).map((k) => tokens[k]!.text.charAt(0));
  if (initials[0] !== acronym[0] || initials[initials.length - 1] !== acronym[acronym.length - 1]) return false;
  let a = 0;
  for (const c of initials) if (c === acronym[a]) a++;
  return a === acronym.length;
}

/** A title phrase ("Secretary of State", "Commissioner of Police") that ends where the run ends. */
function endsTitlePhrase(tokens: readonly Token[], from: number, to: number): boolean {
  // From the run's start (after a "The"), or before it when the run is the phrase's tail; not
  // from inside the run: "the U.S. Surgeon General" keeps "U.S.".
  const first = tokens[from]!.lower === 'the' ? from + 1 : from;
  for (let k = Math.max(0, from - 4); k <= first && k < to; k++) if (titlePhraseEnd(tokens, k) === to) return true;
  return false;
}

/**
 * "The Minister of Health, Nancy Perez", "the Minister for Education": the remit after a title
 * and "of"/"for" names no one ("Health" and "Education" were organizations, WikiEvents), unless
 * it is a known name ("Prime Minister of Japan").
 */
function isTitleRemit(text: string, tokens: readonly Token[], from: number, to: number, stats: DocStats): boolean {
  const joint = tokens[from - 1];
  const title = tokens[from - 2];
  if (!joint || !title || (joint.lower !== 'of' && joint.lower !== 'for') || !title.cap || !TITLE_WORDS.has(title.lower)) return false;
  if (to - from > 2 || lookup(surface(text, tokens, from, to))) return false;
  // A remit is common words the text also writes in lower case; an employer is a name of its
  // own ("CEO of Hipcricket", "Mayor of Sioux Falls"). A royal title's common word is a
  // nickname's, whatever else the text writes: "the Prince of Darkness", "the King of Pop"
  // ("Darkness" was an organization, the wire copy's culture news).
  const royal = ROYAL_TITLES.has(title.lower);
  return wordIndexes(tokens, from, to).every((k) => stats.lowercase.has(tokens[k]!.lower) || (royal && COMMON_WORDS.has(tokens[k]!.lower)));
}

/** Titles of crowns and peerages, whose "of" names a realm or, with a common word, a nickname. */
const ROYAL_TITLES: ReadonlySet<string> = new Set(['prince', 'princess', 'king', 'queen', 'emperor', 'empress', 'duke', 'duchess', 'lord', 'lady']);

/**
 * "Afghanistan KANDAHAR, Afghanistan": a dateline in capitals glued to the line before is a
 * separate name, not part of the run.
 */
function datelineBoundary(prev: Token, t: Token): boolean {
  const shout = (x: Token): boolean => /^\p{Lu}{4,}$/u.test(x.text);
  // Both in capitals: one dateline ("NEW DELHI").
  if (shout(prev) === shout(t) || (prev.acronym && t.acronym)) return false;
  return lookup(shout(t) ? t.text : prev.text)?.type === 'place';
}

/** In a headline, names are the stretches between common words. */
function splitHeadline(text: string, tokens: readonly Token[], from: number, to: number, stats: DocStats): NameSpan[] {
  const out: NameSpan[] = [];
  // In a headline in capitals, a word of four letters or more that the text never writes
  // with small letters, and no list knows, is no name's: "SCHEFFLER EXTENDS LEAD" is
  // Scheffler ("Scottie Scheffler" below), "ALCARAZ BEATS SINNER" two players.
  // Not a lone acronym ("ESPN"), nor a dateline's place ("PONTE VEDRA BEACH , Florida").
  const words = wordIndexes(tokens, from, to);
  const allCaps = words.length >= 2 && !isDateline(tokens, from, to) && words.every((k) => tokens[k]!.acronym || tokens[k]!.text.length === 1);
  const unwritten = (t: Token): boolean => allCaps && t.acronym && neverWrittenSmall(t, stats);
  // A body's initials that the text spells out are its name, though they spell a word
  // ("WHO DECLARES MPOX AN EMERGENCY" over "The World Health Organization declared").
  const shouted = (k: number): boolean => {
    const t = tokens[k]!;
    return t.acronym && (CAP_STOPWORDS.has(t.lower) || stats.lowercase.has(t.lower)) && !isKnownBodyInCaps(tokens, k);
  };
  const splitsAt = (k: number): boolean => shouted(k) || unwritten(tokens[k]!) || (isCommonWord(tokens[k]!, stats) && !isTitledSurname(tokens, k));
  let s = from;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    // A known name of several words stays whole though a common word or a shouted particle in
    // it would split it: "POGACAR WINS FOURTH TOUR DE FRANCE" (the race, not a place France).
    const known = k < to ? knownNameEnd(text, tokens, k, to) : -1;
    if (known > 0 && wordIndexes(tokens, k, known).some(splitsAt)) {
      if (k > s) out.push(...splitRun(text, tokens, s, k, stats));
      out.push(...splitRun(text, tokens, k, known, stats));
      s = known;
      k = known - 1;
      continue;
    }
    const alone = k < to && unwritten(t!);
    if (k === to || shouted(k) || alone || (isCommonWord(tokens[k]!, stats) && !isTitledSurname(tokens, k))) {
      if (k > s) out.push(...splitRun(text, tokens, s, k, stats));
      // Such a word stands alone, still a weak name that the text must confirm; kept as a
      // span, so that the tagger does not add it back ("L’ALLEGRO CHIRURGO" a person).
      if (alone) out.push(...splitRun(text, tokens, k, k + 1, stats));
      s = k + 1;
    }
  }
  return out;
}

/** Heads of political bodies, whose "of" may name a leader. */
const PARTY_HEADS: ReadonlySet<string> = new Set(['party', 'alliance', 'coalition', 'movement', 'front']);

/** A word with a capital after its small letters: "WikiLeaks", "PayPal", "McCain". */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;
/** Longer words glued from capitalised words are hashtags and slugs ("TheBellsTheBellsTheBells"). */
const MAX_BRAND_LENGTH = 16;

/** Longest name the gazetteer knows of two words or more from `from` (before `to`), or -1. */
const MAX_KNOWN_WORDS = 5;
function knownNameEnd(text: string, tokens: readonly Token[], from: number, to: number): number {
  if (tokens[from]!.kind !== 'word' || CAP_STOPWORDS.has(tokens[from]!.lower)) return -1;
  for (let end = Math.min(to, from + MAX_KNOWN_WORDS); end > from + 1; end--) {
    if (tokens[end - 1]!.kind === 'word' && lookup(surface(text, tokens, from, end))) return end;
  }
  return -1;
}

/** A demonym glued to "pro-" or "anti-" before it ("pro-European", "anti-American"). */
function isStanceDemonym(tokens: readonly Token[], k: number): boolean {
  const dash = tokens[k - 1];
  const stance = tokens[k - 2];
  return dash?.text === '-' && !tokens[k]!.space && !dash.space && (stance?.lower === 'pro' || stance?.lower === 'anti') && lookup(tokens[k]!.text)?.demonym === true;
}

/**
 * A demonym and a common word before "party" are the party's name: "the ruling Georgian Dream
 * party" (was a place Georgia and a lone "Dream"). Not a demonym before a name of its own
 * ("the Hungarian Fidesz party").
 */
function namesPartyWithDemonym(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from === 2 && tokens[to]?.lower === 'party' && COMMON_WORDS.has(tokens[from + 1]!.lower) && lookup(tokens[from]!.text)?.demonym === true;
}

/** Longest appositive describedAfter reads, in tokens. */
const MAX_APPOSITIVE = 10;

/**
 * ", the world's biggest copper miner," after `to`: an appositive that closes on a noun for a
 * firm, a person or a place (roles.ts, headType) says the word before it is a name.
 */
function describedAfter(tokens: readonly Token[], to: number): boolean {
  const opener = tokens[to + 1]?.lower;
  if (tokens[to]?.text !== ',' || (opener !== 'the' && opener !== 'a' && opener !== 'an')) return false;
  for (let k = to + 2; k < to + 2 + MAX_APPOSITIVE && tokens[k]?.sent === tokens[to]!.sent; k++) {
    if (tokens[k]!.text !== ',') continue;
    const head = tokens[k - 1]!;
    return head.kind === 'word' && !head.cap && headType(head.lower) !== undefined;
  }
  return false;
}

/** A word that starts a person's name or title: "and" before it joins two names, not one. */
function startsPersonName(t: Token): boolean {
  return FIRST_NAMES.has(t.lower) || TITLE_WORDS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || lookup(t.text)?.type === 'person';
}

/**
 * One syllable of romanised Korean (Revised Romanization and McCune–Reischauer spellings as
 * news prints them): "Jae", "in", "Bong", "jo", "Geun", "hye", "yeol", "Kyoo".
 */
const KOREAN_SYLLABLE = /^(?:[bcdghjkmnprstwy]|ch|kk|tt|pp|ss|jj|hw|gw|kw)?(?:a|ae|e|eo|eu|eui|i|o|oe|u|ui|ya|yae|ye|yeo|yo|yu|wa|wae|wo|we|wi|oo|yoo|ee)(?:n|ng|k|ck|l|m|p|t|b|g)?$/;

/**
 * One syllable of a Chinese name as Taiwan and older news spell it (Wade–Giles with hyphens,
 * or pinyin): "Shui", "bian", "Ying", "jeou", "Teng", "hui".
 */
const CHINESE_SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh|ts|tz|hs)?(?:a|ai|ao|an|ang|e|ei|en|eng|eou|er|i|ia|ian|iang|iao|ie|ien|ih|in|ing|iong|iu|o|ong|ou|u|ua|uai|uan|uang|ue|uei|ui|un|ung|uo)$/;

/**
 * "Moon Jae" + "in", "Chen Shui" + "bian": after a capitalised surname, a capitalised syllable
 * glued by a hyphen to a lower-case one ("Chen Shui-bian" and "Lee Soo-hyuck" were cut at the
 * hyphen, GMB). Not "Printable To-do" (a function word), "O-ring" (a letter) nor "The Re-run".
 */
function isSyllablePair(tokens: readonly Token[], dash: number): boolean {
  const surname = tokens[dash - 2];
  const prev = tokens[dash - 1];
  const next = tokens[dash + 1];
  if (!surname || !prev || !next || surname.kind !== 'word' || !surname.cap || next.kind !== 'word' || next.cap || !prev.cap) return false;
  if (prev.text.length < 2 || CAP_STOPWORDS.has(prev.lower) || CAP_STOPWORDS.has(surname.lower)) return false;
  const both = (syllable: RegExp): boolean => syllable.test(prev.lower) && syllable.test(next.lower);
  return both(KOREAN_SYLLABLE) || both(CHINESE_SYLLABLE);
}


/** Second halves of Arabic given names, written small after a hyphen: "Nour-eddine", "Hafeez-ullah". */
const ARABIC_NAME_TAILS: ReadonlySet<string> = new Set(['eddine', 'eddin', 'edine', 'eldin', 'uddin', 'ullah']);

/**
 * "Chems" + "eddine": a capitalised word glued by a hyphen to the small second half of an
 * Arabic given name ("Chems-eddine Hafiz" was "Hafiz", news-dev's religion news).
 */
function isArabicNameTail(prev: Token, next: Token | undefined): boolean {
  return prev.cap && next !== undefined && !next.space && ARABIC_NAME_TAILS.has(next.text);
}

/** A word hyphenated into the next one ("Hi-Tech", "In-Depth"); not "US-China", two names. */
function hyphenatedWord(tokens: readonly Token[], k: number): boolean {
  return !tokens[k]!.acronym && isHyphenTail(tokens, k + 2);
}

/**
 * A lone capital with a full stop before a name, mid-sentence, is an initial, not the article or
 * the pronoun: "nominated A. Noel Anketell Kramer" lost its "A." (UNER).
 */
function initialLetter(tokens: readonly Token[], k: number): boolean {
  const dot = tokens[k + 1];
  // Not where a line or sentence opens: "I. Speech", "A. Background" number a document's parts.
  if (tokens[k]!.initial) return false;
  return tokens[k]!.text.length === 1 && tokens[k]!.cap && dot?.text === '.' && !dot.space && isCapWord(tokens[k + 2]) && tokens[k + 2]!.sent === tokens[k]!.sent;
}

/**
 * A body the gazetteer knows by initials that spell a function word: "WHO Director-General
 * Tedros" (the WHO was cut as "who"). In a line of capitals only when the text spells the body
 * out elsewhere: "WHO DECLARES MPOX AN EMERGENCY" over "The World Health Organization
 * declared…", but not "WHO WILL WIN" alone.
 */
function isKnownBodyInCaps(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const hit = t.acronym ? lookup(t.text) : undefined;
  if (hit?.type !== 'organization') return false;
  return tokens[k + 1]?.acronym !== true || (hit.canonical !== t.text && spellsOut(tokens, hit.canonical.split(' ')));
}

/** Whether the words of `name` stand in a row somewhere in the tokens, as written. */
function spellsOut(tokens: readonly Token[], name: readonly string[]): boolean {
  for (let i = 0; i + name.length <= tokens.length; i++) {
    let j = 0;
    while (j < name.length && tokens[i + j]!.text === name[j]) j++;
    if (j === name.length) return true;
  }
  return false;
}

/**
 * A function word at `k` that opens the name after it instead of the sentence: hyphenated or
 * glued by "&" into the next word ("Hi-Tech Pharmaceuticals", "AT&T"), an initial, the surname
 * He after a title, a known body's initials ("WHO").
 */
function opensName(tokens: readonly Token[], k: number, to: number): boolean {
  return hyphenatedWord(tokens, k) || ampersandWord(tokens, k) || initialLetter(tokens, k) || (k + 1 < to && isTitledSurname(tokens, k)) || isKnownBodyInCaps(tokens, k) || countsIntoName(tokens, k, to);
}

/**
 * A number word capitalised mid-sentence before a name with a head opens it: "the Three
 * Brotherhood Alliance", "the Three Gorges Dam" (the first lost its "Three", news-dev's
 * war news). At a sentence's start it is only the sentence's first word.
 */
function countsIntoName(tokens: readonly Token[], k: number, to: number): boolean {
  const t = tokens[k]!;
  return NUMBER_WORDS.has(t.lower) && t.cap && !t.initial && to - k >= 3 && endsWithHead(tokens, to);
}

/** "AM" or "PM" after a clock time: "At 10:30 PM Jones left" was a person "PM Jones". */
function isClockMark(tokens: readonly Token[], k: number): boolean {
  return (tokens[k]!.lower === 'pm' || tokens[k]!.lower === 'am') && tokens[k - 1]?.kind === 'num';
}

/** Capitals glued by "&" to the next ones, one word: "AT" of "AT&T" is no function word. */
function ampersandWord(tokens: readonly Token[], k: number): boolean {
  const amp = tokens[k + 1];
  return amp?.text === '&' && !amp.space && tokens[k + 2]?.space === false && tokens[k + 2]!.cap;
}

/**
 * A US politician's party and state, "R-W.Va.", "D-Minn.": a tag after the name, not a name
 * (Zyte AEB had a person "R-W.Va").
 */
export function isPartyTag(surface: string): boolean {
  const m = /^[RDI]-([A-Za-z.]{2,14})$/.exec(surface);
  return m !== null && US_STATES.has(m[1]!.replace(/\.$/, '').toLowerCase());
}

/** US states as news writes them after a party letter: AP abbreviations, postal codes, short names. */
const US_STATES: ReadonlySet<string> = new Set([
  ...'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn vt va wash w.va wis wyo'.split(' '),
  ...'alaska hawaii idaho iowa maine ohio texas utah'.split(' '),
  ...'al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy'.split(' '),
]);

/** Index of an org head among the next few capitalised words from `k`, or -1. */
function orgHeadWithin(tokens: readonly Token[], k: number, sent: number): number {
  return headWithin(tokens, k, sent, ORG_HEADS);
}

/** Index of the first word of `heads` in the capitalised run of up to four words from `k`, or -1. */
function headWithin(tokens: readonly Token[], k: number, sent: number, heads: ReadonlySet<string>): number {
  for (let i = k; i < k + 4; i++) {
    const t = tokens[i];
    if (!t || t.sent !== sent || t.kind !== 'word' || !t.cap || !t.space) return -1;
    if (heads.has(t.lower)) return i;
  }
  return -1;
}

/** Small words inside a law's name, before its head word. */
const LAW_JOINTS: ReadonlySet<string> = new Set(['of', 'for', 'from', 'on', 'against', 'and', 'the', 'to', 'in']);

/**
 * Head words that end a law's name with small words inside ("… Act"). Not "Treaty" ("Treaty
 * of Rome"), "Law" ("Rule of Law"), "Code" ("Cursor and Claude Code"), "Regulations" ("FDA
 * and FTC Regulations") or "Bill" ("Janet Napolitano of Arizona and Bill Richardson" was one
 * person), which join other things.
 */
const LAW_NAME_ENDS: ReadonlySet<string> = new Set(['act', 'acts', 'statute', 'ordinance', 'decree', 'directive', 'amendment']);

/** Index of a law's head word reached from `k` over capitalised words and LAW_JOINTS, or -1. */
function lawHeadAhead(tokens: readonly Token[], k: number, sent: number): number {
  for (let i = k; i < k + 8; i++) {
    const t = tokens[i];
    if (!t || t.sent !== sent || t.kind !== 'word' || !t.space) return -1;
    // "SAT and ACT": a test in capitals, no law; and the head ends the name ("Act Now Coalition").
    if (t.cap && LAW_NAME_ENDS.has(t.lower)) return t.acronym || isCapWord(tokens[i + 1]) ? -1 : i;
    if (!t.cap && !LAW_JOINTS.has(t.lower)) return -1;
  }
  return -1;
}

function canStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (isCapWord(t)) return true;
  // "iPhone", "eBay", "xAI": a known brand written small, its capital inside (they were never
  // found). Only known ones: units and code ("mAh", "kWh", "getElementById") look the same.
  if (isWord(t) && /^\p{Ll}{1,2}\p{Lu}/u.test(t.text) && lookup(t.text) !== undefined) return true;
  // "al-Tanf", "al-Qaeda": a particle glued to a capitalised word.
  return isGluedParticle(tokens, i);
}

/**
 * "look to bin Laden", "von der Leyen said", "de Meo had run" after "Luca de Meo": the index
 * of the surname after the particles that open it at `i`, or -1. Only after a word that is not
 * part of a name: inside a run, "Osama bin Laden" is read whole already.
 */
function surnameAfterParticles(tokens: readonly Token[], i: number, stats: DocStats): number {
  const t = tokens[i]!;
  if (isCapWord(tokens[i - 1]) || tokens[i - 1]?.text === '-') return -1;
  if (!isWord(t) || t.cap) return -1;
  // "de Meo said", once the text has named "Luca de Meo".
  if (stats.particleSurnames.size > 0 && stats.particleSurnames.has(`${t.lower} ${tokens[i + 1]?.lower ?? ''}`)) return tokens[i + 1]!.space ? i + 1 : -1;
  if (!SURNAME_PARTICLES.has(t.lower)) return -1;
  let k = i + 1;
  const second = tokens[k];
  if (isWord(second) && !second!.cap && SECOND_PARTICLES.has(second!.lower) && second!.sent === t.sent) k++;
  const surname = tokens[k];
  return isCapWord(surname) && surname!.space && surname!.sent === t.sent && !surname!.acronym ? k : -1;
}

/**
 * "the U.S.-Mexico border", "the Gaza-Egypt border", "the Israel-Hamas war", "the
 * Google-Mozilla deal": two known places or bodies joined by the hyphen at `dash` are two
 * names, not one (the first was one place, "U.S.-Mexico", GMB; "Israel-Hamas" was dropped and
 * "Google-Mozilla" one firm, UNER). A name that has the hyphen itself stays whole
 * ("Guinea-Bissau", "Rolls-Royce"), and so does a merged firm known by either half
 * ("Exxon-Mobil").
 */
function knownPair(text: string, tokens: readonly Token[], from: number, dash: number): boolean {
  const right = tokens[dash + 1];
  if (!isCapWord(right) || tokens[dash + 2]?.text === '-') return false;
  const known = (s: string): GazetteerHit | undefined => {
    const hit = lookup(s);
    return (hit?.type === 'place' || hit?.type === 'organization') && !hit.demonym ? hit : undefined;
  };
  // A sentence's opener is not the name's: "The U.S.-China talks".
  let start = from;
  while (start < dash - 1 && CAP_STOPWORDS.has(tokens[start]!.lower)) start++;
  const first = known(surface(text, tokens, start, dash));
  const second = first && known(right!.text);
  return second !== undefined && first!.canonical !== second.canonical && !lookup(surface(text, tokens, start, dash + 2));
}

/**
 * Last words of a government body's name, which no country's name follows inside it. Not a
 * committee's: "the International Rescue Committee UK" is its British branch (GMB).
 */
const BODY_HEADS: ReadonlySet<string> = new Set(['department', 'ministry', 'agency', 'bureau', 'administration']);

/** Parts of the day a greeting names ("Good Morning"). */
const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening']);

/** Heads of days named in the possessive ("Valentine's Day", "New Year's Eve"). */
const POSSESSIVE_DAYS: ReadonlySet<string> = new Set(['day', 'eve']);
/** Places named for a saint or a patron: "St. Peter's Square", "St Paul's Cathedral", "Regent's Park". */
const POSSESSIVE_PLACES: ReadonlySet<string> = new Set(['square', 'basilica', 'cathedral', 'chapel', 'abbey', 'park', 'cross']);

/** Creeds and stances that describe a body before its name ("Islamist Muslim Brotherhood"). */
/** Followers of a leader or a doctrine ("Peronist", "Maoist"): never a body's own first word. */
const FOLLOWERS_CREEDS: ReadonlySet<string> = new Set([
  'peronist', 'kirchnerist', 'chavista', 'maoist', 'marxist', 'leninist', 'trotskyist', 'gaullist',
  'kemalist', 'francoist', 'fujimorista', 'uribista', 'bolsonarista', 'petista', 'thatcherite',
]);

const CREED_DESCRIPTORS: ReadonlySet<string> = new Set(['islamist', 'jihadist', 'militant', 'separatist', 'nationalist', 'leftist', 'far-right', 'far-left', 'opposition', 'ruling']);

/** Legal forms that follow a firm's name after a comma ("Google, Inc."). */
const COMMA_LEGAL_FORMS: ReadonlySet<string> = new Set(['inc', 'llc', 'ltd', 'corp', 'llp', 'plc', 'gmbh', 'ag', 'sa', 'nv', 'bv']);

/** The full stop of "Google, Inc.", which the name keeps. */
function isLegalFormDot(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.text === '.' && !tokens[k]!.space && tokens[k - 2]?.text === ',' && COMMA_LEGAL_FORMS.has(tokens[k - 1]?.lower ?? '');
}

/** Extends a capitalised run from `i`; returns its exclusive end. */
function runEnd(text: string, tokens: readonly Token[], claimed: Uint8Array, i: number, stats: DocStats): number {
  const sent = tokens[i]!.sent;
  const ok = (k: number): boolean => {
    const t = tokens[k];
    return t !== undefined && t.sent === sent && !claimed[k];
  };
  /** A head found at `headAt` (-1: none) with every token up to it free to join the run. */
  const freeTo = (from: number, headAt: number): boolean => {
    if (headAt < 0) return false;
    for (let k = from; k <= headAt; k++) if (!ok(k)) return false;
    return true;
  };
  let j = i + 1;
  let end = Math.max(j, gazetteerPhraseEnd(text, tokens, i));
  let sawConnector = false;
  /** The name went on through "for" ("Movement for the Emancipation"). */
  let sawPurpose = false;
  // A leading particle: "al-Tanf" (not a brand written small, "iPhone").
  if (!tokens[i]!.cap && tokens[i + 1]?.text === '-') j = i + 3;
  while (j < tokens.length && j - i <= MAX_RUN) {
    const t = tokens[j]!;
    const prev = tokens[j - 1]!;
    if (!ok(j)) break;
    if (isCapWord(t) && t.space) {
      if (datelineBoundary(prev, t)) break;
      // "State Department Iraq hands": a country after a public body's head is a name of its
      // own (was one organization, UNER).
      if (j - i >= 2 && BODY_HEADS.has(prev.lower) && namesCountry(t.text) && !lookup(surface(text, tokens, i, j + 1))) break;
      // "Miramar California", "Austin Texas": a town, then its state with no comma between, are
      // two places (one place, UNER's travel answers). Not a name that holds both ("Kansas City"
      // is no state's town).
      const stateWords = stateNameWordsAt(tokens, j);
      if (stateWords > 0 && (isTown(tokens, i, j) || lookup(surface(text, tokens, i, j))?.type === 'place') && !lookup(surface(text, tokens, i, j + stateWords))) break;
      end = Math.max(end, gazetteerPhraseEnd(text, tokens, j));
      j++;
      continue;
    }
    const next = tokens[j + 1];
    const glued = !t.space && next !== undefined && !next.space;
    // Sean "Diddy" Combs, Joaquín "El Chapo" Guzmán: a nickname in quotes between a given name
    // and a surname is inside the name (Combs was an organization and Sean a name of his own,
    // GMB).
    const nicknamed = j === i + 1 && isGivenName(prev.lower) ? nicknameEnd(tokens, j) : -1;
    if (nicknamed > 0 && ok(nicknamed - 1)) {
      j = nicknamed;
      continue;
    }
    // "Roe v. Wade", "Brown v. Board of Education": a court case is one name, its parties no
    // names of their own (Roe and Wade were people, the wire copy's courts). Only "v." as
    // law writes it: "Essex v Gloucestershire" is a fixture of two sides.
    if (t.text === 'v' && prev.cap && next?.text === '.' && !next.space && isCapWord(tokens[j + 2]) && tokens[j + 2]!.space && ok(j + 2)) {
      j += 3;
      continue;
    }
    // "W. Bush", "St. Louis", "Sen. Ben Sasse", "Mr. al-Yousifi"; not a sentence that opens
    // after a letter: "Spain topped Pool C. The Blackstone Group…" (was one person).
    if (t.text === '.' && !t.space && (prev.text.length === 1 || NAME_ABBREVIATIONS.has(prev.lower)) && prev.cap && ok(j + 1)) {
      if (isCapWord(next) && CAP_STOPWORDS.has(next!.lower)) break;
      if (isCapWord(next)) {
        j += 2;
        continue;
      }
      if (canStart(tokens, j + 1) && ok(j + 3)) {
        j += 4;
        continue;
      }
      // "its Warner Bros. film studios": the full stop of "Bros." ends no sentence before a
      // word in lower case, and is the name's (was "Warner Bros", news-dev's media news).
      if (prev.lower === 'bros' && (next === undefined || next.kind !== 'word' || !next.cap) && ok(j)) {
        j++;
        break;
      }
    }
    if (isGluedPlus(tokens, j)) {
      j++;
      break;
    }
    if (t.text === '-' && glued && knownPair(text, tokens, i, j)) break;
    // "Inzamam-ul-Haq", "Mazar-i-Sharif", "Lashkar-e-Taiba": a particle between two hyphens
    // (they were "Inzamam" and "Mazar", GMB).
    // So do a town's river and the sea it stands on: "Rostov-on-Don", "Stratford-upon-Avon",
    // "Southend-on-Sea" (they were two places, the wire copy's world news).
    // And a neighbourhood named for where it lies: "Over-the-Rhine" (was the river, WCXB 4584).
    const hyphenJoint = (w: string): boolean => NAME_PARTICLES.has(w) || w === 'i' || w === 'on' || w === 'the' || TOWN_RIVER_JOINTS.has(w);
    if (t.text === '-' && glued && isWord(next) && hyphenJoint(next!.lower) && tokens[j + 2]?.text === '-' && !tokens[j + 2]!.space && isCapWord(tokens[j + 3]) && ok(j + 3) && prev.cap && !prev.acronym && !tokens[j + 3]!.acronym) {
      j += 4;
      continue;
    }
    // "Al-Monitor", "Eva-Marie", "F-16", and a Korean given name's second syllable: "Moon
    // Jae-in", "Rhee Bong-jo" (both were cut at the hyphen).
    if (t.text === '-' && glued && (isCapWord(next) || next?.kind === 'num' || isSyllablePair(tokens, j) || isArabicNameTail(prev, next)) && ok(j + 1) && prev.kind === 'word') {
      j += 2;
      continue;
    }
    // "People's Liberation Army": a possessive inside a name that ends in an org head, also as
    // tokenised copy writes it apart ("Sheriff 's Office"). Not after a known name: "Vietnam's
    // Communist Party" is Vietnam and a party, "San Francisco's Moscone Center" a city and a
    // venue; nor after a person's full name: "Warren Buffett's Berkshire Hathaway Inc".
    // Nor after a surname the text gives a full name elsewhere: "Tusk's Civic Coalition" beside
    // "Donald Tusk" (news written for the tests).
    const namedSurname = j === i + 1 && stats.surnames.has(prev.lower);
    if (isPossessive(t) && isCapWord(next) && !lookup(prev.text) && !lookup(surface(text, tokens, i, j)) && !isFullNameOwner(tokens, i, j) && !namedSurname) {
      const orgAt = orgHeadWithin(tokens, j + 1, sent);
      // "Ray's Pizza": a shop named for its owner; "Valentine's Day": a day named for a saint
      // ("Valentine" was a person, CityLab in Readability's suite).
      const shopAt = orgAt > 0 ? orgAt : headWithin(tokens, j + 1, sent, SHOP_HEADS);
      const dayAt = shopAt > 0 ? shopAt : headWithin(tokens, j + 1, sent, POSSESSIVE_DAYS);
      const headAt = dayAt > 0 ? dayAt : headWithin(tokens, j + 1, sent, POSSESSIVE_PLACES);
      if (headAt > 0) {
        j = headAt + 1;
        continue;
      }
    }
    // The plural possessive: "Al Aqsa Martyrs' Brigades", "National Teachers' Union". Not a
    // quote's close: "the 'Heroes' Party"; nor an owner before a name complete without him:
    // "Geert Wilders' Party for Freedom" is the man and his party.
    // Tokenised copy writes it apart ("Westminster Magistrates ' Court"), where only an
    // apostrophe no other one opened can be it.
    const quoted = tokens[i - 1]?.text === t.text && !tokens[i]!.space;
    const apart = t.space && ![1, 2, 3, 4].some((back) => tokens[j - back]?.text === t.text);
    if ((t.text === "'" || t.text === '’') && (!t.space || apart) && !quoted && prev.cap && prev.lower.endsWith('s') && isCapWord(next) && next?.space) {
      const headAt = orgHeadWithin(tokens, j + 1, sent);
      const ownName = headAt > 0 && CONNECTORS.has(tokens[headAt + 1]?.lower ?? '') && isCapWord(tokens[headAt + 2]);
      if (headAt > 0 && !ownName) {
        j = headAt + 1;
        continue;
      }
    }
    // "Google, Inc.", "CCNG, Inc.": a legal form after a comma ends the firm's name (an
    // organization "Inc." stood on its own, UNER).
    if (t.text === ',' && prev.cap && isCapWord(next) && COMMA_LEGAL_FORMS.has(next!.lower) && ok(j + 1) && !isCapWord(tokens[j + 2])) {
      j += 2;
      if (tokens[j]?.text === '.' && !tokens[j]!.space && ok(j)) j++;
      break;
    }
    // "Ministry of Trade, Industry and Energy", "Council on Energy, Environment and Water": the
    // remit after a connector may be a list of common words closed by "and" (each part was an
    // organization of its own, Zyte AEB). Not a list of names: "the Ministry of Defense,
    // Israel and Egypt said".
    if (t.text === ',' && sawConnector && prev.cap && isRemitWord(prev.lower)) {
      const listEnd = remitListEnd(tokens, j, ok);
      if (listEnd > 0) {
        j = listEnd;
        break;
      }
    }
    // "AT&T", "Johnson & Johnson"
    if (t.text === '&' && isCapWord(next) && ok(j + 1)) {
      j += 2;
      continue;
    }
    if (isWord(t) && !t.cap) {
      // "Colle delle Finestre", "Passo dello Stelvio", "Stade de la Meinau": a Romance place
      // name's particle, one or two words, after its first word.
      if (j === i + 1 && ROMANCE_PLACE_HEADS.has(prev.lower) && PLACE_PARTICLES.has(t.lower)) {
        const skip = isWord(next) && PLACE_PARTICLES.has(next!.lower) ? 2 : 1;
        if (isCapWord(tokens[j + skip]) && ok(j + skip)) {
          j += skip + 1;
          continue;
        }
      }
      // "bin Laden", "von der Leyen", "Deir ez-Zor", "Badia al-Sham"
      if (NAME_PARTICLES.has(t.lower)) {
        const after = tokens[j + 2];
        if (isCapWord(next) && next?.space && ok(j + 1)) {
          j += 2;
          continue;
        }
        if (next?.text === '-' && !next.space && isCapWord(after) && !after?.space && ok(j + 2)) {
          j += 3;
          continue;
        }
        if (isWord(next) && NAME_PARTICLES.has(next?.lower ?? '') && isCapWord(after) && ok(j + 2)) {
          j += 3;
          continue;
        }
      }
      // "Braunau am Inn", "Frankfurt am Main", "Newcastle upon Tyne": a town named by its river
      // (classify.ts makes it a place). Not "I am", nor a pull on a body ("Pressure upon Congress").
      if (TOWN_RIVER_JOINTS.has(t.lower) && prev.cap && prev.text !== 'I' && isCapWord(next) && next?.space && ok(j + 1) && lookup(next!.text)?.type !== 'organization') {
        j += 2;
        continue;
      }
      // "U.S. Secretary of Defense Ash Carter"
      const phrase = titlePhraseEnd(tokens, j - 1);
      if (phrase > j && isCapWord(tokens[phrase]) && ok(phrase)) {
        j = phrase;
        continue;
      }
      // "Department of Justice", "University of the Philippines", "Observatory for Human Rights"
      const heads = CONNECTORS.get(t.lower);
      // An advocates' group is capitalised mid-sentence, and not for a person: "Lawyers for
      // Weinstein said" opens a sentence, "Americans for Trump" backs a man.
      const advocates = ADVOCATES.has(prev.lower) && !ORG_HEADS.has(prev.lower);
      // A name read through a connector goes on through "of": "Movement for the Emancipation
      // of the Niger Delta", "Organisation for the Prohibition of Chemical Weapons" (both were
      // cut at "of", GMB). Only after "for", a body named for its aim: "the Department of
      // Justice of the United States" is the department and the country.
      const ofAfterConnector = sawPurpose && t.lower === 'of';
      const placeAfterPrize = t.lower === 'in' && AWARD_HEADS.has(prev.lower) && next !== undefined && lookup(next.text) !== undefined;
      // "the Democratic Alliance of John Steenhuisen": a party's leader after "of" is no part
      // of its name (one organization, the wire copy's world news).
      const leaderAfter = t.lower === 'of' && PARTY_HEADS.has(prev.lower) && next !== undefined && FIRST_NAMES.has(next.lower) && isCapWord(tokens[j + 2]);
      // "the Apollo Gallery of the Louvre Museum": a gallery "of the" museum is a room of it, and
      // the museum a name of its own (one organization, news-dev's arts news); "National
      // Gallery of Art", "Art Gallery of Ontario" go on.
      const roomOf = prev.lower === 'gallery' && next?.lower === 'the';
      // A church "in" a town is a parish and its town ("Annunciation Catholic Church in
      // Minneapolis", the wire copy); only a country's church takes the "in" into its name.
      const parishIn = t.lower === 'in' && prev.lower === 'church' && !namesCountry(next?.text ?? '');
      if (heads && (heads.has(prev.lower) || ofAfterConnector) && prev.cap && !placeAfterPrize && !leaderAfter && !roomOf && !parishIn && (!advocates || (!prev.initial && next !== undefined && !startsPersonName(next) && lookup(next.text)?.type !== 'person'))) {
        if (isCapWord(next) && ok(j + 1)) {
          sawConnector = true;
          sawPurpose ||= t.lower === 'for';
          j += 2;
          continue;
        }
        if (next?.lower === 'the' && isCapWord(tokens[j + 2]) && ok(j + 2)) {
          sawConnector = true;
          sawPurpose ||= t.lower === 'for';
          j += 3;
          continue;
        }
      }
      // "Nintendo of America", "Volkswagen of America": a known firm's arm in a continent is
      // one body (was the firm and a place, news written for the tests). Not a likeness:
      // "the Google of China" is another firm, Baidu.
      if (isArmOf(tokens, j, tokens.length) && ok(j + 1) && !ARTICLES.has(tokens[i - 1]?.lower ?? '') && lookup(surface(text, tokens, i, j))?.type === 'organization') {
        j += 2;
        continue;
      }
      // "Countess of Chester Hospital", "Prince of Wales Hospital": a noble's style that names a
      // body going on to its head (was "Countess" and "Chester Hospital", the wire copy's courts).
      if (t.lower === 'of' && prev.cap && (ROYAL_TITLES.has(prev.lower) || prev.lower === 'countess' || prev.lower === 'earl') && isCapWord(next) && ok(j + 1)) {
        const headAt = orgHeadWithin(tokens, j + 1, sent);
        if (freeTo(j + 1, headAt)) {
          j = headAt + 1;
          continue;
        }
      }
      // "Department of Health and Human Services": "and" only inside an "X of Y" name. Not
      // after a place, which ends the name: "the University of Melbourne and Yaghi at …"; nor
      // before a person or a title that goes on ("… and Labour Minister Ian Lees"), though a
      // portfolio word that ends the name is the body's: "Department of Employment and Labour"
      // (was cut before "Labour", news-dev's African news).
      const placeBefore = lookup(prev.text)?.type === 'place' && lookup(next?.text ?? '')?.type !== 'place';
      const portfolioEnd = next !== undefined && TITLE_MODIFIERS.has(next.lower) && !TITLE_WORDS.has(next.lower) && !FIRST_NAMES.has(next.lower) && !isCapWord(tokens[j + 2]);
      const personAfter = next !== undefined && startsPersonName(next) && !portfolioEnd;
      // Nor in a list of names: "the United National Movement , Coalition for Change and Strong
      // Georgia" are three parties (news-dev's Caucasus news), unless a remit follows.
      const listed = tokens[i - 1]?.text === ',' && next !== undefined && !REMIT_WORDS.has(next.lower);
      if (t.lower === 'and' && sawConnector && isCapWord(next) && ok(j + 1) && next !== undefined && !personAfter && !placeBefore && !listed) {
        j += 2;
        continue;
      }
      // "Energy and Commerce Committee", "Peace and Democracy Party": "and" between two words
      // of a body's remit, when the name goes on to an org head. Not between names: "Citigroup
      // and Wells Fargo Bank", "Beinsure Media and Insurance TOP Ratings" are two.
      if (t.lower === 'and' && prev.cap && !prev.acronym && REMIT_WORDS.has(prev.lower) && isCapWord(next) && next?.space && REMIT_WORDS.has(next.lower) && ok(j + 1)) {
        const headAt = orgHeadWithin(tokens, j + 1, sent);
        if (freeTo(j + 1, headAt)) {
          j = headAt + 1;
          continue;
        }
      }
      // "R.G. Kar Medical College and Hospital", "Mayo Clinic College and Hospital": a college
      // and its hospital are one body (cut at "and", news written for the tests, thirteenth
      // round). Only that pair: "Harvard University and Stanford" are two.
      if (t.lower === 'and' && prev.lower === 'college' && prev.cap && next?.lower === 'hospital' && next.cap && ok(j + 1)) {
        j += 2;
        continue;
      }
      // "Freedom of Information Act", "Prevention of Money Laundering Act", "Protection of
      // Children from Sexual Offences Act": a law's name runs through its small words to its
      // head (the first was an organization "Freedom" and a law "Information Act").
      if (LAW_JOINTS.has(t.lower) && prev.cap && isCapWord(next)) {
        const headAt = lawHeadAhead(tokens, j + 1, sent);
        if (freeTo(j + 1, headAt)) {
          j = headAt + 1;
          continue;
        }
      }
      // "Committee to Protect Journalists", "Campaign to Stop Killer Robots": a campaigning
      // body named for its aim. Not "sent the Committee to Washington": a known name after
      // "to" is where it goes.
      if (t.lower === 'to' && prev.cap && AIM_HEADS.has(prev.lower) && isCapWord(next) && next !== undefined && !lookup(next.text) && ok(j + 1)) {
        j += 2;
        continue;
      }
    }
    break;
  }
  return Math.max(end, j);
}

/**
 * The run ends in "'s" that belongs to a known name, with or without the run's first word:
 * "Lowe's", "Rival Lowe's" (the descriptor goes later, in finish).
 */
function endsKnownPossessive(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (!isPossessive(tokens[to - 1])) return false;
  return (to - from > 1 && lookup(surface(text, tokens, from, to)) !== undefined) || (to - from > 2 && lookup(surface(text, tokens, from + 1, to)) !== undefined);
}

/** "The Boston Red Sox": a team's place and nickname, after an opening "The". */
function isTeamRun(tokens: readonly Token[], from: number, to: number): boolean {
  const words = wordIndexes(tokens, from, to).map((k) => tokens[k]!);
  return isTeam(words[0]?.lower === 'the' ? words.slice(1) : words);
}

/** Chambers a state or a country names before them as part of one body's name. */
const CHAMBERS: ReadonlySet<string> = new Set(['House of Representatives', 'House of Delegates', 'House of Assembly', 'General Assembly', 'Legislative Assembly', 'State Assembly']);

/** What a body holds on a country, after the country: "White House Russia policy", "State Department China desk". */
const COUNTRY_BRIEFS: ReadonlySet<string> = new Set(['policy', 'policies', 'desk', 'team', 'strategy', 'talks', 'sanctions', 'ties', 'relations', 'hawk', 'hawks', 'czar', 'tsar', 'file', 'portfolio', 'deal', 'visit', 'trip', 'summit']);

/**
 * Turns one capitalised run into zero or more name spans: gazetteer names stay whole; openers,
 * titles and leading demonyms come off; a title in the middle splits the run
 * ("WeWork CEO Adam Neumann" → "WeWork", "Adam Neumann").
 */
function splitRun(text: string, tokens: readonly Token[], from: number, to: number, stats: DocStats): NameSpan[] {
  const whole = lookup(surface(text, tokens, from, to));
  // "The Hill", "The Guardian": known by their article, which the mention leaves out as news
  // corpora do ("Times", not "The Times"); the entity keeps the gazetteer's name.
  if (whole?.type === 'organization' && to - from > 1 && tokens[from]!.lower === 'the' && whole.canonical.startsWith('The ')) return [span(from + 1, to, whole)];
  if (whole) return [knownPerson(tokens, from, to, whole) ?? span(from, to, whole)];
  // "Jane Roe, RDN, agreed": a degree after a name.
  if (to - from === 1 && tokens[from - 1]?.text === ',' && CREDENTIALS.has(tokens[from]!.lower)) return [];
  // Openers and closers that are function words: "The", "According", "This"; not one
  // hyphenated or glued by "&" into the next word ("Hi-Tech Pharmaceuticals", "AT&T").
  const opened = from;
  while (from < to && (tokens[from]!.kind !== 'word' || (CAP_STOPWORDS.has(tokens[from]!.lower) && !opensName(tokens, from, to)) || isClockMark(tokens, from))) from++;
  // Known once the opener is off, before a number at its end is trimmed: "The S&P 500 rose"
  // (was "S&P", an organization, the wire copy's markets).
  const known = from > opened && from < to ? lookup(surface(text, tokens, from, to)) : undefined;
  if (known) return [span(from, to, known)];
  // "Good Morning Debra": a greeting before a given name (UNER's e-mail). Not "Good Morning
  // America", a show.
  if (to - from > 2 && tokens[from]!.lower === 'good' && DAY_PARTS.has(tokens[from + 1]!.lower) && isGivenName(tokens[from + 2]!.lower)) from += 2;
  while (to > from && !endsKnownPossessive(text, tokens, from, to) && !isLegalFormDot(tokens, to - 1) && !isGluedPlus(tokens, to - 1) && (tokens[to - 1]!.kind !== 'word' || (CAP_STOPWORDS.has(tokens[to - 1]!.lower) && !isNameFinal(tokens, from, to) && !isHyphenTail(tokens, to - 1)))) to--;
  if (from >= to) return [];
  const trimmed = lookup(surface(text, tokens, from, to));
  if (trimmed) return [span(from, to, trimmed)];
  // "Egypt's Islamist Muslim Brotherhood": a creed before a known body is no part of its name.
  if (to - from > 1 && CREED_DESCRIPTORS.has(tokens[from]!.lower)) {
    const body = lookup(surface(text, tokens, from + 1, to));
    if (body?.type === 'organization') return [span(from + 1, to, body)];
  }
  // "the Peronist Fuerza Patria coalition": a follower's creed named for a leader or a
  // doctrine is no part of the name after it, known or not (one organization, news-dev's
  // Latin news).
  if (to - from > 2 && FOLLOWERS_CREEDS.has(tokens[from]!.lower)) return splitRun(text, tokens, from + 1, to, stats);
  // A dateline is one place whatever its words: "ST. JOSEPH, Mich. (AP) —" holds no title.
  if (isDateline(tokens, from, to)) return [span(from, to)];
  const maker = makerWithin(tokens, from, to);
  if (maker > from) return [...splitRun(text, tokens, from, maker, stats), ...splitRun(text, tokens, maker, to, stats)];
  // A known name glued to the next one: "Ukraine Kurt Volker", "European Union Gordon Sondland".
  // Not when the rest ends in a head: "New York Police Department" is one name.
  const prefix = gazetteerPrefix(text, tokens, from, to);
  // Before a title the title logic decides: "U.S. Secretary of Defense Ash Carter".
  const titled = prefix !== null && (TITLE_WORDS.has(lowerAt(tokens, prefix.to)) || TITLE_MODIFIERS.has(lowerAt(tokens, prefix.to)));
  // After a person's title the run is that person: "congresswoman Alexandria Ocasio-Cortez".
  const personFollows = from > 0 && TITLE_WORDS.has(lowerAt(tokens, from - 1)) && prefix?.hit.type === 'place';
  // "the New York Hilton Midtown", "Hyatt Regency Houston": a hotel chain's name among other
  // capitalised words is one of its hotels, a place (was New York and a person "Hilton
  // Midtown", news written for the tests). Not the chain ("Hilton Worldwide Holdings", a head
  // word), nor a person named like it ("Paris Hilton").
  if (isHotelRun(tokens, from, to)) return [span(from, to, namedAs('place', text, tokens, from, to))];
  // "Nintendo of America": a known firm's arm in a continent (runEnd read on through "of") is a
  // body of its own, named as the text names it.
  if (prefix?.hit.type === 'organization' && isArmOf(tokens, prefix.to, to)) {
    const armTo = prefix.to + 2;
    const arm = span(from, armTo, namedAs('organization', text, tokens, from, armTo));
    return [arm, ...(armTo < to ? splitRun(text, tokens, armTo, to, stats) : [])];
  }
  // "Grand Theft Auto VI": a known game's or film's sequel is a product of its own (was an
  // organization, news written for the tests).
  if (prefix?.hit.type === 'product' && to === prefix.to + 1 && isRoman(tokens[prefix.to]!.text)) {
    return [span(from, to, namedAs('product', text, tokens, from, to))];
  }
  // The rest must be a name of its own: "Manchester United" and "Paris Hilton" are one name;
  // "Belfast IRA" (an acronym), "Virginia Democrats" and "U.S. Market" (words, not names) split.
  const rest = prefix === null ? [] : wordIndexes(tokens, prefix.to, to);
  // A lower-case particle carries the name on: "Fatah al-Islam" is a group of its own,
  // "Frankfurt am Main" a town of its own.
  const tail = rest.length > 0 && !tokens[rest[0]!]!.cap ? tokens[rest[0]!]!.lower : '';
  const particleTail = (prefix?.hit.type === 'organization' && NAME_PARTICLES.has(tail)) || (prefix?.hit.type === 'place' && TOWN_RIVER_JOINTS.has(tail));
  // A company's product named by one word of its own stays whole: "QuickBooks Online", "Zoho
  // Books", "Nikon Z6" (were "Online", "Books" and "Z6" once the company was known). Not a
  // common word cut from a longer capitalised run by a headline split: "White House National |
  // Security Council Ukraine expert" lost its White House.
  const productOf =
    (prefix?.hit.type === 'organization' || prefix?.hit.type === 'product') &&
    rest.length === 1 &&
    tokens[rest[0]!]!.cap &&
    !lookup(tokens[rest[0]!]!.text) &&
    !TITLE_WORDS.has(tokens[rest[0]!]!.lower) &&
    !(isCapWord(tokens[to]) && COMMON_CAPS.has(tokens[rest[0]!]!.lower));
  // A country and the trade of its national champion are the firm: "Korea Zinc", "China Mobile".
  const nationalFirm = prefix?.hit.type === 'place' && rest.length === 1 && tokens[rest[0]!]!.cap && NATIONAL_FIRM_WORDS.has(tokens[rest[0]!]!.lower);
  // A state and its chamber are one body: "the Illinois House of Representatives" (was Illinois
  // and the House of Representatives, the wire copy's state news).
  const chamber = prefix?.hit.type === 'place' && !prefix.hit.demonym && CHAMBERS.has(surface(text, tokens, prefix.to, to));
  // A known body and a country are its branch there: "Greenpeace USA", "Microsoft India" (were
  // the body and the country, news-dev's climate news). Not after initials, which
  // headlines run into the country they act on ("EU Russia sanctions", "UN Syria envoy"), nor
  // before the post or the policy a body holds on a country: "former White House Russia
  // adviser Fiona Hill" (Zyte AEB).
  const after = tokens[to];
  const onCountry = after?.kind === 'word' && !after.cap && (isPersonNoun(after.lower) || TITLE_WORDS.has(after.lower) || COUNTRY_BRIEFS.has(after.lower));
  // So is one in a continent: "Airtel Africa" (was Airtel and Africa, news written for the
  // tests, thirteenth round).
  const region = tokens[rest[0] ?? from]!;
  const branch = prefix?.hit.type === 'organization' && !tokens[from]!.acronym && !onCountry && rest.length === 1 && region.cap && (namesCountry(region.text) || CONTINENTS.has(region.lower));
  // A known body whose head names others with "of" is their head: "House of Commons", "House
  // of Lords" (were "House" and a body "Commons", news-dev's Canadian politics), "Supreme Court
  // of Victoria" (the court and a body "Victoria", news written for the tests, thirteenth round).
  // Not a leader after a party's "of": "the Bangladesh Nationalist Party of Tarique Rahman".
  const headOf = prefix !== null && OF_HEADS.has(tokens[prefix.to - 1]!.lower) && tokens[prefix.to]?.lower === 'of' && !(isGivenName(lowerAt(tokens, prefix.to + 1)) && isCapWord(tokens[prefix.to + 2]));
  const restStands = !particleTail && !productOf && !nationalFirm && !chamber && !branch && !headOf && !(rest.length >= 2 && isModelAfter(prefix?.hit, tokens, rest)) && (rest.length !== 1 || !continuesName(tokens[rest[0]!]!, stats));
  // A place and its team's nickname are one name: "Boston Red Sox"; so are a place and an event
  // held there: "Los Angeles Auto Show", "Boston Marathon" (were the place and an "Auto Show").
  const team = prefix?.hit.type === 'place' && isTeamRun(tokens, from, to);
  // "Africa Cup of Nations": the event's head may come before its connector.
  const event = prefix?.hit.type === 'place' && rest.length > 0 && (isEventHead(tokens[to - 1]) || rest.some((k) => isEventHead(tokens[k]) && CONNECTORS.has(tokens[k + 1]?.lower ?? '')));
  if (prefix && !titled && !personFollows && restStands && !team && !event && (prefix.hit.type === 'person' || !hasHead(tokens, prefix.to, to))) {
    return [span(from, prefix.to, prefix.hit), ...splitRun(text, tokens, prefix.to, to, stats)];
  }

  const out: NameSpan[] = [];
  // "Frenchman Laurent Jalabert": a people's noun before a name describes the person.
  if (to - from > 1 && PEOPLE_NOUNS.has(tokens[from]!.lower)) {
    for (const s of finish(text, tokens, from + 1, to, stats, {})) {
      if (s.from === from + 1) s.title = { from, to: from + 1 };
      out.push(s);
    }
    return out;
  }
  // A leading demonym used as an adjective: "Korean Internet giant", "Russian President …".
  // Kept inside names that end in a head: "Syrian Democratic Forces", "Korean Peninsula", and
  // an employer's before its title: "European Commission President Jose Manuel Barroso" (lost
  // its European Commission to a cut "European" and a lone "Commission"); and in an event's
  // name: "the Australian Open", "the Japanese Grand Prix".
  // A demonym after "pro-" or "anti-" is a stance, never a name's first word: "Maia Sandu's
  // pro-European Party of Action and Solidarity" (was one party "European Party of …").
  if (to - from > 1 && isStanceDemonym(tokens, from)) {
    out.push(span(from, from + 1, lookup(tokens[from]!.text)));
    from += 1;
  }
  const employerTo = findTitle(tokens, from, to)?.from ?? trailingTitleFrom(text, tokens, from, to) ?? to;
  if (!endsWithHead(tokens, employerTo) && !isEventHead(tokens[employerTo - 1]) && !hasConnector(tokens, from, to) && !namesPartyWithDemonym(tokens, from, to)) {
    for (const n of [2, 1]) {
      if (to - from <= n) continue;
      const hit = lookup(surface(text, tokens, from, from + n));
      if (hit?.demonym) {
        out.push(span(from, from + n, hit));
        from += n;
        break;
      }
    }
  }
  // A title in the run splits it: employer before, person after.
  const t = findTitle(tokens, from, to);
  if (t) {
    // "Republican Senator William Cohen": a party word before the title is no employer but
    // part of the title (it was an organization "Republican").
    const partyOnly = t.from - from === 1 && AFFILIATIONS.has(tokens[from]!.lower);
    if (t.from > from && !partyOnly) out.push(...finish(text, tokens, from, t.from, stats, { titleAfter: true }));
    // A country the title opens on is named all the same: "U.S. District Judge Amit Mehta"
    // names the U.S. as "U.S. President" does (only the tagger kept it, and not always).
    const nation = t.from === from ? lookup(tokens[from]!.text) : undefined;
    if (nation?.type === 'place' && !nation.demonym) out.push(span(from, from + 1, nation));
    if (t.to < to) {
      for (const s of finish(text, tokens, t.to, to, stats, { titled: true })) {
        if (s.from === t.to) s.title = { from: partyOnly ? from : t.from, to: t.to };
        out.push(s);
      }
    }
    return out;
  }
  const titleFrom = trailingTitleFrom(text, tokens, from, to);
  if (titleFrom !== null) {
    out.push(...finish(text, tokens, from, titleFrom, stats, { titleAfter: true }));
    return out;
  }
  out.push(...finish(text, tokens, from, to, stats, {}));
  return out;
}

/** Titles that follow a body's name ending in its head: "High Court Judge", "Interior Ministry Secretary". */
const TITLES_AFTER_BODIES: ReadonlySet<string> = new Set([
  'judge', 'justice', 'minister', 'secretary', 'commissioner', 'ambassador', 'envoy', 'official',
  // a chamber's officers: "Senate Leader, Ahmad Lawan" was a product, "House of
  // Representatives Speaker" an organization (a Nigerian story, Zyte AEB)
  'speaker', 'leader',
]);

/**
 * Where a trailing employer title starts in the run [from, to), or null: "Daum Kakao CEO",
 * "GNOFHAC Executive Director", "High Court Judge" (a judge's court: not "Department of
 * Justice", whose "of" is no head). "Senior Vice President" alone is a title, no name ("Senior
 * Vice" was an organization).
 */
function trailingTitleFrom(text: string, tokens: readonly Token[], from: number, to: number): number | null {
  if (to - from < 2) return null;
  const last = lowerAt(tokens, to - 1);
  const body = TITLES_AFTER_BODIES.has(last);
  if (!TITLES_AFTER_NAMES.has(last) && !body) return null;
  let titleFrom = to - 1;
  while (titleFrom > from && (TITLE_WORDS.has(lowerAt(tokens, titleFrom - 1)) || TITLE_MODIFIERS.has(lowerAt(tokens, titleFrom - 1)))) titleFrom--;
  // The employer ends on a word of its name, never on "of the": "White House Office of the
  // Press Secretary" is one office.
  if (titleFrom > from && !tokens[titleFrom - 1]!.cap) return null;
  return body && !endsWithHead(tokens, titleFrom) && !isKnownOrganization(text, tokens, from, titleFrom) ? null : titleFrom;
}

/**
 * The words [from, to) before a possessive are a person's full name, after any title: a given
 * name, then capitalised words none of which is a head or a title ("Warren Buffett", "Prime
 * Minister Anthony Albanese", not "Shelby County District Attorney").
 */
function isFullNameOwner(tokens: readonly Token[], from: number, to: number): boolean {
  const all = wordIndexes(tokens, from, to);
  let first = 0;
  while (first < all.length - 1 && (TITLE_WORDS.has(tokens[all[first]!]!.lower) || TITLE_MODIFIERS.has(tokens[all[first]!]!.lower))) first++;
  const words = all.slice(first);
  if (words.length < 2 || !isGivenName(tokens[words[0]!]!.lower)) return false;
  return words.every((k) => {
    const w = tokens[k]!.lower;
    return tokens[k]!.cap && !ORG_HEADS.has(w) && !PLACE_HEADS.has(w) && !TITLE_WORDS.has(w);
  });
}

/** The run [from, to) is an organization the gazetteer knows ("Senate", "House of Representatives"). */
function isKnownOrganization(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const start = from < to - 1 && CAP_STOPWORDS.has(tokens[from]!.lower) ? from + 1 : from;
  return lookup(surface(text, tokens, start, to))?.type === 'organization';
}

/**
 * A known maker and one to three capitalised words of a model, one of them a model's mark or
 * an acronym: "Asus ROG Zephyrus G14", "Acer Nitro V", "Razer Basilisk V3", "Nintendo Switch
 * Lite". Neither a headline for its common words nor the maker and a person (review pages had
 * both).
 */
function isMakersModel(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  while (from < to && CAP_STOPWORDS.has(tokens[from]!.lower)) from++;
  const prefix = gazetteerPrefix(text, tokens, from, to);
  return prefix !== null && isModelAfter(prefix.hit, tokens, wordIndexes(tokens, prefix.to, to));
}

/** The words `rest` after a known maker or product `hit` name one of its models (see isMakersModel). */
function isModelAfter(hit: GazetteerHit | undefined, tokens: readonly Token[], rest: readonly number[]): boolean {
  return (
    (hit?.type === 'organization' || hit?.type === 'product') &&
    rest.length >= 1 &&
    rest.length <= 3 &&
    rest.every((k) => tokens[k]!.cap && !TITLE_WORDS.has(tokens[k]!.lower)) &&
    // A model line's own acronym counts here ("ROG", "TUF"): the span stays whole either way.
    // Not in a line in capitals, where every word is one: "SOCCER - BAYERN BEATEN AT HOME" (one
    // name, a wire headline written for the tests) writes the maker in capitals that its own
    // name has not ("AMD" has them).
    rest.some((k) => isModelMark(tokens[k]!) || (tokens[k]!.acronym && !(tokens[rest[0]! - 1]?.acronym && hit.canonical !== hit.canonical.toUpperCase()))) &&
    !lookup(tokens[rest[0]!]!.text)
  );
}

/**
 * "An Air India Boeing 787", "a Qantas Airbus A380": where a known maker inside a run opens a
 * model (its marks to the run's end, or a number right after it), the run is the operator's
 * name and then the maker's (it was one name "Air India Boeing", or a headline dropped). -1
 * when there is none.
 */
function makerWithin(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !t.cap || tokens[k - 1]!.kind !== 'word') continue;
    const hit = lookup(t.text);
    // Not a common word a body is also called by ("House"), which opens no model.
    if (hit?.type !== 'organization' || COMMON_WORDS.has(t.lower)) continue;
    const rest = wordIndexes(tokens, k + 1, to);
    // Its marks to the run's end ("Airbus A380"), or its number right after the run ("Boeing 787").
    if (rest.length ? isModelAfter(hit, tokens, rest) : k === to - 1 && isMakerBeforeNumber(tokens, k)) return k;
  }
  return -1;
}

/** One capitalised word that can finish a name begun by a known place or org ("United"). */
function continuesName(w: Token, stats: DocStats): boolean {
  if (w.acronym || lookup(w.text) || stats.lowercase.has(w.lower) || COMMON_CAPS.has(w.lower)) return false;
  return !AFFILIATIONS.has(w.lower.replace(/s$/, ''));
}

/**
 * The run's last word finishes its name though it is a function word or page furniture
 * elsewhere: a surname ("Theresa May"), or a gallery named mid-sentence after "the" ("the National
 * Portrait Gallery" lost its "Gallery", news-dev's culture news; a caption's "Photo
 * Gallery" has no "the").
 */
function isNameFinal(tokens: readonly Token[], from: number, to: number): boolean {
  const last = tokens[to - 1]!;
  const prev = tokens[to - 2];
  if (to - from >= 2 && last.lower === 'gallery' && tokens[from - 1]?.lower === 'the' && !PAGE_FURNITURE.has(prev?.lower ?? '')) return true;
  return to - from >= 2 && STOPWORD_SURNAMES.has(last.lower) && prev !== undefined && prev.cap && isGivenName(prev.lower);
}

/** The longest gazetteer entry that starts the run and leaves words after it. */
function gazetteerPrefix(text: string, tokens: readonly Token[], from: number, to: number): { to: number; hit: GazetteerHit } | null {
  for (let end = Math.min(to - 1, from + 6); end > from; end--) {
    if (tokens[end - 1]!.kind !== 'word' || tokens[end]!.kind !== 'word') continue;
    const hit = lookup(surface(text, tokens, from, end));
    if (hit && !hit.demonym) return { to: end, hit };
  }
  return null;
}

function hasConnector(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'word' && !tokens[k]!.cap && CONNECTORS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Titles news keeps out of a known name; not "Sheikh", which is Sheikh Hasina's own. */
const NAME_TITLES: ReadonlySet<string> = new Set(['pope', 'king', 'queen', 'president']);

/**
 * A known person the gazetteer names with a title, "Pope Francis": the name is the rest and
 * the title is his, as "Pope Leo XIV" reads (news labels "Pope [Francis]"; news-dev's
 * religion news). The title makes him a person, and "Francis" alone later is the same one.
 */
function knownPerson(tokens: readonly Token[], from: number, to: number, hit: GazetteerHit): NameSpan | null {
  if (hit.type !== 'person' || to - from < 2 || !NAME_TITLES.has(tokens[from]!.lower)) return null;
  const s = span(from + 1, to);
  s.title = { from, to: from + 1 };
  return s;
}

/**
 * A name the rules recognise by its shape though no list holds it ("Nintendo of America", a
 * chain's hotel, a game's sequel, a shop's possessive), typed as a list would type it.
 */
function namedAs(type: GazetteerHit['type'], text: string, tokens: readonly Token[], from: number, to: number): GazetteerHit {
  return { type, canonical: surface(text, tokens, from, to), demonym: false };
}

/** "afghanistan" → "Afghanistan": how the lists write a word chat writes small. */
function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function span(from: number, to: number, hit?: GazetteerHit): NameSpan {
  const s: NameSpan = { from, to, demonym: hit?.demonym ?? false, weak: false };
  if (hit) s.gazetteer = hit;
  return s;
}

/** "-ing", "-ed", "-ly" words: verbs and adverbs, not names. */
function isInflected(t: Token): boolean {
  if (lookup(t.text)) return false;
  if (IRREGULAR_PARTICIPLES.has(t.lower)) return true;
  if (t.text.length <= 5 || !/(?:ing|ed|ly)$/.test(t.lower)) return false;
  // A name that only ends like a gerund: "Erling Haaland" was "Haaland" ("erl" is no verb).
  return !t.lower.endsWith('ing') || isGerund(t.lower);
}

/** An "-ing" word made from a verb: a common word, or its stem is one ("gaming", "running"), or its stem is long ("decluttering"). */
function isGerund(word: string): boolean {
  const stem = word.slice(0, -3);
  const undoubled = /(.)\1$/.test(stem) ? stem.slice(0, -1) : stem;
  return COMMON_WORDS.has(word) || COMMON_WORDS.has(stem) || COMMON_WORDS.has(`${stem}e`) || COMMON_WORDS.has(undoubled) || stem.length >= 5;
}

function isPluralDemonym(word: string): boolean {
  if (!word.endsWith('s')) return false;
  return lookup(word.slice(0, -1))?.demonym === true || lookup(word.slice(0, -2))?.demonym === true;
}

/** "OPEC+", "Disney+", "Apple TV+": a plus glued to a name's last word, ending it, is the name's. */
function isGluedPlus(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return t.text === '+' && !t.space && tokens[k - 1]?.kind === 'word' && (next === undefined || next.space || next.kind === 'punct');
}

/**
 * Where a remit's list ends (", Industry and Energy", ", Environment, and Water"): parts of one
 * or two capitalised common words that no list knows, after commas, the last after "and", and
 * nothing capitalised after it. -1 when the tokens from the comma at `k` are no such list.
 */
function remitListEnd(tokens: readonly Token[], k: number, ok: (k: number) => boolean): number {
  const part = (): boolean => {
    const from = k;
    while (k - from < 2 && ok(k) && isCapWord(tokens[k]) && isRemitWord(tokens[k]!.lower) && !lookup(tokens[k]!.text)) k++;
    return k > from;
  };
  for (let parts = 0; parts < 4; parts++) {
    const comma = tokens[k]?.text === ',' && ok(k);
    if (comma) k++;
    const last = tokens[k]?.lower === 'and' && ok(k);
    if (last) k++;
    // The first part follows the comma; each later one a comma, "and" or both.
    if (!(comma || (last && parts > 0)) || !part()) return -1;
    if (last) return isCapWord(tokens[k]) ? -1 : k;
  }
  return -1;
}

/** A word a portfolio list may hold: a common word or a remit ("Irrigation", "Livestock"). */
function isRemitWord(lower: string): boolean {
  return COMMON_WORDS.has(lower) || REMIT_WORDS.has(lower);
}

/** A token that opens a game note's item: after "Team:", a comma, "and", or opening its line. */
function afterNoteLabel(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return !prev || prev.para !== tokens[k]!.para || NOTE_OPENERS.has(prev.lower);
}

/** Lower-case words after a sentence's first word that make it a name: a firm's shares, a place's airport. */
const NAME_ONLY_FOLLOWERS: ReadonlySet<string> = new Set(['shares', 'shareholders', 'spokesman', 'spokeswoman', 'spokesperson', 'airport']);

/** Final checks on a candidate: sentence-initial common words, lone common capitals. */
/** Last words of armed units' names, which a number opens ("68th … Brigade"). */
const UNIT_HEADS: ReadonlySet<string> = new Set(['brigade', 'division', 'regiment', 'battalion', 'corps', 'army', 'fleet', 'squadron', 'wing', 'airborne']);

/** "68th", "101st", "3rd" glued together just before token `from`. */
function isOrdinalBefore(tokens: readonly Token[], from: number): boolean {
  const num = tokens[from - 2];
  const end = tokens[from - 1];
  return num?.kind === 'num' && end?.kind === 'word' && !end.space && /^(?:st|nd|rd|th)$/.test(end.text) && tokens[from]!.space;
}

function finish(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  stats: DocStats,
  extra: { titleAfter?: boolean; titled?: boolean },
): NameSpan[] {
  while (from < to && (tokens[from]!.kind !== 'word' || ((CAP_STOPWORDS.has(tokens[from]!.lower) || PAGE_FURNITURE.has(tokens[from]!.lower)) && !opensName(tokens, from, to)))) from++;
  // A known name that ends in a possessive keeps it: "Lowe's", "Macy's".
  const possessiveName = to - from > 1 && isPossessive(tokens[to - 1]) ? lookup(surface(text, tokens, from, to)) : undefined;
  // What the run held before its tail was trimmed: a leading word cut below may make it a
  // known name ("Rival Lowe's").
  const runTo = to;
  if (!possessiveName) while (to > from && !isLegalFormDot(tokens, to - 1) && !isGluedPlus(tokens, to - 1) && (tokens[to - 1]!.kind !== 'word' || (PAGE_FURNITURE.has(tokens[to - 1]!.lower) && !isNameFinal(tokens, from, to)))) to--;
  if (from >= to) return [];
  const hit = possessiveName ?? lookup(surface(text, tokens, from, to));
  if (hit) return [{ ...span(from, to, hit), ...(extra.titleAfter ? { titleAfter: true } : {}) }];
  // "the 68th Separate Jaeger Brigade", "the 101st Airborne Division": a unit's number is its
  // name's (was "Separate Jaeger Brigade", news-dev's war news).
  if (UNIT_HEADS.has(tokens[to - 1]!.lower) && isOrdinalBefore(tokens, from)) from -= 2;
  // "Republican Phil Bryant": the party word is not part of the name.
  // Not in an "X of Y" name: "Communist Party of Spain" (was "Party of Spain").
  if (to - from > 1 && AFFILIATIONS.has(tokens[from]!.lower) && !endsWithHead(tokens, to) && !hasConnector(tokens, from, to)) {
    return finish(text, tokens, from + 1, runTo, stats, extra);
  }
  const first = tokens[from]!;
  // "VOTE", "OUT": shouting, not an acronym.
  if (to - from === 1 && first.acronym && first.text.length > 2 && (stats.lowercase.has(first.lower) || CAP_STOPWORDS.has(first.lower))) return [];
  // "R-Neb.", "D-Minn.": party and state after a lawmaker's name.
  if (first.text.length === 1 && tokens[from + 1]?.text === '-') return [];
  // "Rival Lowe's", "Retailer Walmart": a descriptor capitalised only to open the sentence.
  if (first.initial && to - from > 1 && (OPENING_DESCRIPTORS.has(first.lower) || OPENING_ADJECTIVES.has(first.lower))) return finish(text, tokens, from + 1, runTo, stats, extra);
  // "2.3 GHz Intel Core i9": a unit after a number is not the name's.
  if (to - from > 1 && UNITS_BEFORE_NAMES.has(first.lower) && tokens[from - 1]?.kind === 'num') return finish(text, tokens, from + 1, runTo, stats, extra);
  // "Thunder: F Hamidou Diallo missed…": a player's position before the name (it was an
  // organization "F Hamidou Diallo"), which makes the name a player's, as on a results line.
  // Not an initial ("F. Scott Fitzgerald").
  if (to - from > 2 && isPositionCode(first.text) && tokens[from + 1]!.cap && afterNoteLabel(tokens, from)) {
    return finish(text, tokens, from + 1, runTo, stats, extra).map((s) => (s.from === from + 1 ? { ...s, resultSide: 'player' as const } : s));
  }
  // A participle in -ed before a head is the name's: "(Unified Energy Systems)", "Federated
  // Mutual Group"; not a gerund ("Decluttering Your Home Office", "Managing Authority").
  const namesHead = first.lower.endsWith('ed') && endsWithHead(tokens, to);
  if (first.initial && to - from > 1 && isInflected(first) && !stats.capitalisedInside.has(first.lower) && !FIRST_NAMES.has(first.lower) && !namesHead) {
    // "Questioning Vindman": a participle or adverb opening the sentence.
    return finish(text, tokens, from + 1, runTo, stats, extra);
  }
  // Only a capital can be the sentence's rather than the name's: "(al-Qaida in Iraq)" opens on
  // a particle written small (it was "Qaida", GMB).
  if (first.initial && first.cap) {
    // "St. Croix is…", "Mt. Hood…": the abbreviated saint or mount opens a place's name.
    const placePrefix = PLACE_ABBREVIATIONS.has(first.lower) && tokens[from + 1]?.text === '.';
    // "Taunton : Leicestershire beat Somerset": a county's or a province's name is a name
    // wherever it stands; so is a side that plays another ("Newcastle drew 1-1 with Liverpool").
    const known =
      placePrefix ||
      PLACE_SUFFIX.test(first.text) ||
      (to - from === 1 && facesSideAfter(tokens, to)) ||
      // An employer before a title and its holder: "Petrobras chief executive Magda Chambriard"
      // (Petrobras was dropped, the wire copy's business news).
      (to - from === 1 && titlesNextPerson(tokens, to)) ||
      // Described by an appositive: "Codelco, the world's biggest copper miner, halted…" (was
      // dropped too).
      (to - from === 1 && describedAfter(tokens, to)) ||
      // Followed by what only a name has: "Orsted shares fell", "Heathrow airport closed"
      // (both dropped, the wire copy's energy news).
      (to - from === 1 && tokens[to]?.kind === 'word' && NAME_ONLY_FOLLOWERS.has(tokens[to]!.text)) ||
      // Where a firm has its seat: "Ascom is headquartered in Baar" (the tagger's vote alone
      // kept it, Zyte AEB).
      (to - from === 1 && isHeadquarteredAfter(tokens, to)) ||
      // A town or city of cities.ts: "Varkala is a beach town" (UNER; the tagger's vote alone
      // kept it too).
      (to - from === 1 && isTown(tokens, from, to)) ||
      // Said to be a place: "Iguazu is NOT a country", "Hampi is a small town in Karnataka".
      (to - from === 1 && isPlacePredicateAfter(tokens, to)) ||
      stats.capitalisedInside.has(first.lower) ||
      FIRST_NAMES.has(first.lower) ||
      (first.acronym && !stats.lowercase.has(first.lower)) ||
      // A capital inside the word is the name's own, not the sentence's: "WikiLeaks founder
      // Julian Assange pleaded guilty" lost WikiLeaks (the wire copy's courts).
      (INNER_CAPITAL.test(first.text) && first.text.length <= MAX_BRAND_LENGTH) ||
      // A particle glued to the surname it opens, though the text writes it small elsewhere:
      // "Al-Sharaa said" after "Ahmed al-Sharaa" (was "Sharaa", news written for the tests,
      // fourteenth round).
      isGluedParticle(tokens, from) ||
      // An Irish or a British county by its prefix: "County Durham voted" (was a person
      // "Durham").
      (to - from === 2 && first.lower === 'county');
    const common = stats.lowercase.has(first.lower) || COMMON_CAPS.has(first.lower);
    if (to - from === 1) {
      // A lone sentence-initial word is a name only if the text capitalises it elsewhere too.
      if (!known || (common && !stats.capitalisedInside.has(first.lower))) return [];
    } else if (common && !known) {
      return finish(text, tokens, from + 1, runTo, stats, extra);
    }
  }
  const words = wordIndexes(tokens, from, to);
  if (words.every((k) => COMMON_CAPS.has(tokens[k]!.lower) || TITLE_WORDS.has(tokens[k]!.lower) || (tokens[k]!.acronym && isTerm(tokens[k]!.lower)))) return [];
  const last = tokens[words[words.length - 1]!]!.lower;
  // "U.S. Attorney", "Bartholomew County Sheriff": an office with no one named after it.
  // Not a word a hyphen glues to the one before: "Notre-Dame" is no office.
  if (TITLE_WORDS.has(last) && !ORG_HEADS.has(last) && !isHyphenTail(tokens, words[words.length - 1]!)) return [];
  if (words.length === 1) {
    // A head word alone ("Department", "Street", "Amendment", a model's "Pro") names nothing by
    // itself; "Max" is also a first name, but not after a model's number ("737 MAX"). After a
    // title a surname that heads places is the surname: "Ms. Park", "President Park" (were
    // dropped, web text written for the tests); not "Sister Act".
    const surname = extra.titled === true && SURNAME_PLACE_HEADS.has(last);
    if ((ORG_HEADS.has(last) || PLACE_HEADS.has(last) || LAW_HEADS.has(last) || MISC_HEADS.has(last)) && last !== 'constitution' && !surname) return [];
    if (MODEL_TAILS.has(last) && (last !== 'max' || tokens[from - 1]?.kind === 'num')) return [];
    // "Palestinians", "Venezuelans": a people, not an entity.
    if (isPluralDemonym(tokens[from]!.text)) return [];
  }
  // "A", "UAVs", "CEOs": a letter or a plural acronym names a kind of thing, not one thing.
  if (words.length === 1 && (tokens[from]!.text.length === 1 || /^\p{Lu}{2,}s$/u.test(tokens[from]!.text))) return [];
  if (isPartyTag(surface(text, tokens, from, to))) return [];
  const s = span(from, to);
  if (extra.titleAfter) s.titleAfter = true;
  return [s];
}

/** Words before a firm named as a likeness: "the Google of China", "an Amazon of Africa". */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * "of" and a continent at `k`, inside a run that ends at `to`: "… of America". Not a country,
 * which wire copy names as a firm's home: "pagers made by Gold Apollo of Taiwan".
 */
function isArmOf(tokens: readonly Token[], k: number, to: number): boolean {
  const next = tokens[k + 1];
  return k + 2 <= to && tokens[k]?.lower === 'of' && tokens[k - 1]?.cap === true && isCapWord(next) && ARM_REGIONS.has(next!.lower);
}

/** Where a firm's arm is named for: "Nintendo of America", "Volkswagen of America", "Nintendo of Europe". */
const ARM_REGIONS: ReadonlySet<string> = new Set(['europe', 'asia', 'africa', 'america']);

/** Hotel chains whose name, with a place or a qualifier, names one of their hotels. */
const HOTEL_BRANDS: ReadonlySet<string> = new Set(['hilton', 'hyatt', 'marriott', 'sheraton', 'westin', 'ritz-carlton', 'intercontinental', 'radisson']);

/** See splitRun: a run of two words or more with a hotel chain's name in it, and no head word. */
function isHotelRun(tokens: readonly Token[], from: number, to: number): boolean {
  const words = wordIndexes(tokens, from, to);
  if (words.length < 2) return false;
  const at = words.findIndex((k) => HOTEL_BRANDS.has(tokens[k]!.lower));
  if (at < 0 || words.some((k) => ORG_HEADS.has(tokens[k]!.lower) || TITLE_WORDS.has(tokens[k]!.lower))) return false;
  // A chain's name that ends the run is a person's surname ("Paris Hilton", "Perez Hilton")
  // unless "the" opens the run: "the Beverly Hilton", "the Park Hyatt".
  return at < words.length - 1 || tokens[from - 1]?.lower === 'the';
}

/** A word in lower case letters only that is a given name and no common word: see findNames. */
function isChatGivenName(t: Token): boolean {
  return t.kind === 'word' && /^\p{Ll}{3,}$/u.test(t.text) && isGivenName(t.lower) && !COMMON_WORDS.has(t.lower) && !lookup(capitalised(t.text));
}

/** Words before a place one goes to or is at. */
const VENUE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'to', 'from', 'near', 'outside', 'inside', 'into']);

/** Words after a venue's "'s" that show no noun follows it: "at Katz's for lunch", "to Chuy's and then". */
const AFTER_VENUE: ReadonlySet<string> = new Set([
  'for', 'on', 'in', 'with', 'and', 'or', 'to', 'last', 'yesterday', 'today', 'tonight', 'tomorrow', 'this', 'that', 'after', 'before',
  'again', 'because', 'since', 'when', 'where', 'is', 'was', 'are', 'were', 'but', 'so', 'instead', 'lol', 'once', 'twice', 'every',
]);

/** Quote marks that open a title or a nickname when a space comes before them. */
const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“', '‘', "'"]);
/** Quote marks that close a nickname. */
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', '’', "'"]);

/** A quote mark that opens a quotation: one of OPENING_QUOTES with a space before it. */
function opensQuote(t: Token | undefined): boolean {
  return t !== undefined && t.space && OPENING_QUOTES.has(t.text);
}

/**
 * The end (after the surname) of a nickname in quotes that opens at `q` and a capitalised
 * surname after it: `"Diddy" Combs`, `"El Chapo" Guzmán`; -1 if none. One to three
 * capitalised words inside the quotes.
 */
function nicknameEnd(tokens: readonly Token[], q: number): number {
  const open = tokens[q];
  if (open === undefined || !opensQuote(open)) return -1;
  let k = q + 1;
  while (k < q + 4 && isCapWord(tokens[k])) k++;
  const close = tokens[k];
  const surname = tokens[k + 1];
  if (k === q + 1 || close === undefined || !CLOSING_QUOTES.has(close.text) || !isCapWord(surname) || !surname!.space) return -1;
  return surname!.sent === open.sent ? k + 2 : -1;
}

/** See findNames: the run [from, to) after a preposition of place, then "'s" and no noun. */
function isVenuePossessive(tokens: readonly Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1];
  if (prev?.kind !== 'word' || !VENUE_PREPOSITIONS.has(prev.lower) || !isPossessive(tokens[to])) return false;
  if (to - from > 4 || wordIndexes(tokens, from, to).some((k) => !tokens[k]!.cap)) return false;
  const next = tokens[to + 1];
  // Not before a number ("from Germany 's 16 states") nor a title in quotes ("from Dan
  // Froomkin's "White House Briefing" column" was a place, UNER).
  if (opensQuote(next)) return false;
  return next === undefined || next.sent !== tokens[to]!.sent || (next.kind !== 'word' && next.kind !== 'num') || AFTER_VENUE.has(next.lower);
}
