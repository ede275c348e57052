/**
 * Spans the recognisers took for names that a reader would not: labels and headings of
 * reviews and guides, reviews' titles of praise, a party letter in brackets, a masked reviewer, a term in capitals, a
 * contraction opening a sentence, the people of a place. Each rule says which pages showed
 * it. The spans come from the rules and the tagger alike (combine.ts); index.ts asks
 * `isNotAName` before it makes a mention of one.
 */
import { COMMON_WORDS } from './common-words';
import { lookup } from './gazetteer';
import { AWARD_FOLLOWERS, AWARD_NAMES, CAP_STOPWORDS, COMMON_PHRASES, EPONYMOUS_DISEASES, HOLIDAYS, isPeopleWord, isTerm, LEANINGS } from './lexicon';
import { FIRST_NAMES, isGivenName } from './names';
import type { NameSpan } from './recognize';
import { isPossessive, surface, type DocStats } from './shape';
import { visible, type Token } from './tokens';

/** What the rules below read about one text, computed once. */
export interface NonNameContext {
  text: string;
  tokens: readonly Token[];
  stats: DocStats;
  headings: HeadingStats;
  /** Genus names of the text's species ("escherichia" of "Escherichia coli"), lower case. */
  genera: ReadonlySet<string>;
  /** Tokens inside a quoted title of a work (quotedTitles), 1 each. */
  inTitle: Uint8Array;
}

export function nonNameContext(text: string, tokens: readonly Token[], stats: DocStats): NonNameContext {
  return { text, tokens, stats, headings: headingStats(tokens), genera: findGenera(tokens), inTitle: quotedTitles(tokens) };
}

/** True for a span that names no one, whatever its capitals say. */
export function isNotAName(page: NonNameContext, n: NameSpan): boolean {
  const { text, tokens, stats, headings } = page;
  return (
    isLabelLine(tokens, n, stats) ||
    isHeadingWords(tokens, n, stats, headings) ||
    isNewsLabel(tokens, n) ||
    isSectionLabel(tokens, n) ||
    isBracketedLetter(tokens, n) ||
    isDrawGroup(tokens, n) ||
    isMasked(tokens, n) ||
    isLoneTerm(tokens, n) ||
    isContraction(tokens, n) ||
    isEponym(tokens, n) ||
    isAwardModifier(tokens, n) ||
    isDishName(tokens, n) ||
    isSpecies(page, n) ||
    (page.inTitle[n.from] === 1 && !n.gazetteer) ||
    isPraise(tokens, n) ||
    isDrawnOut(tokens, n) ||
    isPostBox(tokens, n) ||
    namesPeopleOfPlace(text, tokens, n) ||
    isPeople(tokens, n) ||
    isLeaning(tokens, n) ||
    isCommonPhrase(text, tokens, n)
  );
}

/**
 * "Centrist senator Rodrigo Paz": a leaning alone before a noun, capitalised to open the
 * sentence or after a dateline's dash, names no party (the tagger made it an organization,
 * the wire copy's world news).
 */
function isLeaning(tokens: readonly Token[], n: NameSpan): boolean {
  const next = tokens[n.to];
  return n.to - n.from === 1 && LEANINGS.has(tokens[n.from]!.lower) && next?.kind === 'word' && !next.cap;
}

/** "P.O. Box", "PO Box", "Post Office Box": part of an address (Dear Abby's was a person). */
function isPostBox(tokens: readonly Token[], n: NameSpan): boolean {
  let letters = '';
  for (let k = n.from; k < n.to; k++) letters += tokens[k]!.lower.replaceAll('.', '');
  return letters === 'pobox' || letters === 'postofficebox';
}

/** Words of praise and blame that reviewers capitalise in their titles. */
const VERDICTS: ReadonlySet<string> = new Set([
  'great', 'good', 'best', 'better', 'excellent', 'amazing', 'awesome', 'fantastic', 'wonderful',
  'outstanding', 'terrific', 'superb', 'perfect', 'nice', 'lovely', 'friendly', 'prompt', 'fast',
  'quick', 'poor', 'bad', 'worst', 'terrible', 'horrible', 'awful', 'rude', 'slow', 'favorite',
  'favourite', 'wow', 'highly', 'recommended',
]);

