/**
 * Small questions about tokens and token ranges that the name finder, the headline detector
 * and the title splitter all ask.
 */
import { COMMON_WORDS } from './common-words';
import { lookup } from './gazetteer';
import { isGivenName } from './names';
import { CAP_STOPWORDS, LAW_HEADS, MISC_HEADS, MODEL_TAILS, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, PLACE_NOUNS, TITLE_MODIFIERS, TITLE_WORDS, WEEKDAYS } from './lexicon';
import { visible, type Token } from './tokens';

/** What the document says about words, gathered once from the body. */
export interface DocStats {
  /** Lower-case forms of words that occur in lower case: common words. */
  lowercase: Set<string>;
  /** Lower-case forms of words that occur capitalised away from a sentence start. */
  capitalisedInside: Set<string>;
  /**
   * The same, standing alone: no capitalised word on either side but a sentence's opener ("And
   * Jen, you…"). A word capitalised only inside longer names ("Kiehl's Ultra Facial Cleanser")
   * is not written as a name of its own.
   */
  capitalisedAlone: Set<string>;
  /** Lower-case forms of words written with a capital and small letters ("Scheffler", not "SCHEFFLER"). */
  mixedCase: Set<string>;
  /**
   * The text reads as English: "the", "and" and "of" make at least ENGLISH_MIN_SHARE of its
   * words. Rules that trust English word order ("look to bin Laden") ask; in Portuguese or
   * German "da Bahia" and "von der Datenfreigabe" are no names.
   */
  english: boolean;
  /**
   * The text writes the pronoun "I" in lower case ("i am going out tonight") or chat's own
   * words ("lol", "omg", "tbh"), or is a chat log whose lines open on two given names or more
   * as speakers ("tom: its a banger"): chat and e-mail, where people's names go in lower case
   * too. News and guides never do, and code's "for i in" is not the pronoun.
   */
  casual: boolean;
  /**
   * Romance particles and the surnames they open in a full name of the text ("de meo" of "Luca
   * de Meo", lower case): only these may open a surname named alone ("de Meo said"), since
   * elsewhere "de" is as often a place's ("de Montréal").
   */
  particleSurnames: Set<string>;
  /**
   * Lower-case forms of capitalised words written right after a given name ("tusk" of "Donald
   * Tusk"): surnames, whose possessive owns what follows ("Tusk's Civic Coalition").
   */
  surnames: Set<string>;
}

/**
 * Share of "the", "and" and "of" among the words: English prose runs near 10%, English lists and
 * product pages 2.7% or more, the Portuguese, Italian and German stories of Zyte AEB (with their
 * quoted English) 1.4% or less.
 */
const ENGLISH_MIN_SHARE = 0.02;
const ENGLISH_MARKERS: ReadonlySet<string> = new Set(['the', 'and', 'of']);

/** Words after a lower-case "i" in chat ("i am", "i'm", "i think"), not in code. */
const CHAT_VERBS: ReadonlySet<string> = new Set([
  'am', 'have', 'had', 'was', 'will', 'would', 'can', 'could', 'do', 'did', 'dont', 'think',
  'thought', 'need', 'want', 'like', 'love', 'know', 'just', 'guess', 'hope', 'feel', 'went',
  'got', 'get', 'go', 'live', 'mean', 'wish', 'said', 'saw', 'really', 'also', 'still', 'never',
  'only', 'tried', 'agree',
]);
const I_CONTRACTION = /^i['’](?:m|ve|ll|d)$/;

/**
 * Chat's own words, written small: "jake says he's sick of it lol", "me and priya walked down
 * … omg" (posts that never write "i" small; the web text written for the tests missed their
 * names). News quotes a post's "LOL" in capitals, if at all.
 */
const CHAT_MARKERS: ReadonlySet<string> = new Set(['lol', 'omg', 'pls', 'plz', 'tbh', 'idk', 'imo', 'imho', 'btw', 'lmao', 'haha', 'hahaha', 'tmrw', 'thx', 'ngl']);

/** Token k is a chat verb after "i", or the tail of a contraction split off it ("i 'm"). */
function isChatVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.text === "'" || t.text === '’') return /^(?:m|ve|ll|d)$/.test(tokens[k + 1]?.text ?? '');
  return CHAT_VERBS.has(t.text);
}

