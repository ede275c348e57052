/**
 * Rule names meet tagger names. The rules (recognize.ts) know titles, headlines, datelines
 * and the gazetteer; the tagger (tagger/) knows names from their words and contexts, also
 * where capitals say little. Per span:
 *
 *   rule span ∩ tagger span      kept, the tagger's type becomes a vote (classify.ts)
 *   rule span, no tagger span    marked `unconfirmed` unless it has evidence of its own
 *                                (gazetteer, title, a title after it, demonym); index.ts
 *                                drops it unless its context votes for a type (a role, an
 *                                age, a head word): otherwise it was a capitalised common
 *                                word ("References", "Enough", "Calls")
 *   tagger span, no rule span    added (lower-case names, names the rules cut away), unless
 *                                another recogniser (money, dates, laws) or, unless known,
 *                                a rule span's title ("Secretary of State …") owns its tokens or
 *                                it is longer than any name the rules would take; a gazetteer
 *                                entry keeps its evidence ("The US" loses its run to the
 *                                pronoun "us", and GMB taught the tagger to call it an org)
 */
import { lookup } from './gazetteer';
import { CAP_STOPWORDS, CREDENTIALS, isPersonNoun, isPositionCode, isTerm, MISC_HEADS, MODEL_TAILS, NOTE_OPENERS, OPENING_ADJECTIVES, ORG_HEADS, ORG_NOUNS, PLACE_HEADS, TITLE_WORDS, UNITS_BEFORE_NAMES } from './lexicon';
import { COMMON_WORDS } from './common-words';
import { CLOSING_QUOTE } from './non-names';
import { FIRST_NAMES } from './names';
import { isPartyTag, MAX_RUN, type NameSpan } from './recognize';
import { spellsAcronym } from './shape';
import { isClaimed } from './spans';
import type { TaggedSpan, TaggedType } from './tagger/run';

const TYPES: Record<TaggedType, NameSpan['tagged']> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: undefined };

interface CombineOptions {
  /** Off for headlines, cased for show: there the tagger only votes. */
  decide: boolean;
  surfaceOf: (from: number, to: number) => string;
  /** Tokens [from, to) name a town of cities.ts (towns.ts). */
  isTownAt: (from: number, to: number) => boolean;
  /** The word at token k is one the text also writes in lower case. */
  isCommonAt: (k: number) => boolean;
  /** Token k is in a sentence that ends with a question mark. */
  inQuestion: (k: number) => boolean;
  /** Token k opens its sentence. */
  opensSentence: (k: number) => boolean;
  /** A player's country in brackets or a score starts at token k ("( Sweden )", "70 67"). */
  playerMarkAt: (k: number) => boolean;
}

/**
 * Combines the rule-based name spans with the tagger's spans (both over the same tokens).
 * Without `decide` (headlines, cased for show) the tagger only votes: it neither adds nor
 * questions a name.
 */