/** What reviews praise or blame: service, food, staff… */
const REVIEWED: ReadonlySet<string> = new Set([
  'service', 'services', 'customer', 'staff', 'people', 'food', 'place', 'spot', 'store', 'shop',
  'school', 'job', 'work', 'price', 'prices', 'value', 'experience', 'location', 'selection',
  'quality', 'care', 'team', 'product', 'products', 'hangout', 'neighborhood', 'restaurant',
  'and', 'very', 'so', 'the', 'a',
]);

/**
 * "Great Service", "Poor Service", "GREAT Store GREAT Service", "Prompt Service And Great
 * Job": a review's title of praise or blame, every word a verdict or what it judges (UNER's
 * reviews had each as an organization, a head word voting for it). "Great Britain", "Best
 * Buy", "Fast Company" and "Good Morning America" have a word of their own.
 */
function isPraise(tokens: readonly Token[], n: NameSpan): boolean {
  return !n.gazetteer && wordsAre(tokens, n, (t) => VERDICTS.has(t.lower), (t) => REVIEWED.has(t.lower));
}

/** A Roman numeral ("Henry VIII", "Super Bowl XXX") triples its letters by rule, not for voice. */
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

/**
 * "Soooo tasty !", "Brilll .", "VERYYYY !!!!": a word with a letter written three times over is
 * a voice drawn out, never a name (UNER's reviews had them as people and organizations).
 */
function isDrawnOut(tokens: readonly Token[], n: NameSpan): boolean {
  if (n.gazetteer) return false;
  for (let k = n.from; k < n.to; k++) {
    const w = tokens[k]!.text;
    // Short capitals are initials: "AAA", "KKK".
    if (/(\p{L})\1\1/iu.test(w) && !ROMAN_NUMERAL.test(w) && !/^\p{Lu}{2,4}$/u.test(w)) return true;
  }
  return false;
}

/** Every word of the span is a `key` word or an `other` one, and at least one is a `key` word. */
function wordsAre(tokens: readonly Token[], n: NameSpan, key: (t: Token) => boolean, other: (t: Token) => boolean): boolean {
  let found = false;
  for (let k = n.from; k < n.to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (key(t)) found = true;
    else if (!other(t)) return false;
  }
  return found;
}

/**
 * A lone capitalised word that is a paragraph of its own (maybe with a colon) and is never
 * capitalised inside a sentence is a label: Snopes's "Claim", "Rating", "Unproven", "Origin"
 * were people (Zyte AEB), reviews' "Pros", "Cons", "FAQs" too (WCXB). A known name stays, a
 * given name (a greeting, a signature: "Traci,"), and a name the text also writes
 * mid-sentence ("Hubspot" heading its own section of a review).
 */
function isLabelLine(tokens: readonly Token[], n: NameSpan, stats: DocStats): boolean {
  if (n.to - n.from !== 1 || n.gazetteer) return false;
  const t = tokens[n.from]!;
  // A given name alone on a line is a greeting or a signature ("Traci", "Krystyna").
  if (t.acronym || stats.capitalisedInside.has(t.lower) || FIRST_NAMES.has(t.lower)) return false;
  const before = tokens[n.from - 1];
  let after = tokens[n.to];
  if (after?.text === ':' && after.para === t.para) after = tokens[n.to + 1];
  // The text's last line is a signature more often than a label ("Traci" under an e-mail).
  if (!after) return false;
  return (!before || before.para !== t.para) && after.para !== t.para;
}

/** "Kristi Noem (R)", "(A)": one letter in brackets is a party or a list marker, not a name. */
function isBracketedLetter(tokens: readonly Token[], n: NameSpan): boolean {
  return n.to - n.from === 1 && tokens[n.from]!.text.length === 1 && tokens[n.from - 1]?.text === '(' && tokens[n.to]?.text === ')';
}

/** Words before a letter that names a round's group in a draw ("Group A", "Pool B"). */
const DRAW_GROUPS: ReadonlySet<string> = new Set(['group', 'pool', 'section', 'division', 'conference', 'bracket']);

/**
 * "England (Group A)", "Pool B": a group of a tournament's draw (a qualifiers' list in Zyte AEB
 * had nine organizations, "Group A" to "Group J"). Not "Group B" of a name that goes on.
 */
function isDrawGroup(tokens: readonly Token[], n: NameSpan): boolean {
  if (n.to - n.from !== 2 || !DRAW_GROUPS.has(tokens[n.from]!.lower)) return false;
  const mark = tokens[n.from + 1]!.text;
  return /^(?:\p{Lu}|\d{1,2})$/u.test(mark);
}

/**
 * "Ali***", "Jo** Al****": a reviewer's name the site masked is no one the reader can look up.
 * Not a name in asterisks for bold ("**Apple**").
 */
