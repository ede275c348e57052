/**
 * Typing names by weighing evidence. Each mention adds votes from its own shape (gazetteer,
 * head word, first name) and its context (title, "said", "the", "in", roles); an entity's type
 * is decided on the sum over all its mentions, so "Lee" and "Sirgoo Lee, CEO of …" vote
 * together. Weights are data: strong evidence (a gazetteer entry, a head word, a title) beats
 * any number of weak hints.
 */
import type { EntityType } from '../report';
import {
  ADVOCATES,
  AWARD_NAMES,
  COMMON_CAPS,
  EVENT_OF_HEADS,
  LAW_HEADS,
  LEANINGS,
  LEGAL_FORMS,
  MISC_HEADS,
  MISC_PREFIXES,
  MODEL_TAILS,
  NATIONAL_FIRM_WORDS,
  NON_NAME_WORDS,
  OF_HEADS,
  ORG_HEADS,
  ORG_PREFIXES,
  PARTY_MEMBERS,
  PERSON_NOUNS,
  PLACE_ABBREVIATIONS,
  PLACE_HEADS,
  PLACE_NOUNS,
  PLACE_PARTICLES,
  PLACE_PREFIXES,
  CONTINENTS,
  ROMANCE_PLACE_HEADS,
  PLACE_PREPOSITIONS,
  PLACE_TITLE_NOUNS,
  PLACE_SUFFIX,
  SAY_VERBS,
  SHOP_HEADS,
  STAFF_NOUNS,
  SURNAME_PLACE_HEADS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
  TOWN_RIVER_JOINTS,
} from './lexicon';
import { FIRST_NAMES, isFirstName, isGivenName, withoutAccents } from './names';
import { COMMON_WORDS } from './common-words';
import { GIVEN_NAMES } from './given-names';
import { lookup, namesCountry, type GazetteerHit } from './gazetteer';
import type { NameSpan } from './recognize';
import { isBeforeState, isTownBeforeStateName } from './states';
import { isTown } from './towns';
import { endsWithHead, hasHead, holdsDigit, isHeadquarteredAfter, isRoman, isPlacePredicateAfter, isVenueHouse, isCapWord, isDateline, isDatelineRegion, isModelMark, isPossessive, leadsNamedPerson, SURNAME_PARTICLES, titlesNextPerson, type DocStats } from './shape';
import { isNationalSide } from './results';
import { hasPlayerAfter, isClub, isTeam, playsAgainst, playsMatch } from './teams';
import { hasAge, headType, type Role } from './roles';
import type { Token } from './tokens';

export type NameType = 'person' | 'organization' | 'place' | 'product' | 'law' | 'misc';
export type Votes = Record<NameType, number>;

/** What names an appeals court's circuit ("the Ninth Circuit", "the 9th Circuit", "the D.C. Circuit"). */
const ORDINAL_WORDS = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|federal|d\.?c\.?)$/i;

/** A lower-case particle of a Romance place name ("du" of "Col du Galibier"). */
function isRomanceParticle(t: Token | undefined): boolean {
  return t?.kind === 'word' && !t.cap && PLACE_PARTICLES.has(t.lower);
}

/**
 * How much each kind of evidence counts. Near 5: settles the type alone (a gazetteer entry, a
 * head word, a title). Near 2–3: decides unless contradicted (a given name, an age, a role
 * noun). Near 1: breaks ties (a "said", the shape of a personal name).
 */
const W = {
  gazetteer: 5.5, // "Reuters", "Korea": someone checked; over a head word and the tagger ("Oval Office", "West Bank")
  lawHead: 6, // "… Act" beats the org head in "Securities Act"
  miscHead: 4, // "… Cup", "… Marathon": events, whatever else they contain
  orgHead: 4, // "… Agency", "… Group", "Department of …"
  placeHead: 3, // "… River", "… Street"
  placePrefix: 1.5, // "Camp …", "Fort …"
  ofHead: 3, // the head before "of"/"for" in "Observatory for Human Rights"
  title: 4, // "President …", "Sen. …"
  role: 3, // the head noun of a role ("CEO of …", "an Internet portal")
  age: 3, // "Noel, 31,"
  firstName: 2.5, // "Tova Noel"
  givenName: 1, // "Peyton Manning": the longer list; level with the tagger (a tie is a person's), under any head word
  initial: 2, // "Patrick W. Carlineo"
  nameShape: 1, // two or three name-like words, nothing else known
  saidPerson: 1, // "… said": people speak, but so do agencies
  who: 2, // ", who"
  employs: 2, // "Daum Kakao CEO", "Alibaba shares"
  headquarters: 4, // "Ascom is headquartered in": only firms and bodies are
  collective: 2, // "Chelsea have", "Arsenal are": one name, a plural verb
  productAfter: 2, // "KakaoTalk users"
  productHead: 3, // "MacBook Pro", "Switch Lite"
  knownProductModel: 6, // "MacBook Air": a known product's name opens it, over an org head
  trademark: 6, // "Don Victor®", "Kleenex™": over a given name and the tagger
  countedThing: 6, // "his second Oscar": an award or a work, over a given name and the tagger
  camelBrand: 2, // "SoFi", "GrubHub": no person, no place, over the tagger's hint
  placeAfter: 2, // "Idlib province", "Seoul-based"
  eventAfter: 2, // "the Dreamforce conference"
  personAfter: 2, // "the Bush administration"
  theBefore: -3, // "the Pentagon": people take no article
  placeOfNoun: 3, // "the city of …"
  roleOf: 2, // "CEO of …", "a spokesperson for …"
  acronymOrg: 1, // unknown acronyms in news are mostly organizations
  dateline: 5, // "BUFFALO, N.Y. — …": where the story was filed
  // The trained tagger's type (tagger/, combine.ts). A hint, not a verdict: it knows words and
  // neighbours, the rules know roles and titles ("Daum Kakao CEO"), and those win.
  tagger: 1,
  // A town of cities.ts the gazetteer does not know ("Samarra", "Varkala"): over the tagger's
  // guess alone, under a person's cues ("Keene said", a given name and the tagger).
  town: 1.5,
} as const;

/** Prefixes of names that carry a capital inside ("McCann", "MacArthur", "DeShawn", "LaVar", "VanderBilt"). */
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Lo|Ja|Ke|Ka|Ty|Tre|Van|Von|Fitz|St|O)$/;

/**
 * A word with a capital after lower-case letters, as brands write them: "SoFi", "GrubHub"; or
 * an acronym run into a word: "CNNMoney", "JPMorgan" (CNNMoney was a person, Readability's
 * CNN page). Not a plural acronym ("CEOs").
 */
function isCamelBrand(word: string): boolean {
  if (/^\p{Lu}{2,}\p{Ll}{2,}/u.test(word)) return true;
  const m = /^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}/u.exec(word);
  return m !== null && !NAME_PREFIX.test(m[1]!);
}

/** A registered or trade mark written against the name ("Don Victor®"), which only brands carry. */
function isTrademark(t: Token | undefined): boolean {
  return t !== undefined && !t.space && (t.text === '®' || t.text === '™');
}

/** Verbs before "as" that name a person found: "identified as", "named as". */
const IDENTIFIED: ReadonlySet<string> = new Set(['identified', 'named']);

/**
 * Figures of faith and folklore named by one name, whom no list of people holds: "the time of
 * Jesus" (a place, GMB), "letters to Santa", "Santa Claus" (places by "Santa", UNER's blogs).
 * A vote, not an entry of RULE_PEOPLE: a known person opening a run splits it off (splitRun),
 * and "Santa Cruz", "Moses Lake" are places.
 */
const FIGURES: ReadonlySet<string> = new Set(['jesus', 'jesus christ', 'santa', 'santa claus', 'buddha', 'moses', 'krishna']);

/** A word for a doctrine or a movement: "-ism" after at least three letters. */
const DOCTRINE = /^\p{Lu}\p{Ll}{2,}ism$/u;

/** The weight of one tagger vote; merge.ts discounts it where only the rules' own cues count. */
export const TAGGER_VOTE = W.tagger;
export const TOWN_VOTE = W.town;

/** The people a company has and a product does not (a founder, a chief, staff): ORG_FOLLOWERS that outweigh a product entry. */
const STAFF_FOLLOWERS: ReadonlySet<string> = new Set([
  'founder', 'co-founder', 'cofounder', 'ceo', 'chief', 'chairman', 'boss', 'spokesman', 'spokeswoman',
  'spokesperson', 'employees', 'staff', 'executives', 'executive', 'shareholders',
]);

/** Words right after a name that make it an organization ("Alibaba shares", "an Alibaba spokesperson"). */
const ORG_FOLLOWERS: ReadonlySet<string> = new Set([
  ...STAFF_FOLLOWERS, 'spokespeople', 'shares', 'stock', 'stocks', 'headquarters', 'investors',
  'board', 'subsidiary', 'unit', 'officials', 'revenue', 'profits', 'earnings', 'customers',
  'stores', 'deal', 'merger', 'acquisition',
  // A title's format after it: "a statement to People magazine" (People was dropped, a common
  // word with nothing vouching; the wire copy's obituaries), "the Kommersant newspaper".
  'magazine', 'newspaper', 'tabloid',
  // A team's players and staff: "Browns defensive end Myles Garrett" (the Browns were a
  // person, Zyte AEB), "Lakers coach Frank Vogel".
  'quarterback', 'linebacker', 'cornerback', 'receiver', 'coach', 'midfielder', 'defender',
  'goalkeeper', 'striker', 'pitcher', 'shortstop', 'outfielder', 'defensive', 'offensive',
]);

/**
 * An armed group's fighters after its initials: "Colombia's ELN rebels" (the ELN was dropped,
 * nothing vouching). Only initials: "Chechen militants" are a people's.
 */
const FIGHTERS: ReadonlySet<string> = new Set(['rebels', 'guerrillas', 'militants', 'insurgents', 'fighters']);

/** Words before a party's name: "the ruling Morena party", "the liberal D66 party". */
const PARTY_OPENERS: ReadonlySet<string> = new Set([
  'the', 'ruling', 'governing', 'opposition', 'liberal', 'conservative', 'centrist', 'nationalist', 'populist', 'socialist', 'communist', 'green', 'islamist',
]);
/** Last parts of hyphenated leanings before a party's name: "the far-right Vox party", "centre-left". */
const PARTY_OPENER_TAILS: ReadonlySet<string> = new Set(['right', 'left', 'wing']);

/**
 * A party named bare before the word: "the Morena party won a majority" (the tagger made
 * Morena a place), "Rob Jetten's liberal D66 party" (D66 was dropped). Not "my annual Guy
 * Fawkes party".
 */
function isPartyNamed(tokens: readonly Token[], from: number, next: string): boolean {
  if (next !== 'party') return false;
  const before = tokens[from - 1];
  if (!before || before.kind !== 'word') return false;
  return PARTY_OPENERS.has(before.lower) || (PARTY_OPENER_TAILS.has(before.lower) && tokens[from - 2]?.text === '-');
}