export function combineNames(
  rules: readonly NameSpan[],
  tagged: readonly TaggedSpan[],
  claimed: Uint8Array,
  opts: CombineOptions,
): NameSpan[] {
  const out: NameSpan[] = [];
  /** Weak spans the tagger calls people in full, that only a given name would confirm. */
  const listed = new Set<NameSpan>();
  // Both lists are sorted and free of inner overlaps: one sweep, linear on hostile pages.
  let k = 0;
  const spans = opts.decide ? withSpelledOutNames(rules, tagged, claimed, opts.surfaceOf) : rules;
  /** Chat names another one read on into (readOnFromChatName). */
  const absorbed = new Set<NameSpan>();
  for (const [index, r] of spans.entries()) {
    if (absorbed.has(r)) continue;
    while (k < tagged.length && tagged[k]!.to <= r.from) k++;
    let best: TaggedSpan | null = null;
    let bestOverlap = 0;
    for (let j = k; j < tagged.length && tagged[j]!.from < r.to; j++) {
      const t = tagged[j]!;
      const overlap = Math.min(r.to, t.to) - Math.max(r.from, t.from);
      if (overlap > bestOverlap) {
        best = t;
        bestOverlap = overlap;
      }
    }
    const type = best ? TYPES[best.type] : undefined;
    if (type) r.tagged = type;
    if (!best) {
      // A town of cities.ts is evidence of its own ("in Varkala", which the tagger missed).
      if (opts.decide && !hasOwnEvidence(r) && !opts.isTownAt(r.from, r.to)) r.unconfirmed = true;
    } else {
      if (r.chatName && best.from === r.from && best.to > r.to) readOnFromChatName(r, best, spans, index, absorbed, claimed);
      if (r.weak && isConfirmedPerson(r, best, opts)) r.weak = false;
      else if (r.weak && isPersonShaped(r, best, opts)) listed.add(r);
      if (opensOnGivenStopword(r, best, opts) || opensOnPluralTrade(r, best, opts)) r.from = best.from;
      else if (opensOnTrade(r, best, opts)) {
        r.title = { from: r.from, to: best.from };
        r.from = best.from;
      }
    }
    out.push(r);
  }
  confirmListedPeople(out, listed, opts);
  if (!opts.decide) return out;
  const ruled = new Uint8Array(claimed.length);
  const titles = new Uint8Array(claimed.length);
  for (const r of rules) {
    ruled.fill(1, r.from, r.to);
    if (r.title) titles.fill(1, r.title.from, r.title.to);
  }
  for (const found of tagged) {
    const type = TYPES[found.type];
    const t = trimmedTaggerSpan(found, opts.surfaceOf);
    // As long as the rules allow a name, no longer: longer "names" are glued junk.
    if (!type || !t || t.to - t.from > MAX_RUN || isClaimed(claimed, t.from, t.to) || isClaimed(ruled, t.from, t.to)) continue;
    const surface = opts.surfaceOf(t.from, t.to);
    // An address is no name ("http://www.google.co.uk/search?q=…" was a place), nor a party tag ("R-W.Va.").
    if (surface.includes('://') || surface.includes('@') || isPartyTag(surface)) continue;
    // Nor a run across the close of a quote that opened just before it: "called them 'Heroes'
    // Party officials said" (an organization "Heroes' Party", GMB), as the rules read it.
    if (closesQuoteWithin(t, opts.surfaceOf)) continue;
    if (opensOnSector(t, surface, opts)) continue;
    const hit = lookup(surface);
    // A title the rules cut off a name is theirs too ("Secretary of State Mike Pompeo" has no
    // organization "State"), but a known name in it stays ("U.S. Secretary of State …").
    if (!hit && isClaimed(titles, t.from, t.to)) continue;
    const span: NameSpan = { from: t.from, to: t.to, demonym: hit?.demonym ?? false, weak: false, tagged: type };
    if (hit) span.gazetteer = hit;
    out.push(span);
  }
  return out.sort((a, b) => a.from - b.from);
}

/**
 * "jill allen", "mike santos": the tagger reads on past a given name that chat writes small to
 * the surname, where the rules took the given name alone (and the next one, if it is a given
 * name too); "woodrow s" (a bar) it reads as a place. The tagger's span wins, unless another
 * name of the rules starts inside it.
 */
function readOnFromChatName(r: NameSpan, best: TaggedSpan, spans: readonly NameSpan[], index: number, absorbed: Set<NameSpan>, claimed: Uint8Array): void {
  if (isClaimed(claimed, r.to, best.to)) return;
  const inside: NameSpan[] = [];
  for (let j = index + 1; j < spans.length && spans[j]!.from < best.to; j++) {
    if (!spans[j]!.chatName || spans[j]!.to > best.to) return;
    inside.push(spans[j]!);
  }
  for (const s of inside) absorbed.add(s);
  r.to = best.to;
  // Another type than a person's: the tagger's reading, with nothing of a given name's.
  if (best.type !== 'PER') r.chatName = false;
}