function isMasked(tokens: readonly Token[], n: NameSpan): boolean {
  const after = tokens[n.to];
  const bold = tokens[n.from - 1]?.text.endsWith('*') === true && !tokens[n.from]!.space;
  return after !== undefined && !after.space && after.text.startsWith('*') && !bold;
}

/**
 * "AI", "APIs", "SEO", "SaaS" alone: terms written in capitals (or in lower case: "json"),
 * from the rules or the tagger alike. Written as a name they may be one: "Ram" (a truck, a
 * given name), "Led".
 */
function isLoneTerm(tokens: readonly Token[], n: NameSpan): boolean {
  const t = tokens[n.from]!;
  if (n.to - n.from !== 1 || n.gazetteer) return false;
  // A plural of capitals ("UAVs", "NGOs", "GPCRs", "MPs") is things or people of a kind, not
  // one entity: WikiEvents' drone story had "UAVs" a person, Quanta "GPCRs" an organization.
  return (isTerm(t.lower) && !/^\p{Lu}\p{Ll}+$/u.test(t.text)) || /^\p{Lu}{2,}s$/u.test(t.text);
}

/** Words a heading or table-header line may have. */
const HEADING_MAX_WORDS = 5;

/** Nouns that head sections of guides and reviews, common even where the text never writes them in lower case. */
const HEADING_NOUNS: ReadonlySet<string> = new Set([
  'questions', 'answers', 'overview', 'summary', 'conclusion', 'introduction', 'verdict', 'pros',
  'cons', 'specs', 'specifications', 'features', 'price', 'pricing', 'takeaways', 'resources',
  'references', 'sources', 'notes', 'tips', 'steps', 'methodology', 'contents', 'details',
  'comparison', 'alternatives', 'benefits', 'drawbacks', 'requirements', 'ingredients',
  'instructions', 'directions',
  // News labels before a colon: AP's "The Latest: …", "Analysis: …", "Exclusive: …".
  'latest', 'update', 'updates', 'analysis', 'opinion', 'explainer', 'exclusive', 'breaking',
]);

/** What tells a heading's words from names: paragraph lengths, and words capitalised mid-sentence in prose. */
interface HeadingStats {
  /** Word tokens per paragraph index. */
  paraWords: Map<number, number>;
  /** Lower-case forms of words capitalised inside a sentence of a paragraph longer than a heading. */
  proseCaps: Set<string>;
}

function headingStats(tokens: readonly Token[]): HeadingStats {
  const paraWords = new Map<number, number>();
  for (const t of tokens) if (t.kind === 'word') paraWords.set(t.para, (paraWords.get(t.para) ?? 0) + 1);
  const proseCaps = new Set<string>();
  for (const t of tokens) {
    if (t.kind === 'word' && t.cap && !t.initial && (paraWords.get(t.para) ?? 0) > HEADING_MAX_WORDS) proseCaps.add(t.lower);
  }
  return { paraWords, proseCaps };
}

/**
 * Common words capitalised as a heading, a table header or a label: "Frequently Asked
 * Questions", "Pros and Cons", "Price Range", "Resale Value" on a short line of their own,
 * or "Pro Tip:" opening a paragraph. Reviews and guides in WCXB had "Questions" a person on
 * 12 pages. Every word must be a common word of the text: written in lower case somewhere and
 * never capitalised inside a sentence of prose ("Mintlify" is in a URL in lower case, and a
 * name in the prose). Known names, given names and names written in lower case stay.
 */
function isHeadingWords(tokens: readonly Token[], n: NameSpan, stats: DocStats, headings: HeadingStats): boolean {
  if (n.gazetteer) return false;
  for (let k = n.from; k < n.to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    const common = stats.lowercase.has(t.lower) || HEADING_NOUNS.has(t.lower);
    if (!t.cap || t.acronym || FIRST_NAMES.has(t.lower) || !common || headings.proseCaps.has(t.lower)) return false;
  }
  const first = tokens[n.from]!;
  const after = tokens[n.to];
  const lineEnds = !after || after.para !== first.para || (/^[:?]$/.test(after.text) && tokens[n.to + 1]?.para !== first.para);
  if (lineEnds && (headings.paraWords.get(first.para) ?? 0) <= HEADING_MAX_WORDS) return true;
  // A label opening its paragraph: "Pro Tip: Some plans…", "Bottom Line: …".
  return opensParagraph(tokens, n.from) && after?.text === ':';
}