/**
 * Last words of a firm named for its founder: "Elliott Management", "Cooper Associates"
 * ("Activist investor Elliott Management" was a person). Only after a name: "Project
 * Management", "PPC Management" and "Sales Associates" are no firms.
 */
const FOUNDERS_FIRM_HEADS: ReadonlySet<string> = new Set(['management', 'associates', 'advisors', 'advisers']);

function isFoundersFirm(words: readonly Token[]): boolean {
  const n = words.length;
  const founder = words[n - 2];
  return n >= 2 && FOUNDERS_FIRM_HEADS.has(words[n - 1]!.lower) && !founder!.acronym && isGivenName(founder!.lower) && !COMMON_WORDS.has(founder!.lower);
}

/**
 * Public bodies that run a kind of district: "Uvalde Consolidated Independent School District",
 * "Chicago Park District", "Metropolitan Water District" (the first was a place by its head,
 * US local news written for the tests). "Congressional District" stays a place.
 */
const DISTRICT_BODIES: ReadonlySet<string> = new Set([
  'school', 'water', 'fire', 'park', 'transit', 'sanitation', 'utility', 'irrigation', 'hospital', 'library', 'sewer', 'conservation',
]);

function isDistrictBody(words: readonly Token[]): boolean {
  const n = words.length;
  return n >= 2 && words[n - 1]!.lower === 'district' && DISTRICT_BODIES.has(words[n - 2]!.lower);
}

/**
 * Partners' names joined by a spaced "&": "Sullivan & Cromwell", "Davis Polk & Wardwell" name
 * firms, never one person (law firms were people, news-dev's court news). Not a glued
 * "&", a brand's initials ("BB&T Pavilion" is a venue), nor common words around it, a
 * heading's or a feature's ("Sales & Regional Operations", "Plug & Charge" on Zyte AEB).
 */
function isPartnersFirm(tokens: readonly Token[], s: NameSpan): boolean {
  const partner = (t: Token): boolean => t.cap && !COMMON_WORDS.has(t.lower);
  for (let k = s.from + 1; k < s.to - 1; k++) {
    const t = tokens[k]!;
    if (t.text === '&' && t.space && tokens[k + 1]!.space && partner(tokens[k - 1]!) && partner(tokens[k + 1]!)) return true;
  }
  return false;
}

/**
 * Lawyers are "from" or "with" their firm as staff are "at" theirs: "lawyers from Hausfeld"
 * (a place, news-dev's court news). Not other staff: an analyst "from London" is from a
 * town.
 */
const COUNSEL_NOUNS: ReadonlySet<string> = new Set(['lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel', 'solicitor', 'solicitors', 'barrister', 'barristers']);

/** "analysts at", "a lawyer with": the noun and preposition before an employer. */
function worksFor(noun: string, preposition: string): boolean {
  if (preposition === 'at') return STAFF_NOUNS.has(noun) || (noun.endsWith('s') && STAFF_NOUNS.has(noun.slice(0, -1)));
  return (preposition === 'from' || preposition === 'with') && COUNSEL_NOUNS.has(noun);
}

/**
 * Company heads that brands glue to their first word: "Spirit AeroSystems", "OutSystems".
 * Not every organization head: products glue "Press", "Force", "Service" ("WordPress",
 * "GeForce", "GameService" became organizations when all heads counted).
 */
const GLUED_COMPANY_HEADS: ReadonlySet<string> = new Set(['systems', 'sciences', 'technologies', 'therapeutics', 'pharmaceuticals', 'industries']);

/** A brand's word whose last capitalised part is a company's head (Spirit AeroSystems was a person). */
function endsInGluedHead(t: Token): boolean {
  const tail = /\p{Ll}(\p{Lu}\p{Ll}+)$/u.exec(t.text)?.[1];
  return tail !== undefined && GLUED_COMPANY_HEADS.has(tail.toLowerCase());
}

/** Initials of a legal form that open a company's name, as written in capitals. */
const LEGAL_FORM_PREFIXES: ReadonlySet<string> = new Set(['PT', 'PJSC', 'JSC', 'OAO', 'OOO', 'ZAO']);

const BISHOPS: ReadonlySet<string> = new Set(['episcopal', 'bishops', "bishops'", 'bishops’']);

/**
 * A state energy firm named in one word, as the former Soviet states name them: "Turkmengaz",
 * "Uzbekneftegaz", "Tengizchevroil" (people, news-dev's energy news), "Rosatom". Not a common
 * word's compound ("Turmoil" opening a sentence).
 */
function isOneWordEnergyFirm(words: readonly Token[]): boolean {
  return words.length === 1 && /^\p{Lu}\p{Ll}{2,}(?:gaz|neft|prom|atom|oil)$/u.test(words[0]!.text) && !COMMON_WORDS.has(words[0]!.lower);
}

/**
 * A bank named in one word: "Commerzbank", "Rabobank", "Sberbank" (Commerzbank was a person
 * in a list after "Deutsche Bank"). Not a common word's compound ("Riverbank", "Notebank").
 */
function isOneWordBank(words: readonly Token[]): boolean {
  const m = words.length === 1 ? /^(\p{Lu}\p{Ll}{3,})bank$/u.exec(words[0]!.text) : null;
  return m !== null && !COMMON_WORDS.has(m[1]!.toLowerCase());
}

/**
 * Verbs of sweeping movement before "through": what follows is ground covered. Not "passed"
 * or "moved" ("the bill passed through Congress").
 */
const MOVES_THROUGH: ReadonlySet<string> = new Set([
  'tore', 'tears', 'tearing', 'swept', 'sweeps', 'sweeping', 'ripped', 'rips', 'ripping', 'raged',
  'rages', 'raging', 'roared', 'roars', 'spread', 'spreads', 'spreading', 'marched', 'marches',
  'marching', 'travelled', 'traveled', 'travelling', 'traveling', 'drove', 'driving', 'burned',
  'burnt', 'burns', 'burning', 'barrelled', 'barreled', 'plowed', 'ploughed', 'rampaged', 'toured',
]);

/** The "and" at `joint` follows a name that "maker of" introduced ("the maker of Pringles and …"). */
function madeAfterMaker(tokens: readonly Token[], joint: number): boolean {
  let k = joint - 1;
  while (k > joint - 1 - MAX_PLACE_WORDS && tokens[k] && (isCapWord(tokens[k]) || tokens[k]!.text === '-')) k--;
  return k < joint - 1 && tokens[k]?.lower === 'of' && MAKER_NOUNS.has(tokens[k - 1]?.lower ?? '');
}

/** Endings of adjectives ("Conservative", "Regional", "Democratic", "Republican"). */
const ADJECTIVE_END = /(?:ive|al|ic|an|ist)$/;

/** Deals whose object is a firm ("the takeover of …"). */
const DEAL_NOUNS: ReadonlySet<string> = new Set(['purchase', 'takeover', 'acquisition', 'buyout', 'merger']);

/** Animals people name. */
const PET_NOUNS: ReadonlySet<string> = new Set([
  'cat', 'kitten', 'kitty', 'dog', 'puppy', 'pup', 'pet', 'lynx', 'hamster', 'rabbit', 'bunny', 'parrot', 'bird',
  'budgie', 'cockatiel', 'fish', 'goldfish', 'horse', 'pony', 'turtle', 'tortoise', 'snake', 'lizard', 'gecko', 'ferret',
]);

/**
 * The name at `from` is a pet's: "<animal> named|called|name X", "<animal>('s) name is X" (the
 * animal within three words before "name").
 */
function namesPet(tokens: readonly Token[], from: number): boolean {
  const word = (k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.lower : '');
  const verb = word(from - 1);
  if ((verb === 'named' || verb === 'called' || verb === 'name') && PET_NOUNS.has(word(from - 2))) return true;
  if (verb !== 'is' || word(from - 2) !== 'name') return false;
  for (let k = from - 3; k >= from - 5; k--) if (PET_NOUNS.has(word(k))) return true;
  return false;
}

/** What a listed company's owners hold: "shares of X". */
const STOCK_NOUNS: ReadonlySet<string> = new Set(['shares', 'stock', 'stocks', 'shareholders', 'stockholders']);

/** A word that can only be a name: no common word, and no verb's or adverb's ending ("Rated"). */
function isBrandWord(lower: string): boolean {
  return !COMMON_WORDS.has(lower) && !/(?:ed|ing|ly)$/.test(lower);
}

/** Verbs whose object is a company when it is a name. */
const BUY_VERBS: ReadonlySet<string> = new Set(['buy', 'buys', 'bought', 'buying', 'acquire', 'acquires', 'acquired', 'acquiring', 'purchase', 'purchased']);

/**
 * Verbs a firm does to what it owns: "Marathon shut its 72,000 bpd plant" (missed, UNER),
 * "Valero cut its rates". A person who "praised its decision" speaks of another's, so verbs of
 * speech and judgement are not here.
 */
const OWN_ASSET_VERBS: ReadonlySet<string> = new Set([
  'shut', 'shuts', 'closed', 'closes', 'cut', 'cuts', 'raised', 'raises', 'lowered', 'lowers', 'boosted', 'trimmed', 'slashed',
  'reported', 'reports', 'posted', 'posts', 'expanded', 'idled', 'restarted', 'reopened', 'halted', 'resumed', 'reaffirmed',
]);

/** Words after which a name opens a clause as its subject: "and Marathon shut its plant". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'as', 'after', 'before', 'when', 'since', 'because', 'that', 'then']);

/**
 * "Marathon shut its plant": see OWN_ASSET_VERBS. Only the clause's subject: "a fire at the
 * substation in Hayes cut its power" names a place (the wire copy's energy news).
 */
function actsOnItsOwn(tokens: readonly Token[], from: number, to: number): boolean {
  const verb = tokens[to];
  if (verb?.kind !== 'word' || verb.cap || !OWN_ASSET_VERBS.has(verb.lower) || tokens[to + 1]?.lower !== 'its') return false;
  const before = tokens[from - 1];
  return before === undefined || before.sent !== verb.sent || before.kind !== 'word' || CLAUSE_OPENERS.has(before.lower);
}

/**
 * "Peder and I were remarking", "me and Sam": a name paired with the writer is a person's (Peder
 * was a place, UNER's e-mails). "I" only after the name: "and I" before one opens a clause.
 */
function pairsWithSpeaker(tokens: readonly Token[], from: number, to: number): boolean {
  const after = tokens[to + 1];
  if (tokens[to]?.lower === 'and' && after?.sent === tokens[to]!.sent) {
    if (after.lower === 'me') return true;
    // Not "teargassed outside Kencom and I was on the phone" (a place, the web copy), where
    // "I" opens a clause of its own.
    const verb = tokens[to + 2]?.lower ?? '';
    if (after.text === 'I' && !PLACE_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '') && verb !== 'was' && verb !== 'am' && verb !== "'m") return true;
  }
  const before = tokens[from - 2];
  return tokens[from - 1]?.lower === 'and' && before?.lower === 'me' && before.sent === tokens[from]!.sent;
}

