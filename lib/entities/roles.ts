/**
 * What the text says an entity is. Four patterns, from most to least telling:
 *  1. an appositive after the name:   "Sirgoo Lee, CEO of Korean Internet giant Daum Kakao,"
 *  2. an appositive before the name:  "Sweden's deputy director of public prosecutions, Eva-Marie Persson,"
 *  3. a descriptor right before it:   "Korean Internet giant Daum Kakao", "messaging app KakaoTalk"
 *  4. a title cut off the name:       "President Moon Jae-in"
 * Each found role also names its head noun, which classify.ts counts as type evidence.
 */
import { lookup } from './gazetteer';
import {
  APPOSITIVE_OPENERS,
  CAP_STOPWORDS,
  CLAUSE_WORDS,
  CREDENTIALS,
  COMMON_CAPS,
  NAME_ABBREVIATIONS,
  ORG_HEADS,
  ORG_NOUNS,
  OPENING_DESCRIPTORS,
  isPersonNoun,
  PLACE_NOUNS,
  APPOSITIVE_PLACE_NOUNS,
  PRODUCT_NOUNS,
  SAY_VERBS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from './lexicon';
import { isGivenName } from './names';
import { isPossessive, pastSuffixStop } from './shape';
import { TITLES_AFTER_NAMES } from './titles';
import { visible, type Token } from './tokens';

export type RoleKind = 'after' | 'before' | 'descriptor' | 'title';
export type HeadType = 'person' | 'organization' | 'product' | 'place';

export interface Role {
  text: string;
  kind: RoleKind;
  /** Lower rank wins when an entity has several roles. */
  rank: number;
  /** What the role's head noun says the entity is. */
  head?: HeadType;
}

const RANK: Record<RoleKind, number> = { after: 0, before: 1, descriptor: 2, title: 3 };

/** Longest appositive we read as a role: longer ones are clauses or lists. */
const MAX_APPOSITIVE = 14;
/** Longest descriptor before a name ("popular instant messaging app"). */
const MAX_DESCRIPTOR = 5;

/** Punctuation that closes an appositive. */
const CLOSERS: ReadonlySet<string> = new Set([',', '.', ';', '(', ')', '!', '?', '—', '–', ':', '”', '"']);

/** Relative pronouns: after a role's head noun they start a clause about it, not the role. */
export const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose']);
/** A past participle ("based", "focused", "owned"), which opens a clause after a role's head. */
const PARTICIPLE = /^\p{Ll}{2,}ed$/u;

/** Positions named with common words, a person's only after a team and before a full name. */
const POSITIONS: ReadonlySet<string> = new Set(['center', 'centre', 'guard', 'tackle', 'safety', 'forward', 'end', 'back', 'winger', 'fullback', 'halfback']);

/** Words a role cut short must not end on: "a research analyst at the". */
const ROLE_TAIL_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'at', 'of', 'in', 'for', 'on', 'with', 'from', 'to', 'by', 'and', 'or']);

/** Prepositions that end the head part of a role ("CEO of …", "spokesperson for …"). */
const HEAD_ENDERS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'on', 'to', 'who', 'that']);

/** Words that cut a pre-appositive from the clause before it ("… spreading through the app, X"). */
const CLAUSE_CUTS: ReadonlySet<string> = new Set([
  ...CLAUSE_WORDS, ...SAY_VERBS, 'through', 'by', 'with', 'against', 'from', 'into', 'to', 'for',
  'on', 'at', 'in', 'whether', 'than', 'as', 'like', 'via', 'about', 'after', 'before',
]);

/** What kind of thing a head noun names, if our tables know it. */
export function headType(word: string): HeadType | undefined {
  if (isPersonNoun(word) || TITLE_WORDS.has(word)) return 'person';
  if (PRODUCT_NOUNS.has(word)) return 'product';
  if (ORG_NOUNS.has(word)) return 'organization';
  if (PLACE_NOUNS.has(word) || APPOSITIVE_PLACE_NOUNS.has(word)) return 'place';
  return undefined;
}

