/**
 * Merging mentions into entities. Mentions with the same surface (or the same gazetteer entry)
 * start as one group; then these rules join groups that name the same thing:
 *  - a name written with and without its spaces ("Good Ventures" / "GoodVentures"),
 *  - an acronym in brackets right after a name ("New York State Attorney General (NYAG)"),
 *  - a company name with and without its corporate suffix ("Kakao Group" / "Kakao",
 *    "Emirates Airline" / "Emirates"),
 *  - a school with and without its head word ("Harvard University" / "Harvard"),
 *  - a body written both ways ("Justice Department" / "Department of Justice"), or without the
 *    chamber its name opens on ("House Intelligence Committee" / "Intelligence Committee"),
 *  - a company's full name and its first word ("Tyvak Nano-Satellite Systems" / "Tyvak"), or a
 *    known company's and one of its two words ("Goldman Sachs" / "Goldman"),
 *  - a person's full name and a shorter tail of it ("Sirgoo Lee" / "Lee", "Joel Eriksson Ek" /
 *    "Eriksson Ek"), or the same name with a short given name ("Joshua Apte" / "Josh Apte").
 * Names nested in longer names stay separate: "Daum Kakao" is not "Daum" or "Kakao".
 */
import type { EntityType, TextSource } from '../report';
import { addVotes, emptyVotes, entityType, TAGGER_VOTE, TOWN_VOTE, type Votes } from './classify';
import { isTown } from './towns';
import { lookup, type GazetteerHit } from './gazetteer';
import { ORG_HEADS, STORM_KINDS, TOWN_RIVER_JOINTS } from './lexicon';
import type { NameSpan } from './recognize';
import type { Role } from './roles';
import { initials, isDateline, spellsAcronym } from './shape';
import { isTeam } from './teams';
import type { Token } from './tokens';

/** One mention found by any recogniser, with what we need to merge and type it. */
export interface Found {
  source: TextSource;
  tokens: readonly Token[];
  from: number;
  to: number;
  start: number;
  end: number;
  surface: string;
  key: string;
  /** Set by the pattern recognisers (money, dates, laws): no vote can change it. */
  fixedType?: EntityType;
  name?: NameSpan;
  votes: Votes;
  roles: Role[];
  /** Lower-case words of the surface, for tail matching. */
  words: string[];
  /** A description that refers back to a name ("the company", nominals.ts), not a name. */
  nominal?: boolean;
  /** A one-word name kept only as the short form of a longer one (index.ts): it must join it. */
  shortForm?: boolean;
  /** A short form of a known name ("Calif." for California, states.ts): never the entity's name. */
  abbreviates?: string;
}

export interface Group {
  mentions: Found[];
  votes: Votes;
  fixedType?: EntityType;
  gazetteer?: GazetteerHit;
}

/** Suffixes a company name may carry or drop ("SoftBank Group Corp" is "SoftBank"). */
const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc',
  'group', 'holdings', 'ag', 'sa', 'gmbh', 'nv', 'limited', 'company', 'airline',
]);

/**
 * Last words of a company's full name that the text drops once it has given it: "Tyvak
 * Nano-Satellite Systems" is "Tyvak" later on, "Firefly Aerospace" is "Firefly". Companies
 * only: "Justice Department" is not "Justice".
 */
const COMPANY_HEADS: ReadonlySet<string> = new Set([
  'systems', 'technologies', 'technology', 'industries', 'enterprises', 'solutions', 'labs',
  'motors', 'airlines', 'airways', 'aerospace', 'robotics', 'pharmaceuticals', 'therapeutics',
  'biosciences', 'entertainment', 'studios', 'communications', 'networks', 'electronics',
  'foods', 'brands', 'energy', 'logistics', 'software', 'semiconductor', 'games',
]);

/** Head words a school's name drops once it has given it ("Harvard University" is "Harvard"). */
const SCHOOL_HEADS: ReadonlySet<string> = new Set(['university', 'college']);

/** Heads of government bodies named "X Department" or "Department of X". */
const BODY_HEADS: ReadonlySet<string> = new Set(['department', 'ministry', 'bureau']);

/**
 * One key for "Justice Department" and "Department of Justice" ("department:justice"), with
 * the United States' name dropped in front ("U.S. Department of Justice"); null for others.
 */
