/**
 * Who a claim is about (subject) and who acts (authority), from constructions around the legal
 * act: passives with "by", active verbs with their objects, "X's arrest", "charges against X",
 * "the investigation into X", statements of law, lawyers and their clients, pronouns resolved
 * within the sentence. Constructions at the deciding cue are tried first.
 */
import type { ClaimType } from '../report';
import {
  ABOUT_PREPS, ACCUSING, CLAUSE_OBJECTS, FOR_NOUNS, GRANT_VERBS, GRANTS, PARTICLE_VERBS, ACT_VERBS, ADJUNCT_OPENERS, AGAINST_VERBS, AGENT_BAD_STARTS, AGENT_NOUNS,
  AMBIGUOUS_AUTHORITY, ANAPHORS, ARTICLES, AUTHORITY_HEADS, AUX, CONDUCT_NOUNS, CONTRACTION,
  CONTROL_VERBS, DECIDING, DEEMING, DEFENCE_COUNSEL, DETERMINERS, EMPTY_WORDS, FINDINGS, GO_VERBS,
  HEDGE_ADVERBS, LEFT_STOPS, LEGALITY, LIGHT_VERBS, LODGED, NON_PARTY_HEADS, NOUN_VERBS,
  OBJECT_NOUNS, OF_PERSON_NOUNS, OFFICE_NOUNS, PASSIVE_ONLY, PATIENT_NOUNS, PEOPLE_NOUNS,
  PEOPLE_OBJECT_ONLY, PERSON_ACTS, PLACES, POSSESSIVE_PRONOUNS, PREDICATES, PRONOUNS,
  PUBLIC_MODIFIERS, QUALIFIED_NOUNS, RECEIVE_VERBS, REPORTING, RIGHT_STOPS, SELF_REPORTED,
  SUBJECT_PRONOUNS, SUBJECT_VERBS, TIME_WORDS, USED_BY, WRONG_NOUNS,
} from './lexicon';
import {
  auxStart, byDistance, clauseParts, clauseSubject, findTokenIndex, isNameDot, isPassive,
  isPossessive, looksFinite, looksLikeVerb, npAfter, npBefore, trimLeadIn, type Span,
} from './phrases';
import type { Token } from './tokens';

/** The parties of a claim as token spans: who it is about, who acts. */
export interface Roles {
  subject?: Span;
  authority?: Span;
}

/** One construction that may read the roles off the word at `v`, or return null. */
export type Construction = (tokens: Token[], v: number) => Roles | null;

/** "X was summoned by Y", "charges being brought against X": a passive act. */
export function passiveAct(tokens: Token[], v: number): Roles | null {
  const t = tokens[v]!;
  if (!ACT_VERBS.has(t.t) || !isPassive(tokens, v)) return null;
  const against = findTokenIndex(tokens, v + 1, v + 3, (x) => x.t === 'against');
  const by = findTokenIndex(tokens, v + 1, v + 7, (x) => x.t === 'by');
  const authority = by >= 0 ? npAfter(tokens, by + 1, { allowOf: true }) ?? undefined : undefined;
  const aux = auxStart(tokens, v);
  let subject = (against >= 0 ? npAfter(tokens, against + 1) : null) ?? npBefore(tokens, aux) ?? undefined;
  // "…returned home after being deported", "I tried… but was caught": the clause's subject.
  if (!subject && ADJUNCT_OPENERS.has(tokens[aux - 1]?.t ?? '')) subject = clauseSubject(tokens) ?? undefined;
  return subject ? { subject, authority } : null;
}