/** Trades the common words leave out: "Telecoms regulator", "Biotech firm", "Crypto exchange". */
const SECTORS: ReadonlySet<string> = new Set(['telecoms', 'telecom', 'tech', 'fintech', 'biotech', 'pharma', 'crypto', 'e-commerce', 'ecommerce']);

/**
 * "Telecoms regulator Anatel", "Energy giant Shell": a common word opening a sentence before a
 * firm's noun and the firm's name is the firm's trade, no name (the tagger made an organization
 * of "Telecoms", news written for the tests). Not before a person's noun: "Greens leader Adam
 * Bandt" names a party.
 */
function opensOnSector(t: { from: number; to: number }, surface: string, opts: CombineOptions): boolean {
  const word = surface.toLowerCase();
  if (t.to - t.from !== 1 || !opts.opensSentence(t.from) || !(COMMON_WORDS.has(word) || SECTORS.has(word))) return false;
  const noun = opts.surfaceOf(t.to, t.to + 1);
  const next = opts.surfaceOf(t.to + 1, t.to + 2);
  return ORG_NOUNS.has(noun) && !isPersonNoun(noun) && /^\p{Lu}/u.test(next);
}

/**
 * "DACA (Deferred Action for Childhood Arrivals)", "Deferred Action for Childhood Arrivals
 * (DACA)": a tagger span that its bracketed acronym spells is one name, however the rules cut
 * it (they dropped "Deferred" as a participle and split the rest at "for" into "Action" and
 * "Childhood Arrivals", CRN in Zyte AEB). It replaces the rule spans inside it; a rule span
 * across its edges leaves it alone.
 */
function withSpelledOutNames(
  rules: readonly NameSpan[],
  tagged: readonly TaggedSpan[],
  claimed: Uint8Array,
  surfaceOf: (from: number, to: number) => string,
): readonly NameSpan[] {
  const wholes: NameSpan[] = [];
  const replaced = new Set<NameSpan>();
  // Both lists are sorted, rules free of overlaps: one sweep, linear on hostile pages.
  let k = 0;
  for (const t of tagged) {
    while (k < rules.length && rules[k]!.to <= t.from) k++;
    if (t.to - t.from < 2 || isClaimed(claimed, t.from, t.to)) continue;
    const acronym = bracketedAcronym(t, claimed.length, surfaceOf);
    if (!acronym || isTerm(acronym)) continue; // a term's expansion is a term too: "Content Management System (CMS)"
    const words: string[] = [];
    for (let w = t.from; w < t.to; w++) {
      const word = surfaceOf(w, w + 1);
      if (/^\p{L}/u.test(word)) words.push(word.toLowerCase());
    }
    if (words.length < 2 || !spellsAcronym(acronym, words)) continue;
    const overlapping: NameSpan[] = [];
    for (let j = k; j < rules.length && rules[j]!.from < t.to; j++) overlapping.push(rules[j]!);
    const inside = overlapping.every((r) => r.from >= t.from && r.to <= t.to);
    const same = overlapping.length === 1 && overlapping[0]!.from === t.from && overlapping[0]!.to === t.to;
    if (overlapping.length === 0 || !inside || same) continue;
    for (const r of overlapping) replaced.add(r);
    wholes.push({ from: t.from, to: t.to, demonym: false, weak: false });
  }
  if (wholes.length === 0) return rules;
  return [...rules.filter((r) => !replaced.has(r)), ...wholes].sort((a, b) => a.from - b.from);
}

/** The acronym in brackets just before ("DACA (…)") or just after ("… (DACA)") a span, lower case. */
function bracketedAcronym(t: TaggedSpan, length: number, surfaceOf: (from: number, to: number) => string): string | null {
  const acronymAt = (k: number): string | null => {
    if (k < 0 || k >= length) return null;
    const s = surfaceOf(k, k + 1).replace(/\./g, '');
    return /^\p{Lu}{2,}$/u.test(s) ? s.toLowerCase() : null;
  };
  const at = (k: number, text: string): boolean => k >= 0 && k < length && surfaceOf(k, k + 1) === text;
  if (at(t.from - 1, '(') && at(t.to, ')')) return acronymAt(t.from - 2);
  if (at(t.to, '(') && at(t.to + 2, ')')) return acronymAt(t.to + 1);
  return null;
}

