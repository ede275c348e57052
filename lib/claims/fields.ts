/**
 * Pattern-based fields of a claim: who is it about (subject), who acts (authority), whom the
 * sentence credits (attribution), where (jurisdiction) and the punishment (penalty). Roles come
 * from ./roles.ts; this file adds the source, the place and the penalty. All of it works on the
 * sentence's tokens with bounded scans, so it is linear in the sentence length.
 */
import type { ClaimType } from '../report';
import {
  ARTICLES, AUTHORITY_HEADS, AUX, BE_FORMS, CLAUSE_OPENERS, DETERMINERS, INVERTED_ENDS, INVERTING,
  LEAD_INS, LEFT_STOPS, PICTURE_NOUNS, PLACE_QUALIFIED, PLACES, PRONOUNS, QUESTION_WORDS,
  REPORTING, REPORTING_PARTICIPLES, RIGHT_STOPS, SOURCE_NOUNS, TIME_PREPS, TIME_WORDS,
} from './lexicon';
import {
  auxStart, charSpan, clauseParts, decapitalize, findTokenIndex, hasClauseWords, isNameDot,
  isTitleCase, npAfter, npBefore, text, type Span,
} from './phrases';
import { findParties } from './roles';
import type { Token } from './tokens';

/** The fields extraction can fill. */
export interface ClaimFields {
  subject?: string;
  authority?: string;
  attribution?: string;
  jurisdiction?: string;
  penalty?: string;
}

/** A source for the rules of {@link moreAttribution}: no first or second person, no picture, no clause. */
function plainSource(tokens: Token[], sp: Span): boolean {
  const first = tokens[sp.start]!.t;
  if (first === 'i' || first === 'we' || first === 'you') return false;
  if (PICTURE_NOUNS.has(tokens[sp.end - 1]!.t)) return false;
  return looksLikeSource(tokens, sp) && !hasClauseWords(tokens, sp);
}

/** A phrase a reader can take as a source: a name, a determiner phrase or a pronoun. */
function looksLikeSource(tokens: Token[], sp: Span): boolean {
  const first = tokens[sp.start];
  if (!first || !first.word || sp.end - sp.start > 16) return false;
  // "What say you", "The video shows…": a question or a picture does not report.
  if (QUESTION_WORDS.has(first.t) || PICTURE_NOUNS.has(tokens[sp.end - 1]!.t)) return false;
  if (hasClauseWords(tokens, sp)) return false;
  if (first.cap || DETERMINERS.has(first.t) || PRONOUNS.has(first.t)) return true;
  // A bare plural ("prosecutors said"), not a clause ("saying he…", "that they…").
  return !first.t.endsWith('ing') && !LEFT_STOPS.has(first.t) && !RIGHT_STOPS.has(first.t);
}

/** Scans left from `from` over words (and name dots) to the first other token. */
function wordsLeftOf(tokens: Token[], from: number, limit: number): number {
  let k = from;
  while (k >= 0 && from - k < limit && (tokens[k]!.word || isNameDot(tokens, k))) k--;
  return k;
}

