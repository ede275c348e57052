/**
 * "Daum Kakao" … "the company": a definite description of a company refers back to the
 * company the text named last, when the text makes that clear. Clear means:
 *  - the description is "the [modifier…] company" (or firm, automaker, tech giant…), not "a
 *    company", and not one that a name or a clause goes on to pick out ("the company
 *    Kakao", "the company that owns it": those introduce a referent of their own);
 *  - the referent is a company by its own evidence: a corporate name ("… Inc", "… Group",
 *    "… Systems"), a company role ("Korean Internet giant Daum Kakao"), or the words news puts
 *    only after companies ("Alibaba shares", "Daum Kakao CEO");
 *  - it is the last organization named before the description, not counting public bodies
 *    (agencies, courts, police, acronyms with no company evidence: "the SEC charged Acme
 *    Corp … the company agreed" is Acme). Any other organization named since, company or
 *    not, leaves it unclear ("Emirates … Airbus … the French manufacturer" is Airbus, whom
 *    nothing marked a company);
 *  - it was named in the last few sentences, and no other organization in the same sentence
 *    ("a merger between Kakao and Daum. The company …" names no one).
 * A body described by the head noun of its name refers back the same way, farther: "the
 * Daejeon Provincial Police Agency" … "the police agency", "the European Space Agency" …
 * "The agency said", if no other body named with that noun came between.
 * Pronouns ("it", "he") are left alone: a wrong link is worse than none.
 */
import type { Group } from './merge';
import { RELATIVES } from './roles';
import { isPossessive } from './shape';
import type { Token } from './tokens';

/** Nouns that describe any company. */
const COMPANY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'corporation', 'conglomerate', 'startup', 'start-up', 'giant']);

/**
 * Nouns for one kind of company: they refer back only to a company the text gave that noun
 * ("Emirates Airline" … "the airline"; a law firm named last is not "the airline").
 */
const KIND_NOUNS: ReadonlySet<string> = new Set([
  'automaker', 'carmaker', 'chipmaker', 'retailer', 'airline', 'insurer', 'lender', 'manufacturer', 'maker', 'bank',
]);

/** Role words that make a name a company's ("Korean Internet giant", "maker of KakaoTalk", "an Internet portal"). */
const COMPANY_ROLE_WORDS: ReadonlySet<string> = new Set([
  ...COMPANY_NOUNS, ...KIND_NOUNS, 'portal', 'provider', 'developer', 'publisher', 'broadcaster', 'brokerage',
  'subsidiary', 'supplier', 'seller', 'operator', 'carrier', 'business',
]);

/** Words after a name, or after its "'s", that only a company takes ("Alibaba shares", "Daum Kakao CEO"). */
const COMPANY_FOLLOWERS: ReadonlySet<string> = new Set([
  'shares', 'stock', 'shareholders', 'investors', 'revenue', 'revenues', 'profit', 'profits',
  'earnings', 'customers', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'cofounder',
]);

/** Last words of a company's name. */
const COMPANY_NAME_ENDS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'corporation', 'co', 'ltd', 'llc', 'plc', 'group', 'holdings', 'ag', 'sa', 'gmbh',
  'nv', 'limited', 'company', 'systems', 'technologies', 'industries', 'enterprises', 'motors',
  'airlines', 'airways', 'pharmaceuticals', 'electronics', 'foods', 'brands', 'labs',
]);

/** Mentions looked back over at most, so a hostile page of names stays linear. */
const MAX_LOOKBACK = 200;

/** How many sentences back a company may have been named. */
const WINDOW = 4;

/**
 * The same for a body described by its head noun ("the police agency"): the noun narrows it
 * down, so farther back (the reference page names its police agency five sentences before).
 */
const BODY_WINDOW = 10;

/** Words allowed between "the" and the noun: "the South Korean company", "the tech giant". */
const MAX_MODIFIERS = 2;

/** Modifiers that point at another company than the last named ("the other company", "the parent firm"). */
const NOT_MODIFIERS: ReadonlySet<string> = new Set(['other', 'same', 'only', 'new', 'former', 'parent', 'sister', 'rival', 'largest', 'biggest', 'next', 'last', 'latest']);