/** Token `k` opens its paragraph, maybe after "The". */
function opensParagraph(tokens: readonly Token[], k: number): boolean {
  const para = tokens[k]!.para;
  let before = tokens[k - 1];
  if (before?.lower === 'the' && before.para === para) before = tokens[k - 2];
  return !before || before.para !== para;
}

/**
 * "The Latest: Man stabbed…", "Analysis: …": a news label before a colon, whatever the rest
 * of the text capitalises (AP's headline left an entity "Latest").
 */
function isNewsLabel(tokens: readonly Token[], n: NameSpan): boolean {
  if (tokens[n.to]?.text !== ':' || !opensParagraph(tokens, n.from)) return false;
  for (let k = n.from; k < n.to; k++) if (tokens[k]!.kind === 'word' && !HEADING_NOUNS.has(tokens[k]!.lower)) return false;
  return true;
}

/** Sports as wire services label their reports: "SOCCER - …", "RUGBY UNION - …", "MOTOR RACING - …". */
const SPORTS: ReadonlySet<string> = new Set([
  'soccer', 'football', 'cricket', 'tennis', 'golf', 'rugby', 'union', 'league', 'athletics', 'baseball',
  'basketball', 'boxing', 'cycling', 'motor', 'racing', 'motorcycling', 'skiing', 'alpine', 'nordic',
  'swimming', 'hockey', 'ice', 'badminton', 'squash', 'sailing', 'rowing', 'snooker', 'darts',
  'volleyball', 'handball', 'horse', 'wrestling', 'judo', 'gymnastics', 'triathlon', 'speedway',
  'formula', 'one', 'american', 'nfl', 'nba', 'nhl', 'mlb', 'olympics', 'sport', 'sports', 'esports',
  'table', 'fencing', 'archery', 'shooting', 'weightlifting', 'taekwondo', 'karate', 'surfing', 'skating',
  'climbing', 'canoeing', 'equestrian', 'polo', 'netball', 'kabaddi', 'sumo', 'mma',
]);

/**
 * "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP", "TENNIS - SELES BEATS GRAF": a sport opening
 * its line before a dash labels the report. It is no dateline's place ("Tennis" was one) and
 * no organization ("RUGBY UNION"). So is any unknown word in capitals before a headline in
 * capitals ("MARKETS - LONDON STOCKS CLOSE HIGHER"); a dateline goes on in prose.
 */
function isSectionLabel(tokens: readonly Token[], n: NameSpan): boolean {
  if (!/^[-–—]$/.test(tokens[n.to]?.text ?? '') || !opensParagraph(tokens, n.from)) return false;
  let sport = true;
  for (let k = n.from; k < n.to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (!t.acronym && !SPORTS.has(t.lower)) return false;
    if (!SPORTS.has(t.lower)) sport = false;
  }
  if (sport) return true;
  if (n.gazetteer) return false;
  let words = 0;
  for (let k = n.to + 1; k < tokens.length && tokens[k]!.sent === tokens[n.to]!.sent; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (!t.acronym && t.text.length > 1) return false;
    words++;
  }
  return words >= 3;
}

/** "don't", "can't": the negated auxiliaries, without their "'t". */
const NEGATED: ReadonlySet<string> = new Set([
  'don', 'doesn', 'didn', 'can', 'won', 'isn', 'aren', 'wasn', 'weren', 'shouldn', 'couldn', 'wouldn', 'haven', 'hasn', 'hadn', 'ain', 'mustn',
]);

/**
 * "I’ll", "It’s", "Don’t" opening a sentence: apostrophes keep a word whole ("O'Brien"), so a
 * contraction is one capitalised word, and "I’ll" was a person on three WCXB pages.
 */