/** "Mars agreed to buy …": a name that agrees to buy or acquire is a firm, unless more says a person. */
function agreesToBuy(tokens: readonly Token[], to: number): boolean {
  return tokens[to]?.lower === 'agreed' && tokens[to + 1]?.lower === 'to' && BUY_VERBS.has(tokens[to + 2]?.lower ?? '');
}

/** Verbs of succeeding someone in a post ("succeeded Shinzo Abe"). */
const SUCCEED_VERBS: ReadonlySet<string> = new Set(['succeed', 'succeeds', 'succeeded', 'succeeding']);
/** "took over from …", "taking over from …". */
const TAKE_VERBS: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taking', 'taken']);

/** Verbs whose object is a spouse. */
const SPOUSE_VERBS: ReadonlySet<string> = new Set(['married', 'marries', 'marrying', 'marry', 'wed', 'weds', 'wedded', 'divorced', 'divorces', 'divorcing']);

/** Verbs that put someone in a post named after them: "named Lip-Bu Tan chief executive". */
const APPOINTING_VERBS: ReadonlySet<string> = new Set(['named', 'appointed', 'elected', 'made', 'tapped', 'picked', 'chose', 'installed', 'promoted']);

/** "through" at `k` after a verb of sweeping movement ("tore through"). */
function sweepsThrough(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === 'through' && MOVES_THROUGH.has(tokens[k - 1]?.lower ?? '');
}

/** Words right after a name that make it a product ("KakaoTalk users", "WhatsApp app"). */
const PRODUCT_FOLLOWERS: ReadonlySet<string> = new Set([
  'app', 'apps', 'users', 'user', 'account', 'accounts', 'messenger', 'update', 'version',
  // Craft and missions: "NASA's Cassini spacecraft" was a place, "Europa Clipper mission" a person.
  'spacecraft', 'probe', 'rover', 'orbiter', 'lander', 'telescope', 'mission',
  // Car models by body: "Sentra vehicles", "the Maxima sedan" (places, AutoIndustriya in Zyte AEB)
  'sedan', 'sedans', 'hatchback', 'coupe', 'crossover', 'minivan', 'roadster', 'pickup', 'vehicles',
  // Machines and devices: "the Hazel Hen supercomputer" (a person, Live Science in Zyte AEB)
  'supercomputer', 'computer', 'smartphone', 'smartphones', 'phone', 'phones', 'laptop', 'tablet',
  // (not "processor": "83 degrees Celsius processor temperature")
  'console', 'headset', 'chip', 'chips', 'browser', 'software',
  // aircraft: "its popular 737 Max jet" (a person "Max", Zyte AEB)
  'jet', 'jets', 'jetliner', 'jetliners', 'airliner', 'aircraft', 'plane', 'planes', 'helicopter',
]);

/**
 * Nouns for groups that the common-word list lacks, capitalised only to open a sentence:
 * "Junta leader Min Aung Hlaing" (an organization "Junta", news-dev's disasters).
 */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['junta', 'militia', 'cartel', 'rebel', 'rebels', 'mafia', 'faction', 'clan', 'caucus', 'politburo', 'diaspora']);

/** What a jail's name ends in: "Correctional Facility", "Detention Center". */
const CUSTODY_WORDS: ReadonlySet<string> = new Set(['correctional', 'detention', 'penal', 'reformatory']);
const CUSTODY_HEADS: ReadonlySet<string> = new Set(['facility', 'center', 'centre', 'institution', 'complex', 'colony']);

/** Who is someone's by choice, before their name: "my buddy Tony", "her boyfriend Jake". */
const COMPANION_NOUNS: ReadonlySet<string> = new Set([
  'husband', 'wife', 'boyfriend', 'girlfriend', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'friend', 'buddy',
  'mate', 'pal', 'bestie', 'mom', 'mum', 'dad', 'grandma', 'grandpa', 'granny', 'hubby', 'neighbor', 'neighbour', 'roommate', 'flatmate',
]);

/** Kin, whose "of" names a person: "the wife of Napoleon III", "a son of Mick Jagger". */
const KIN_NOUNS: ReadonlySet<string> = new Set([
  'wife', 'husband', 'widow', 'widower', 'son', 'sons', 'daughter', 'daughters', 'mother', 'father', 'brother',
  'sister', 'grandson', 'granddaughter', 'nephew', 'niece', 'cousin', 'grandmother', 'grandfather', 'child', 'children',
]);

/**
 * Places named after people or by initials, whose follower must outweigh a given name or an
 * acronym's organization vote (PLACE_FOLLOWERS): "Charles de Gaulle airport" (a person),
 * "the CECOT prison" (an organization; both the wire copy's crime news).
 */
const STRONG_PLACE_FOLLOWERS: ReadonlySet<string> = new Set(['airport', 'street', 'avenue', 'boulevard', 'square', 'bridge', 'prison', 'jail']);

/** Words right after a name that make it a place ("Idlib province", "Seoul-based"). */
const PLACE_FOLLOWERS: ReadonlySet<string> = new Set([
  'province', 'city', 'county', 'region', 'district', 'village', 'town', 'area', 'governorate',
  'residents', 'border', 'state', 'prefecture', 'municipality', 'based',
  // streets and buildings named after people: "the pedestrian-only Victor Hugo street" and "the
  // El Tobogan restaurant" were people (WikiEvents' Lyon and Madrid stories)
  'street', 'avenue', 'boulevard', 'square', 'bridge', 'airport', 'neighborhood', 'neighbourhood',
  'suburb', 'restaurant', 'cafe', 'café', 'hotel', 'mosque', 'church', 'cathedral', 'synagogue', 'temple',
  // a jail named by its initials: "the CECOT prison" (was an organization, as initials are)
  'prison', 'jail',
  // a wildfire named for where it started: "the Palisades fire" (was an organization)
  'fire', 'wildfire', 'blaze',
  // landforms and a spa named before their noun: "the Reykjanes peninsula", "the Blue Lagoon
  // spa" (no type and an organization, the wire copy's science news)
  'peninsula', 'archipelago', 'plateau', 'spa',
  // works in the ground: "its El Teniente mine" (an organization, the wire copy's business)
  'mine', 'oilfield',
  // ... and what is dug or drilled: "the giant Imouraren deposit" (an organization, news-dev's
  // mining news), "the Kakhovka dam"
  'deposit', 'deposits', 'gasfield', 'mines', 'dam',
  // ... and what is filled: "the Prairie Green landfill" (an organization, news written for the
  // tests, fourteenth round)
  'landfill', 'dump',
]);

/**
 * Words right after a name that make it an event, an award, a market index or a crude: "Salesforce's
 * Dreamforce conference" (an organization, CRN in Zyte AEB), "the Merval index jumped" (a
 * place). Not "summit" or "tournament", which follow the place or the body that holds them
 * ("the Davos summit", "the G20 summit").
 */
const MISC_FOLLOWERS: ReadonlySet<string> = new Set([
  'conference', 'festival', 'expo', 'convention', 'hackathon', 'laureate', 'laureates', 'prize', 'prizes',
  // when the name is the index's own (namesIndex); so is a benchmark rate: "the Selic rate" (a
  // place, news-dev's Latin news)
  'index', 'rate',
  // an oil benchmark: "Brent crude futures" (Brent was a person), "Benchmark Brent futures"
  // (was a person "Benchmark Brent")
  'crude', 'futures',
  // a tournament's rounds: "the Wimbledon final" (a place, the wire copy's tennis)
  'final', 'semifinal', 'semi-final', 'quarterfinal', 'quarter-final',
  // a development's name: "the Revolution Wind project" (an organization, the wire copy's
  // energy news); a known owner's gazetteer vote outweighs it ("a Google project")
  'project',
]);

/**
 * Words after a name that only follow a person: a leader's government, "the Bush
 * administration" (Bush was a place in UNER's news sentences), "the Trump presidency", and a
 * reflexive pronoun. Not "government" or "regime", which follow countries and cities as often
 * ("the Kenya government", "the Kabul regime").
 */
const PERSON_FOLLOWERS: ReadonlySet<string> = new Set([
  'administration', 'administrations', 'presidency',
  // "to Arafat himself" (the tagger called Arafat an organization, as GMB's silver tags often do;
  // UNER).
  'himself', 'herself',
]);

/**
 * "members of the Sackler family" (a place, the wire copy's courts), "the Kennedy clan": a
 * surname between "the" and "family". Not "an Afro-Cuban family", "our Car Talk family fleet".
 */
function namesFamily(tokens: readonly Token[], from: number, to: number): boolean {
  const next = tokens[to];
  return tokens[from - 1]?.lower === 'the' && next !== undefined && !next.cap && (next.lower === 'family' || next.lower === 'clan');
}

/**
 * Second words that make a known company's name one of its divisions ("CNN Business", "Google
 * Research") or one of its venues ("Disney World"), not a product ("CNN Business" and "Disney
 * World" were products in Zyte AEB stories). Not "Music" or "Health": "Apple Music", "Apple
 * Health" and "Amazon Music" are services, products here.
 */
const DIVISION_WORDS: ReadonlySet<string> = new Set([
  'business', 'sports', 'entertainment', 'research', 'labs', 'capital', 'ventures', 'media',
  // "GE Healthcare" was a product (Ascom's release, Zyte AEB); "Sony Pictures", "GE Aviation"
  'healthcare', 'health', 'energy', 'aviation', 'pharma', 'foundation', 'financial', 'studios', 'pictures', 'records',
  // "Volvo Cars" was a product (the wire copy's business briefs); "Volvo Trucks" likewise
  'cars', 'trucks',
  // "Greenpeace International" was a product (news-dev's climate news)
  'international',
]);
const VENUE_WORDS: ReadonlySet<string> = new Set(['world', 'land', 'park', 'parks', 'resort', 'resorts', 'arena', 'center', 'centre', 'stadium']);

/** Last words of the places an office is held over. */
const JURISDICTION_HEADS: ReadonlySet<string> = new Set(['county', 'city', 'state', 'province', 'district', 'borough', 'parish', 'prefecture', 'township']);

/**
 * People named by where they live, whose "of" is followed by a place: "residents of Roma and
 * Condesa" (both organizations, Roma being a club too; the wire copy's travel news).
 */
const DWELLER_NOUNS: ReadonlySet<string> = new Set(['residents', 'inhabitants', 'villagers', 'townspeople', 'natives', 'citizens']);

/** Heads of "X of Y" names that are places ("Gulf of Mexico"), not organizations. */
const PLACE_OF_HEADS: ReadonlySet<string> = new Set([
  'gulf', 'bay', 'sea', 'isle', 'isles', 'island', 'islands', 'cape', 'strait', 'straits',
  'lake', 'mount', 'city', 'district', 'province', 'region', 'state', 'states', 'republic',
  'kingdom', 'port', 'statue', 'palace', 'cathedral', 'basilica',
]);

/** Compass words that are adjectives only: "Western", not "West" ("West said"). */
const COMPASS_ADJECTIVES: ReadonlySet<string> = new Set(['northern', 'southern', 'eastern', 'western']);

/** Compass words that make a sub-region of a known place ("Northern Ireland" aside). */
const COMPASS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeast', 'northwest', 'southeast', 'southwest', 'upper', 'lower', 'greater', 'inner', 'outer',
]);