function bodyKey(words: readonly string[]): string | null {
  let w = words;
  if (w[0] === 'us') w = w.slice(1);
  else if (w[0] === 'united' && w[1] === 'states') w = w.slice(2);
  if (w.length >= 3 && BODY_HEADS.has(w[0]!) && w[1] === 'of') {
    const rest = w[2] === 'the' ? w.slice(3) : w.slice(2);
    return rest.length > 0 ? `${w[0]}:${rest.join(' ')}` : null;
  }
  if (w.length >= 2 && BODY_HEADS.has(w[w.length - 1]!)) return `${w[w.length - 1]}:${w.slice(0, -1).join(' ')}`;
  return null;
}

/** Adds `value` to the list under `key`, starting the list when there is none. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Surface normalised for grouping: one space, straight apostrophes, no periods. */
export function keyOf(surface: string): string {
  return surface.replace(/\s+/g, ' ').replace(/[’ʼ]/g, "'").replace(/\./g, '');
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    let c = i;
    while (this.parent[c] !== r) {
      const next = this.parent[c]!;
      this.parent[c] = r;
      c = next;
    }
    return r;
  }
  /** Joins b's set into a's. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[rb] = ra;
  }
}

/** Groups found mentions into entities (see the file comment). */
/** Words that may stand between ", " and "known as": "also", "better", "widely", "popularly". */
const KNOWN_AS_ADVERBS: ReadonlySet<string> = new Set(['also', 'better', 'widely', 'popularly', 'commonly']);

/**
 * Where the other name of ", known as X", ", also known as X", ", nicknamed X" after a name
 * ending at `to` starts, or -1.
 */
function knownAsAfter(tokens: readonly Token[], to: number): number {
  let k = to;
  if (tokens[k]?.text !== ',' && tokens[k]?.text !== '(') return -1;
  k++;
  if (KNOWN_AS_ADVERBS.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower === 'known' && tokens[k + 1]?.lower === 'as') k += 2;
  else if (tokens[k]?.lower === 'nicknamed') k++;
  else return -1;
  return tokens[k]?.cap ? k : -1;
}