function isContraction(tokens: readonly Token[], n: NameSpan): boolean {
  if (n.to - n.from !== 1) return false;
  const m = /^([\p{L}]+)['’ʼ](ll|m|ve|d|re|s|t)$/u.exec(tokens[n.from]!.lower);
  if (!m) return false;
  return m[2] === 't' ? NEGATED.has(m[1]!) : CAP_STOPWORDS.has(m[1]!);
}

/** How a place's people are named after it: Dakota-ns, Ohio-ans, Paris-ians, London-ers, Brooklyn-ites. */
const PEOPLE_SUFFIXES: readonly string[] = ['ns', 'ans', 'ians', 'ers', 'ites'];

/**
 * "South Dakotans", "New Yorkers", "Kentuckians": the people of a known place, which make no
 * entity, like "Palestinians" (the tagger called "South Dakotans" an organization, The Hill in
 * Zyte AEB).
 */
function namesPeopleOfPlace(text: string, tokens: readonly Token[], n: NameSpan): boolean {
  if (n.gazetteer) return false;
  const name = visible(text.slice(tokens[n.from]!.start, tokens[n.to - 1]!.end));
  for (const suffix of PEOPLE_SUFFIXES) {
    if (!name.endsWith(suffix) || name.length < suffix.length + 3) continue;
    const stem = name.slice(0, -suffix.length);
    for (const place of suffix === 'ians' ? [stem, `${stem}y`] : [stem]) {
      const hit = lookup(place);
      if (hit?.type === 'place' && !hit.demonym) return true;
    }
  }
  return false;
}

/**
 * "Bosnian Serb", "Shia Muslims", "Sunni Arabs", "Tamil", "Hutu": a people or a faith, its
 * words all peoples' or countries' adjectives. GMB's news had "Serb" as an organization in
 * "Bosnian Serb President Dragan Cavic" and "Shia Muslims" as one; each is a card for no one.
 * So is a sentence's capitalised opener before them: "Radical Shiite cleric Muqtada al-Sadr"
 * made an organization "Radical Shiite" (UNER).
 */
function isPeople(tokens: readonly Token[], n: NameSpan): boolean {
  if (n.gazetteer) return false;
  const opener = tokens[n.from]!;
  const opensSentence = tokens[n.from - 1]?.sent !== opener.sent && COMMON_WORDS.has(opener.lower) && !isGivenName(opener.lower);
  return wordsAre(tokens, n, (t) => isPeopleWord(t.lower), (t) => lookup(t.text)?.demonym === true || (opensSentence && t === opener));
}

/**
 * "Christmas", "Lunar New Year", "Eid al-Fitr": a day of the calendar names no one; nor "Gen
 * Z", "Q&A" (COMMON_PHRASES).
 */
function isCommonPhrase(text: string, tokens: readonly Token[], n: NameSpan): boolean {
  const name = surface(text, tokens, n.from, n.to).replace(/’/g, "'").toLowerCase();
  return HOLIDAYS.has(name) || COMMON_PHRASES.has(name);
}

/** Endings of Latin genus names: "Escherichia", "Pseudomonas", "Ficus", "Dracaena", "Alca". */
const GENUS_END = /(?:ia|a|us|um|as|es|is|on|ella|ium|ops|yx|ix|ax)$/;
/**
 * Endings of Latin species epithets: "coli", "pestis", "aeruginosa", "elastica", "wallichii",
 * "alpina", "trifasciata". Not the endings English nouns share ("area", "focus", "analysis",
 * "data"): "Jalgaon area" and "Jaffna peninsula" are places (GMB).
 */
const EPITHET_END = /(?:ii|ae|osa|ica|ina|\w{3}ata|ensis|oides|[^s]is|coli)$/;

/**
 * The genera of a text's binomial names: a capitalised word that is no known name nor a given
 * name, then a lower-case Latin epithet that the text writes nowhere else ("Escherichia coli",
 * "Yersinia pestis", "Ficus elastica"). Quanta's story on tuft cells had three genera as
 * places, Xinhua's plague stories "Yersinia" as a person, WCXB's houseplant guides a dozen.
 * "Anna plans" or "Data analysis" are not one: their second word is English the text reuses,
 * or does not end as an epithet.
 */
function findGenera(tokens: readonly Token[]): Set<string> {
  const pairs: [genus: string, epithet: string][] = [];
  const lowerUses = new Map<string, number>();
  // Uses after a genus, or after a genus's initial ("E. coli"): one pass, so a hostile text
  // of thousands of pairs costs no more than its length.
  const genusUses = new Map<string, number>();
  const count = (m: Map<string, number>, w: string): void => void m.set(w, (m.get(w) ?? 0) + 1);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap) continue;
    if (k >= 2 && isGenusInitial(tokens, k - 2)) count(genusUses, t.lower);
    const g = tokens[k - 1];
    if (t.lower.length < 4 || !EPITHET_END.test(t.lower) || !g || g.kind !== 'word' || !g.cap || g.acronym) continue;
    if (g.lower.length < 4 || !GENUS_END.test(g.lower) || !/^\p{Lu}\p{Ll}+$/u.test(g.text)) continue;
    if (isGivenName(g.lower) || lookup(g.text)) continue;
    pairs.push([g.lower, t.lower]);
    count(genusUses, t.lower);
  }
  const genera = new Set<string>();
  if (pairs.length === 0) return genera;
  // Lower-case uses of the epithets only: most texts have no pair, and need no count at all.
  const epithets = new Set(pairs.map(([, e]) => e));
  for (const t of tokens) if (t.kind === 'word' && !t.cap && epithets.has(t.lower)) count(lowerUses, t.lower);
  for (const [g, e] of pairs) if ((lowerUses.get(e) ?? 0) <= (genusUses.get(e) ?? 0)) genera.add(g);
  return genera;
}