/** "<agent> arrested <subject>": an active act with its object. */
export function activeAct(tokens: Token[], v: number): Roles | null {
  const t = tokens[v]!;
  if (!ACT_VERBS.has(t.t) || t.cap || PASSIVE_ONLY.has(t.t)) return null;
  // "struck down the ban", "threw out the case": the object follows the particle.
  const particle = PARTICLE_VERBS.get(t.t);
  if (particle !== undefined && tokens[v + 1]?.t !== particle) return null;
  const objectAt = particle !== undefined ? v + 2 : v + 1;
  const next = tokens[objectAt];
  // "investigating whether the pilot crashed the plane": the subject of the clause.
  if (next && CLAUSE_OBJECTS.has(next.t)) {
    const subject = clauseSubject(tokens, objectAt + 1, 1);
    return subject ? { subject, authority: npBefore(tokens, auxStart(tokens, v)) ?? undefined } : null;
  }
  if (!next || !next.word || RIGHT_STOPS.has(next.t)) return null;
  const prev = tokens[v - 1];
  // "several charges including…": a plural noun, unless a name or an authority acts ("Court
  // convicts friend", "Police charge…").
  if (NOUN_VERBS.has(t.t) && !(prev && prev.word && (prev.cap || AUTHORITY_HEADS.has(prev.t)))) return null;
  // "the accused", "a charged atmosphere": a participle used as a noun or an adjective.
  if (prev && (ARTICLES.has(prev.t) || isPossessive(prev))) return null;
  let subject = npAfter(tokens, objectAt);
  if (!subject) return null;
  if (t.t === 'find' || t.t === 'found') {
    // "found the company liable for…": the object ends at the finding.
    const finding = findTokenIndex(tokens, subject.start + 1, subject.end + 1, (x) => FINDINGS.has(x.t));
    if (finding < 0) return null;
    subject = { start: subject.start, end: finding };
  }
  // "contacted the police": a generic authority is not the party the act is about (a named
  // official may be: "dragged the Inspector-General of Police to court").
  const head = tokens[subject.end - 1]!;
  if (subject.end - subject.start <= 2 && AUTHORITY_HEADS.has(head.t) && !head.cap) return null;
  if (PEOPLE_OBJECT_ONLY.has(t.t)) {
    const first = tokens[subject.start]!;
    const people = tokens.slice(subject.start, subject.end).some((x) => PEOPLE_NOUNS.has(x.t));
    if (!PRONOUNS.has(first.t) && !first.cap && !people) return null;
  }
  // "stopped a vehicle driven by Jonathan P. Blair": the driver, not the car.
  const by = tokens[subject.end + 1];
  if (by && by.t === 'by' && USED_BY.has(tokens[subject.end]!.t)) subject = npAfter(tokens, subject.end + 2) ?? subject;
  // A gerund has no agent of its own ("guidelines recommend holding people"); a progressive does.
  const aux = auxStart(tokens, v);
  const agent = t.t.endsWith('ing') && aux === v ? undefined : npBefore(tokens, aux) ?? undefined;
  return { subject, authority: agent };
}

/** "X pleaded guilty", "X faces charges": the person the act happens to, before the verb. */
export function subjectVerb(tokens: Token[], v: number): Roles | null {
  const t = tokens[v]!;
  // "A judge denied bail to the suspect", "denied the suspect bail": the person, not the judge.
  if (GRANT_VERBS.has(t.t)) {
    const what = findTokenIndex(tokens, v + 1, v + 6, (x) => GRANTS.has(x.t) || !x.word);
    if (what > 0 && GRANTS.has(tokens[what]!.t)) {
      const judge = npBefore(tokens, auxStart(tokens, v)) ?? undefined;
      if (tokens[what + 1]?.t === 'to') {
        const to = npAfter(tokens, what + 2);
        if (to) return { subject: to, authority: judge };
      }
      if (what > v + 1) return { subject: { start: v + 1, end: what }, authority: judge };
      return null;
    }
  }
  // "We received an inquiry", "X was handed a subpoena": receiving an act makes one its party.
  if (RECEIVE_VERBS.has(t.t)) {
    const obj = findTokenIndex(tokens, v + 1, v + 5, (x) => OBJECT_NOUNS.has(x.t) || AGENT_NOUNS.has(x.t) || x.t === 'summons');
    if (obj < 0) return null;
    const subject = npBefore(tokens, auxStart(tokens, v));
    return subject ? { subject } : null;
  }
  if (!SUBJECT_VERBS.has(t.t)) return null;
  if (PREDICATES.has(t.t) && !isPassive(tokens, v)) return null;
  const subject = npBefore(tokens, auxStart(tokens, v));
  return subject ? { subject } : null;
}