export function mergeMentions(found: readonly Found[], opts: { chat?: boolean } = {}): Group[] {
  // 1. Same key, same group.
  const byKey = new Map<string, number>();
  const keys: string[] = [];
  const members: Found[][] = [];
  for (const f of found) {
    let g = byKey.get(f.key);
    if (g === undefined) {
      g = keys.length;
      byKey.set(f.key, g);
      keys.push(f.key);
      members.push([]);
    }
    members[g]!.push(f);
  }
  const uf = new UnionFind(keys.length);
  const nameKey = (words: string): number | undefined => byKey.get(`name:${words}`);

  // 1b. "HAYWARD" (a dateline) and "Hayward": a name the text also writes in capitals. Not
  // short capitals, which are acronyms of their own ("BART" is not "Bart"), unless they open
  // a dateline ("BAAR, SWITZERLAND").
  const shouted = (g: number): boolean => isShouted(keys[g]!, 5) || (isShouted(keys[g]!, 4) && members[g]!.some((f) => f.source === 'body' && isDateline(f.tokens, f.from, f.to)));
  const byFolded = new Map<string, number[]>();
  for (let g = 0; g < keys.length; g++) {
    if (keys[g]!.startsWith('name:') && !isShouted(keys[g]!, 1)) pushTo(byFolded, keys[g]!.toLowerCase(), g);
  }
  for (let g = 0; g < keys.length; g++) {
    if (!keys[g]!.startsWith('name:') || !shouted(g)) continue;
    const list = byFolded.get(keys[g]!.toLowerCase());
    if (list?.length === 1) uf.union(list[0]!, g);
  }
  // 1c. "jen" and "Jen": a name chat writes in lower case joins its one capitalised form. Not
  // elsewhere: a code page's "git" and "codegen" are commands and packages, not "Git".
  for (let g = 0; opts.chat && g < keys.length; g++) {
    const key = keys[g]!;
    if (!key.startsWith('name:') || key !== key.toLowerCase()) continue;
    const cased = (byFolded.get(key) ?? []).filter((o) => keys[o] !== key);
    if (cased.length === 1) uf.union(cased[0]!, g);
  }

  // 1c2. "Good Ventures" and "GoodVentures" (a card each in a forum thread, Zyte AEB): one
  // name written with and without its spaces or hyphens, six letters or more. Only names as
  // written: a known name or a team has its own key for a reason ("Boston" the club).
  const bySquashed = new Map<string, number[]>();
  for (let g = 0; g < keys.length; g++) {
    const f = members[g]![0]!;
    if (!f.name || f.fixedType || !keys[g]!.startsWith('name:')) continue;
    const squashed = f.words.join('').replace(/[-‐]/g, '');
    if (squashed.length >= 6) pushTo(bySquashed, squashed, g);
  }
  for (const list of bySquashed.values()) {
    const spacings = new Set(list.map((g) => members[g]![0]!.words.length));
    if (spacings.size > 1) for (const g of list.slice(1)) uf.union(list[0]!, g);
  }

  // 1d. "Boston 121 Miami 89" and "the Boston Celtics": a club on a results line named as its
  // town joins the one team of that town the text names in full (index.ts keys it "team:").
  // So does its nickname alone, in prose or in a headline in capitals ("the Celtics",
  // "CELTICS ROUT HEAT").
  const teamsByTown = new Map<string, number[]>();
  const teamsByNickname = new Map<string, number[]>();
  for (let g = 0; g < keys.length; g++) {
    const f = members[g]![0]!;
    if (!f.name || f.words.length < 2 || !isTeam(f.tokens.slice(f.from, f.to).filter((t) => t.kind === 'word'))) continue;
    for (let n = 1; n < f.words.length; n++) pushTo(teamsByTown, f.words.slice(0, n).join(' '), g);
    pushTo(teamsByNickname, f.words[f.words.length - 1]!, g);
  }
  for (let g = 0; g < keys.length; g++) {
    const f = members[g]![0]!;
    const byTown = keys[g]!.startsWith('team:');
    if (!byTown && !(keys[g]!.startsWith('name:') && f.name && f.words.length === 1)) continue;
    const list = (byTown ? teamsByTown : teamsByNickname).get(f.words.join(' '));
    if (list?.length === 1 && list[0] !== g) uf.union(list[0]!, g);
  }
  // 1e. "SURREY CLINCH TITLE" over "Surrey beat Hampshire": where the text names a club as its
  // town (keyed "team:"), the town's name in a headline in capitals, which says nothing of
  // its own, is the club too. Not where the town is named in prose or in a dateline, which
  // puts the city in the story ("LIVERPOOL, England" over "Liverpool thrashed Tottenham").
  for (let g = 0; g < keys.length; g++) {
    if (!keys[g]!.startsWith('team:')) continue;
    const town = byKey.get(`gaz:${keys[g]!.slice('team:'.length)}`);
    if (town !== undefined && members[town]!.every((f) => f.name?.weak && !isDateline(f.tokens, f.from, f.to))) uf.union(g, town);
  }

  // 2. "Full Name (ACRO)" and acronyms that spell a name used in the same text.
  const acronymGroups = new Map<string, number>();
  for (let g = 0; g < keys.length; g++) {
    const f = members[g]![0]!;
    if (f.name && f.to - f.from === 1 && f.tokens[f.from]!.acronym && !f.fixedType) acronymGroups.set(f.words[0]!.replace(/\./g, ''), g);
  }
  for (const f of found) {
    if (!f.name || f.fixedType || f.words.length < 2) continue;
    const g = byKey.get(f.key)!;
    const open = f.tokens[f.to];
    const acro = f.tokens[f.to + 1];
    const close = f.tokens[f.to + 2];
    if (open?.text === '(' && acro?.acronym && close?.text === ')') {
      const a = acronymGroups.get(acro.lower.replace(/\./g, ''));
      if (a !== undefined && spellsAcronym(acro.lower.replace(/\./g, ''), f.words)) uf.union(g, a);
    }
  }
  // A name the gazetteer knows joins only when it knows it as nothing else: "FTC" is known
  // alone, so "Federal Trade Commission" in the same story is what it stands for (they were
  // two cards); "AP" is known as the Associated Press and joins nothing else.
  const spelled = new Map<string, number[]>();
  for (let g = 0; g < keys.length; g++) {
    const f = members[g]![0]!;
    if (!f.name || f.fixedType || f.words.length < 2 || !knownOnlyAsItself(f)) continue;
    const init = initials(f.words);
    if (init.length < 2) continue;
    pushTo(spelled, init, g);
  }
  for (const [acronym, a] of acronymGroups) {
    const list = spelled.get(acronym);
    if (list && list.length === 1 && knownOnlyAsItself(members[a]![0]!)) uf.union(list[0]!, a);
  }

  // 2b. "Mohamed Hamdan Dagalo, known as Hemedti": a name and what the text says it is also
  // called are one entity ("Hemedti" was a place card of its own).
  const nameAt = new Map<number, number>();
  for (const f of found) if (f.name && !f.fixedType && f.source === 'body') nameAt.set(f.from, byKey.get(f.key)!);
  for (const f of found) {
    if (!f.name || f.fixedType || f.source !== 'body') continue;
    const after = knownAsAfter(f.tokens, f.to);
    const other = after >= 0 ? nameAt.get(after) : undefined;
    if (other !== undefined) uf.union(byKey.get(f.key)!, other);
  }

  // 3. "Kakao Group" and "Kakao".
  for (let g = 0; g < keys.length; g++) {
    const f = members[g]![0]!;
    if (!f.name || f.fixedType || f.words.length < 2) continue;
    const surfaceWords = f.surface.split(' ');
    let n = surfaceWords.length;
    while (n > 1 && CORPORATE_SUFFIXES.has(surfaceWords[n - 1]!.toLowerCase())) n--;
    if (n === surfaceWords.length) continue;
    // "Google, Inc." is "Google".
    const baseSurface = surfaceWords.slice(0, n).join(' ').replace(/,$/, '');
    const hit = lookup(baseSurface);
    // Not a demonym's country: "Turkish Airlines" is not Turkey.
    const base = nameKey(keyOf(baseSurface)) ?? (hit && !hit.demonym ? byKey.get(`gaz:${hit.canonical}`) : undefined);
    if (base !== undefined) uf.union(g, base);
  }

  // 3b. "Harvard University" and "Harvard", "Carnegie Mellon University" and "Carnegie Mellon"
  // (a person on its own, WCXB): a school without its head word. Not a known place, whose
  // mentions group under the gazetteer ("Indiana University" is not Indiana), nor a surname
  // the text gives a person ("Brown University" and "Jerry Brown … Brown").
  const tails = new Set<string>();
  for (let g = 0; g < keys.length; g++) {
    const f = members[g]![0]!;
    if (!f.name || f.words.length < 2 || SCHOOL_HEADS.has(f.words[f.words.length - 1]!)) continue;
    for (let k = 1; k < f.words.length; k++) tails.add(f.words.slice(k).join(' '));
  }
  for (let g = 0; g < keys.length; g++) {
    const f = members[g]![0]!;
    // A school's own name is one or two words; "Colonial Van Lines University" is a company's course.
    if (!f.name || f.fixedType || f.words.length < 2 || f.words.length > 3 || !SCHOOL_HEADS.has(f.words[f.words.length - 1]!)) continue;
    const baseKey = keyOf(f.surface).split(' ').slice(0, -1).join(' ');
    const base = nameKey(baseKey);
    if (base !== undefined && !members[base]![0]!.name?.gazetteer && !tails.has(baseKey.toLowerCase())) uf.union(g, base);
  }

  // 3c. "Justice Department" and "(U.S.) Department of Justice", "Interior Department" and
  // "Department of the Interior": one body written both ways (USA Today had two cards).
  const bodies = new Map<string, number[]>();
  for (let g = 0; g < keys.length; g++) {
    const f = members[g]![0]!;
    if (!f.name || f.fixedType) continue;
    const key = bodyKey(keyOf(f.surface).toLowerCase().split(' '));
    if (key) pushTo(bodies, key, g);
  }
  for (const list of bodies.values()) for (const g of list.slice(1)) uf.union(list[0]!, g);

  // 3d. "House Intelligence Committee" and "the Intelligence Committee" (two cards in a
  // Politico story, Zyte AEB): a body named without the one or two words its longer name opens
  // on, when one longer name in the text ends so. Not a name the gazetteer knows alone: "the
  // Supreme Court" beside "the Texas Supreme Court" may be another court.
  const bodiesByTail = new Map<string, number[]>();
  for (let g = 0; g < keys.length; g++) {
    const f = members[g]![0]!;
    if (!f.name || f.fixedType || f.words.length < 3 || !ORG_HEADS.has(f.words[f.words.length - 1]!)) continue;
    for (let n = 1; n <= 2 && f.words.length - n >= 2; n++) pushTo(bodiesByTail, f.words.slice(n).join(' '), g);
  }
  for (let g = 0; g < keys.length; g++) {
    const f = members[g]![0]!;
    if (!f.name || f.fixedType || f.name.gazetteer || f.words.length < 2 || lookup(f.surface)) continue;
    const list = bodiesByTail.get(f.words.join(' '));
    if (list?.length === 1 && list[0] !== g) uf.union(list[0]!, g);
  }

  // 4. "Tyvak Nano-Satellite Systems" and "Tyvak": a one-word name that opens exactly one
  // company's full name. Not a known name ("Amazon" is not "Amazon Web Services", "Dubai"
  // not "Dubai Airports"), and not when the rest is a name of its own ("Daum Kakao").
  const companiesByFirst = new Map<string, number[]>();
  for (let g = 0; g < keys.length; g++) {
    const f = members[g]![0]!;
    if (!f.name || f.fixedType || f.words.length < 2 || f.name.gazetteer) continue;
    if (!COMPANY_HEADS.has(f.words[f.words.length - 1]!)) continue;
    pushTo(companiesByFirst, f.words[0]!, g);
  }
  // A lone word the gazetteer does not know joins the one longer name listed under it.
  const joinLoneWords = (byWord: ReadonlyMap<string, number[]>, skip?: (g: number) => boolean): void => {
    for (let g = 0; g < keys.length; g++) {
      const f = members[g]![0]!;
      if (!f.name || f.fixedType || f.words.length !== 1 || f.name.gazetteer || lookup(f.surface)) continue;
      if (skip?.(g)) continue;
      const list = byWord.get(f.words[0]!);
      if (list?.length === 1) uf.union(list[0]!, g);
    }
  };
  // Not a word its own context calls no name: "major Western capitals" is not Western Union.
  const callsNoName = (g: number): boolean => members[g]!.some((m) => entityType(m.votes) === 'misc');
  joinLoneWords(companiesByFirst, callsNoName);

  // 4a. "Braunau am Inn" and "Braunau": a town named by its river, then by itself.
  const townsByFirst = new Map<string, number[]>();
  for (let g = 0; g < keys.length; g++) {
    const f = members[g]![0]!;
    if (!f.name || f.fixedType || f.words.length !== 3 || !TOWN_RIVER_JOINTS.has(f.words[1]!)) continue;
    pushTo(townsByFirst, f.words[0]!, g);
  }
  joinLoneWords(townsByFirst);

  // 4b. "Instagram Reels" and "Reels", "QuickBooks Online" and "Online": a model of a known
  // product, then its own word alone (the lone word stood as a person of its own on WCXB pages
  // once the model was typed a product). Only when one model of the text ends in that word.
  // A known maker's model number too: "Airbus A350" and "A350" (an organization of its own).
  const modelsByLast = new Map<string, number[]>();
  for (let g = 0; g < keys.length; g++) {
    const f = members[g]![0]!;
    if (!f.name || f.fixedType || f.words.length !== 2) continue;
    const maker = lookup(f.surface.split(' ')[0]!)?.type;
    if (maker === 'product' || (maker === 'organization' && MODEL_NUMBER.test(f.words[1]!))) pushTo(modelsByLast, f.words[1]!, g);
  }
  joinLoneWords(modelsByLast);

  // 4c. "Goldman Sachs" and "Goldman", "Novo Nordisk" and "Novo", "Eli Lilly" and "Lilly": a
  // known company named for its founders, then by the first or the last of its two words (the
  // lone word stood as a person of its own, business news in WCXB). Only a word no list knows
  // ("American Airlines" is not "American"), only for the one company it names, and not a word
  // that ends another name ("Stephen King … King" beside "Burger King").
  // Not a school by its initials and its town ("UC Berkeley" and "Location: Berkeley, California").
  const companiesByWord = new Map<string, number[]>();
  const otherEnds = new Set<string>();
  for (let g = 0; g < keys.length; g++) {
    const f = members[g]![0]!;
    if (!f.name || f.fixedType || f.words.length < 2) continue;
    const namedForPeople = f.words.length === 2 && f.name.gazetteer?.type === 'organization' && f.surface.split(' ').every((w) => /^\p{Lu}\p{Ll}/u.test(w));
    if (namedForPeople) for (const w of new Set(f.words)) pushTo(companiesByWord, w, g);
    else otherEnds.add(f.words[f.words.length - 1]!);
  }
  for (const w of otherEnds) companiesByWord.delete(w);
  joinLoneWords(companiesByWord, callsNoName);

  // 4d. "Hurricane Melissa" and "Melissa", "Typhoon Kalmaegi" and "Kalmaegi": a storm named
  // with its kind, then by its name alone (the lone name was a person of its own, GMB's and
  // UNER's storm news). Only the one storm of that name in the text.
  const stormsByName = new Map<string, number[]>();
  for (let g = 0; g < keys.length; g++) {
    const f = members[g]![0]!;
    if (!f.name || f.fixedType || f.words.length < 2 || !STORM_KINDS.has(f.words[0]!)) continue;
    let k = 1;
    while (k < f.words.length - 1 && STORM_KINDS.has(f.words[k]!)) k++;
    if (k === f.words.length - 1) pushTo(stormsByName, f.words[k]!, g);
  }
  joinLoneWords(stormsByName);

  // Collapse unions into groups.
  const groups = new Map<number, Group>();
  for (let g = 0; g < keys.length; g++) {
    const root = uf.find(g);
    let group = groups.get(root);
    if (!group) {
      group = { mentions: [], votes: emptyVotes() };
      groups.set(root, group);
    }
    for (const f of members[g]!) {
      group.mentions.push(f);
      if (f.fixedType) group.fixedType = f.fixedType;
      if (f.name?.gazetteer && !group.gazetteer) group.gazetteer = f.name.gazetteer;
    }
  }
  // A name shouted in a headline in capitals says nothing of what it is that the same name
  // written in the body does not say better: "CRICKET - SURREY CLINCH TITLE" voted for the
  // county over the side that "Surrey beat Hampshire" makes it. (Title Case headings do vote:
  // left out, "Cynthia Woods Mitchell Pavilion" became a person on Zyte AEB.)
  for (const group of groups.values()) {
    const written = new Set(group.mentions.filter((f) => !f.name?.weak).map((f) => f.surface));
    // The tagger gives a surface one type per document (unifyTypes), so its vote counts once
    // per surface, not once per mention: "Wiz" said twice outvoted "cloud security company Wiz"
    // (a person, news-dev's US tech).
    const taggerCounted = new Set<string>();
    for (const f of group.mentions) {
      if (isShoutedCopy(f, written)) continue;
      addVotes(group.votes, f.votes);
      const tagged = f.name?.tagged;
      if (!tagged) continue;
      if (taggerCounted.has(f.surface)) group.votes[tagged] -= TAGGER_VOTE;
      else taggerCounted.add(f.surface);
    }
  }
  return mergePersonTails([...groups.values()]);
}