/**
 * Head of a role phrase: the last noun we know before the first preposition. With
 * `namesModify`, a name inside the phrase only modifies the head: in "a University of Florence
 * botanist who …" the head is "botanist", and the "of" inside the name ends nothing. Titles
 * still count ("CEO of Daum Kakao").
 */
function phraseHead(tokens: readonly Token[], from: number, to: number, namesModify = false): HeadType | undefined {
  let head: HeadType | undefined;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    const before = tokens[k - 1];
    const insideName = namesModify && k > from && before?.cap === true && !TITLE_WORDS.has(before.lower) && tokens[k + 1]?.cap === true;
    // "the judgment of another witness": the head comes before "of", and it is no role.
    if (HEAD_ENDERS.has(t.lower) && !insideName) break;
    if (namesModify && t.cap && !TITLE_WORDS.has(t.lower) && !TITLE_MODIFIERS.has(t.lower) && k > from) continue;
    // A hyphenated noun is one: "the artificial intelligence start-up" (was no head, and the
    // firm a person, news-dev's start-ups).
    const dash = tokens[k - 1];
    const compound = dash?.text === '-' && !dash.space && !t.space && tokens[k - 2]?.kind === 'word' ? headType(`${tokens[k - 2]!.lower}-${t.lower}`) : undefined;
    const known = producesGoods(tokens, k) ? 'organization' : (compound ?? headType(t.lower));
    // "a film producer", "a car dealer": a product's noun only modifies the one who works with
    // it, a person where the product is a work ("a film producer"), else of no kind we know.
    if (!known && head === 'product' && isAgentNoun(t) && headType(before?.lower ?? '') === 'product') head = WORKS.has(before!.lower) ? 'person' : undefined;
    else head = known ?? head;
  }
  return head;
}

/** A lower-case noun for one who does something ("producer", "dealer", "collector"). */
function isAgentNoun(t: Token): boolean {
  return !t.cap && t.lower.length > 5 && /(?:er|or)s?$/.test(t.lower);
}

/** Products that are works: their producers, writers and editors are people. */
const WORKS: ReadonlySet<string> = new Set(['film', 'movie', 'album', 'song', 'book', 'novel', 'show', 'series', 'podcast']);

/**
 * Goods a firm produces, before "producer": "Filmland Spirits, a whiskey producer", "the
 * world's biggest copper producer". A producer of anything else is as often a person ("a film
 * producer", "a record producer"), so the noun alone names no kind.
 */
const GOODS: ReadonlySet<string> = new Set([
  'oil', 'gas', 'crude', 'shale', 'coal', 'uranium', 'power', 'electricity', 'energy', 'solar', 'steel', 'aluminium',
  'aluminum', 'copper', 'gold', 'silver', 'iron', 'ore', 'lithium', 'nickel', 'zinc', 'cobalt', 'platinum', 'diamond',
  'potash', 'fertiliser', 'fertilizer', 'cement', 'chemicals', 'chemical', 'grain', 'wheat', 'sugar', 'coffee', 'cocoa',
  'chocolate', 'wine', 'whiskey', 'whisky', 'spirits', 'beer', 'vodka', 'rum', 'gin', 'champagne', 'cheese', 'dairy',
  'milk', 'meat', 'beef', 'pork', 'poultry', 'chicken', 'egg', 'eggs', 'seafood', 'salmon', 'food', 'foods', 'palm',
  'rubber', 'cotton', 'timber', 'pulp', 'paper', 'drug', 'drugs', 'vaccine', 'chip', 'chips', 'semiconductor', 'battery',
  'tobacco', 'cannabis', 'car', 'vehicle',
]);

/** Token k is "producer(s)" after a word for goods. */
function producesGoods(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return (t.lower === 'producer' || t.lower === 'producers') && GOODS.has(tokens[k - 1]?.lower ?? '');
}

function slice(text: string, tokens: readonly Token[], from: number, to: number): string {
  return visible(text.slice(tokens[from]!.start, tokens[to - 1]!.end)).replace(/\s+/g, ' ');
}