const GAZETTEER_TYPES: Record<EntityType, NameType> = {
  person: 'person',
  organization: 'organization',
  place: 'place',
  product: 'product',
  law: 'law',
  misc: 'misc',
  money: 'misc',
  date: 'misc',
};

/**
 * A word that could be part of a personal name: capitalised, letters only, not a word the text
 * also uses in lower case, not a known place or org, not a head word.
 */
function looksLikeNamePart(w: Token, stats: DocStats): boolean {
  if (w.text.length === 1 && w.cap) return true; // an initial
  if (!w.cap || w.acronym || !/^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w.text)) return false;
  if (stats.lowercase.has(w.lower) || NON_NAME_WORDS.has(w.lower) || COMMON_CAPS.has(w.lower) || lookup(w.text)) return false;
  return !ORG_HEADS.has(w.lower) && !PLACE_HEADS.has(w.lower) && !MISC_HEADS.has(w.lower) && !LAW_HEADS.has(w.lower);
}

/**
 * Worlds of the solar system, named alone: NASA stories in Zyte AEB had "Jupiter" a person and
 * "Cassini" (the probe) beside "Titan" and "Mercury". Two-word names ("Freddie Mercury", "Venus
 * Williams") are not looked up here. "The Moon" is one too (an organization in Al Jazeera's
 * story on NASA's landers), but "Moon" alone is South Korea's president as often.
 */
const CELESTIAL: ReadonlySet<string> = new Set([
  'mercury', 'venus', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune', 'pluto', 'titan', 'europa',
  'enceladus', 'ganymede', 'callisto', 'triton', 'phobos', 'deimos',
]);

/** Two or three initials written as one word: "O.J.", "J.R.", "A.J.". */
const GLUED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/** Words after a name that leave it a noun of its own: verbs, joints, prepositions. */
const AFTER_A_NOUN: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'in', 'of', 'on', 'at', 'to', 'from', 'with', 'by', 'as', 'for', 'than', 'itself', 'every', 'each', 'once',
  'after', 'before', 'since', 'over', 'into', 'about', 'against', 'during', 'until', 'when', 'while',
]);

/** Verbs of a firm's or a speaker's doing: no planet "agreed", "acquired" or "said". */
const FIRM_VERBS: ReadonlySet<string> = new Set(['agreed', 'agrees', 'acquired', 'acquires', 'bought', 'buys', 'sold', 'sells', 'announced', 'announces', 'reported', 'reports', 'hired', 'posted', 'launched', 'launches', 'owns', 'owned']);

function actsAsFirm(next: Token | undefined): boolean {
  return next !== undefined && next.kind === 'word' && !next.cap && (FIRM_VERBS.has(next.lower) || SAY_VERBS.has(next.lower));
}

/** True when the word after a name is a lower-case noun it modifies ("Venus flytrap"). */
function modifiesNoun(next: Token | undefined): boolean {
  if (!next || next.kind !== 'word' || next.cap) return false;
  return !AFTER_A_NOUN.has(next.lower) && !AUXILIARIES.has(next.lower) && !SAY_VERBS.has(next.lower) && !/(?:ed|es|s)$/.test(next.lower);
}

/** Verbs right after a name that leave it the head of its phrase ("the Pentagon is"). */
/**
 * Plural verbs after a subject (see `collective` above): "Chelsea have", "which Chelsea hope".
 * Not "say" or "look": "I heard Biden say", "made Smith look" take a bare verb after a person.
 */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['have', 'are', 'were', 'hope', 'want', 'need', 'plan', 'expect', 'intend']);

const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'did', 'does']);

/** "Ray's Pizza": a shop's trade after its owner's possessive (recognize.ts keeps it whole). */
function isOwnersShop(tokens: readonly Token[], from: number, to: number): boolean {
  if (!SHOP_HEADS.has(tokens[to - 1]!.lower)) return false;
  for (let k = from + 1; k < to - 1; k++) if (isPossessive(tokens[k])) return true;
  return false;
}

/**
 * A name that opens with a given name of the longer list (GIVEN_NAMES: "Peyton Manning" and
 * "Thibaut Courtois" were places, "Andrey Rublev" an organization) and goes on like a
 * person's: two or three words, none of them a word the text writes in lower case, an
 * acronym or a number, and no "&" ("Ernst & Young", "Morgan & Morgan"). The list holds
 * surnames and brands too ("Brooks", "Tate"), so it votes less than FIRST_NAMES: enough to
 * outweigh the tagger, not a head word ("Pembroke Pines", "Tate Britain").
 */
function opensWithGivenName(tokens: readonly Token[], s: NameSpan, words: readonly Token[], stats: DocStats): boolean {
  const first = words[0]!;
  if (!GIVEN_NAMES.has(withoutAccents(first.lower)) || first.acronym || lookup(first.text) || words.length > 3) return false;
  // "Winston-Salem", "Sherwin-Williams": a given name hyphenated into a place's or a firm's.
  if (tokens[s.from + 1]?.text === '-') return false;
  if (words.some((w) => stats.lowercase.has(w.lower) || w.acronym || /\d/.test(w.text))) return false;
  for (let k = s.from; k < s.to; k++) if (tokens[k]!.text === '&') return false;
  return true;
}

/**
 * A body's head, then what it is for or of, which may end in a place's head: "Movement for the
 * Emancipation of the Niger Delta", "Archdiocese of Oklahoma City" (was a place by its "City",
 * news-dev's US courts). Not a place's own head before "of" ("District of Columbia").
 */
function namedForAim(words: readonly Token[]): boolean {
  return words.some((w, k) => {
    const head = words[k - 1]?.lower ?? '';
    return k > 0 && !w.cap && (w.lower === 'for' || (w.lower === 'of' && !PLACE_OF_HEADS.has(head))) && ORG_HEADS.has(head);
  });
}

export function emptyVotes(): Votes {
  return { person: 0, organization: 0, place: 0, product: 0, law: 0, misc: 0 };
}

export function addVotes(into: Votes, from: Votes): void {
  for (const k of Object.keys(into) as NameType[]) into[k] += from[k];
}

const COUNTING_WORDS = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * A one-word name counted after a determiner, ending its phrase: "his second Oscar", "her
 * third Grammy" (the award was a place). A person or a place is not counted so.
 */
function isCountedThing(tokens: readonly Token[], from: number, to: number): boolean {
  const count = tokens[from - 1];
  const determiner = tokens[from - 2];
  if (count?.kind !== 'word' || !COUNTING_WORDS.test(count.lower) || !determiner || !DETERMINERS.has(determiner.lower)) return false;
  const next = tokens[to];
  // Ends its phrase: not before a number or a noun ("the first Block 1B", "his second Trump rally").
  return !next || next.kind === 'punct' || (next.kind === 'word' && !next.cap && !modifiesNoun(next));
}

/**
 * An award named by its one word with an article or an owner, or with what it was for: "won
 * the Oscar for best director", "an honorary Oscar" (Oscar was a place in both, the wire
 * copy's obituaries), "her Emmy".
 */
function isAwardWon(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from !== 1 || !AWARD_NAMES.has(tokens[from]!.lower)) return false;
  const before = tokens[from - 1];
  // "an honorary Oscar": an article, a word that describes it, the award.
  const described = before?.kind === 'word' && !before.cap && DETERMINERS.has(tokens[from - 2]?.lower ?? '');
  return DETERMINERS.has(before?.lower ?? '') || described || tokens[to]?.lower === 'for';
}

/**
 * A name before "index" that is the index's own: "the Merval index". Not a body's, whose index
 * it is (a head word, or the tagger's say: "the Freedom House index"), nor a short abbreviation
 * ("the UV index").
 */
function namesIndex(tokens: readonly Token[], s: NameSpan, words: readonly Token[]): boolean {
  if (s.tagged === 'organization' || endsWithHead(tokens, s.to)) return false;
  return !(words.length === 1 && words[0]!.acronym && words[0]!.text.length <= 2);
}

/**
 * A name a club shares with its town: a known place ("Liverpool"), a one-word town by its
 * ending, or a town and a word after it ("Manchester City", which was a place even as it beat
 * Liverpool 3-0).
 */
function namedAsTown(s: NameSpan, words: readonly Token[]): boolean {
  if (s.gazetteer) return s.gazetteer.type === 'place' && !s.gazetteer.demonym;
  if (words.length === 1) return PLACE_SUFFIX.test(words[0]!.text);
  const town = lookup(words[0]!.text);
  return town?.type === 'place' && !town.demonym;
}

/** People a club employs, whose title after a town's name makes it the club: "Liverpool manager Arne Slot". */
const CLUB_ROLES: ReadonlySet<string> = new Set([
  'manager', 'coach', 'boss', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'captain', 'forward', 'playmaker',
]);

function clubRoleAfter(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  return next?.kind === 'word' && !next.cap && CLUB_ROLES.has(next.lower) && isCapWord(tokens[to + 1]);
}

/**
 * A name a club shares with its town, where the text means the club: it beats or is beaten by
 * another name, a player follows it, or someone the club employs ("Yorkshire beat Lancashire
 * by six wickets", "Manchester City beat Liverpool 3-0", "Liverpool manager Arne Slot"). A
 * national side is its country: the caller leaves those out.
 */
function playsAsClub(tokens: readonly Token[], s: NameSpan, words: readonly Token[], faces: typeof playsAgainst = playsAgainst): boolean {
  if (!namedAsTown(s, words)) return false;
  return faces(tokens, s.from, s.to) || hasPlayerAfter(tokens, s.to) || clubRoleAfter(tokens, s.to);
}

/**
 * A known town's name that names its club here ("Liverpool thrashed Tottenham 5-1"), which
 * index.ts keys apart from the town: a dateline "LIVERPOOL" in the same story is the city.
 * Only a match says so, not a bare "vs." (playsMatch).
 */
export function namesTownClub(tokens: readonly Token[], s: NameSpan): boolean {
  if (s.resultSide === 'player' || isNationalSide(s.gazetteer)) return false;
  const words = tokens.slice(s.from, s.to).filter((t) => t.kind === 'word');
  return words.length > 0 && playsAsClub(tokens, s, words, playsMatch);
}

/** Kinds of military base that open a base's name. */
const BASE_KINDS: ReadonlySet<string> = new Set(['joint', 'naval', 'air', 'army', 'marine']);

/** Nouns of geography after a name: "the Amazon rainforest", "the Amazon city of Belem". */
const GEOGRAPHY_NOUNS: ReadonlySet<string> = new Set(['rainforest', 'rainforests', 'basin', 'jungle', 'river', 'delta', 'region', 'city', 'cities', 'forest', 'forests', 'estuary']);

/**
 * A company the gazetteer knows by a place's name, where the text means the place: "fires in
 * the Amazon rainforest", "the Amazon city of Belem" (both were Amazon, the company). A company
 * takes no "the"; this one is followed by a noun of geography.
 */