/** "Prosecutors alleged that X…", "charges against X", "Assange's arrest". */
export function accusingOrAgainst(tokens: Token[], v: number): Roles | null {
  const t = tokens[v]!;
  const next = tokens[v + 1];
  if (ACCUSING.has(t.t) && next && next.t === 'that') {
    const subject = npAfter(tokens, v + 2);
    if (subject) return { subject, authority: npBefore(tokens, auxStart(tokens, v)) ?? undefined };
  }
  // "it is alleged he raped…", "Prosecutors alleged Noel signed…": a clause without "that".
  if (ACCUSING.has(t.t) && next && next.word && next.t !== 'that') {
    const parts = clauseParts(tokens, v + 1);
    if (parts && parts.np.start === v + 1) {
      const agent = npBefore(tokens, auxStart(tokens, v));
      return { subject: parts.np, authority: agent && tokens[agent.start]!.t !== 'it' ? agent : undefined };
    }
  }
  // "The court ruled that EU countries must…": the subject of the decided clause.
  if (DECIDING.has(t.t) && next && next.t === 'that') {
    const subject = clauseSubject(tokens, v + 2, 1);
    if (subject) return { subject, authority: npBefore(tokens, auxStart(tokens, v)) ?? undefined };
  }
  // "testify against his co-conspirators", "go after his inner circle": the accused.
  if (AGAINST_VERBS.has(t.t) && next && (next.t === 'against' || (next.t === 'after' && GO_VERBS.has(t.t)))) {
    const obj = npAfter(tokens, v + 2);
    if (obj) return { subject: obj };
  }
  // "violations of international law by China": the violator.
  if (WRONG_NOUNS.has(t.t)) {
    const by = byAgent(tokens, v);
    if (by) return { subject: by };
  }
  if (!OBJECT_NOUNS.has(t.t) || t.cap) return null;
  const before = tokens[v - 1];
  // "his trial", "their extradition": the possessor (resolved to a name later when it can be).
  const after = tokens[v + 1];
  const isModifier = !!after && (AGENT_NOUNS.has(after.t) || OBJECT_NOUNS.has(after.t));
  if (before && POSSESSIVE_PRONOUNS.has(before.t) && PATIENT_NOUNS.has(t.t) && !isModifier) {
    return { subject: { start: v - 1, end: v } };
  }
  // "an Assange conviction", "the Trump impeachment": a name before a patient noun.
  if (before && before.cap && before.word && v - 1 > 0 && PATIENT_NOUNS.has(t.t) && !PLACES[before.t]) {
    let start = v - 1;
    while (start > 1 && tokens[start - 1]!.cap && tokens[start - 1]!.word) start--;
    return { subject: { start, end: v } };
  }
  if (next && next.t === 'against') {
    const obj = npAfter(tokens, v + 2);
    if (obj) return { subject: obj };
  }
  const prev = tokens[v - 1];
  if (prev && isPossessive(prev) && prev.cap) {
    const name = npBefore(tokens, v);
    if (name) return { subject: name };
  }
  return null;
}

/** "investigation into X", "the arrest of X". */
export function objectOfNoun(tokens: Token[], v: number): Roles | null {
  const t = tokens[v]!;
  if (!OBJECT_NOUNS.has(t.t) || t.cap) return null;
  const prep = tokens[v + 1];
  if (!prep) return null;
  const about = prep.t === 'into' || ABOUT_PREPS.has(prep.t) || (prep.t === 'for' && FOR_NOUNS.has(t.t));
  if (about || (prep.t === 'of' && OF_PERSON_NOUNS.has(t.t))) {
    const obj = npAfter(tokens, v + 2);
    if (obj && tokens[obj.start]!.word) return { subject: obj };
  }
  return null;
}

/**
 * What a statement of law is about: "X are illegal", "declared X legal", "consider X
 * illegal", "declaring X to be unconstitutional", "the illegality of X".
 */