/** "E" of "E. coli": a capital letter, its period, then a lower-case word. */
function isGenusInitial(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 2];
  return t !== undefined && /^\p{Lu}$/u.test(t.text) && tokens[k + 1]?.text === '.' && next?.kind === 'word' && !next.cap;
}

/**
 * A species' genus, with its epithet or alone ("Tritrichomonas" later in the story), or a
 * genus's initial ("C. alpina", which gave a person "C."): a living thing, not an entity.
 */
function isSpecies(page: NonNameContext, n: NameSpan): boolean {
  const first = page.tokens[n.from]!;
  // The initial alone ("C."), or with its epithet ("T. muris" was a person, Quanta in Zyte AEB).
  if (isGenusInitial(page.tokens, n.from) && n.to - n.from <= 3) return true;
  return n.to - n.from === 1 && page.genera.has(first.lower);
}

/** Nouns after a name's possessive that make it an illness's eponym. */
const EPONYM_HEADS: ReadonlySet<string> = new Set(['disease', 'syndrome', 'disorder', 'palsy', 'sarcoma', 'lymphoma']);

/**
 * "Alzheimer's disease", "Tourette's syndrome": a name lent to an illness names no one here
 * ("Alzheimer" was a place on 8 WCXB pages). Nor does one that news uses for the illness
 * alone, "an Alzheimer's drug", "Parkinson's patients" (places, the wire copy and WCXB), unless
 * a given name comes with it ("Michael Parkinson's show").
 */
function isEponym(tokens: readonly Token[], n: NameSpan): boolean {
  if (!isPossessive(tokens[n.to])) return false;
  return EPONYM_HEADS.has(tokens[n.to + 1]?.lower ?? '') || (n.to - n.from === 1 && EPONYMOUS_DISEASES.has(tokens[n.from]!.lower));
}

/** Dishes named for a place or a person after a food word ("beef Wellington", "eggs Benedict"). */
const DISHES: ReadonlySet<string> = new Set([
  'beef wellington', 'chicken kiev', 'chicken kyiv', 'eggs benedict', 'baked alaska', 'peach melba',
  'oysters rockefeller', 'steak diane', 'crepes suzette', 'chicken marengo',
]);

/** A dish's capitalised word: "a beef Wellington laced with mushrooms" (Wellington was a place). */
function isDishName(tokens: readonly Token[], n: NameSpan): boolean {
  const food = tokens[n.from - 1];
  return n.to - n.from === 1 && food?.kind === 'word' && !food.cap && DISHES.has(`${food.lower} ${tokens[n.from]!.lower}`);
}

/**
 * "eight Oscar nominations", "a Grammy winner", "the Golden Globes ceremony": an award named as
 * what it gives names no one (Oscar was a place, the wire copy's culture news; as a given
 * name it would have joined "Oscar Piastri").
 */
function isAwardModifier(tokens: readonly Token[], n: NameSpan): boolean {
  const next = tokens[n.to];
  let words = '';
  for (let k = n.from; k < n.to; k++) words += (k > n.from ? ' ' : '') + tokens[k]!.lower;
  return next?.kind === 'word' && AWARD_FOLLOWERS.has(next.lower) && AWARD_NAMES.has(words);
}

/** A Reuters continuation or metals code: "LCOc1" (Brent crude), "CLc1", "CMAL3" (LME aluminium). */
const CONTRACT_CODE = /^(?:[A-Z]{2,4}[a-z]{1,2}\d|CM[A-Z]{2}\d)$/;
/** An index code written after a dot ("the Dow Jones Industrial Average .DJI"). */
const INDEX_CODE = /^[A-Z][A-Z0-9]{1,7}$/;