/** The source a sentence credits: "according to X", "…, X said." or "X said that…". */
function attributionSpan(tokens: Token[]): Span | null {
  const acc = findTokenIndex(tokens, 0, tokens.length, (t) => t.t === 'according');
  if (acc >= 0 && tokens[acc + 1]?.t === 'to') {
    const sp = npAfter(tokens, acc + 2, { allowOf: true, max: 10 });
    if (sp) return sp;
  }
  // Sentence-final "…, Harris said." / "…, said Jason Foy."
  let lastWord = tokens.length - 1;
  while (lastWord >= 0 && !tokens[lastWord]!.word) lastWord--;
  for (let v = lastWord; v >= 0 && lastWord - v < 14; v--) {
    const t = tokens[v]!;
    if (!REPORTING.has(t.t)) continue;
    const prev = tokens[v - 1];
    const next = tokens[v + 1];
    const inverts = next && (next.cap || ((ARTICLES.has(next.t) || next.t === 'another') && INVERTING.has(t.t)));
    if (prev && !prev.word && next && inverts && !t.t.endsWith('ing')) {
      // Inverted: ", said Jason Foy, who represents Noel.", ", said a WeWork spokesperson".
      const sp = npAfter(tokens, v + 1, { max: 6, allowOf: true });
      const after = sp ? tokens[sp.end] : undefined;
      const closes = !after || !after.word || INVERTED_ENDS.has(after.t) || next.cap;
      if (sp && closes && looksLikeSource(tokens, sp)) {
        // ", said another witness in the probe, former adviser Fiona Hill.": with the name.
        const comma = sp.end;
        if (tokens[comma]?.t === ',' && lastWord - comma <= 8 && tokens[lastWord]!.cap) return { start: sp.start, end: lastWord + 1 };
        return sp;
      }
    }
    if (lastWord - v > 8) break; // Too much after the verb: not a closing attribution.
    let end = v;
    while (end > 0 && AUX.has(tokens[end - 1]!.t)) end--;
    let k: number;
    if (tokens[end - 1]?.t === ',') {
      // Appositive before the verb: "Geoffrey Berman, the U.S. attorney for …, said".
      const opener = wordsLeftOf(tokens, end - 2, 16);
      if (tokens[opener]?.t !== ',') break;
      k = wordsLeftOf(tokens, opener - 1, 8);
      end -= 1;
    } else {
      k = wordsLeftOf(tokens, end - 1, 12);
    }
    const sp = { start: k + 1, end };
    if (sp.end > sp.start && (k < 0 || !tokens[k]!.word) && looksLikeSource(tokens, sp) && !hasClauseWords(tokens, sp)) return sp;
    break;
  }
  // Leading "X said (that)…", "A spokesperson for the police agency has explained that…".
  let commas = 0;
  for (let v = 1; v < Math.min(tokens.length, 20); v++) {
    const t = tokens[v]!;
    if (!t.word) {
      if (t.t === ',' && commas++ < 2) continue;
      if (isNameDot(tokens, v)) continue;
      break;
    }
    if (!REPORTING.has(t.t)) continue;
    const verbStart = auxStart(tokens, v);
    if (tokens[verbStart - 1]?.t === ',' && commas === 2 && tokens[0]!.cap) {
      // "Montell Figgins, who represents Thomas, said…": the whole opening phrase.
      const sp = { start: 0, end: verbStart - 1 };
      if (looksLikeSource(tokens, sp)) return sp;
      break;
    }
    const sp = npBefore(tokens, verbStart);
    if (!sp || !looksLikeSource(tokens, sp)) break;
    // The source must open the sentence, perhaps after a lead-in ("Tuesday, …", "But …").
    const lead = tokens.slice(0, sp.start);
    const last = lead[lead.length - 1];
    if (lead.length === 0 || last!.t === ',' || lead.every((x) => LEAD_INS.has(x.t))) return sp;
    break;
  }
  return moreAttribution(tokens);
}

/**
 * Sources the three classic shapes miss: the clause subject of a reporting verb after a lead-in
 * ("Although representatives of Epstein's family suggested…", "Wikileaks editor-in-chief Kristinn
 * Hrafnsson said:"); a source next to a closing quote ("…,” Vindman testified, referring…");
 * the subject of ", saying/warning that…"; an authority that "said" mid-sentence ("This comes
 * after police said…"); a source before a colon ("Internal memo: …").
 */