/** A capitalised word that can be part of a name: not "And" or "The" opening a sentence. */
function namePart(t: Token | undefined): boolean {
  return isCapWord(t) && !CAP_STOPWORDS.has(t!.lower);
}

/** Builds the document statistics used to judge sentence-initial words. */
export function docStats(tokens: readonly Token[]): DocStats {
  const lowercase = new Set<string>();
  const capitalisedInside = new Set<string>();
  const capitalisedAlone = new Set<string>();
  const mixedCase = new Set<string>();
  let words = 0;
  let markers = 0;
  let casual = false;
  const particleSurnames = new Set<string>();
  const surnames = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    words++;
    if (!t.cap && ROMANCE_PARTICLES.has(t.lower) && isCapWord(tokens[i - 1]) && isCapWord(tokens[i + 1]) && t.space && tokens[i + 1]!.space) particleSurnames.add(`${t.lower} ${tokens[i + 1]!.lower}`);
    // "i am", "i think", "i'm": not a loop's "for i in", "i.e." or a list's "i."
    if (I_CONTRACTION.test(t.text) || (t.text === 'i' && isChatVerb(tokens, i + 1)) || CHAT_MARKERS.has(t.text)) casual = true;
    if (ENGLISH_MARKERS.has(t.lower)) markers++;
    if (!t.cap) lowercase.add(t.lower);
    else if (!t.initial) {
      capitalisedInside.add(t.lower);
      if (!namePart(tokens[i - 1]) && !namePart(tokens[i + 1])) capitalisedAlone.add(t.lower);
    }
    if (t.cap && !t.acronym) mixedCase.add(t.lower);
    const next = tokens[i + 1];
    if (t.cap && next !== undefined && namePart(next) && t.space && isGivenName(t.lower)) surnames.add(next.lower);
  });
  if (!casual) {
    let speakers = 0;
    for (let i = 0; i < tokens.length && speakers < 2; i++) if (isSpeakerAt(tokens, i)) speakers++;
    casual = speakers >= 2;
  }
  return { lowercase, capitalisedInside, capitalisedAlone, mixedCase, english: words > 0 && markers >= ENGLISH_MIN_SHARE * words, casual, particleSurnames, surnames };
}

/**
 * A chat log's speaker: a given name opening its line, right before a colon ("tom: no way",
 * "Priya: see you there"). E-mail headers ("Subject:", "From:") and handles are no given names.
 */
export function isSpeakerAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.kind === 'word' && tokens[i + 1]?.text === ':' && tokens[i - 1]?.para !== t.para && /^\p{L}+$/u.test(t.text) && isGivenName(t.lower);
}

/** A word glued by a hyphen to the word before it ("Jae-in"): part of that word, whatever it is alone. */
export function isHyphenTail(tokens: readonly Token[], k: number): boolean {
  const dash = tokens[k - 1];
  return dash !== undefined && dash.text === '-' && !dash.space && !tokens[k]!.space && tokens[k - 2]?.kind === 'word';
}

export function isWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word';
}

/** The possessive "'s" (or "’s"), a token of its own. */
export function isPossessive(t: Token | undefined): boolean {
  return t?.text === "'s" || t?.text === '’s';
}

/**
 * A word that marks a model: "G14", "V3", "V", "Pro", "Lite". Not an acronym alone, which is
 * as often a company's ("Siemens AG", "Samsung SDI").
 */
export function isModelMark(t: Token): boolean {
  return /\d/.test(t.text) || /^\p{Lu}$/u.test(t.text) || MODEL_TAILS.has(t.lower);
}

/** A Roman numeral of two to five letters: a ruler's or a sequel's number ("III", "VI"), not "I" or "X". */
export function isRoman(s: string): boolean {
  return /^[IVXL]{2,5}$/.test(s);
}

/** A word or name with a digit in it: a model ("X4"), a rating ("350W"), a code. */
export function holdsDigit(text: string): boolean {
  return /\d/.test(text);
}

export function isCapWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.cap;
}

/** "X is headquartered", "X, headquartered in", "X headquartered": only a firm or a body has a seat. */
export function isHeadquarteredAfter(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  return next?.lower === 'headquartered' || ((next?.lower === 'is' || next?.lower === 'was' || next?.text === ',') && tokens[to + 1]?.lower === 'headquartered');
}

/** Words that may stand between "is a" and the kind of place: "a big or a small country". */
const PREDICATE_FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'or', 'and', 'not', 'big', 'small', 'little', 'tiny', 'large', 'beautiful', 'nice', 'real', 'coastal', 'beach', 'mountain', 'border', 'port', 'market', 'rural', 'remote', 'seaside']);