export function namesGeography(tokens: readonly Token[], s: NameSpan): boolean {
  if (s.gazetteer?.type !== 'organization' || s.to - s.from !== 1 || tokens[s.from - 1]?.lower !== 'the') return false;
  const next = tokens[s.to];
  return next?.kind === 'word' && GEOGRAPHY_NOUNS.has(next.lower);
}

/** The gazetteer entry of the name whose possessive ends right before `from` ("Ethiopia 's"). */
function countryBefore(tokens: readonly Token[], from: number): GazetteerHit | undefined {
  const mark = tokens[from - 1];
  const name = tokens[from - 2];
  if (!mark || !name || !isPossessive(mark) || name.kind !== 'word') return undefined;
  return lookup(name.text);
}

/** "at the Dolby Theatre", "outside the Crucible Theatre": a place one is at. */
function isVenueVisited(tokens: readonly Token[], from: number): boolean {
  return tokens[from - 1]?.lower === 'the' && VENUE_PREPOSITIONS.has(tokens[from - 2]?.lower ?? '');
}
const VENUE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'outside', 'inside']);

/**
 * A place head that is as likely a surname: after a given name ("Fiona Hill"), or a compass
 * point the tagger reads as a person's surname after words that name no known place ("Kanye
 * West" was a place, BBC via Zyte AEB; "Wichita West" opens on a place, and the tagger does
 * not take "Yobe North" for a person).
 */