/** A sentence-opening prepositional phrase ("In Korea, …") is not an apposition. */
function introducedByPreposition(tokens: readonly Token[], from: number): boolean {
  const p = tokens[from - 1];
  return p !== undefined && p.kind === 'word' && p.initial && CAP_STOPWORDS.has(p.lower);
}

/**
 * The period of "St. Louis", "Mt. Sinai" inside a role: no end ("a molecular microbiologist at
 * Washington University in St. Louis" was cut to "… in St", Quanta in Zyte AEB).
 */
function isNameAbbreviationDot(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return tokens[k]!.text === '.' && before?.cap === true && NAME_ABBREVIATIONS.has(before.lower) && after?.cap === true && after.sent === tokens[k]!.sent;
}

/** Pattern 1: ", <role>," right after the name. */
function after(text: string, tokens: readonly Token[], from: number, nameTo: number): Role | null {
  const to = pastSuffixStop(tokens, nameTo);
  if (tokens[to]?.text !== ',' || introducedByPreposition(tokens, from)) return null;
  const sent = tokens[to]!.sent;
  // "Matthew Boland, PhD, a clinical psychologist": the role comes after the degrees.
  let start = to + 1;
  while (CREDENTIALS.has(tokens[start]?.lower ?? '') && tokens[start + 1]?.text === ',') start += 2;
  let end = start;
  // "Cotecna, a Swiss company that held contracts": a relative clause after the role's head
  // noun ends the role, as a comma would (GMB: Cotecna was a person without it).
  let relative = false;
  while (end < tokens.length && end - start <= MAX_APPOSITIVE && tokens[end]!.sent === sent) {
    const t = tokens[end]!;
    if (t.kind === 'punct' && CLOSERS.has(t.text) && !isNameAbbreviationDot(tokens, end)) break;
    // So does a participle after it: "Ascom, a global solutions provider focused on healthcare
    // ICT and …" (Zyte AEB: Ascom was a person without it; the "and" ended the role).
    const clause = RELATIVES.has(t.lower) || PARTICIPLE.test(t.lower);
    // A verb in "-ed" right after a capitalised name is that name's, a new clause: "… its App
    // Store, U.S. District Judge Yvonne Gonzalez Rogers ruled," (the judge was App Store's
    // role, the wire copy's tech trials).
    if (t.kind === 'word' && !t.cap && !RELATIVES.has(t.lower) && PARTICIPLE.test(t.lower) && end > start && tokens[end - 1]!.cap) return null;
    if (t.kind === 'word' && !t.cap && clause && end > start && phraseHead(tokens, start, end, true)) {
      relative = true;
      // A compound's participle ends the role before the compound, and before the words that
      // led to it: "a group co-founded by …" and "a research analyst at the Delhi-based …" were
      // the roles "a group co-" and "… at the Delhi-" (Zyte AEB).
      while (end > start + 1 && tokens[end - 1]!.text === '-' && !tokens[end - 1]!.space) end -= 2;
      while (end > start + 1 && ROLE_TAIL_WORDS.has(tokens[end - 1]!.lower)) end--;
      break;
    }
    if (t.kind === 'word' && !t.cap && (CLAUSE_WORDS.has(t.lower) || SAY_VERBS.has(t.lower))) return null;
    end++;
  }
  if (end === start || end - start > MAX_APPOSITIVE) return null;
  const closer = tokens[end];
  if (!relative && closer && closer.sent === sent && !CLOSERS.has(closer.text)) return null;
  const first = tokens[start]!;
  if (first.kind !== 'word') return null;
  const opens =
    (!first.cap && (APPOSITIVE_OPENERS.has(first.lower) || TITLE_MODIFIERS.has(first.lower) || headType(first.lower) !== undefined)) ||
    (first.cap && TITLE_WORDS.has(first.lower) && !CAPITAL_NON_TITLES.has(first.lower)) ||
    // "Kelly Cloud, Senior Vice President of CCNG": modifiers, then a title (not "New York
    // Daily News", "State Department").
    (first.cap && TITLE_MODIFIERS.has(first.lower) && TITLE_WORDS.has(tokens[afterModifiers(tokens, start)]?.lower ?? '')) ||
    // "James Perry, GNOFHAC Executive Director": an employer and the title after it.
    (first.cap && end - start <= 6 && TITLES_AFTER_NAMES.has(tokens[end - 1]!.lower));
  if (!opens || titlesNextName(tokens, start)) return null;
  // "a", "the" alone open nothing useful; need a head noun we know.
  const head = phraseHead(tokens, start, end, relative);
  if (!head) return null;
  return { text: slice(text, tokens, start, end), kind: 'after', rank: RANK.after, head };
}