export function legality(tokens: Token[], v: number): Roles | null {
  const t = tokens[v]!;
  if (t.t === 'illegality' || t.t === 'legality' || t.t === 'constitutionality') {
    if (tokens[v + 1]?.t !== 'of') return null;
    const obj = npAfter(tokens, v + 2);
    return obj ? { subject: obj } : null;
  }
  if (!LEGALITY.has(t.t)) return null;
  // Step left over quotes, "not", "to be" and adverbs to the verb before the word.
  let k = v - 1;
  while (k >= 0 && v - k <= 4 && (!tokens[k]!.word || tokens[k]!.t === 'not' || tokens[k]!.t === 'to' || tokens[k]!.t === 'be' || /^[a-z]+ly$/.test(tokens[k]!.t))) {
    if (tokens[k]!.word && tokens[k]!.t === 'be' && tokens[k - 1]?.t === 'to') break;
    k--;
  }
  const prev = tokens[k];
  if (!prev) return null;
  if (['is', 'are', 'was', 'were', 'be', 'been', "'s"].includes(prev.t)) {
    let end = auxStart(tokens, k + 1);
    while (end > 0 && (tokens[end - 1]!.t === '"' || tokens[end - 1]!.t === "'")) end--; // settlements "are illegal"
    const subject = npBefore(tokens, end);
    return subject ? { subject } : null;
  }
  // "consider Israeli settlements illegal": the phrase between the verb and the word.
  const objEnd = k + 1 + (tokens[k]?.t === 'be' ? -1 : 0);
  for (let d = k; d >= 0 && v - d <= 9; d--) {
    const w = tokens[d]!;
    if (!w.word) break;
    if (DEEMING.has(w.t)) {
      const end = tokens[objEnd - 1]?.t === 'to' ? objEnd - 1 : objEnd;
      return end > d + 1 ? { subject: { start: d + 1, end } } : null;
    }
  }
  return null;
}

/** "X allegedly <verb>": the person the hedge is about. */
export function hedgedActor(tokens: Token[], v: number): Roles | null {
  if (!HEDGE_ADVERBS.has(tokens[v]!.t)) return null;
  if (!looksLikeVerb(tokens, v + 1, false)) return null;
  const subject = npBefore(tokens, auxStart(tokens, v));
  // "officers reportedly located marijuana": the police act; the hedge is about someone else.
  if (!subject || tokens.slice(subject.start, subject.end).some((x) => AUTHORITY_HEADS.has(x.t))) return null;
  return { subject };
}