function weakPlaceHead(words: readonly Token[], tagged: NameSpan['tagged']): boolean {
  const first = words[0]!.lower;
  const last = words[words.length - 1]!.lower;
  if (FIRST_NAMES.has(first) && SURNAME_PLACE_HEADS.has(last)) return true;
  // A theatre is a stage and a company: where a play is on, a place; whom a director runs, not.
  if (last === 'theatre' || last === 'theater') return true;
  return tagged === 'person' && COMPASS.has(last) && lookup(surfaceOfWords(words.slice(0, -1)))?.type !== 'place';
}
/** The canonical name of a university or institute ("Stanford University", "Massachusetts Institute of Technology"). */
const SCHOOL_NAME = /\b(?:University|Institute|College)\b/;
/** Evidence from one name mention and its surroundings. */
export function mentionVotes(tokens: readonly Token[], s: NameSpan, roles: readonly Role[], stats: DocStats): Votes {
  const v = emptyVotes();
  const words: Token[] = [];
  for (let k = s.from; k < s.to; k++) if (tokens[k]!.kind === 'word') words.push(tokens[k]!);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return v;

  if (s.gazetteer) v[GAZETTEER_TYPES[s.gazetteer.type]] += W.gazetteer;
  // "Brent LCOc1", "Sterling GBP=": what a quote code follows is a crude, a currency or an
  // index (Reuters' market report in Zyte AEB had a person Brent), unless a body's head word
  // ends it ("London Metal Exchange CMAL3").
  if (s.instrument && !endsWithHead(tokens, s.to)) v.misc += W.gazetteer;
  if (s.tagged) v[s.tagged] += W.tagger;
  if (!s.gazetteer && isTown(tokens, s.from, s.to)) v.place += W.town;
  if (!s.gazetteer && words.length === 1 && (isCountedThing(tokens, s.from, s.to) || isAwardWon(tokens, s.from, s.to))) v.misc += W.countedThing;
  if (agreesToBuy(tokens, s.to)) v.organization += W.roleOf;
  // A craft named with its kind: "Parker Solar Probe", "James Webb Space Telescope" (people).
  if (words.length >= 2 && NAMED_CRAFT_HEADS.has(words[words.length - 1]!.lower) && !s.gazetteer) v.misc += W.miscHead;
  // A player on a results line or a scorecard, even one named as a place is ("Lyon c Carey").
  if (s.resultSide === 'player') v.person += W.title + (s.gazetteer ? W.gazetteer : 0);
  // A club on a results line, even one named after its town ("Newcastle 1"); a national side
  // is named as its country is. A town or county that beats or is beaten by another name is
  // its team ("Yorkshire beat Lancashire by six wickets").
  else if (!isNationalSide(s.gazetteer)) {
    if (s.resultSide === 'team') v.organization += W.orgHead + (s.gazetteer ? W.gazetteer : 0);
    else if (playsAsClub(tokens, s, words)) v.organization += W.orgHead + W.gazetteer;
  }

  // Shape: head words and given names.
  if (words.length === 1 && last.lower === 'constitution') v.law += W.lawHead;
  // "Roe v. Wade": a court case (recognize.ts keeps one whole) is no party to it.
  if (words.length >= 3 && isCourtCase(tokens, s.from, s.to)) v.misc += W.miscHead * 2;
  // "Communism", "National Socialism", "Zionism": a doctrine, not a body (both were
  // organizations on NBC News via Zyte AEB). Not "Ministry of Tourism".
  if (DOCTRINE.test(last.text) && !words.some((w) => w.lower === 'of')) v.misc += W.miscHead;
  if (isOneWordBank(words) || isOneWordEnergyFirm(words) || endsInGluedHead(last) || isPartnersFirm(tokens, s)) v.organization += W.orgHead;
  // A company by its legal form's initials first: "PT Freeport Indonesia" (a person, news-dev's
  // energy news), "PJSC Gazprom Neft".
  if (words.length >= 2 && LEGAL_FORM_PREFIXES.has(first.text)) v.organization += 2 * W.orgHead;
  // "the National Episcopal Conference of Congo", "the Bishops' Conference": the bishops' body,
  // not a meeting (was an event, news-dev's African elections).
  if (last.lower === 'conference' && words.length >= 2 && BISHOPS.has(words[words.length - 2]!.lower)) v.organization += 2 * W.miscHead;
  if (words.length === 2 && NATIONAL_FIRM_WORDS.has(last.lower) && lookup(first.text)?.type === 'place') v.organization += W.orgHead;
  // A sport and a country name the sport's national body: "Hockey Canada", "Rugby Australia",
  // "Cycling Ireland" ("a Hockey Canada gala" was an event, news written for the tests).
  if (s.to - s.from >= 2 && SPORT_BODY_WORDS.has(first.lower) && namesCountry(surfaceOfWords(words.slice(1)))) v.organization += W.orgHead * 2;
  if (words.length >= 2) {
    // "David Law", "Jude Law": a given name and the surname Law are a person.
    if (LAW_HEADS.has(last.lower) && !(s.to - s.from === 2 && last.lower === 'law' && FIRST_NAMES.has(first.lower))) v.law += W.lawHead;
    // "Hurricanes Katrina and Rita" (GMB) name storms as "Hurricane Katrina" does.
    else if (MISC_HEADS.has(last.lower) || MISC_PREFIXES.has(first.lower) || MISC_PREFIXES.has(first.lower.replace(/s$/, ''))) v.misc += W.miscHead;
    // "the Umayyad Mosque", "Westminster Cathedral": a house of worship named is the building
    // (an organization, the wire copy's world news); "Church" names the body as often.
    else if (SHRINE_HEADS.has(last.lower)) v.place += W.placeHead;
    // "Margaret Court", "Edward House": a given name and a surname that heads bodies elsewhere
    // (an organization, the wire copy's tennis); not "the Albert Hall".
    else if (s.to - s.from === 2 && SURNAME_ORG_HEADS.has(last.lower) && FIRST_NAMES.has(first.lower) && tokens[s.from - 1]?.lower !== 'the') v.person += W.givenName;
    // "the Apollo Gallery of the Louvre": a gallery of a museum is a room in it, a place (an
    // organization, news-dev's arts news and the wire copy's crime news).
    else if (last.lower === 'gallery' && tokens[s.to]?.lower === 'of' && tokens[s.to + 1]?.lower === 'the') v.place += W.placeHead;
    // A jail by its long name: "the William E. Donaldson Correctional Facility" (a person),
    // "the Metropolitan Detention Center" (an organization by its "Center"; news-dev's US courts).
    else if (CUSTODY_WORDS.has(words[words.length - 2]!.lower) && CUSTODY_HEADS.has(last.lower)) v.place += 2 * W.placeHead;
    // "the Royal Diriyah Opera House" (an organization, news-dev's arts news): a venue.
    else if (isVenueHouse(tokens, s.to - 1)) v.place += 2 * W.placeHead;
    else if (ORG_HEADS.has(last.lower) || ORG_PREFIXES.has(first.lower) || isClub(words, stats) || isTeam(words) || isOwnersShop(tokens, s.from, s.to) || isFoundersFirm(words) || isDistrictBody(words)) v.organization += W.orgHead;
    // "Fiona Hill" is a person; "Forest Hill" and "Rose Garden" are places. Not a body named
    // for its aim: "Movement for the Emancipation of the Niger Delta" (its head is "Movement").
    else if (PLACE_HEADS.has(last.lower) && !namedForAim(words)) v.place += weakPlaceHead(words, s.tagged) && !isVenueVisited(tokens, s.from) ? W.placeHead / 3 : W.placeHead;
    // An Irish or a British county by its prefix: "Tullamore, County Offaly" (an organization,
    // news written for the tests, thirteenth round), "County Durham".
    else if (words.length === 2 && first.lower === 'county' && !last.acronym) v.place += W.placeHead;
    else if (PLACE_PREFIXES.has(first.lower) || PLACE_ABBREVIATIONS.has(first.lower)) v.place += W.placePrefix;
    // "Col du Galibier", "Stade de France", "Circuit of the Americas", "Yas Marina Circuit" (a
    // venue; "the Ninth Circuit" is a court, by its ordinal).
    else if (ROMANCE_PLACE_HEADS.has(first.lower) && (isRomanceParticle(tokens[s.from + 1]) || first.lower === 'circuit')) v.place += W.placeHead;
    else if (last.lower === 'circuit' && !ORDINAL_WORDS.test(words[words.length - 2]!.text)) v.place += W.placeHead;
    // "Joint Base Elmendorf-Richardson" (was an organization), "Naval Base Kitsap": a base
    // whose name opens on its kind.
    else if (words.length >= 3 && words[1]!.lower === 'base' && BASE_KINDS.has(first.lower)) v.place += W.placeHead;
    else if (last.acronym && !isRoman(last.text) && !lookup(last.text)) v.organization += W.acronymOrg; // "Provisional IRA"
    // "North Caucasus", "Eastern Ukraine": a compass word before a known place.
    if (COMPASS.has(first.lower) && lookup(surfaceOfWords(words.slice(1)))?.type === 'place') v.place += W.gazetteer;
    // "Syrian Observatory for Human Rights", "Gulf of Mexico", "Veterans for Peace": the word
    // before the joint.
    // "Braunau am Inn", "Rostov-on-Don": a town by its river.
    if (words.some((w, k) => k > 0 && !w.cap && (TOWN_RIVER_JOINTS.has(w.lower) || (w.text === 'on' && hyphenated(tokens, tokens.indexOf(w, s.from)))))) v.place += W.placeHead;
    for (let k = 1; k < words.length; k++) {
      const w = words[k]!;
      if (w.cap || (w.lower !== 'of' && w.lower !== 'for' && w.lower !== 'on' && w.lower !== 'against' && w.lower !== 'in')) continue;
      const head = words[k - 1]!.lower;
      // "Nobel Prize in Literature", "Medal of Freedom", "Africa Cup of Nations": an award or an event.
      if (EVENT_OF_HEADS.has(head)) v.misc += W.miscHead;
      else if (OF_HEADS.has(head) || ORG_HEADS.has(head)) v[PLACE_OF_HEADS.has(head) ? 'place' : 'organization'] += W.ofHead;
      else if (ADVOCATES.has(head) && w.lower !== 'of') v.organization += W.ofHead;
      break;
    }
    // Not a given name opening a body's long name of common words: "the Charlotte Area Transit
    // System" was a person (the wire copy's crime news).
    const commonTail = words.slice(1).filter((w) => COMMON_WORDS.has(w.lower)).length >= 2;
    if (isFirstName(first.lower) && !first.acronym && !commonTail) v.person += W.firstName;
    else if (opensWithGivenName(tokens, s, words, stats)) v.person += W.givenName;
    // "Apple Pay", "Google Stadia", "Amazon Alexa": a known company and one word of its own is
    // what the company makes (recognize.ts keeps such runs whole), unless the word names a
    // division or a venue of it ("CNN Business", "Disney World"). A university's word names a
    // school of it ("MIT Sloan", "Stanford Medicine" were products, WCXB).
    const known = words.length === 2 && !s.gazetteer ? lookup(first.text) : undefined;
    if (known?.type === 'organization' && !ORG_HEADS.has(last.lower)) {
      // A country after it names its branch there: "Greenpeace UK", "Microsoft India" (the
      // first was a product, news-dev's climate news).
      if (DIVISION_WORDS.has(last.lower) || SCHOOL_NAME.test(known.canonical) || namesCountry(last.text) || CONTINENTS.has(last.lower)) v.organization += W.productAfter;
      else if (VENUE_WORDS.has(last.lower)) v.place += W.productAfter;
      else v.product += W.productAfter;
    }
    // "MacBook Pro", "iPad Mini", "Galaxy S24 Ultra", "Switch Lite": a model's last word (tech
    // news had "MacBook Pro" as a person, "AirPods Pro" an organization).
    if (MODEL_TAILS.has(last.lower) && !s.gazetteer) v.product += W.productHead;
    // "MacBook Air", "iPad Air", "Windows Server": a known product and a word of the model's,
    // even one that heads companies elsewhere ("… Air" made an organization, Zyte AEB); a known
    // maker and a model's mark: "Asus ROG Zephyrus G14", "Acer Nitro V", "Razer Basilisk V3".
    const maker = words.length <= 4 && !s.gazetteer ? lookup(first.text)?.type : undefined;
    if ((maker === 'product' && words.length <= 3) || (maker === 'organization' && words.slice(1).some(isModelMark))) v.product += W.knownProductModel;
    // The tagger has seen the shape too, and more: its vote replaces this cue.
    if (!s.tagged && words.length <= 3 && words.every((w) => looksLikeNamePart(w, stats))) v.person += W.nameShape;
    // "Ethiopia's Tigst Assefa", "Kenya's Eliud Kipchoge": after a country's possessive, a name
    // of two or three words with no head word and no entry is its national (the tagger read
    // the first as a place; a sports page written for the tests). "Iraq's Anbar province" has
    // a head or a follower, "Japan's Toyota" one word, "Russia's Gazprom Neft" a known first,
    // "Iran's Revolutionary Guards" and "Iran's Kayhan International" common words (GMB). So is
    // one of two or three after a known firm's or team's possessive that the tagger does not
    // call a body: "McLaren's Lando Norris" (a place, the wire copy's motor racing), not
    // "Facebook's Blueprint Certification".
    const owner = countryBefore(tokens, s.from);
    if (
      words.length <= 3 &&
      !s.gazetteer &&
      !lookup(first.text) &&
      (isNationalSide(owner) || (owner?.type === 'organization' && s.tagged !== 'organization' && words.length >= 2 && !NAMED_CRAFT_HEADS.has(last.lower) && words.every((w) => looksLikeNamePart(w, stats) && !COMMON_WORDS.has(w.lower)))) &&
      !hasHead(tokens, s.from, s.to) &&
      words.every((w) => !COMMON_WORDS.has(w.lower) || isGivenName(w.lower))
    ) {
      v.person += W.personAfter;
    }
    // "Patrick W. Carlineo": a middle initial; "O.J. Simpson", "A.J. Foyt": initials glued
    // before a surname (the tagger made organizations of both).
    if (words.length >= 3 && words.slice(1, -1).some((w) => w.text.length === 1 && w.cap)) v.person += W.initial;
    else if (words.length === 2 && GLUED_INITIALS.test(first.text) && !lookup(first.text)) v.person += W.initial;
  } else if (
    (CELESTIAL.has(first.lower) || (first.lower === 'moon' && tokens[s.from - 1]?.lower === 'the')) &&
    first.cap &&
    !modifiesNoun(tokens[s.to]) &&
    !actsAsFirm(tokens[s.to]) &&
    !namesVessel(tokens, s.from)
  ) {
    // "Jupiter", "Titan": a world is a place, whatever the tagger makes of a lone name; not a
    // name used as a modifier ("a Venus flytrap", "Titan optical switches"), nor one that
    // does business ("Mars agreed to buy Kellanova" is the confectioner).
    v.place += W.placeHead;
  } else if (PLACE_SUFFIX.test(first.text) && !s.gazetteer) {
    // "Dagestan", "Jalalabad", "Volgograd", "Hampshire": a place by its ending (the tagger
    // called Dagestan a person on every mention of a BBC profile, WikiEvents).
    v.place += W.placeHead;
  } else if (first.acronym && !s.gazetteer && !isRoman(first.text)) {
    // Unknown acronyms in news are mostly organizations ("NYAG", "SDF"), and one that buys,
    // sells or reports is one ("PARIS - LVMH reported a fall", which the tagger passed over
    // after the dateline; the wire copy's business briefs).
    v.organization += W.acronymOrg;
    const verb = tokens[s.to];
    if (words.length === 1 && verb?.kind === 'word' && FIRM_VERBS.has(verb.lower)) v.organization += W.acronymOrg;
  }

  if (s.title) v.person += W.title;
  // A ruler's or a pope's number: "Napoleon III", "Charles III", "Leo XIV"; not a common
  // word's ("Title IX", "Rocky IV").
  if (words.length === 2 && isRoman(last.text) && first.cap && !COMMON_WORDS.has(first.lower) && !s.gazetteer) v.person += W.title;
  // "van Gogh", "bin Laden": recognize.ts only opens a name on a lower-case particle before a
  // surname, so the particle is as sure a sign of a person as a title (the tagger can read
  // "van" as a place).
  if (!first.cap && SURNAME_PARTICLES.has(first.lower)) v.person += W.title;
  if (isDateline(tokens, s.from, s.to) || isDatelineRegion(tokens, s.from) || isBeforeState(tokens, s.to) || isTownBeforeStateName(tokens, s.from, s.to)) v.place += W.dateline;
  // A county or a city before a title is where the office is, not an employer: "Los Angeles
  // County District Attorney Nathan Hochman" (an organization, the wire copy's courts).
  const jurisdiction = words.length >= 2 && JURISDICTION_HEADS.has(last.lower);
  // "Intel named Lip-Bu Tan chief executive": who is named to a post holds it (the name was
  // Intel's employer-style "X chief executive", an organization, the wire copy's business).
  const next = tokens[s.to];
  // "the Kano emir", "Former Bamban mayor Alice Guo": what a mayor or an emir holds is a place
  // (Bamban was an event, news-dev's Asian local news); so with the title written large,
  // "Warsaw Mayor Rafał Trzaskowski" (an organization, news written for the tests, thirteenth
  // round), but not a governor's, whom banks have too ("Riksbank Governor Erik Thedeen").
  const placeOffice = next?.kind === 'word' && PLACE_TITLE_NOUNS.has(next.lower) && !(next.cap && next.lower === 'governor');
  // Not the employer before a titled name: "Nestle named Nespresso boss Philipp Navratil"
  // (Nespresso was a person, news written for the tests).
  const appointed =
    !s.gazetteer &&
    APPOINTING_VERBS.has(tokens[s.from - 1]?.lower ?? '') &&
    (s.titleAfter === true || (next?.kind === 'word' && (STAFF_FOLLOWERS.has(next.lower) || (!next.cap && TITLE_WORDS.has(next.lower))))) &&
    !titlesNamedPerson(tokens, s.to);
  if (appointed) v.person += W.employs;
  else if (!jurisdiction && !placeOffice && (s.titleAfter || s.heldAt || (words.length === 1 && (FIRST_NAMES.has(first.lower) || GIVEN_NAMES.has(first.lower)) && titlesNextPerson(tokens, s.to)))) {
    v.organization += W.employs;
  }
  for (const r of roles) if (r.head && r.kind !== 'title') v[r.head] += W.role;
  if (hasAge(tokens, s.to)) v.person += W.age;

  // Right context; a hyphenated word counts whole ("WikiLeaks co-founder").
  if (next && next.kind === 'word' && !next.cap) {
    const joined = tokens[s.to + 1]?.text === '-' && !tokens[s.to + 1]!.space ? `${next.lower}-${tokens[s.to + 2]?.lower ?? ''}` : next.lower;
    // Not an unknown acronym: "LVMH reported" is the company (it tied with the acronym's
    // organization vote and was dropped, the wire copy's business briefs).
    if (SAY_VERBS.has(joined) && !(words.length === 1 && first.acronym && first.text.length >= 3)) v.person += W.saidPerson;
    // "Greens leader Adam Bandt", "Labor leader Dean Winter": one word that leads a named
    // person is a party or a group (both were dropped, common words; news-dev's Australian
    // news). A country's is the gazetteer's.
    // Not an adjective of a leaning or a region ("Conservative leader", "Regional leader"), nor
    // a common word capitalised to open a sentence ("Farm leader Jagjit Singh Dallewal").
    const leads = words.length === 1 && !s.gazetteer && leadsNamedPerson(tokens, s.to);
    if (leads && !ADJECTIVE_END.test(first.lower) && !(first.initial && (COMMON_WORDS.has(first.lower) || GROUP_NOUNS.has(first.lower)))) v.organization += W.employs;
    if ((ORG_FOLLOWERS.has(joined) && !appointed) || isPartyNamed(tokens, s.from, joined) || (words.length === 1 && first.acronym && FIGHTERS.has(joined))) v.organization += W.employs;
    // "whose Exor holding company is the largest shareholder" (Exor was a person, news written
    // for the tests); not "Smith holding a sign".
    if ((joined === 'holding' || joined === 'parent') && tokens[s.to + 1]?.lower === 'company') v.organization += W.employs;
    if (actsOnItsOwn(tokens, s.from, s.to)) v.organization += W.employs;
    // An app that has a founder or a chief is the company that makes it: "Telegram founder
    // Pavel Durov", "YouTube chief executive Neal Mohan" (Telegram was a product), over its
    // entry as a product.
    if (s.gazetteer?.type === 'product' && STAFF_FOLLOWERS.has(joined)) v.organization += W.gazetteer;
    if (PRODUCT_FOLLOWERS.has(joined)) v.product += W.productAfter;
    if (PLACE_FOLLOWERS.has(joined)) v.place += STRONG_PLACE_FOLLOWERS.has(joined) ? 2 * W.placeAfter : W.placeAfter;
    // An oil or gas field: "the Shah Deniz field", "the giant Galkynysh gas field" (both
    // organizations, news-dev's energy news). Not a known name's or initials' ("the GOP
    // field" of candidates), nor an adjective's ("the Democratic field").
    const fieldAt = joined === 'gas' || joined === 'oil' ? s.to + 1 : s.to;
    if (tokens[fieldAt]?.lower === 'field' && !s.gazetteer && !first.acronym && !ADJECTIVE_END.test(last.lower)) v.place += 2 * W.placeAfter;
    if (MISC_FOLLOWERS.has(joined) && ((joined !== 'index' && joined !== 'rate') || namesIndex(tokens, s, words))) v.misc += W.eventAfter;
    // A venue that stands for its tournament: "his first Wimbledon title" (a place, the wire
    // copy's sport), over a place's entry. Not a body's ("the NBA title") nor a country's side.
    if ((joined === 'title' || joined === 'titles' || joined === 'crown') && words.length === 1 && s.gazetteer?.type !== 'organization' && !isNationalSide(s.gazetteer)) {
      v.misc += W.eventAfter + (s.gazetteer ? W.gazetteer : 0);
    }
    if (PERSON_FOLLOWERS.has(joined)) v.person += W.personAfter;
    // "major Western capitals", "Western papers", "the Eastern bloc": a compass adjective alone
    // before a noun is no name (a person, an organization and a place in CityLab, the
    // Washington Post and UNER).
    if (s.to - s.from === 1 && COMPASS_ADJECTIVES.has(first.lower)) v.misc += W.gazetteer;
  }
  // British usage names a team or a firm with a plural verb ("Chelsea have this morning paid",
  // Zyte AEB, where Chelsea was a person); a person takes "has". Only for a word known to be a
  // name (a plural noun opening a sentence, "Tools are…", is none), and not one of a list
  // ("Smith and Jones have").
  if (s.to - s.from === 1 && (s.tagged === 'person' || s.tagged === 'organization' || FIRST_NAMES.has(first.lower)) && next && PLURAL_VERBS.has(next.lower) && !next.cap) {
    const before = tokens[s.from - 1];
    if (before?.lower !== 'and' && before?.lower !== 'or' && before?.text !== ',' && before?.text !== '&') v.organization += W.collective;
  }
  // A capital inside a word is a brand's mark, a company's or a product's ("SoFi", "GrubHub"
  // were people in Zyte AEB's business stories; "KakaoTalk" is an app), not a surname's
  // ("McCann", "DeShawn", "LeBron": a short particle or prefix before the capital). It says
  // which types the name is not.
  if (words.some((w) => isCamelBrand(w.text))) {
    v.person -= W.camelBrand;
    v.place -= W.camelBrand;
  }
  if (words.length <= 2 && FIGURES.has(words.map((w) => w.lower).join(' '))) v.person += W.gazetteer;
  // A registered or trade mark is a brand's: "Don Victor® Honey" (a recipe in Zyte AEB made
  // people of "Don Victor" and "Honey"), "Kleenex™".
  if (isTrademark(next) || isTrademark(tokens[s.from - 1])) v.product += W.trademark;
  if (next?.text === '-' && !next.space && tokens[s.to + 1]?.lower === 'based') v.place += W.placeAfter;
  if (next?.text === ',' && tokens[s.to + 1]?.lower === 'who') v.person += W.who;
  if (namesFamily(tokens, s.from, s.to)) v.person += W.personAfter;
  if (pairsWithSpeaker(tokens, s.from, s.to)) v.person += W.firstName;
  // "Djokovic beat Daniil Medvedev 6-3 7-6 6-3": set scores follow a player.
  if (setScoresAfter(tokens, s.to)) v.person += W.personAfter;
  // "Ascom is headquartered in Baar", "Ascom, headquartered in …": firms have headquarters
  // (Ascom was a person, Zyte AEB).
  // "Iguazu is NOT a country", "Varkala is a beach town": said to be a place (Iguazu was a
  // person, UNER's travel answers).
  if (isPlacePredicateAfter(tokens, s.to)) v.place += W.placeOfNoun;
  if (isHeadquarteredAfter(tokens, s.to)) {
    v.organization += W.headquarters;
  }
  // Not who is named to the office: "named Johnson Asiama governor of the Bank of Ghana" (a
  // place, news written for the tests, thirteenth round).
  if (placeOffice && !appointed && !s.gazetteer) v.place += W.placeOfNoun;
  // "Apple's board", not "Geert Wilders' Party for Freedom" (a name of its own).
  if (isPossessive(next) && ORG_FOLLOWERS.has(tokens[s.to + 1]?.lower ?? '') && !tokens[s.to + 1]!.cap) v.organization += W.employs / 2;

  // Left context.
  const prevIndex = s.title ? s.title.from - 1 : s.from - 1;
  const prev = tokens[prevIndex];
  // "Florida Republican Connie Mack", "Democrat Joe Manchin": a party member's noun before a
  // name is a politician's title (the tagger took "Republican Connie Mack" for an organization,
  // GMB). Not the adjectives: "Independent Thinking Podcast", "Democratic Progressive party".
  if (!s.title && prev?.cap && PARTY_MEMBERS.has(prev.lower)) v.person += W.title;
  // A leaning as a noun before a full name is its holder's: "Leftist Anura Kumara Dissanayake
  // won" (an organization, the wire copy's elections). One word may be a party ("Populist Fidesz").
  else if (!s.title && prev?.cap && LEANINGS.has(prev.lower) && words.length >= 2 && !endsWithHead(tokens, s.to)) v.person += W.firstName;
  // A sentence's first word counts too: "In Diyarbakir, …", "The Pentagon said".
  if (prev && prev.kind === 'word' && (!prev.cap || (prev.initial && /^\p{Lu}\p{Ll}*$/u.test(prev.text)))) {
    // "the Pentagon", "the Euphrates" are not people; in "the Mueller report" the name is a
    // modifier and says nothing.
    const compound = next?.text === '-' && !next.space; // "the Braun-owned company"
    const modifier = compound || (next !== undefined && next.kind === 'word' && !next.cap && !SAY_VERBS.has(next.lower) && !AUXILIARIES.has(next.lower));
    if (prev.lower === 'the' && !modifier) v.person += W.theBefore;
    // What is bought is a firm: "agreed to buy Kellanova" (a place, the wire copy's business
    // news); a known product keeps its entry.
    if (!prev.cap && BUY_VERBS.has(prev.lower) && !s.gazetteer) v.organization += W.roleOf;
    // ... and what a deal is "of": "its purchase of Arcadium Lithium", "the takeover of Direct
    // Line" (a person, news-dev's mining news). Not a stake or a unit: "sale of its stake in".
    if (prev.lower === 'of' && DEAL_NOUNS.has(tokens[prevIndex - 1]?.lower ?? '') && !s.gazetteer) v.organization += W.roleOf;
    // ... and whose shares trade: "Shares of SoFi rose" (a firm only by the tagger's vote, Zyte
    // AEB), as "SoFi shares" is.
    if (prev.lower === 'of' && STOCK_NOUNS.has(tokens[prevIndex - 1]?.lower ?? '') && !s.gazetteer) v.organization += W.roleOf;
    // Whom the police identify or name is a person: "the attacker, identified as Jihad
    // Al-Shamie" (an organization by his given name, news written for the tests, fourteenth
    // round).
    if (prev.lower === 'as' && IDENTIFIED.has(tokens[prevIndex - 1]?.lower ?? '') && !s.gazetteer) v.person += 2 * W.roleOf;
    // Whom someone marries is a person: "married Radhika Merchant" (a place, the wire copy's
    // business news).
    if (!prev.cap && SPOUSE_VERBS.has(prev.lower) && !isPossessive(next)) v.person += W.firstName;
    // Whom someone succeeds in a post is a person: "who took over from Shaktikanta Das" (a
    // place by its "from", news-dev's Indian business), "succeeding Shinzo Abe".
    if (!prev.cap && (SUCCEED_VERBS.has(prev.lower) || (prev.lower === 'from' && tokens[prevIndex - 1]?.lower === 'over' && TAKE_VERBS.has(tokens[prevIndex - 2]?.lower ?? '')))) v.person += W.roleOf;
    // Whom a kin or companion noun names is a person: "my husband Tony" (an award, Tony's),
    // "my buddy Tony" (the web copy's reviews and forums). Not "partner", which names firms.
    if (!prev.cap && (KIN_NOUNS.has(prev.lower) || COMPANION_NOUNS.has(prev.lower)) && !s.gazetteer?.demonym) v.person += 2 * W.roleOf;
    // Not before a possessive: in "in Yasser Arafat's legacy" the preposition governs "legacy".
    const w = PLACE_PREPOSITIONS.get(prev.lower);
    if (w !== undefined && !isPossessive(next)) v.place += w;
    // What a fire, a storm or a march goes through is a place: "wildfires tore through Pacific
    // Palisades and Altadena" (both were organizations, the wire copy's disasters).
    if (sweepsThrough(tokens, prevIndex) && !isPossessive(next)) v.place += W.placeOfNoun;
    // "the city of X" / "CEO of X", "a spokesperson for X" / "a professor at X"
    const before = tokens[prevIndex - 1];
    if ((prev.lower === 'of' || prev.lower === 'for') && before?.kind === 'word') {
      if (prev.lower === 'of' && (PLACE_NOUNS.has(before.lower) || PLACE_TITLE_NOUNS.has(before.lower) || DWELLER_NOUNS.has(before.lower))) v.place += W.placeOfNoun;
      // "the wife of Napoleon III": kin are of a person, not of an employer (Napoleon III was
      // an organization, the wire copy's crime news).
      else if (prev.lower === 'of' && KIN_NOUNS.has(before.lower)) v.person += W.roleOf;
      else if (PERSON_NOUNS.has(before.lower) || before.lower === 'ceo') v.organization += W.roleOf;
    }
    if (before?.kind === 'word' && worksFor(before.lower, prev.lower) && !PLACE_PREFIXES.has(first.lower)) v.organization += W.roleOf;
    if ((prev.lower === 'and' || prev.lower === 'or') && pairsWithPlace(tokens, prevIndex)) v.place += W.placeOfNoun;
    // "goals from Dani Carvajal", "a header from Kane": who scores is a player (Carvajal was
    // a place, the wire copy's sport); "the maker of Pringles crisps": what is made is a
    // product (Pringles was a place).
    if (prev.lower === 'from' && before?.kind === 'word' && SCORING_NOUNS.has(before.lower)) v.person += W.roleOf;
    // "a drug from Eisai and Biogen", "a phone from Xiaomi": who a product comes from is a firm
    // (Eisai was a place, the wire copy's health news).
    // Not a range: "every Google product from Search to Wallet".
    if (prev.lower === 'from' && before?.kind === 'word' && !before.cap && headType(before.lower) === 'product' && tokens[s.to]?.lower !== 'to') v.organization += W.roleOf;
    // "the submersible Titan", "the rover Perseverance": a craft's name is no place or body;
    // "the asteroid Didymos", "the comet Hale-Bopp": a body of the sky is a place (Didymos
    // was a person, the wire copy's science news).
    if (namesVessel(tokens, s.from) && !s.gazetteer) v.misc += W.miscHead;
    if (SKY_BODY_NOUNS.has(prev.lower) && !s.gazetteer) v.place += W.placeHead;
    // "after storm Boris swamped the towns", "as typhoon Yagi hit": a storm's kind in lower case
    // before a name makes it the storm's (Boris was a person, news written for the tests), as
    // "Storm Boris" in capitals is one name. A known name keeps its own: "a storm Houston
    // forecasters saw coming".
    if (!prev.cap && MISC_PREFIXES.has(prev.lower) && prev.lower !== 'operation' && prev.lower !== 'tropical' && !s.gazetteer) v.misc += W.miscHead * 2;
    if (prev.lower === 'of' && before?.kind === 'word' && MAKER_NOUNS.has(before.lower) && !endsWithHead(tokens, s.to)) v.product += W.roleOf;
    // … and the second of two: "the maker of Pringles and Cheez-It" (Cheez-It was a place).
    if (prev.lower === 'and' && madeAfterMaker(tokens, prevIndex) && !endsWithHead(tokens, s.to)) v.product += W.roleOf;
    // "a venture called Stargate", "a town named Uvalde", "a headset called the Steam Frame":
    // the noun before says what it names (Stargate was dropped, a name the tagger did not see;
    // the Steam Frame was an organization, the wire copy's tech news).
    const calledAt = prev.lower === 'the' ? prevIndex - 1 : prevIndex;
    const called = tokens[calledAt]?.lower;
    const noun = tokens[calledAt - 1];
    if ((called === 'called' || called === 'named') && noun?.kind === 'word' && !noun.cap) {
      // "an operation called Spiderweb", "a storm named Melissa": events (a place, the wire
      // copy's world news).
      const kind = MISC_PREFIXES.has(noun.lower) ? 'misc' : headType(noun.lower);
      if (kind) v[kind] += W.roleOf;
    }
    if (SAY_VERBS.has(prev.lower) && s.to - s.from >= 2) v.person += W.saidPerson / 2;
    // A pet's name is no person's and no firm's: "a cat named GummiBear", "a siamese lynx
    // name Star", "my cat's name is Twinky" (UNER's answers made a firm and people of them).
    if (namesPet(tokens, s.from)) v.misc += W.miscHead;
  }
  // A "+" glued to a name makes a subscription or a service of it: "Alexa+", "Disney+",
  // "Apple TV+" (Alexa+ was a person, the wire copy's tech news); the gazetteer knows the
  // companies named so ("Canal+").
  const end = tokens[s.to - 1]!;
  if (end.text === '+' && !end.space && !s.gazetteer) {
    v.product += W.productHead;
    v.person = 0;
  }
  // A legal form ends only a firm's name, whatever its shape: "Dana F. Besecker Company" was
  // a person (Seattle Times in Readability's test pages).
  if (words.length >= 2 && LEGAL_FORMS.has(last.lower)) v.person = Math.min(v.person, 0);
  // A model number names a product, never a person: "an older generation Nighthawk X4",
  // "Samson Q2U", "Canon EOS R6 Mark II" (WCXB dev reviews and Zyte AEB's deals page made
  // people of them; makers.ts).
  const spanned = tokens.slice(s.from, s.to);
  if (entityType(v) === 'person' && spanned.some((t) => holdsDigit(t.text))) {
    if (words.length >= 2) v.product += v.person;
    v.person = 0;
  }
  // A code of letters and digits after a name is a model's, as a head word is a body's: "Canon
  // EOS R6 Mark II", "Airbus A320" (the tagger's hint made organizations of them). Not a number
  // alone ("Apollo 11", "Formula 1"), nor a run of a common word the tagger does not call a
  // name ("Rated IP66"); a brand no word list knows needs no vote: "10. Soundcore Q45".
  if ((!s.unconfirmed || isBrandWord(words[0]!.lower)) && words.length >= 2 && spanned.slice(1).some((t) => t.kind === 'word' && holdsDigit(t.text) && /\p{L}/u.test(t.text))) v.product += W.productHead;
  return v;
}

