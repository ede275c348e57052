/**
 * Names listed together are usually of one kind: "Britain, France and Germany", "Draper,
 * Lockheed Martin, and Northrop Grumman". When most members of a list of three or more are
 * clearly typed, a member with only weak evidence of its own (a tagger hint, the shape of a
 * personal name) takes their type as a strong vote. Two-name pairs say little ("Taylor Swift
 * and Big Machine" are a singer and a label), so they are left alone, unless a plural head
 * after the list names its members' kind: "Barry, Calhoun, Cass and Van Buren counties",
 * "Hyundai and Kia automakers", or one before it introduces them ("companies like Scharffen
 * Berger, TCHO"), or one later in the sentence refers back to them ("… accusing the companies").
 */
import { entityType, type NameType } from './classify';
import type { Found, Group } from './merge';
import { SAY_VERBS } from './lexicon';
import { isPossessive } from './shape';
import type { Token } from './tokens';

/** Tokens allowed between two members of a list. */
const LIST_JOINTS: ReadonlySet<string> = new Set([',', 'and', 'or', '&']);
/** At most this many joint tokens between members (", and"). */
const MAX_JOINT = 2;
/** A list has at least this many names. */
const MIN_MEMBERS = 3;
/** A group whose best type has at least this many votes is clearly typed. */
const CLEAR = 4;
/** A member is open to its list's type while its own best type has fewer votes than this. */
const WEAK = 3;
/** What the list's type is worth to a weak member: a role's weight. */
const LIST_VOTE = 3;
/** Plural heads after a list that name its members' kind: a head word's weight. */
const PLURAL_HEADS: ReadonlyMap<string, NameType> = new Map([
  ...['counties', 'states', 'provinces', 'cities', 'towns', 'villages', 'regions', 'districts', 'countries', 'islands', 'rivers', 'parishes', 'municipalities', 'prefectures'].map(
    (w): [string, NameType] => [w, 'place'],
  ),
  // "the rival DZ Mafia and Yoda gangs" (Yoda was a person, news written for the tests)
  ...['companies', 'firms', 'banks', 'agencies', 'universities', 'carriers', 'airlines', 'automakers', 'newspapers', 'ministries', 'gangs', 'cartels', 'parties', 'unions'].map(
    (w): [string, NameType] => [w, 'organization'],
  ),
  // "its Blackwell and Rubin chips" (Blackwell was a person)
  ...['chips', 'processors', 'phones', 'smartphones', 'consoles', 'laptops', 'vaccines', 'drugs'].map((w): [string, NameType] => [w, 'product']),
]);
const HEAD_VOTE = 4;
/** Tokens a name may stand before the plural head of its list: "Barry, Berrien, … and Van Buren counties". */
const MAX_LIST_REACH = 24;

/**
 * The kind a plural head names when the tokens from `to` on are the rest of a list (list
 * joints and capitalised words) ending in one: "Berrien" in "Barry, Berrien, Calhoun, Cass,
 * Kalamazoo and Van Buren counties". Lets a name the tagger denied stay for its list to type
 * (index.ts); the scan is bounded.
 */
export function listHeadAfter(tokens: readonly Token[], to: number): NameType | undefined {
  const sent = tokens[to - 1]?.sent;
  for (let k = to, n = 0; k < tokens.length && n < MAX_LIST_REACH && tokens[k]!.sent === sent; k++, n++) {
    const t = tokens[k]!;
    if (LIST_JOINTS.has(t.lower) || (t.kind === 'word' && t.cap)) continue;
    return k > to ? PLURAL_HEADS.get(t.lower) : undefined;
  }
  return undefined;
}

/** Words between "the" and a plural head that refers back to a list: "the two companies". */
const COUNT_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'both']);
/** Tokens after a list within which "the companies" may refer back to it. */
const MAX_REFERENCE_REACH = 16;

/**
 * The kind a plural head names when it refers back to the list that ends at `to`, later in the
 * same sentence: "sued Johnson & Johnson and Kenvue on Tuesday, accusing the companies of…"
 * (Kenvue was a person), "both firms", "the two banks".
 */
function referenceAfter(tokens: readonly Token[], to: number): NameType | undefined {
  const sent = tokens[to - 1]?.sent;
  for (let k = to; k < tokens.length && k - to < MAX_REFERENCE_REACH && tokens[k]!.sent === sent; k++) {
    const opener = tokens[k]!.lower;
    if (opener !== 'the' && opener !== 'both') continue;
    const at = COUNT_WORDS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    const head = PLURAL_HEADS.get(tokens[at]?.lower ?? '');
    if (head && tokens[at]!.sent === sent) return head;
  }
  return undefined;
}

/**
 * The kind a plural head names when it introduces the list that starts at `from`: "companies
 * like Scharffen Berger, TCHO" (Scharffen Berger was a person, UNER), "countries such as
 * Chad and Niger", "banks including HSBC and Barclays".
 */