/** A headline's "SURREY" where the body writes "Surrey" (`written`: the body's surfaces). */
function isShoutedCopy(f: Found, written: ReadonlySet<string>): boolean {
  if (!f.name?.weak || f.surface !== f.surface.toUpperCase()) return false;
  for (const w of written) if (w !== f.surface && w.toUpperCase() === f.surface) return true;
  return false;
}

/**
 * Votes for types other than person that come neither from the gazetteer nor from the tagger:
 * the tagger calls a lone "Assange" a place now and then, which must not keep him apart from
 * "Julian Assange".
 */
function ownNonPersonVotes(g: Group): number {
  const v = { ...g.votes };
  for (const m of g.mentions) if (m.name?.tagged) v[m.name.tagged] -= TAGGER_VOTE;
  // A town's name is a hint too: "Buckley" (a town in Wales) was kept apart from "Jessie
  // Buckley" on Zyte AEB.
  for (const m of g.mentions) if (m.name && !m.name.gazetteer && isTown(m.tokens, m.from, m.to)) v.place -= TOWN_VOTE;
  const gaz = g.gazetteer ? 5 : 0;
  return Math.max(v.organization, v.place, v.product, v.law) - gaz;
}

/** Full-name mentions of everyone who shares a surname, in text order. */
interface Namesakes {
  at: number[];
  owner: Group[];
}