/**
 * "X is a beach town", "X is NOT a country", "X was a small village in …": the name before
 * token `to` is said to be a kind of place. The kind must end the phrase (a stop or a
 * preposition after it): "is a country singer", "is a state senator" say nothing of the sort.
 */
export function isPlacePredicateAfter(tokens: readonly Token[], to: number): boolean {
  const verb = tokens[to]?.lower;
  if (verb !== 'is' && verb !== 'was') return false;
  let k = to + 1;
  let fillers = 0;
  while (tokens[k]?.kind === 'word' && PREDICATE_FILLERS.has(tokens[k]!.lower) && fillers < 6) {
    k++;
    fillers++;
  }
  if (fillers === 0 || tokens[k]?.kind !== 'word' || !PLACE_NOUNS.has(tokens[k]!.lower)) return false;
  const after = tokens[k + 1];
  return after === undefined || after.kind !== 'word' ? after?.text !== '-' : PLACE_PREDICATE_ENDS.has(after.lower);
}

/** Words that may follow the kind of place and end the predicate: "a town in Kerala". */
const PLACE_PREDICATE_ENDS: ReadonlySet<string> = new Set(['in', 'on', 'near', 'of', 'with', 'where', 'that', 'which', 'and', 'but', 'known', 'located', 'north', 'south', 'east', 'west']);

/** "Labor leader Dean Winter": the name ending before token `to` leads a named person. */
export function leadsNamedPerson(tokens: readonly Token[], to: number): boolean {
  return tokens[to]?.lower === 'leader' && isCapWord(tokens[to + 1]);
}

export function lowerAt(tokens: readonly Token[], i: number): string {
  return tokens[i]?.lower ?? '';
}

/** Indexes of the word tokens in [from, to). */
export function wordIndexes(tokens: readonly Token[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'word') out.push(k);
  return out;
}

/** The text of tokens [from, to), whitespace collapsed; empty for a range with no tokens. */
export function surface(text: string, tokens: readonly Token[], from: number, to: number): string {
  // An empty range is asked for where a run is all title ("Interior Minister" opening a text
  // threw here: there is no token before the first), and the word after a name that ends the
  // text ("High Court Judge") lies past the last token.
  const first = Math.max(0, from);
  const last = Math.min(to, tokens.length);
  if (first >= last) return '';
  return visible(text.slice(tokens[first]!.start, tokens[last - 1]!.end)).replace(/\s+/g, ' ');
}

/**
 * What results lists print right after a player's name, at token k: the country in brackets
 * ("( Sweden )", "( U.S. )") or a score ("Tiger Woods 70 67").
 */
export function playerMarkAt(text: string, tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.kind === 'num') return true;
  if (tokens[k]?.text !== '(') return false;
  for (let end = k + 2; end <= k + 4 && end < tokens.length; end++) {
    if (tokens[end]!.text !== ')') continue;
    const hit = lookup(surface(text, tokens, k + 1, end));
    return hit?.type === 'place' && !hit.demonym;
  }
  return false;
}

/** The run ending at `to` ends in an org, law or place head ("… Agency", "… Act", "… River"). */
export function endsWithHead(tokens: readonly Token[], to: number): boolean {
  const last = lowerAt(tokens, to - 1);
  return ORG_HEADS.has(last) || LAW_HEADS.has(last) || PLACE_HEADS.has(last);
}

/** Parties in the plural head no event: "Virginia Democrats" are people of a place. */
const PARTY_PLURALS: ReadonlySet<string> = new Set(['democrats', 'republicans', 'liberals', 'tories']);

/** The last word of an event's name: "… Show", "… Marathon", "… War" (not a weekday or a party). */
export function isEventHead(t: Token | undefined): boolean {
  return t !== undefined && t.cap && MISC_HEADS.has(t.lower) && !PARTY_PLURALS.has(t.lower) && !WEEKDAYS.has(t.lower);
}

/** Some token in [from, to) is a head word. */
export function hasHead(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (ORG_HEADS.has(w) || PLACE_HEADS.has(w) || LAW_HEADS.has(w) || isVenueHouse(tokens, k)) return true;
  }
  return false;
}