/** "who represents Noel", "a lawyer for Tova Noel", "Carlineo's attorney": the client is the party. */
export function represented(tokens: Token[], v: number): Roles | null {
  const t = tokens[v]!;
  if (t.t === 'represents' || t.t === 'represented' || t.t === 'representing') {
    const next = tokens[v + 1];
    if (!next || !next.cap) return null;
    const obj = npAfter(tokens, v + 1, { max: 5 });
    return obj ? { subject: obj } : null;
  }
  if (DEFENCE_COUNSEL.has(t.t)) {
    if (tokens[v + 1]?.t === 'for' && tokens[v + 2]?.cap) {
      const obj = npAfter(tokens, v + 2, { max: 5 });
      return obj ? { subject: obj } : null;
    }
    const prev = tokens[v - 1];
    if (prev && isPossessive(prev) && prev.cap && !PLACES[prev.t.replace(/'s?$/, '')]) {
      let start = v - 1;
      while (start > 0 && (tokens[start - 1]!.cap || isNameDot(tokens, start - 1))) start--;
      return { subject: { start, end: v } };
    }
  }
  return null;
}

/** The constructions, from the most to the least reliable. */
export const CONSTRUCTIONS: readonly Construction[] = [
  passiveAct, activeAct, subjectVerb, accusingOrAgainst, objectOfNoun, legality, hedgedActor, represented,
];

/** Tokens around the deciding cue that are tried first (the cue's own words and one either side). */
export const FOCUS_MARGIN = 1;

/**
 * Subject and agent from the words that carry the legal act. The words of the cue that decided
 * the type come first, so the roles belong to the act the claim reports; then every word of the
 * sentence, in passes from the most to the least reliable construction, nearest the cue first.
 */
export function rolesFromVerbs(tokens: Token[], focus: Span): Roles {
  const near: number[] = [];
  for (let v = Math.max(0, focus.start - FOCUS_MARGIN); v < Math.min(tokens.length, focus.end + FOCUS_MARGIN); v++) near.push(v);
  const usable = (r: Roles | null): Roles | null => {
    if (!r || !r.subject) return null;
    const subject = partyOf(tokens, r.subject);
    return subject ? { ...r, subject } : null;
  };
  for (const v of near) {
    for (const c of CONSTRUCTIONS) {
      const r = usable(c(tokens, v));
      if (r) return r;
    }
  }
  const order = byDistance(tokens.length, focus.start);
  for (const c of CONSTRUCTIONS) {
    for (const v of order) {
      const r = usable(c(tokens, v));
      if (r) return r;
    }
  }
  return {};
}

/**
 * The party a span stands for: the span itself when {@link isParty}; the possessor when the
 * span is an act or a thing of someone ("His sentencing" gives "His", "Epstein's sudden death"
 * gives "Epstein's"); the object of "against" after an accusation ("a rape allegation against
 * Julian Assange" gives "Julian Assange"); else null.
 */
export function partyOf(tokens: Token[], sp: Span): Span | null {
  if (isParty(tokens, sp)) return sp;
  for (let i = sp.start; i < sp.end && i - sp.start < 3; i++) {
    const t = tokens[i]!;
    if (POSSESSIVE_PRONOUNS.has(t.t) || (isPossessive(t) && t.cap)) {
      let start = i;
      while (start > sp.start && (tokens[start - 1]!.cap || isNameDot(tokens, start - 1))) start--;
      return { start, end: i + 1 };
    }
  }
  // "the conduct of the staffers", "the offices of the mayor", "records from the hospital":
  // the person the act, conduct or thing is of.
  const last = tokens[sp.end - 1];
  const prep = tokens[sp.end]?.t;
  if (last && ((CONDUCT_NOUNS.has(last.t) && prep === 'of') || (NON_PARTY_HEADS.has(last.t) && prep === 'from'))) {
    const obj = npAfter(tokens, sp.end + 1);
    if (obj && isParty(tokens, obj)) return obj;
  }
  let next = sp.end;
  // "a rape allegation made against X".
  if (tokens[next] && LODGED.has(tokens[next]!.t)) next++;
  if (tokens[next]?.t === 'against') {
    const obj = npAfter(tokens, next + 1);
    if (obj && isParty(tokens, obj)) return obj;
  }
  return null;
}

/**
 * True when a span can stand for a party: it has a word that is not a determiner, and its last
 * word is not an act, a document or a time ({@link NON_PARTY_HEADS}).
 */
export function isParty(tokens: Token[], sp: Span): boolean {
  let last: Token | undefined;
  let content = false;
  for (let i = sp.start; i < sp.end; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    last = t;
    if (!EMPTY_WORDS.has(t.t) && !ARTICLES.has(t.t)) content = true;
  }
  if (!last || !content) return false;
  return !NON_PARTY_HEADS.has(last.t);
}

/** "his client" resolved to the person the sentence says the lawyer represents. */
export function clientName(tokens: Token[], sp: Span): Span | null {
  const last = tokens[sp.end - 1];
  if (!last || (last.t !== 'client' && last.t !== 'clients') || sp.end - sp.start > 2) return null;
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]!;
    if (t.t !== 'represents' && t.t !== 'represented' && t.t !== 'representing' && !DEFENCE_COUNSEL.has(t.t)) continue;
    const r = represented(tokens, v);
    if (r?.subject) return r.subject;
  }
  return null;
}

/**
 * A pronoun subject resolved to the sentence's own subject when that is a name, as the labels
 * do: "Webb confessed … the jury took 15 minutes to find him guilty" gives Webb. Not when the
 * name is the speaker ("Harris said officers arrested him"), nor an authority unless
 * `allowAuthority` (for an agent pronoun: "The attorney general's office said it had…").
 */