function moreAttribution(tokens: Token[]): Span | null {
  const parts = clauseParts(tokens, 0);
  // Not a passive ("The illegality of settlements has always been stated…").
  const passive = parts !== null && tokens.slice(parts.verb - parts.aux, parts.verb).some((t) => BE_FORMS.has(t.t));
  if (parts && !passive && REPORTING.has(tokens[parts.verb]?.t ?? '') && plainSource(tokens, parts.np)) {
    return parts.np;
  }
  // "A spokesperson who did not wish to be named … said": the phrase with its relative clause.
  if (parts === null || !REPORTING.has(tokens[parts.verb]?.t ?? '')) {
    const first = tokens[0];
    const rel = findTokenIndex(tokens, 1, 5, (t) => t.t === 'who' || t.t === 'which' || !t.word);
    if (first && (first.cap || DETERMINERS.has(first.t)) && rel > 0 && (tokens[rel]!.t === 'who' || tokens[rel]!.t === 'which')) {
      const verb = findTokenIndex(tokens, rel + 1, rel + 18, (t) => REPORTING.has(t.t) || !t.word);
      if (verb > 0 && REPORTING.has(tokens[verb]!.t)) return { start: 0, end: auxStart(tokens, verb) };
    }
  }
  for (let v = 1; v < tokens.length; v++) {
    const t = tokens[v]!;
    if (!REPORTING.has(t.t) || t.cap) continue;
    // "…,” Vindman testified": a short source right after a closing quote.
    const start = auxStart(tokens, v);
    const sp = npBefore(tokens, start);
    if (sp && sp.end - sp.start <= 6) {
      const before = tokens[sp.start - 1];
      const before2 = tokens[sp.start - 2];
      const quoteBefore = before && (before.t === '"' || (before.t === ',' && before2?.t === '"'));
      if (quoteBefore && plainSource(tokens, sp)) return sp;
      // "This comes after police said…": an authority reporting after a clause opener.
      const next = tokens[v + 1];
      const named = tokens.slice(sp.start, sp.end).some((x) => AUTHORITY_HEADS.has(x.t));
      const opens = !before || !before.word || CLAUSE_OPENERS.has(before.t);
      if (named && opens && next && (next.t === 'that' || next.word) && plainSource(tokens, sp)) return sp;
    }
    // "Omar asked for compassion …, saying she…": the subject of the clause before.
    if (REPORTING_PARTICIPLES.has(t.t) && tokens[v - 1]?.t === ',' && parts && parts.np.start < v) {
      if (plainSource(tokens, parts.np)) return parts.np;
    }
  }
  // "Internal memo: Federal prison guards falsified records".
  const colon = findTokenIndex(tokens, 1, 6, (t) => t.t === ':' || !t.word);
  if (colon > 0 && tokens[colon]!.t === ':' && tokens.slice(0, colon).some((t) => SOURCE_NOUNS.has(t.t))) {
    return { start: 0, end: colon };
  }
  return null;
}

/** Units after "last", "this" or "next" that make a time phrase ("last week"). */
const CALENDAR_UNITS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', 'summer', 'winter', 'spring', 'fall', 'autumn']);

/** Extends a penalty phrase from `from` to the end of its clause, or null without an amount. */
function penaltyFrom(tokens: Token[], from: number): Span | null {
  let end = from;
  let amount = false;
  while (end < tokens.length && end - from < 40) {
    const t = tokens[end]!;
    if (t.t === '(' || t.t === ';' || t.t === ':' || t.t === '.' || t.t === '"') break;
    if (t.t === ',' ) break;
    if (['if', 'after', 'when', 'because', 'while', 'unless', 'according', 'which'].includes(t.t)) break;
    // "for breaching his bail conditions" is the reason, not the punishment.
    const next = tokens[end + 1];
    if (t.t === 'for' && next && next.t.endsWith('ing')) break;
    // "sentenced to life in federal prison last Thursday": when, not what.
    if (TIME_WORDS.has(t.t) || (TIME_PREPS.has(t.t) && next && (TIME_WORDS.has(next.t) || CALENDAR_UNITS.has(next.t)))) break;
    if (t.num || t.t === '$' || ['life', 'death', 'decades', 'years', 'months', 'weeks', 'million', 'billion', 'probation'].includes(t.t)) {
      amount = true;
    }
    end++;
  }
  if (!amount || end === from) return null;
  return { start: from, end };
}

/**
 * Who a punishment applies to is the claim's subject, not part of the punishment: "up to 3
 * years in prison for the company's representatives or 20 million won in fines" reads as "up
 * to 3 years in prison or 20 million won in fines". Only a short "for …" between two amounts
 * is dropped; the input is one clause of at most 40 tokens, so the bounded lazy run is cheap.
 */
const PENALTY_BENEFICIARY = /\s+for\s+[^,;()]{1,60}?(?=\s+(?:or|and)\s+(?:up to\s+|a\s+)?[$€£¥\d])/i;

export function penaltyText(span: string): string {
  return span.replace(PENALTY_BENEFICIARY, '');
}