/**
 * "Opera House", "Playhouse"-like venues a house ends: "the Sydney Opera House" (was the city
 * and an organization "Opera House", news-dev's arts news). "House" alone heads bodies too
 * ("House of Commons", "the House"), so only after a performing art.
 */
export function isVenueHouse(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === 'house' && VENUE_HOUSE_ARTS.has(tokens[k - 1]?.lower ?? '');
}
const VENUE_HOUSE_ARTS: ReadonlySet<string> = new Set(['opera', 'ballet', 'concert', 'music']);

/** Dashes that end a dateline: "BUFFALO, N.Y. —". */
const DATELINE_DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);
/** Tokens a dateline's region may take before its dash: "N.Y.", "Afghanistan", "Mont.". */
const DATELINE_REGION_TOKENS = 6;

/**
 * A dash, or a wire credit and a dash ("(AP) —", "(Reuters) -"), at token `k`; or a date that
 * ends the line, as wire copy sets a dateline on a line of its own ("LIMA 2024-03-22").
 */
function datelineEndAt(tokens: readonly Token[], k: number): boolean {
  if (DATELINE_DASHES.has(tokens[k]?.text ?? '')) return true;
  if (isLineEndingIsoDate(tokens, k)) return true;
  return tokens[k]?.text === '(' && tokens[k + 1]?.cap === true && tokens[k + 2]?.text === ')' && DATELINE_DASHES.has(tokens[k + 3]?.text ?? '');
}

/** "2024-03-22" from token `k` to the end of its paragraph. */
function isLineEndingIsoDate(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'num' || !/^(?:19|20)\d\d$/.test(t.text)) return false;
  for (let i = 1; i <= 4; i++) {
    const p = tokens[k + i];
    if (!p || p.para !== t.para || p.space || (i % 2 ? p.text !== '-' : !/^\d\d$/.test(p.text))) return false;
  }
  return tokens[k + 5]?.para !== t.para;
}

/**
 * A dateline: a name in capitals that opens its paragraph and runs into a dash or a wire
 * credit, maybe through ", Region" first. It names the place the story was filed from; news
 * datelines use capitals for nothing else.
 */
export function isDateline(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from]!;
  if (from > 0 && tokens[from - 1]!.para === first.para) return false;
  // Every word in capitals, one-letter words too ("S. KOREA").
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'word' && tokens[k]!.text !== tokens[k]!.text.toUpperCase()) return false;
  if (datelineEndAt(tokens, to)) return true;
  // "NEW DELHI:": South Asian papers close the dateline with a colon; only after a known
  // place, as "WATCH:" and "UPDATE:" close labels ("NEW" was an organization).
  if (tokens[to]?.text === ':') {
    const known = lookup(tokens[to - 1]!.text);
    if (known?.type === 'place' && !known.demonym) return true;
  }
  if (tokens[to]?.text !== ',') return false;
  const last = to + 1 + DATELINE_REGION_TOKENS;
  for (let k = to + 1; k <= last; k++) {
    const t = tokens[k];
    // "BAAR, SWITZERLAND" on a line of its own, as press releases set it: the region must be
    // a known place then, or any "PLACE, WORD" heading would do.
    if (t === undefined || t.para !== first.para) return k > to + 1 && isKnownRegion(surfaceOf(tokens, to + 1, k));
    if (k === last || (t.kind === 'word' && !t.cap)) return false;
    if (datelineEndAt(tokens, k)) return true;
  }
  return false;
}

/** The tokens' text joined as the page spaced them. */
function surfaceOf(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += (k > from && tokens[k]!.space ? ' ' : '') + tokens[k]!.text;
  return s;
}

/** A country or a region the gazetteer knows, in any case ("SWITZERLAND", "Texas"). */
function isKnownRegion(s: string): boolean {
  const hit = lookup(s.replace(/\.$/, '')) ?? lookup(s);
  return hit?.type === 'place' && !hit.demonym;
}

/** Longest place opening a dateline that the region after its comma is looked back over. */
const DATELINE_PLACE_TOKENS = 6;

/**
 * The region of a dateline, after its place and comma: "Mich." in "ST. JOSEPH, Mich. (AP) —"
 * (the tagger read "Mich" as a person).
 */
export function isDatelineRegion(tokens: readonly Token[], from: number): boolean {
  const comma = from - 1;
  if (tokens[comma]?.text !== ',') return false;
  // Back to the paragraph's start; isDateline itself insists the place opens the paragraph.
  const para = tokens[from]!.para;
  let start = comma;
  while (start > 0 && comma - start < DATELINE_PLACE_TOKENS && tokens[start - 1]!.para === para) start--;
  return start < comma && isDateline(tokens, start, comma);
}