/** The token at `k` stands between two hyphens: the "on" of "Rostov-on-Don", not of "Division on Wisconsin". */
function hyphenated(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.text === '-' && tokens[k + 1]?.text === '-';
}

/** Last words of houses of worship, which name the building. */
const SHRINE_HEADS: ReadonlySet<string> = new Set(['mosque', 'synagogue', 'cathedral', 'temple', 'shrine']);

/** Org heads that are surnames too, after a given name: "Margaret Court". */
const SURNAME_ORG_HEADS: ReadonlySet<string> = new Set(['court', 'house', 'hall', 'church', 'bell']);

/** Two or more tennis sets from `k` on: "6-3 7-6 6-3" (games of at most 7 a side). */
function setScoresAfter(tokens: readonly Token[], k: number): boolean {
  let sets = 0;
  while (sets < 5) {
    const a = tokens[k];
    const dash = tokens[k + 1];
    const b = tokens[k + 2];
    if (a?.kind !== 'num' || dash?.text !== '-' || b?.kind !== 'num' || Number(a.text) > 7 || Number(b.text) > 7) break;
    sets++;
    k += 3;
    // a tiebreak's points: "7-6 ( 7-4 )"
    if (tokens[k]?.text === '(' && tokens[k + 4]?.text === ')') k += 5;
  }
  return sets >= 2;
}