/** Words that carry a title on to its office: "Ambassador to …", "Minister for …". */
const OFFICE_LINKS: ReadonlySet<string> = new Set(['to', 'for']);

/** Words that open a sentence before a name in web text, never a name's first word. */
const OPENERS: ReadonlySet<string> = new Set([
  'hey', 'hi', 'hello', 'dear', 'thanks', 'thank', 'yes', 'no', 'please', 'so', 'and', 'but',
  'try', 'check', 'visit', 'call', 'contact', 'click', 'see', 'read', 'watch', 'ask', 'tell',
  'remember', 'enter', 'consider',
  'i', 'me', 'my', 'we', 'our', 'you', 'your', 'he', 'she', 'they', 'why', 'how', 'what',
  'when', 'where', 'who', 'do', 'does', 'did', 'is', 'are', 'can', 'should', 'will', 'of', 'for',
  // A summary box's label glued to its first sentence ("Summary Yoga can…").
  'summary',
]);

/** Quote marks and the marks that close them, a single straight quote too ("'Heroes'"). */
const QUOTE_CLOSERS: ReadonlyMap<string, string> = new Map([...CLOSING_QUOTE, ["'", "'"]]);

/** The span holds the mark that closes a quote opened by the token just before it. */
function closesQuoteWithin(t: TaggedSpan, surfaceOf: (from: number, to: number) => string): boolean {
  const closer = t.from > 0 ? QUOTE_CLOSERS.get(surfaceOf(t.from - 1, t.from)) : undefined;
  if (!closer) return false;
  for (let k = t.from + 1; k < t.to; k++) if (surfaceOf(k, k + 1) === closer) return true;
  return false;
}

/**
 * A tagger span as the rules would take it: without a sentence opener ("Hey Vladi", "Visit
 * Phunnarungsi", "Try Varkala" in web comments), or null for a lone word that names no one (a
 * function word: "Click", "Everyone", "He"; a model's last word: "The Pro has…"). Only a word
 * cased as a sentence opens, followed by a word: not "AT" of "AT&T", "Hi" of "Hi-Tech".
 */