/** Punishment the sentence names ("up to 3 years in prison … or 20 million won in fines"). */
function penaltySpan(tokens: Token[]): Span | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.t;
    const next = tokens[i + 1]?.t;
    let from = -1;
    if (t === 'up' && next === 'to') from = i;
    else if (t === 'maximum' || t === 'minimum') from = i > 0 && tokens[i - 1]!.t === 'a' ? i - 1 : i;
    else if ((t === 'sentenced' || t === 'sentence') && next === 'to') from = i + 2;
    else if (t === 'sentence' && next === 'of') from = i + 2;
    else if (t === 'fined') from = i + 1;
    else if ((t === 'fine' || t === 'term') && next === 'of') from = i + 2;
    else if (t === 'face' || t === 'faces' || t === 'facing') from = i + 1;
    else if (t === 'punishable' && next === 'by') from = i + 2;
    else if (t === 'serving' || t === 'served') from = i + 1;
    if (from < 0) continue;
    const sp = penaltyFrom(tokens, from);
    if (sp) return sp;
  }
  return null;
}

/** A place named with the legal act: in the authority, the attribution, or "in <Place>". */
function jurisdiction(tokens: Token[], spans: (Span | undefined)[]): string | undefined {
  const placeAt = (i: number): { name: string; len: number } | null => {
    const a = tokens[i];
    if (!a || !a.word || !a.cap) return null;
    const two = tokens[i + 1];
    if (two && two.word) {
      const name = PLACES[`${a.t} ${two.t}`];
      if (name) return { name, len: 2 };
    }
    const one = PLACES[a.t];
    return one ? { name: one, len: 1 } : null;
  };
  for (const sp of spans) {
    if (!sp) continue;
    for (let i = sp.start; i < sp.end; i++) {
      const p = placeAt(i);
      if (p) return p.name;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const p = placeAt(i);
    if (!p) continue;
    const after = tokens[i + p.len];
    const after2 = tokens[i + p.len + 1];
    if ((after && PLACE_QUALIFIED.has(after.t)) || (after2 && PLACE_QUALIFIED.has(after2.t))) return p.name;
    const before = tokens[i - 1];
    if (before && before.t === 'in' && i > 1 && PLACE_QUALIFIED.has(tokens[i - 2]!.t)) return p.name;
  }
  return undefined;
}

/** Character offsets (into the tokenized text) of the parties a claim names. */
export interface PartySpans {
  subject?: Span;
  authority?: Span;
}

/**
 * Fills the claim's fields from its sentence. `focus` is the token span of the cue that decided
 * the type, so the roles come from the act the claim is about. `parties` gets the character
 * spans of the subject and the authority, for linking them to entities.
 */
export function extractFields(written: Token[], src: string, type: ClaimType, focus: Span, parties: PartySpans = {}): ClaimFields {
  const tokens = isTitleCase(written) ? decapitalize(written) : written;
  const out: ClaimFields = {};
  const attribution = attributionSpan(tokens);
  if (attribution) out.attribution = text(tokens, src, attribution);

  const roles = findParties(tokens, type, focus, attribution ?? undefined);
  if (roles.subject) {
    // "Assange's arrest": the person, not the possessive.
    let s = text(tokens, src, roles.subject).replace(/['’]s$/, '');
    // "they're going to be indicted": the pronoun without its contraction.
    if (roles.subject.end - roles.subject.start === 1) s = s.replace(/['’](re|ve|d|ll|m)$/, '');
    if (s && s.length <= 80) {
      out.subject = s;
      parties.subject = charSpan(tokens, roles.subject);
    }
  }
  const authority = roles.authority;
  if (authority) {
    const a = text(tokens, src, authority).replace(/['’]s$/, '');
    if (a && a.length <= 100) {
      out.authority = a;
      parties.authority = charSpan(tokens, authority);
    }
  }
  const penalty = penaltySpan(tokens);
  if (penalty) out.penalty = penaltyText(text(tokens, src, penalty));
  const place = jurisdiction(tokens, [authority, attribution ?? undefined]);
  if (place) out.jurisdiction = place;
  return out;
}