/** Bodies of the sky whose names follow them: "the asteroid Didymos". */
const SKY_BODY_NOUNS: ReadonlySet<string> = new Set(['asteroid', 'comet', 'planet', 'exoplanet', 'moon', 'moonlet', 'star']);

/** A "v." inside [from, to) after its first word: "Roe v. Wade". */
function isCourtCase(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) if (tokens[k]!.text === 'v' && tokens[k + 1]!.text === '.') return true;
  return false;
}

/**
 * Craft nouns that end a craft's own name: "NASA's Parker Solar Probe" (a person, as
 * "McLaren's Lando Norris" is), "the James Webb Space Telescope". Not "Rover" ("Land Rover").
 */
const NAMED_CRAFT_HEADS: ReadonlySet<string> = new Set(['probe', 'telescope', 'lander', 'capsule', 'spacecraft', 'submersible']);

/** Craft whose names follow them: "the submersible Titan", "the rover Perseverance". */
const VESSEL_NOUNS: ReadonlySet<string> = new Set([...NAMED_CRAFT_HEADS, 'submarine', 'ship', 'vessel', 'yacht', 'tanker', 'ferry', 'frigate', 'destroyer', 'rover']);

/** The name at `from` follows a craft's noun in lower case. */
function namesVessel(tokens: readonly Token[], from: number): boolean {
  const prev = tokens[from - 1];
  return prev !== undefined && prev.kind === 'word' && !prev.cap && VESSEL_NOUNS.has(prev.lower);
}

/** What a player scores or makes, before "from" and the player's name. */
const SCORING_NOUNS: ReadonlySet<string> = new Set(['goal', 'goals', 'header', 'headers', 'penalty', 'strike', 'shot', 'volley', 'cross', 'pass', 'assist', 'try', 'tries', 'touchdown', 'touchdowns', 'brace', 'hat-trick']);

/** Nouns of making before "of" and what is made. */
const MAKER_NOUNS: ReadonlySet<string> = new Set(['maker', 'makers', 'manufacturer', 'creator', 'creators', 'developer', 'producer', 'inventor']);

/** Longest place name we look back over: "in Ho Chi Minh City and …". */
const MAX_PLACE_WORDS = 4;

/**
 * "buildings in Mandalay and Sagaing": after "in" (near, throughout…), a known place and "and"
 * (at `joint`), the next name is a place too. A list of three or more is typed by lists.ts;
 * a pair only here, where the preposition says what both are.
 */
function pairsWithPlace(tokens: readonly Token[], joint: number): boolean {
  let k = joint - 1;
  while (k > joint - 1 - MAX_PLACE_WORDS && tokens[k] && (isCapWord(tokens[k]) || tokens[k]!.text === '.')) k--;
  const prep = tokens[k];
  if (k === joint - 1 || !prep || prep.kind !== 'word' || prep.cap) return false;
  // "tore through Pacific Palisades and Altadena": both are ground covered, known or not;
  // "residents of Roma and Condesa": both are where they live.
  if (sweepsThrough(tokens, k) || (prep.lower === 'of' && DWELLER_NOUNS.has(tokens[k - 1]?.lower ?? ''))) return true;
  if (!PLACE_PREPOSITIONS.has(prep.lower) || (PLACE_PREPOSITIONS.get(prep.lower) ?? 0) < 0.6) return false;
  const words = tokens
    .slice(k + 1, joint)
    .map((t) => (t.space ? ` ${t.text}` : t.text))
    .join('')
    .trim();
  const hit = lookup(words);
  return hit?.type === 'place' && !hit.demonym;
}

/**
 * The entity type for summed votes: the type with the most votes, if it has at least 1.
 * Names with no evidence are `misc`.
 */
export function entityType(v: Votes): EntityType {
  let best: NameType = 'misc';
  let score = 0;
  for (const k of Object.keys(v) as NameType[]) {
    if (v[k] > score) {
      score = v[k];
      best = k;
    }
  }
  return score >= 1 ? best : 'misc';
}

/** Sports whose national bodies are named "<sport> <country>": see mentionVotes. */
const SPORT_BODY_WORDS: ReadonlySet<string> = new Set([
  'hockey', 'cricket', 'rugby', 'tennis', 'swimming', 'athletics', 'cycling', 'golf', 'football', 'basketball',
  'netball', 'rowing', 'sailing', 'gymnastics', 'triathlon', 'volleyball', 'baseball', 'softball', 'boxing',
  'judo', 'skate', 'skating', 'canoe', 'equestrian', 'badminton', 'squash', 'bowls', 'diving', 'archery',
]);

/** Words as the lists key them: their text, one space apart. */
function surfaceOfWords(words: readonly Token[]): string {
  return words.map((w) => w.text).join(' ');
}

/** Title words or a trade from `to` (any case: "CEO", "boss", "chief executive") and then a capitalised name in the same sentence. */
function titlesNamedPerson(tokens: readonly Token[], to: number): boolean {
  let k = to;
  while (k < to + 3 && tokens[k]?.kind === 'word' && (TITLE_WORDS.has(tokens[k]!.lower) || TITLE_MODIFIERS.has(tokens[k]!.lower) || PERSON_NOUNS.has(tokens[k]!.lower))) k++;
  return k > to && isCapWord(tokens[k]) && tokens[k]!.sent === tokens[to - 1]?.sent;
}