/**
 * With several people of one surname, the one whose full name came last before `at` wins;
 * the first of them when none came before. One sorted list per surname and a binary search
 * per mention keep thousands of namesakes fast.
 */
function nearestBefore(owners: Group[], at: number, cache: Map<Group[], Namesakes>): Group {
  let list = cache.get(owners);
  if (!list) {
    const pairs: [number, Group][] = [];
    for (const p of owners) for (const m of p.mentions) pairs.push([position(m), p]);
    pairs.sort((x, y) => x[0] - y[0]);
    list = { at: pairs.map((x) => x[0]), owner: pairs.map((x) => x[1]) };
    cache.set(owners, list);
  }
  let lo = 0;
  let hi = list.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list.at[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list.owner[lo - 1]! : owners[0]!;
}

function position(f: Found): number {
  // Title mentions come before the body.
  return f.source === 'title' ? -1 : f.start;
}

/** Generational suffixes dropped before matching tails ("Patrick Carlineo Jr" → "Carlineo"). */
const GENERATIONAL: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

function withoutSuffix(words: readonly string[]): readonly string[] {
  let n = words.length;
  while (n > 1 && GENERATIONAL.has(words[n - 1]!)) n--;
  return n === words.length ? words : words.slice(0, n);
}

/** The words of a group's longest mention, without generational suffixes. */
function longestName(g: Group): readonly string[] {
  let longest: readonly string[] = [];
  for (const m of g.mentions) if (m.words.length > longest.length) longest = m.words;
  return withoutSuffix(longest);
}

/** Short forms of given names that are not their prefix ("Bill" for William). */
const NICKNAMES: ReadonlyMap<string, string> = new Map([
  ['bill', 'william'], ['billy', 'william'], ['will', 'william'], ['bob', 'robert'], ['bobby', 'robert'],
  ['rob', 'robert'], ['mike', 'michael'], ['jim', 'james'], ['jimmy', 'james'], ['dick', 'richard'],
  ['rick', 'richard'], ['andy', 'andrew'], ['drew', 'andrew'], ['tony', 'anthony'], ['ted', 'edward'],
  ['chuck', 'charles'], ['liz', 'elizabeth'], ['beth', 'elizabeth'], ['kate', 'katherine'],
  ['katie', 'katherine'], ['peggy', 'margaret'], ['jack', 'john'], ['hank', 'henry'], ['larry', 'lawrence'],
  ['bernie', 'bernard'], ['jerry', 'gerald'], ['sandy', 'alexandra'], ['becky', 'rebecca'], ['sue', 'susan'],
]);

/**
 * "Josh" of "Joshua", "Chris" of "Christopher", "Bill" of "William": a given name's short form,
 * three letters or more when it is a prefix ("Jo" is not "John").
 */
function isShortFormOf(short: string, formal: string): boolean {
  if (short === formal) return false;
  if (NICKNAMES.get(short) === formal) return true;
  return short.length >= 3 && formal.length > short.length && formal.startsWith(short);
}

/** A person's longest name without middle initials and generational suffixes. */
function fullName(p: Group): string | undefined {
  const words = longestName(p).filter((w, i) => i === 0 || w.length > 1);
  return words.length >= 2 ? words.join(' ') : undefined;
}

/** Votes one mention needs to make a lone surname clearly a person's: an age or a title, not a "said". */
const CLEAR_PERSON = 3;

/**
 * 4. A person's surname (or any tail of the full name) joins that person; so does a given name
 * used alone ("Tamerlan"), but only when one person in the text has it.
 */
function mergePersonTails(all: Group[]): Group[] {
  // Surnames the text itself shows to be people's ("Noel, 31, is charged"): a full name that
  // ends in one and has only a hint against it is that person ("prosecutors alleged that Tova
  // Noel and Michael Thomas…", where the tagger called "Tova Noel" an organization; Zyte AEB).
  const personWords = new Set<string>();
  for (const g of all) {
    if (!g.fixedType && g.mentions.every((m) => m.words.length === 1) && entityType(g.votes) === 'person' && g.mentions.some((m) => m.votes.person >= CLEAR_PERSON)) {
      personWords.add(g.mentions[0]!.words[0]!);
    }
  }
  let persons: Group[] = [];
  for (const g of all) {
    if (g.fixedType || g.mentions.every((m) => m.words.length < 2)) continue;
    const type = entityType(g.votes);
    const hinted = Math.max(...Object.values(g.votes)) <= TAGGER_VOTE && personWords.has(longestName(g).at(-1) ?? '');
    if (type === 'person' || hinted) persons.push(g);
  }
  // "Patrick W. Carlineo Jr" and "Patrick Carlineo" are one person.
  const byFullName = new Map<string, Group>();
  const absorbed = new Set<Group>();
  /** `p` is `into` after all: its mentions and votes move over, and it leaves the list. */
  const absorb = (into: Group, p: Group): void => {
    into.mentions.push(...p.mentions);
    addVotes(into.votes, p.votes);
    absorbed.add(p);
  };
  for (const p of persons) {
    const full = fullName(p);
    const q = full ? byFullName.get(full) : undefined;
    if (q) absorb(q, p);
    else if (full) byFullName.set(full, p);
  }
  // "Josh Apte" is "Joshua Apte" (two people in a Vox story, Zyte AEB): one surname, and a
  // given name that is the other's short form. The formal name keeps the entity.
  const bySurname = new Map<string, Group[]>();
  for (const p of persons) {
    const words = fullName(p)?.split(' ');
    if (!words || absorbed.has(p)) continue;
    pushTo(bySurname, words.slice(1).join(' '), p);
  }
  for (const list of bySurname.values()) {
    // A page of namesakes is a list, not one person's story: leave it (and stay linear).
    if (list.length < 2 || list.length > 8) continue;
    const byLength = [...list].sort((a, b) => fullName(b)!.length - fullName(a)!.length);
    for (const short of byLength) {
      const formal = byLength.find((q) => q !== short && !absorbed.has(q) && isShortFormOf(fullName(short)!.split(' ')[0]!, fullName(q)!.split(' ')[0]!));
      if (formal && !absorbed.has(short)) absorb(formal, short);
    }
  }
  // "Eriksson Ek" is "Joel Eriksson Ek" (two people on a Pioneer Press hockey report, Zyte
  // AEB): a person always named by the last words of one other person's longer name.
  const longTails = new Map<string, Group[]>();
  for (const p of persons) {
    if (absorbed.has(p)) continue;
    const words = longestName(p);
    for (let k = 1; k < words.length - 1; k++) pushTo(longTails, words.slice(k).join(' '), p);
  }
  for (const p of persons) {
    if (absorbed.has(p)) continue;
    const name = p.mentions[0]!.words.join(' ');
    const owners = longTails.get(name)?.filter((o) => o !== p && !absorbed.has(o));
    if (owners?.length === 1 && p.mentions.every((m) => m.words.join(' ') === name)) absorb(owners[0]!, p);
  }
  persons = persons.filter((p) => !absorbed.has(p));
  const groups = all.filter((g) => !absorbed.has(g));
  const tails = new Map<string, Group[]>();
  const givenNames = new Map<string, Set<Group>>();
  for (const p of persons) {
    const seen = new Set<string>();
    for (const m of p.mentions) {
      const words = withoutSuffix(m.words);
      if (words.length < 2) continue;
      const given = givenNames.get(words[0]!) ?? new Set<Group>();
      given.add(p);
      givenNames.set(words[0]!, given);
      for (let k = 1; k < words.length; k++) {
        const tail = words.slice(k).join(' ');
        if (seen.has(tail)) continue;
        seen.add(tail);
        pushTo(tails, tail, p);
      }
    }
  }
  const personSet = new Set(persons);
  const positions = new Map<Group[], Namesakes>();
  const out: Group[] = [];
  for (const g of groups) {
    const words = g.mentions[0]!.words;
    let owners: Group[] | undefined;
    if (!g.fixedType && !personSet.has(g)) {
      owners = tails.get(words.join(' '));
      if (owners && isInitialsInProse(g)) owners = owners.filter((o) => writesInCapitals(o, g.mentions[0]!.surface));
      if (owners?.length === 0) owners = undefined;
      const given = words.length === 1 ? givenNames.get(words[0]!) : undefined;
      if (!owners && given?.size === 1 && ownNonPersonVotes(g) < 1) owners = [...given];
    }
    // Being part of a person's name outweighs context cues; only a head word or a
    // gazetteer-strength cue keeps a tail apart ("Jordan" the country next to "Michael Jordan").
    if (!owners || ownNonPersonVotes(g) >= 4) {
      out.push(g);
      continue;
    }
    for (const m of g.mentions) {
      const owner = owners.length === 1 ? owners[0]! : nearestBefore(owners, position(m), positions);
      owner.mentions.push(m);
      addVotes(owner.votes, m.votes);
    }
  }
  return out;
}

/**
 * Capitals in running text spell initials, not a surname: "The UN chief" is not Kim Jong Un
 * (it had joined him, the wire copy's world news), unless the full name writes them so too
 * ("Roth IRA" … "IRA"). A headline's capitals ("VANCE SAYS") are weak mentions, and still join.
 */
function isInitialsInProse(g: Group): boolean {
  return g.mentions.every((m) => !m.name?.weak && m.to - m.from === 1 && m.tokens[m.from]!.acronym);
}

/** Whether a person's name has `word` in it as written ("Roth IRA" has "IRA"; "Kim Jong Un" has no "UN"). */
function writesInCapitals(person: Group, word: string): boolean {
  return person.mentions.some((m) => m.surface.split(' ').includes(word));
}

/** A model number: letters and digits, the digits last ("a350", "x5", "rtx4090"; lower-cased words). */
const MODEL_NUMBER = /^[a-z]{1,4}-?\d{1,4}[a-z]?$/;

/** A mention no list knows, or one an organization list knows under its own name only. */
function knownOnlyAsItself(f: Found): boolean {
  const hit = f.name?.gazetteer;
  return !hit || (hit.type === 'organization' && hit.canonical === f.surface);
}

/** A name key in capitals with at least `minLetters` letters ("name:HAYWARD", "name:ST JOSEPH"). */
function isShouted(key: string, minLetters: number): boolean {
  const letters = key.slice('name:'.length).replace(/[^\p{L}]/gu, '');
  return letters.length >= minLetters && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