export function antecedent(tokens: Token[], pronoun: Span, allowAuthority = false): Span | null {
  if (pronoun.end - pronoun.start !== 1 || !ANAPHORS.has(tokens[pronoun.start]!.t)) return null;
  // The sentence's subject, or the reported clause's after a verb of saying ("Boesky said
  // Epstein was…"), never the speaker.
  let np = clauseSubject(tokens);
  // "The company … confirmed that it had been contacted": "it" is a thing, so a thing that
  // speaks may be meant (a person who speaks is not: "Harris said officers arrested him").
  const p = tokens[pronoun.start]!.t;
  if ((p === 'it' || p === 'its') && (!np || np.start >= pronoun.start)) {
    const main = clauseParts(tokens, 0)?.np;
    if (main && DETERMINERS.has(tokens[main.start]!.t)) np = main;
  }
  if (!np || np.start >= pronoun.start) return null;
  const first = tokens[np.start]!;
  if (!first.cap && !DETERMINERS.has(first.t)) return null;
  // "He now faces … the charges against him": the pronoun subject itself.
  const bare = first.t.replace(CONTRACTION, '');
  if (PRONOUNS.has(bare) && !SUBJECT_PRONOUNS.has(bare)) return null;
  const authority = tokens.slice(np.start, np.end).some((t) => AUTHORITY_HEADS.has(t.t.replace(/'s?$/, '')));
  if (authority && !allowAuthority) return null;
  return partyOf(tokens, np);
}

/** "Elizabeth A. Burton: Possession of methamphetamine…" (a police blotter line). */
export function colonName(tokens: Token[]): Span | null {
  const colon = findTokenIndex(tokens, 1, 8, (t) => t.t === ':');
  if (colon < 0) return null;
  for (let i = 0; i < colon; i++) {
    const t = tokens[i]!;
    if (!(t.cap || isNameDot(tokens, i))) return null;
  }
  // "NEW DELHI:", "DEAR BEATEN UP:": a dateline or a salutation, not a name.
  if (tokens.slice(0, colon).every((t) => !t.word || t.raw === t.raw.toUpperCase())) return null;
  return { start: 0, end: colon };
}

/** True when token `i` is an authority word in this place (see {@link AMBIGUOUS_AUTHORITY}). */
export function isAuthorityWord(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const bare = t.t.replace(/'s?$/, '');
  if (!AUTHORITY_HEADS.has(t.t) && !AUTHORITY_HEADS.has(bare)) return false;
  if (!AMBIGUOUS_AUTHORITY.has(bare) || t.cap) return true;
  const before = tokens[i - 1];
  if (!before || !before.word) return true;
  return before.cap || PUBLIC_MODIFIERS.has(before.t) || isPossessive(before) || AUTHORITY_HEADS.has(before.t);
}

/** A lower-case word that can head a noun phrase: not a function word, a verb or an adverb. */
export function isCommonNoun(t: Token): boolean {
  if (!t.word || t.cap || t.num) return false;
  if (RIGHT_STOPS.has(t.t) || LEFT_STOPS.has(t.t) || AUX.has(t.t) || DETERMINERS.has(t.t) || PRONOUNS.has(t.t)) return false;
  if (looksFinite(t) || /^[a-z]+ly$/.test(t.t) || t.t.endsWith('ing')) return false;
  return !ACT_VERBS.has(t.t) && !SUBJECT_VERBS.has(t.t) && !REPORTING.has(t.t) && !LIGHT_VERBS.has(t.t) && !CONTROL_VERBS.has(t.t);
}

/** An authority phrase around the first authority noun ("the Daejeon Provincial Police Agency"). */
export function authorityPhrase(tokens: Token[], exclude: (Span | undefined)[]): Span | null {
  const excluded = (i: number): boolean => exclude.some((e) => e !== undefined && i >= e.start && i < e.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isAuthorityWord(tokens, i) || excluded(i)) continue;
    // Prison officers and prison authorities run a jail; they do not enforce the law.
    const before = tokens[i - 1];
    if (before && (before.t === 'prison' || before.t === 'jail')) continue;
    // "court records", "police video": the authority word only qualifies another noun.
    const after = tokens[i + 1];
    if (after && after.word && !after.cap && QUALIFIED_NOUNS.has(after.t)) continue;
    // "Carlineo's attorney", "his lawyer": counsel for the defence, not an authority.
    // ("Sweden's attorney general" is the prosecution.)
    const possessor = before ? before.t.replace(/'s?$/, '') : '';
    if (
      DEFENCE_COUNSEL.has(t.t) &&
      before &&
      (POSSESSIVE_PRONOUNS.has(before.t) || (isPossessive(before) && !PLACES[possessor])) &&
      after?.t !== 'general'
    ) {
      continue;
    }
    // "A police spokesman", "a Hong Kong court ruling": the authority word qualifies another
    // noun, so the authority is that word (with the name before it), not the whole phrase.
    if (after && after.word && !after.cap && !isPossessive(t) && isCommonNoun(after) && !AUTHORITY_HEADS.has(after.t) && after.t !== 'general') {
      const left = npBefore(tokens, i + 1);
      let start = left && left.start <= i && !excluded(left.start) ? left.start : i;
      while (start < i && ARTICLES.has(tokens[start]!.t)) start++;
      return { start, end: i + 1 };
    }
    // Extend over the rest of a capitalized name ("Police Agency", "Justice Department"), and
    // past a possessive to its noun ("the U.S. attorney's office").
    let end = i + 1;
    if (isPossessive(t) && after && (OFFICE_NOUNS.has(after.t) || AUTHORITY_HEADS.has(after.t))) end = i + 2;
    // "the attorney general", "the inspector general".
    if (after && (after.t === 'general' || after.t === 'generals')) end = i + 2;
    while (end < tokens.length && tokens[end]!.cap && tokens[end]!.word && !TIME_WORDS.has(tokens[end]!.t) && end - i < 4) end++;
    const left = npBefore(tokens, end);
    let span: Span = left && left.start <= i && !excluded(left.start) ? left : { start: i, end };
    // "Prosecutors in Sweden", "the office of the New York State Attorney General".
    const prep = tokens[span.end];
    if (prep && (prep.t === 'in' || prep.t === 'of' || prep.t === 'for') && tokens[span.end + 1]?.cap) {
      const more = npAfter(tokens, span.end + 1, { max: 6 });
      if (more) span = { start: span.start, end: more.end };
    }
    return span;
  }
  return null;
}

/**
 * True when a phrase can stand as the authority of a `type` act: it names an authority noun
 * (police, court, prosecutors…) or is a proper name (Sweden, the FBI, Mueller, Democrats); for
 * lawsuits and allegations any party will do (the plaintiff, the accuser).
 */
export function isAgent(tokens: Token[], sp: Span, type: ClaimType): boolean {
  const first = tokens[sp.start];
  if (!first || AGENT_BAD_STARTS.has(first.t) || !isParty(tokens, sp)) return false;
  if (type === 'lawsuit' || type === 'allegation') return true;
  let last: Token | undefined;
  for (let i = sp.start; i < sp.end; i++) {
    const t = tokens[i]!;
    if (isAuthorityWord(tokens, i)) return true;
    if (t.word) last = t;
  }
  // Otherwise a proper name ("Sweden", "House Democrats", "Sajid Javid"), not a common noun
  // phrase with a capitalized modifier ("the Republican president's efforts"), a possessive
  // ("Today's") or a pronoun.
  return !!last && last.cap && !isPossessive(last) && !PRONOUNS.has(first.t) && !TIME_WORDS.has(last.t);
}

/** "by <agent>" after the act at `v`, within the same clause (no punctuation in between). */
export function byAgent(tokens: Token[], v: number): Span | null {
  for (let k = v + 1; k < tokens.length && k - v <= 10; k++) {
    const t = tokens[k]!;
    if (!t.word) return null;
    if (t.t === 'by') return npAfter(tokens, k + 1, { allowOf: true });
    if (t.t === 'that' || t.t === 'which' || t.t === 'who' || t.t === 'because') return null;
  }
  return null;
}

/** The agent of an act noun at `v`: "X's <noun>", or "X <light verb> [det adj…] <noun>". */
export function nounAgent(tokens: Token[], v: number): Span | null {
  const prev = tokens[v - 1];
  if (prev && isPossessive(prev) && (prev.cap || AUTHORITY_HEADS.has(prev.t.replace(/'s?$/, '')))) {
    const sp = npBefore(tokens, v);
    if (sp) {
      // "the Judge's decision": the possessor without the noun.
      let end = sp.end;
      while (end > sp.start && !isPossessive(tokens[end - 1]!)) end--;
      if (end > sp.start) return { start: sp.start, end };
    }
  }
  for (let k = v - 1; k >= 0 && v - k <= 4; k--) {
    const t = tokens[k]!;
    if (!t.word) return null;
    if (LIGHT_VERBS.has(t.t) && !t.cap) return npBefore(tokens, auxStart(tokens, k));
    if (t.t === 'of' || t.t === 'by' || t.t === 'against' || t.t === 'into' || t.t === 'that') return null;
  }
  return null;
}

/**
 * Who performs the claim's act, from the most to the least reliable evidence: the agent of the
 * construction that gave the subject; "by <agent>" after an act; the owner or launcher of an act
 * noun ("the FBI's probe", "Sweden has dropped its investigation"); the first authority noun
 * phrase elsewhere in the sentence. Acts nearest the deciding cue are tried first.
 */
export function authorityFor(tokens: Token[], type: ClaimType, roles: Roles, attribution: Span | undefined, focus: Span): Span | undefined {
  const overlapsSubject = (sp: Span): boolean =>
    roles.subject !== undefined && sp.start < roles.subject.end && roles.subject.start < sp.end;
  const ok = (sp: Span | null | undefined): sp is Span => !!sp && !overlapsSubject(sp) && isAgent(tokens, sp, type);
  const given = roles.authority;
  if (given) {
    if (!overlapsSubject(given) && isAgent(tokens, given, type)) return given;
    // "The attorney general's office said it had subpoenaed…": the pronoun's antecedent.
    const named = given.end - given.start === 1 ? antecedent(tokens, given, true) : null;
    if (ok(named)) return named;
  }
  const order = byDistance(tokens.length, focus.start);
  // The agent of another act in the sentence ("the agency has been holding people").
  for (const v of order) {
    if (!ACT_VERBS.has(tokens[v]!.t)) continue;
    const agent = activeAct(tokens, v)?.authority;
    if (ok(agent)) return agent;
  }
  for (const v of order) {
    const t = tokens[v]!;
    if (!ACT_VERBS.has(t.t) && !AGENT_NOUNS.has(t.t) && !OBJECT_NOUNS.has(t.t)) continue;
    const by = byAgent(tokens, v);
    if (ok(by)) return by;
  }
  for (const v of order) {
    if (!AGENT_NOUNS.has(tokens[v]!.t)) continue;
    const agent = nounAgent(tokens, v);
    if (ok(agent)) return agent;
  }
  const exclude = SELF_REPORTED.has(type) ? [roles.subject] : [attribution, roles.subject];
  return authorityPhrase(tokens, exclude) ?? undefined;
}

/**
 * The claim's subject and authority as token spans: the roles of the act nearest the deciding
 * cue, else a "Name:" line or the clause's own subject (for acts that happen to a person);
 * pronouns and "his client" resolved within the sentence; then the authority (see
 * {@link authorityFor}).
 */
export function findParties(tokens: Token[], type: ClaimType, focus: Span, attribution: Span | undefined): Roles {
  let roles = rolesFromVerbs(tokens, focus);
  if (!roles.subject) {
    const named = colonName(tokens);
    if (named) roles = { ...roles, subject: named };
  }
  if (!roles.subject && PERSON_ACTS.has(type)) {
    const clause = clauseSubject(tokens);
    const party = clause ? partyOf(tokens, clause) : null;
    // "Hong Kong police have laid siege…": the authority acts; it is not the subject.
    if (party && !tokens.slice(party.start, party.end).some((t) => AUTHORITY_HEADS.has(t.t))) {
      roles = { ...roles, subject: party };
    }
  }
  if (roles.subject) {
    const name = antecedent(tokens, roles.subject) ?? clientName(tokens, roles.subject);
    if (name) roles = { ...roles, subject: name };
  }
  if (roles.subject) roles = { ...roles, subject: trimLeadIn(tokens, roles.subject) };
  const found = authorityFor(tokens, type, roles, attribution, focus);
  return { subject: roles.subject, authority: found ? trimLeadIn(tokens, found) : undefined };
}