/** Compounds that tie a company to another party: "the Facebook-owned company". */
const RELATION_TAILS: ReadonlySet<string> = new Set(['owned', 'backed', 'controlled', 'funded', 'run', 'operated']);

/** "the first company", "the second company led by …": a new referent; superlatives too ("the highest-ranking company"). */
const ORDINAL = /^(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))$/;

export interface NominalMention {
  /** Token range of "the … company". */
  from: number;
  to: number;
  group: Group;
}

/**
 * Head nouns of bodies' names that a description with the same noun refers back to: "the
 * Daejeon Provincial Police Agency" … "the police agency"; "the Supreme Court" … "the court".
 */
const NAME_HEAD_NOUNS: ReadonlySet<string> = new Set([
  'agency', 'ministry', 'department', 'court', 'commission', 'committee', 'council', 'bureau',
  'authority', 'tribunal', 'university', 'hospital', 'foundation', 'institute', 'union', 'party',
  'army', 'parliament', 'administration',
]);

interface Named {
  at: number;
  sent: number;
  group: Group;
  /** May be "the company": a company by its own evidence. */
  company: boolean;
  /** A public body, skipped when looking back for a company. */
  publicBody: boolean;
  /** First and last words of its names of two words or more ("agency" of "… Police Agency"). */
  heads: ReadonlySet<string>;
}

/**
 * Descriptions in `tokens` (the body) and the group each refers to: "the company" and its
 * kin (see the file comment), and "the agency", "the court"… for the last body named with
 * that head noun. `isOrganization` says whether a group was typed an organization.
 */
export function findNominalReferences(tokens: readonly Token[], groups: readonly Group[], isOrganization: (g: Group) => boolean): NominalMention[] {
  const named: Named[] = [];
  for (const g of groups) {
    if (!isOrganization(g)) continue;
    const company = isCompany(g);
    const publicBody = !company && isPublicBody(g);
    const heads = new Set<string>();
    for (const m of g.mentions) if (m.words.length > 1) heads.add(m.words[0]!).add(m.words[m.words.length - 1]!);
    for (const m of g.mentions) if (m.source === 'body' && m.tokens === tokens) named.push({ at: m.from, sent: tokens[m.from]!.sent, group: g, company, publicBody, heads });
  }
  if (named.length === 0) return [];
  named.sort((a, b) => a.at - b.at);
  const out: NominalMention[] = [];
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'the') continue;
    const end = descriptionEnd(tokens, i);
    if (end < 0) continue;
    while (k < named.length && named[k]!.at < i) k++;
    const noun = tokens[end - 1]!.lower;
    const group = NAME_HEAD_NOUNS.has(noun) ? bodyNamed(named, k, noun, tokens[i]!.sent) : companyNamed(named, k, noun, tokens[i]!.sent);
    if (group) out.push({ from: i, to: end, group });
    i = end - 1;
  }
  return out;
}

/** The company "the company" (or "the airline"…) refers to, with `named[k - 1]` the last organization named before it. */
function companyNamed(named: readonly Named[], k: number, noun: string, sent: number): Group | null {
  let j = k - 1;
  while (j >= 0 && j >= k - MAX_LOOKBACK && named[j]!.publicBody) j--;
  const last = named[j];
  if (!last || !last.company || last.sent < sent - WINDOW) return null;
  // Another organization in the same sentence as the last one named: no telling which.
  for (let x = j - 1; x >= 0 && x >= j - MAX_LOOKBACK && named[x]!.sent === last.sent; x--) if (named[x]!.group !== last.group && !named[x]!.publicBody) return null;
  return !KIND_NOUNS.has(noun) || isKind(last.group, noun) ? last.group : null;
}

/** The body "the agency" refers to: the last one named with that head noun, if only one was named lately. */
function bodyNamed(named: readonly Named[], k: number, noun: string, sent: number): Group | null {
  let found: Group | null = null;
  for (let j = k - 1; j >= 0 && j >= k - MAX_LOOKBACK && named[j]!.sent >= sent - BODY_WINDOW; j--) {
    const g = named[j]!.group;
    if (!named[j]!.heads.has(noun)) continue;
    if (found && found !== g) return null;
    found = g;
  }
  return found;
}