/** The first token from `k` on that is no capitalised title modifier ("Senior", "Vice"). */
function afterModifiers(tokens: readonly Token[], k: number): number {
  while (tokens[k]?.cap && TITLE_MODIFIERS.has(tokens[k]!.lower)) k++;
  return k;
}

/**
 * "Speaking in Diyarbakir, Mr. Erdogan said": an abbreviated title and the name it belongs to
 * after the comma are the next person, not the place's role (Diyarbakir was a person by the
 * role "Mr", cut at the abbreviation's full stop). Spelled-out titles stay roles: "Rob Goldman,
 * President Ascom North America".
 */
function titlesNextName(tokens: readonly Token[], start: number): boolean {
  const title = tokens[start]!;
  const dot = tokens[start + 1];
  const next = tokens[start + 2];
  return title.cap && TITLE_WORDS.has(title.lower) && dot?.text === '.' && !dot.space && next?.kind === 'word' && next.cap && next.sent === title.sent;
}

/** Words that open a noun phrase: where a role that follows a verb starts. */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our']);

/** Token `k` can open a role phrase: "a", "his", "former", a possessor, a head noun. */
function opensRole(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k]!;
  return APPOSITIVE_OPENERS.has(first.lower) || isPossessive(tokens[k + 1]) || headType(first.lower) !== undefined;
}

/** Pattern 2: "<role>, Name," with the role closing the clause before the name. */
function before(text: string, tokens: readonly Token[], from: number, to: number): Role | null {
  const comma = tokens[from - 1];
  if (comma?.text !== ',') return null;
  const closer = tokens[to];
  if (closer && closer.sent === comma.sent && !CLOSERS.has(closer.text)) return null;
  const sent = comma.sent;
  const end = from - 1;
  let start = end;
  let relative = false;
  while (start > 0 && end - start < MAX_APPOSITIVE) {
    const t = tokens[start - 1]!;
    if (t.sent !== sent || (t.kind === 'punct' && !isPossessive(t) && t.text !== '-')) break;
    if (t.kind === 'word' && !t.cap && CLAUSE_CUTS.has(t.lower)) {
      // A role inside a relative clause describes the clause's object, not the name.
      relative = RELATIVES.has(t.lower);
      break;
    }
    start--;
  }
  // "Vanessa Mendez, MD, gastroenterologist, Parkview Health": after a credential the role is
  // the person's before it, and the name after it is her employer.
  if (tokens[start - 1]?.text === ',' && CREDENTIALS.has(tokens[start - 2]?.lower ?? '')) return null;
  // "Now his own company, Salesforce, …": an adverb opening the sentence is not the role's.
  while (start < end && tokens[start]!.initial && SENTENCE_ADVERBS.has(tokens[start]!.lower)) start++;
  if (start >= end) return null;
  // A verb the walk went past is not the role's: "India blamed a militant group,
  // Lashkar-e-Taiba" has the role "a militant group" (Lashkar-e-Taiba was a place, GMB). Not
  // in a relative clause ("the man who kidnapped the child, Michael Webb" is the man), and the
  // role ends on its noun or names a post ("near McAllen, Texas" is no role of Texas; "the
  // Inspector-General of Police, Ibrahim Idris" is one).
  if (!opensRole(tokens, start) && !relative) {
    let article = end - 1;
    while (article > start && !DETERMINERS.has(tokens[article]!.lower)) article--;
    const endsOnNoun = !tokens[end - 1]!.cap || phraseHead(tokens, article, end) === 'person';
    if (endsOnNoun) start = article;
  }
  if (start >= end || !opensRole(tokens, start)) return null;
  const head = phraseHead(tokens, start, end);
  if (!head) return null;
  return { text: slice(text, tokens, start, end), kind: 'before', rank: RANK.before, head };
}