function headBefore(tokens: readonly Token[], from: number): NameType | undefined {
  const link = tokens[from - 1]?.lower;
  let at = from - 2;
  if (link === 'as' && tokens[at]?.lower === 'such') at--;
  else if (link !== 'like' && link !== 'including') return undefined;
  const head = tokens[at];
  return head?.sent === tokens[from]!.sent && !head.cap ? PLURAL_HEADS.get(head.lower) : undefined;
}

function topVote(g: Group): number {
  return Math.max(...Object.values(g.votes));
}

/** Body mentions in runs joined only by commas and "and"/"or", two names or more. */
function findLists(groups: readonly Group[]): Found[][] {
  const mentions: Found[] = [];
  for (const g of groups) if (!g.fixedType) for (const m of g.mentions) if (m.source === 'body') mentions.push(m);
  mentions.sort((a, b) => a.from - b.from);
  const lists: Found[][] = [];
  let run: Found[] = [];
  for (const m of mentions) {
    const prev = run[run.length - 1];
    if (prev && joined(prev, m)) run.push(m);
    else {
      if (run.length >= 2) lists.push(run);
      run = [m];
    }
  }
  if (run.length >= 2) lists.push(run);
  return lists;
}

function joined(a: Found, b: Found): boolean {
  // A member may carry a possessive: "Ford, Macy’s, Kellogg’s, NBC, Fox and others" (Fox was
  // a person), "Facebook's, Google's and Twitter's rules".
  const from = isPossessive(a.tokens[a.to]) ? a.to + 1 : a.to;
  const gap = b.from - from;
  if (gap < 1 || gap > MAX_JOINT || a.tokens[a.from]!.sent !== b.tokens[b.from]!.sent) return false;
  for (let k = from; k < b.from; k++) if (!LIST_JOINTS.has(a.tokens[k]!.lower)) return false;
  return true;
}

function closesWithConjunction(list: readonly Found[]): boolean {
  const [a, b] = list.slice(-2) as [Found, Found];
  for (let k = a.to; k < b.from; k++) if (a.tokens[k]!.text !== ',' && !isPossessive(a.tokens[k])) return true;
  return false;
}

/**
 * The subject that follows a place and its country, with commas only between them, is no
 * member of their list: "Speaking from his base in Damascus, Syria, Khaled Mashaal said"
 * (Mashaal was a place, GMB). A list of three that says something closes with "and".
 */
function withoutSpeaker(list: Found[]): Found[] {
  const last = list[list.length - 1]!;
  const next = last.tokens[last.to];
  return !closesWithConjunction(list) && next !== undefined && SAY_VERBS.has(next.lower) ? list.slice(0, -1) : list;
}

/** Adds each list's type to its weakly typed members, and a plural head's to all its members. */
export function typeListMembers(groups: readonly Group[]): void {
  const groupOf = new Map<Found, Group>();
  for (const g of groups) for (const m of g.mentions) groupOf.set(m, g);
  const extra = new Map<Group, NameType>();
  const headed = new Map<Group, NameType>();
  for (const found of findLists(groups)) {
    const list = withoutSpeaker(found);
    const members = [...new Set(list.map((m) => groupOf.get(m)!))];
    const last = list[list.length - 1]!;
    const head = PLURAL_HEADS.get(last.tokens[last.to]?.lower ?? '') ?? headBefore(list[0]!.tokens, list[0]!.from);
    if (head) {
      for (const g of members) if (!headed.has(g)) headed.set(g, head);
      continue;
    }
    // A plural that refers back is a weaker sign than a head: it types weak members only, and
    // only when a member is clearly of its kind ("Maria Lopez and Kenji Sato …, the companies
    // said" names no company).
    const referred = referenceAfter(last.tokens, last.to);
    if (referred && members.some((g) => topVote(g) >= CLEAR && entityType(g.votes) === referred)) {
      for (const g of members) if (topVote(g) < WEAK && !extra.has(g)) extra.set(g, referred);
      continue;
    }
    if (members.length < MIN_MEMBERS) continue;
    // Per type: members whose best type it is, and those of them clearly typed.
    const counts = new Map<NameType, { all: number; clear: number }>();
    for (const g of members) {
      if (topVote(g) <= 0) continue;
      const type = entityType(g.votes) as NameType;
      const c = counts.get(type) ?? { all: 0, clear: 0 };
      c.all++;
      if (topVote(g) >= CLEAR) c.clear++;
      counts.set(type, c);
    }
    for (const [type, c] of counts) {
      // Most of the list, and at least two names, agree: two clearly, or one clearly and
      // the others with hints of their own ("Disney, Pixar, Marvel, and Star Wars").
      if (c.clear < 1 || c.all < 2 || (c.clear < 2 && c.all < 3) || 2 * c.all <= members.length || type === 'misc') continue;
      for (const g of members) if (topVote(g) < WEAK && !extra.has(g)) extra.set(g, type);
    }
  }
  for (const [g, type] of extra) g.votes[type] += LIST_VOTE;
  for (const [g, type] of headed) g.votes[type] += HEAD_VOTE;
}