/**
 * A Reuters instrument code at token k: "Brent LCOc1", "the Dow .DJI", "Sterling GBP=",
 * "Spot gold XAU=". Market reports print one after each instrument they name, and the codes
 * became names of their own ("DJI", "XAU") or glued to the name before them ("Brent LCOc1" a
 * person, "London Metal Exchange CMAL3"; Zyte AEB, Reuters).
 */
function isQuoteCode(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  if (CONTRACT_CODE.test(t.text)) return true;
  const dot = tokens[k - 1];
  if (dot?.text === '.' && dot.space && !t.space && INDEX_CODE.test(t.text)) return true;
  const equals = tokens[k + 1];
  return equals?.text === '=' && !equals.space && /^[A-Z]{3}$/.test(t.text);
}

/**
 * The span without the instrument codes at its ends (isQuoteCode), or null when nothing of a
 * name is left.
 */
export function withoutQuoteCodes(tokens: readonly Token[], n: NameSpan): NameSpan | null {
  let { from, to } = n;
  while (to > from && isQuoteCode(tokens, to - 1)) to--;
  while (from < to && isQuoteCode(tokens, from)) from++;
  if (from === n.from && to === n.to) return n;
  return to > from ? { ...n, from, to, instrument: to < n.to } : null;
}

/**
 * A web address, up to the next space. No `u` flag: with it, `\b` under `i` is checked
 * against Unicode case folding at every position, and this one scan of the whole text took
 * seventeen times as long; the address's start is ASCII either way.
 */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/gi;