/**
 * Title words that open other names more often than roles: "Just like Proton VPN, Private
 * Internet Access offers obfuscation" gave Proton VPN that role (WCXB 4864).
 */
const CAPITAL_NON_TITLES: ReadonlySet<string> = new Set(['private', 'major', 'miss']);

/** Adverbs that open a sentence before an appositive: "Now his own company, Salesforce". */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(['now', 'then', 'also', 'today', 'still', 'and', 'but', 'so']);

/**
 * Titles that are other words in lower case: "We all miss Steve" is a verb, "a major Apple
 * supplier" an adjective. After a function word they describe no one; after a noun or a name
 * they do ("executive chair Marcelo Claure", "Instagram head Adam Mosseri").
 */
const LOWER_CASE_NON_TITLES: ReadonlySet<string> = new Set(['miss', 'major', 'private', 'general', 'head', 'chair', 'lady', 'lord', 'sir', 'dame', 'master']);

/** Pattern 3: lower-case descriptor words right before the name ("Internet giant Daum Kakao"). */
function descriptor(text: string, tokens: readonly Token[], from: number): Role | null {
  // A surname opened by a particle is no name a descriptor heads: in "the carmaker de Meo had
  // run", de Meo ran the carmaker.
  if (!tokens[from]?.cap) return null;
  const last = tokens[from - 1];
  // Capitalised only to open the sentence: "Rival Lowe's".
  if (!last || last.kind !== 'word' || (last.cap && !(last.initial && OPENING_DESCRIPTORS.has(last.lower)))) return null;
  const beforeLast = tokens[from - 2];
  if (LOWER_CASE_NON_TITLES.has(last.lower) && (beforeLast?.kind !== 'word' || beforeLast.sent !== last.sent || CAP_STOPWORDS.has(beforeLast.lower))) return null;
  // A player's position after the team: "Pittsburgh center Maurkice Pouncey" (an organization,
  // CBS Sports in Zyte AEB; "center" is otherwise a body's head noun).
  const position = POSITIONS.has(last.lower) && beforeLast?.cap === true && tokens[from + 1]?.cap === true;
  // A hyphenated noun is one: "the obesity start-up Metsera" (dropped, the wire copy's health
  // news), "a non-profit", "a think-tank".
  const joint = tokens[from - 2];
  const firstPart = tokens[from - 3];
  const hyphenated = joint?.text === '-' && !joint.space && !last.space && firstPart?.kind === 'word' && !firstPart.cap ? `${firstPart.lower}-${last.lower}` : null;
  const compound = hyphenated !== null && !headType(last.lower) && headType(hyphenated) !== undefined;
  // "its ally Young Poong": a firm's ally or partner is a firm, a noun no table types alone
  // (Young Poong was a person, the wire copy's Asian business).
  const firmsRelation = beforeLast?.lower === 'its' && BUSINESS_RELATIONS.has(last.lower);
  // "wealth manager WealthTek", "asset manager Ninety One": a manager of money before a name is
  // a firm (WealthTek was a person, news-dev's banking news), unless a given name opens it.
  const moneyManager = last.lower === 'manager' && (beforeLast?.lower === 'wealth' || beforeLast?.lower === 'asset');
  const head = position ? 'person' : moneyManager ? 'organization' : compound ? headType(hyphenated!) : (headType(last.lower) ?? (firmsRelation ? 'organization' : undefined));
  if (!head) return null;
  let start = compound ? from - 3 : from - 1;
  while (start > 0 && from - start < MAX_DESCRIPTOR) {
    const t = tokens[start - 1]!;
    const before = tokens[start - 2];
    if (t.kind !== 'word' || t.sent !== last.sent) break;
    const w = t.lower;
    if (CAP_STOPWORDS.has(w) || CLAUSE_CUTS.has(w) || w.endsWith('ly')) break;
    if (t.cap && !lookup(t.text)?.demonym && !COMMON_CAPS.has(w)) break;
    // "Fox News host": a capital word that is part of a name before it.
    if (t.cap && COMMON_CAPS.has(w) && before?.cap && !lookup(before.text)?.demonym) break;
    if (!t.cap && (w.endsWith('ed') || w.endsWith('ing'))) break;
    // "to investigate Ukrainian energy company Burisma": a verb after "to".
    if (!t.cap && before?.lower === 'to') break;
    start--;
  }
  // Not the tail of a compound the scan stopped inside: "hit-or-miss Taiwanese publication"
  // was the role "miss Taiwanese publication" (MacRumors, Zyte AEB).
  while (start < from - 1 && !tokens[start]!.space && tokens[start - 1]?.text === '-') start++;
  // "BP and its Russian partner TNK-BP": after "its" a partner or a rival is a company (GMB
  // had TNK-BP a person); "his partner" stays a person.
  const owner = tokens[start - 1]?.lower;
  const company = head === 'person' && owner === 'its' && BUSINESS_RELATIONS.has(last.lower);
  return { text: slice(text, tokens, start, from), kind: 'descriptor', rank: RANK.descriptor, head: company ? 'organization' : head };
}