function trimmedTaggerSpan(t: TaggedSpan, surfaceOf: (from: number, to: number) => string): TaggedSpan | null {
  const first = surfaceOf(t.from, t.from + 1);
  const lower = first.toLowerCase();
  const sentenceCased = /^\p{Lu}\p{Ll}*$/u.test(first);
  if (t.to - t.from === 1) {
    // "Max" is also a first name.
    const namesNoOne = CAP_STOPWORDS.has(lower) || (MODEL_TAILS.has(lower) && lower !== 'max');
    // A model's last word after its number, in any case: "737 MAX", "iPhone 16 Pro".
    const modelTail = MODEL_TAILS.has(lower) && t.from > 0 && /^\d/.test(surfaceOf(t.from - 1, t.from));
    // A degree after a name ("Matthew Boland, PhD, a clinical psychologist") was a place.
    return (namesNoOne && sentenceCased) || modelTail || CREDENTIALS.has(lower) ? null : t;
  }
  // A title after the name is the person's, not the name's end: "Browns coach Sheldon
  // Richardson" made an organization "Browns coach" (CBS Sports, Zyte AEB).
  const last = surfaceOf(t.to - 1, t.to);
  if (/^\p{Ll}/u.test(last) && (TITLE_WORDS.has(last) || isPersonNoun(last))) return trimmedTaggerSpan({ ...t, to: t.to - 1 }, surfaceOf);
  // So is a capitalised title after a known name, when the office runs on and its holder comes
  // later: "U.S. Ambassador to the European Union Gordon Sondland" made an organization "U.S.
  // Ambassador" (Zyte AEB). The name is what the title leaves. Not a name that only ends like
  // a title: "a study from Massachusetts General found".
  if (TITLE_WORDS.has(last.toLowerCase()) && OFFICE_LINKS.has(surfaceOf(t.to, t.to + 1)) && !lookup(surfaceOf(t.from, t.to)) && lookup(surfaceOf(t.from, t.to - 1))) {
    return { ...t, to: t.to - 1 };
  }
  const next = surfaceOf(t.from + 1, t.from + 2);
  const before = t.from > 0 ? surfaceOf(t.from - 1, t.from) : '';
  // "2.3 GHz Intel Core": a unit after a number is not the name's (as in the rules).
  if (UNITS_BEFORE_NAMES.has(lower) && /^\d/.test(before) && /^\p{Lu}/u.test(next)) return { ...t, from: t.from + 1 };
  // "Thunder: F Hamidou Diallo": nor is a player's position.
  if (isPositionCode(first) && t.to - t.from > 2 && /^\p{Lu}/u.test(next) && (!before || NOTE_OPENERS.has(before.toLowerCase()))) return { ...t, from: t.from + 1 };
  // "The New York State Attorney General": the article is not the name's, as the rules take
  // it (the card was "The New York State Attorney General" beside the same office without
  // "The"). A known name keeps it ("The Hague"), and so does a title of one word ("The
  // Office", "The Balance", "The Times").
  // A postscript's mark, as the rules take it (CAP_STOPWORDS): "P.S. Tom" is Tom.
  if (lower === 'p.s.' && /^\p{Lu}/u.test(next)) return { ...t, from: t.from + 1 };
  const article = lower === 'the' || lower === 'a' || lower === 'an';
  if (article && t.to - t.from > 2 && /^\p{L}/u.test(next) && !lookup(surfaceOf(t.from, t.to))) return { ...t, from: t.from + 1 };
  if (!(OPENERS.has(lower) || OPENING_ADJECTIVES.has(lower)) || !sentenceCased || !/^\p{L}/u.test(next)) return t;
  return { ...t, from: t.from + 1 };
}

/**
 * A name in a line of capitals (a credit line, a roster: "Kristen Quinn, Sarah Mulholland,
 * Samuel Pak" in UNER, where the stage dropped them all) that is still a name: the tagger
 * calls exactly these words a person, and they open on a given name or stand before their
 * country in brackets or their score, as results lists print players ("Magnus Larsson ( Sweden )
 * beat Jimy Szymanski ( Venezuela )" lost both, a leaderboard's "Tiger Woods 70 67" its player).
 */
function isConfirmedPerson(r: NameSpan, t: TaggedSpan, opts: CombineOptions): boolean {
  if (!FIRST_NAMES.has(opts.surfaceOf(r.from, r.from + 1).toLowerCase()) && !opts.playerMarkAt(r.to)) return false;
  return isPersonShaped(r, t, opts);
}

/** The tagger's person is the whole span, of two words or more, all name words. */
function isPersonShaped(r: NameSpan, t: TaggedSpan, opts: CombineOptions): boolean {
  if (t.type !== 'PER' || t.from !== r.from || t.to !== r.to || r.to - r.from < 2) return false;
  // The rest must be name words too: not "… Photography", "… Park Hike", "… Lead Writer".
  for (let k = r.from + 1; k < r.to; k++) {
    const w = opts.surfaceOf(k, k + 1).toLowerCase();
    if (opts.isCommonAt(k) || ORG_HEADS.has(w) || PLACE_HEADS.has(w) || MISC_HEADS.has(w) || TITLE_WORDS.has(w) || isPersonNoun(w)) return false;
  }
  return true;
}