/** An e-mail address's parts on either side of its "@": a local part, and a dotted domain. */
const LOCAL_PART = /[\p{L}\p{N}_.+-]/u;
const DOMAIN = /[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+/uy;
/** A handle after "@", as social networks allow them (letters, digits, underscores). */
const HANDLE = /[\p{L}\p{N}_]{1,30}/uy;
/** Longest local part RFC 5321 allows; also bounds the scan back from each "@". */
const MAX_LOCAL = 64;

/** Character ranges of the text's web and e-mail addresses and social handles, in order. */
function addressRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(WEB_ADDRESS)) out.push([m.index, m.index + m[0].length]);
  // E-mail addresses from each "@", not by one regex: "[…]+@" rescans a long run of letters
  // from every position in it, quadratic on a page of unbroken text.
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let from = at;
    while (from > 0 && at - from < MAX_LOCAL && LOCAL_PART.test(text[from - 1]!)) from--;
    if (from === at) {
      // A social handle: "Follow her on Twitter @AmyKup" (a misc entity, NJ.com in Zyte AEB).
      HANDLE.lastIndex = at + 1;
      if (HANDLE.exec(text)) out.push([at, HANDLE.lastIndex]);
      continue;
    }
    // A domain stops at the next "@", so the domains matched never overlap: linear in all.
    DOMAIN.lastIndex = at + 1;
    if (DOMAIN.exec(text)) out.push([from, DOMAIN.lastIndex]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * The tokens inside web and e-mail addresses and handles, which the recognisers leave alone: the
 * tokenizer cuts "http://www.google.co.uk/search?q=…&oe=utf-8&rls=org.mozilla:en-US" into
 * words, and the tagger found the organizations "oe" and "sout" and the place "US" in it
 * (UNER EWT). "john.smith@enron.com" names no one either; the text names its writer elsewhere.
 */
export function addressTokens(text: string, tokens: readonly Token[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let k = 0;
  for (const [start, end] of addressRanges(text)) {
    while (k > 0 && tokens[k - 1]!.end > start) k--;
    while (k < tokens.length && tokens[k]!.end <= start) k++;
    const from = k;
    while (k < tokens.length && tokens[k]!.start < end) k++;
    if (k > from) out.push({ from, to: k });
  }
  return out;
}

/** Quotation marks that open a title, and the mark that closes each ("Takin’" closes no “). */
export const CLOSING_QUOTE: ReadonlyMap<string, string> = new Map([['“', '”'], ['"', '"'], ['‘', '’']]);
/** Words that open a quoted greeting or caption, not a title. */
const GREETINGS: ReadonlySet<string> = new Set(['welcome', 'congratulations', 'congrats', 'hi', 'hello', 'hey', 'dear', 'thanks', 'goodbye', 'farewell', 'happy']);
/** Longest quoted title, in tokens. */
const MAX_TITLE_TOKENS = 14;
/** Words before a one-word quoted title that say it is one ("a song called “Glasgow”"). */
const WORK_CUES: ReadonlySet<string> = new Set([
  'film', 'movie', 'series', 'show', 'sitcom', 'documentary', 'episode', 'song', 'single', 'track',
  'album', 'book', 'novel', 'memoir', 'poem', 'play', 'musical', 'opera', 'painting', 'sculpture',
  'podcast', 'called', 'titled', 'entitled', 'dubbed',
]);
/** Words before "for" that name a work after it: "best actress for “Emilia Perez”". */
const HONOURED_FOR: ReadonlySet<string> = new Set([
  'actor', 'actress', 'director', 'screenplay', 'score', 'nominated', 'nomination', 'nominations',
  'award', 'awards', 'prize', 'oscar', 'emmy', 'grammy', 'bafta', 'nod',
]);
/** Words before "in" that name a work after it: "starred in “Erin Brockovich”". */
const PERFORMED_IN: ReadonlySet<string> = new Set(['starred', 'starring', 'stars', 'appeared', 'appears', 'role', 'roles', 'cameo', 'performance', 'performances', 'turn']);

/** The words before the quote at `open` say a work's title follows. */
function cuesWork(tokens: readonly Token[], open: number): boolean {
  const before = tokens[open - 1]?.lower ?? '';
  const twoBefore = tokens[open - 2]?.lower ?? '';
  return WORK_CUES.has(before) || (before === 'for' && HONOURED_FOR.has(twoBefore)) || (before === 'in' && PERFORMED_IN.has(twoBefore));
}

/**
 * The period of a short capitalised abbreviation inside a title, before a capitalised word:
 * “Sgt. Pepper’s Lonely Hearts Club Band” is a title, not two sentences ("Pepper" was a person,
 * the wire copy's obituaries).
 */
function isAbbreviationStop(quoted: readonly Token[], i: number): boolean {
  const t = quoted[i]!;
  const word = quoted[i - 1];
  const next = quoted[i + 1];
  return t.text === '.' && !t.space && word?.kind === 'word' && word.cap && word.text.length <= 4 && next?.kind === 'word' && next.cap;
}

/**
 * Tokens inside quoted titles of works: “Melvin and Howard”, “Takin’ It to the Streets.”, a
 * script called “Wild Rose” (people and an organization in a Vanity Fair story, Zyte AEB). A
 * title is a quotation of two or more words in Title Case (every word of four letters or more
 * capitalised; a quoted sentence has lower-case words), or of one capitalised word after words
 * that say a work follows ("the song “Glasgow”", cuesWork). Names inside one are no mentions, unless the
 * gazetteer knows them (isNotAName): a quoted “Islamic State” is still the group.
 */
function quotedTitles(tokens: readonly Token[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  for (let open = 0; open < tokens.length; open++) {
    const q = tokens[open]!;
    const closer = CLOSING_QUOTE.get(q.text);
    if (!closer || (!q.space && open > 0 && tokens[open - 1]!.text !== '(')) continue;
    let close = open + 1;
    while (close < tokens.length && close - open <= MAX_TITLE_TOKENS && tokens[close]!.text !== closer && tokens[close]!.sent === q.sent) close++;
    if (close >= tokens.length || tokens[close]!.text !== closer || close - open > MAX_TITLE_TOKENS) continue;
    // A title's own end stop sits inside the quotes in American style: “… to the Streets.”
    let end = close;
    while (end > open + 1 && /^[.,!?]$/.test(tokens[end - 1]!.text)) end--;
    const quoted = tokens.slice(open + 1, end);
    const words = quoted.filter((t) => t.kind === 'word');
    if (!words.length || !words[0]!.cap) continue;
    if (words.some((t) => !t.cap && t.text.length >= 4)) continue;
    if (quoted.some((t, i) => t.kind === 'punct' && /^[.!?;:]$/.test(t.text) && !isAbbreviationStop(quoted, i))) continue;
    const cued = cuesWork(tokens, open);
    if (words.length === 1 && !cued) continue;
    // A quoted name is a name ("the name “Robert Kling”", an answer “Timothy McVeigh,”), unless
    // the words before it say a work follows ("best actress for “Emilia Perez”"); a quoted
    // greeting is a caption ("Welcome Jose"): WikiEvents and Zyte AEB.
    const nameLike = words.length <= 3 && words.every((t) => t.cap) && (isGivenName(words[0]!.lower) || FIRST_NAMES.has(words[0]!.lower));
    if ((nameLike && !cued) || GREETINGS.has(words[0]!.lower)) continue;
    inside.fill(1, open + 1, end);
    open = close;
  }
  return inside;
}