/** Nouns for a party to a business relation, a person's or a company's. */
const BUSINESS_RELATIONS: ReadonlySet<string> = new Set(['partner', 'rival', 'competitor', 'owner', 'parent', 'ally', 'affiliate']);

/** Every role the text gives for the name at tokens [from, to), best first. */
export function findRoles(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  title?: { from: number; to: number },
): Role[] {
  const out: Role[] = [];
  const a = after(text, tokens, from, to);
  if (a) out.push(a);
  const b = before(text, tokens, from, to);
  if (b) out.push(b);
  const d = descriptor(text, tokens, title ? title.from : from);
  if (d) out.push(d);
  if (title && title.to > title.from) {
    out.push({ text: slice(text, tokens, title.from, title.to), kind: 'title', rank: RANK.title, head: 'person' });
  }
  // A trade's noun names a firm or a person alike: "developer Mojang", but "publisher Rupert
  // Murdoch" (an organization). A given name opening a name of two words or more decides it,
  // unless a firm's head word ends the name ("Broker Salomon Brothers Inc"). "Will" is no
  // given name to the lists (it is a modal far more often), but a name span that opens on it
  // was kept as one ("Will Lewis, the publisher of The Washington Post").
  const given = tokens[from];
  const opensOnGiven = given !== undefined && (isGivenName(given.lower) || given.text === 'Will');
  const personal = to - from >= 2 && opensOnGiven && !ORG_HEADS.has(tokens[to - 1]!.lower);
  if (personal) {
    for (const r of out) if (r.head === 'organization' && r.text.toLowerCase().split(/\s+/).some((w) => TRADE_NOUNS.has(w))) r.head = 'person';
  }
  return out;
}

/** Nouns for a trade that firms and people alike ply. */
const TRADE_NOUNS: ReadonlySet<string> = new Set(['developer', 'publisher', 'seller', 'supplier', 'provider', 'operator', 'broker', 'manager', 'contractor', 'builder', 'miner', 'trader']);

/** An age right after the name (", 31,") says it is a person. */
export function hasAge(tokens: readonly Token[], nameTo: number): boolean {
  const to = pastSuffixStop(tokens, nameTo);
  const n = tokens[to + 1];
  if (tokens[to]?.text !== ',' || !n || n.kind !== 'num' || n.text.length > 3) return false;
  const age = Number(n.text);
  const c = tokens[to + 2];
  return age > 0 && age < 120 && (c === undefined || [',', '.', ')', '–', '—', ';'].includes(c.text));
}