/**
 * "Jeffrey Synder, Ryan Hinze, Sheetal Patel, Johnathan Anderson": in a line of capitals, a
 * person the tagger found whole is kept in a comma list that holds two confirmed people or
 * more, though its given name is one no list knows (UNER's team rosters lost "Sheetal Patel"
 * and "Webb Jennings"; so would a sports line-up). One confirmed neighbour is not enough:
 * "Heather Johnson, Garden Furniture, Patio Sets". `spans` are sorted.
 */
function confirmListedPeople(spans: readonly NameSpan[], listed: ReadonlySet<NameSpan>, opts: CombineOptions): void {
  if (!listed.size) return;
  const commaBetween = (a: NameSpan, b: NameSpan): boolean => b.from === a.to + 1 && opts.surfaceOf(a.to, b.from) === ',';
  let from = 0;
  for (let i = 1; i <= spans.length; i++) {
    if (i < spans.length && commaBetween(spans[i - 1]!, spans[i]!)) continue;
    const run = spans.slice(from, i);
    from = i;
    const people = run.filter((s) => !s.weak && s.tagged === 'person').length;
    if (people >= 2) for (const s of run) if (listed.has(s)) s.weak = false;
  }
}

/**
 * The first word of rule span `r`, lower-cased, when the tagger's person is the rest of it and
 * the word is capitalised only because it opens a sentence ("Producer Zulima Palacio",
 * "Lawmakers Fred Kapondi"): where a trade before a person may stand. Null otherwise.
 */
function wordBeforePerson(r: NameSpan, t: TaggedSpan, opts: CombineOptions): string | null {
  // The person may be named by one word: "Nurse Liam checked on us", "Owner Yamamoto came out"
  // (both were people with the trade in their names, the web text written for the tests).
  if (t.type !== 'PER' || t.from !== r.from + 1 || t.to !== r.to || r.title) return null;
  const first = opts.surfaceOf(r.from, r.from + 1);
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || !opts.opensSentence(r.from) || opts.isCommonAt(t.from)) return null;
  return first.toLowerCase();
}

/**
 * "Producer Zulima Palacio", "Archaeologist Yardenna Alexandre": a trade capitalised to open a
 * sentence, before a name the tagger calls a person; titles.ts takes it off only before a given
 * name it knows. The trade becomes the person's title.
 */
function opensOnTrade(r: NameSpan, t: TaggedSpan, opts: CombineOptions): boolean {
  const word = wordBeforePerson(r, t, opts);
  // "Star Wars Jedi", "Star Tribune": "Star" opens names more often than it names a trade.
  return word !== null && word !== 'star' && isPersonNoun(word);
}

/**
 * "Lawmakers Fred Kapondi and Joshua Kutuny": a plural trade capitalised to open a sentence,
 * before a name the tagger calls a person, describes a list of people and is no one's title
 * (GMB made a person "Lawmakers Fred Kapondi").
 */
function opensOnPluralTrade(r: NameSpan, t: TaggedSpan, opts: CombineOptions): boolean {
  const word = wordBeforePerson(r, t, opts);
  // "Lawmakers" → "lawmaker", "Gunmen" → "gunman".
  const singular = word?.endsWith('men') ? `${word.slice(0, -3)}man` : word?.endsWith('s') ? word.slice(0, -1) : null;
  return singular !== null && isPersonNoun(singular);
}

/**
 * "Will Moy, chief executive of Full Fact": the rules take no function word for a name's
 * first word, so "Will" came off; the tagger's person span keeps it. Not in a question ("Will
 * Trump win?"), where "Will" asks.
 */
function opensOnGivenStopword(r: NameSpan, t: TaggedSpan, opts: CombineOptions): boolean {
  if (t.type !== 'PER' || t.from !== r.from - 1 || t.to !== r.to || r.title) return false;
  return opts.surfaceOf(t.from, t.from + 1) === 'Will' && !opts.inQuestion(t.from);
}

function hasOwnEvidence(r: NameSpan): boolean {
  return r.gazetteer !== undefined || r.title !== undefined || r.titleAfter === true || r.demonym || r.weak || r.chatName === true;
}