/** End (exclusive) of "the [modifiers] company" starting at `i`, or -1. */
function descriptionEnd(tokens: readonly Token[], i: number): number {
  let modifiers = 0;
  for (let j = i + 1; modifiers <= MAX_MODIFIERS; j++) {
    const t = tokens[j];
    // A hyphenated modifier is one: "the Chinese e-commerce giant".
    if (t?.text === '-' && !t.space && tokens[j + 1]?.space === false && j > i + 1) {
      // "the Facebook-owned company" is another company than Facebook, often not the last named.
      if (RELATION_TAILS.has(tokens[j + 1]!.lower)) return -1;
      j++;
      modifiers++;
      continue;
    }
    if (!t || t.sent !== tokens[i]!.sent || t.kind !== 'word') return -1;
    if ((COMPANY_NOUNS.has(t.lower) || KIND_NOUNS.has(t.lower) || NAME_HEAD_NOUNS.has(t.lower)) && !t.cap) {
      // "giant" and "maker" need a modifier: "the tech giant", not "the maker of …".
      if ((t.lower === 'giant' || t.lower === 'maker') && j === i + 1) return -1;
      // "the company Kakao", "the company that owns it", "the firm providing this service"
      // pick out a company of their own.
      const next = tokens[j + 1];
      // Nor "the foundation of ecommerce data": a common noun's use.
      if (next?.kind === 'word' && (next.cap || RELATIVES.has(next.lower) || next.lower === 'of' || next.lower.endsWith('ing'))) return -1;
      return j + 1;
    }
    if (NOT_MODIFIERS.has(t.lower) || ORDINAL.test(t.lower) || t.lower.endsWith('est') || (t.cap && !/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(t.text))) return -1;
    if (tokens[j + 1]?.text !== '-') modifiers++;
  }
  return -1;
}

/** Last words of public bodies' names. */
const PUBLIC_HEADS: ReadonlySet<string> = new Set([
  'police', 'agency', 'ministry', 'department', 'court', 'commission', 'committee', 'council',
  'government', 'parliament', 'congress', 'senate', 'assembly', 'cabinet', 'office', 'bureau',
  'authority', 'administration', 'service', 'army', 'navy', 'force', 'forces', 'party',
  'university', 'school', 'college', 'hospital', 'union', 'association', 'foundation',
  'institute', 'general', 'prosecutor', 'prosecutors', 'tribunal', 'regulator', 'fbi',
]);

/** A group named like a public body: an office's head word, or an acronym only ("SEC", "NYAG"). */
function isPublicBody(g: Group): boolean {
  let acronymsOnly = true;
  for (const m of g.mentions) {
    const last = m.words[m.words.length - 1];
    if (last !== undefined && PUBLIC_HEADS.has(last)) return true;
    if (!(m.to - m.from === 1 && m.tokens[m.from]!.acronym)) acronymsOnly = false;
  }
  return acronymsOnly;
}

/** The text gave the group that kind noun, in its name or a role ("Emirates Airline", "the Korean automaker Hyundai"). */
function isKind(g: Group, noun: string): boolean {
  const stem = noun === 'airline' ? /^air(?:line|lines|ways)$/ : new RegExp(`^${noun}s?$`);
  for (const m of g.mentions) {
    if (m.words.some((w) => stem.test(w))) return true;
    for (const r of m.roles) if (r.text.toLowerCase().split(/[\s-]+/).some((w) => stem.test(w))) return true;
  }
  return false;
}

/** A group with evidence of its own that it is a company. */
function isCompany(g: Group): boolean {
  for (const m of g.mentions) {
    if (m.source !== 'body') continue;
    const last = m.words[m.words.length - 1];
    if (m.words.length > 1 && last !== undefined && COMPANY_NAME_ENDS.has(last)) return true;
    for (const r of m.roles) if (r.head === 'organization' && r.text.toLowerCase().split(/[\s-]+/).some((w) => COMPANY_ROLE_WORDS.has(w))) return true;
    let next = m.tokens[m.to];
    if (isPossessive(next)) next = m.tokens[m.to + 1];
    if (next && next.kind === 'word' && COMPANY_FOLLOWERS.has(next.lower)) return true;
  }
  return false;
}