/** Small words skipped when spelling an acronym from a name ("Bureau of Prisons" → BOP). */
const ACRONYM_SKIPS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/** The first letters of a name's lower-case words, small words skipped. */
export function initials(words: readonly string[]): string {
  let s = '';
  for (const w of words) if (!ACRONYM_SKIPS.has(w)) s += w.charAt(0);
  return s;
}

/** True when a lower-case `acronym` spells the name's initials, allowing skipped words ("NYAG"). */
export function spellsAcronym(acronym: string, words: readonly string[]): boolean {
  const init = initials(words);
  if (!acronym || acronym.charAt(0) !== init.charAt(0)) return false;
  let k = 0;
  for (const c of init) if (c === acronym.charAt(k)) k++;
  return k === acronym.length && acronym.length >= 2;
}

/**
 * Particles that open a surname written without the given name: "bin Laden", "bin Salman",
 * "von der Leyen", "van Gogh", "von Neumann" (the cards said "Laden", "Leyen", "Neumann"). Not
 * the Romance ones ("de", "da", "del"): in English text they open place names as often ("de
 * Montréal", "de Bourgogne" on WCXB pages).
 */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'abu', 'van', 'von']);
/** Particles of Portuguese, Spanish, French and Italian surnames: "da Silva", "de Meo", "di Maio". */
export const ROMANCE_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'du']);
/** Second particles after the first: "van der", "von der", "van den". */
export const SECOND_PARTICLES: ReadonlySet<string> = new Set(['der', 'den']);

/**
 * A known company at `k` before a model's number in its sentence: "Boeing 787". Not a common
 * word a body is also called by ("747 Media House" over a line break), nor before a year
 * ("KubeCon EU 2024").
 */
export function isMakerBeforeNumber(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const n = tokens[k + 1];
  if (t.kind !== 'word' || !t.cap || lookup(t.text)?.type !== 'organization' || COMMON_WORDS.has(t.lower)) return false;
  return n !== undefined && n.kind === 'num' && n.space && n.sent === t.sent && n.para === t.para && !/^(?:19|20)\d\d$/.test(n.text);
}

/**
 * "Chelsea manager Ruud Gullit": a title in lower case between this name (ending at `to`) and
 * a person's makes this name the employer. classify.ts reads it for a lone given name, which
 * news does not call a person by ("Chelsea" was a person; "Clinton spokesman Mike McCurry" is
 * the President's man); recognize.ts for a lone word opening a sentence ("Petrobras chief
 * executive Magda Chambriard").
 */
export function titlesNextPerson(tokens: readonly Token[], to: number): boolean {
  let k = to;
  let titles = 0;
  while (k < to + 3 && tokens[k]?.kind === 'word' && !tokens[k]!.cap && (TITLE_WORDS.has(tokens[k]!.lower) || TITLE_MODIFIERS.has(tokens[k]!.lower))) {
    if (TITLE_WORDS.has(tokens[k]!.lower)) titles++;
    k++;
  }
  const next = tokens[k];
  return titles > 0 && next?.kind === 'word' && next.cap && next.sent === tokens[to - 1]?.sent;
}

/** A name's particle glued by a hyphen to the capitalised word it opens: "al-Tanf", "Al-Sharaa". */
export function isGluedParticle(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const dash = tokens[k + 1];
  const word = tokens[k + 2];
  return isWord(t) && NAME_PARTICLES.has(t!.lower) && dash?.text === '-' && !dash.space && isCapWord(word) && !word!.space;
}

/** A personal name's suffix whose full stop belongs to it: "jr", "sr" (lower case). */
export function isNameSuffix(lower: string): boolean {
  return lower === 'jr' || lower === 'sr';
}

/**
 * Past the full stop of a name's "Jr." or "Sr." that ends at `to`: "James P. Kennedy Jr., the
 * U.S. Attorney for …," and "Patrick W. Carlineo Jr., 55," have their role and age after it.
 */
export function pastSuffixStop(tokens: readonly Token[], to: number): number {
  const t = tokens[to];
  return t?.text === '.' && !t.space && isNameSuffix(tokens[to - 1]?.lower ?? '') ? to + 1 : to;
}
