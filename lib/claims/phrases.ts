/**
 * Noun phrases and clauses read off a sentence's tokens with bounded scans: the phrase before or
 * after a word, a clause's subject and verb, title-case headlines. Every scan looks at a fixed
 * number of tokens, so callers stay linear in the sentence length.
 */
import {
  ACT_VERBS, AGENT_NOUNS, ARTICLES, AUTHORITY_HEADS, AUX, BE_FORMS, CLIMB_PREPS, CONTRACTION,
  CONTROL_VERBS, DETERMINERS, HEDGE_ADVERBS, IRREGULAR_VERBS, LEAD_INS, LEAD_PHRASE_OPENERS,
  LEFT_STOPS, LEGALITY, LIGHT_VERBS, NAME_ABBREVIATIONS, NON_PARTY_HEADS, OBJECT_NOUNS,
  PATIENT_NOUNS, PEOPLE_NOUNS, PLACE_PREPS, PREPOSITIONS, PRONOUNS, REPORTING, RIGHT_STOPS,
  SAY_VERBS, SUBJECT_PRONOUNS, SUBJECT_VERBS, TELL_VERBS, TIME_PREPS, TIME_WORDS,
} from './lexicon';
import type { Token } from './tokens';

/** A span of tokens [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** The text of a span, without punctuation at its edges (a name's final dot stays). */
export function text(tokens: Token[], src: string, span: Span): string {
  let s = span.start;
  let e = span.end;
  while (s < e && !tokens[s]!.word && tokens[s]!.t !== '$') s++;
  while (e > s && !tokens[e - 1]!.word && tokens[e - 1]!.t !== ')' && !isNameDot(tokens, e - 1)) e--;
  const a = tokens[s];
  const b = tokens[e - 1];
  if (!a || !b || e <= s) return '';
  return src.slice(a.start, b.end);
}

/** The period after an initial or a title is part of the name ("Elizabeth A. Burton"). */
export function isNameDot(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || t.t !== '.' || !prev || !prev.word) return false;
  return (prev.raw.length === 1 && prev.cap) || NAME_ABBREVIATIONS.has(prev.t);
}

export function isPossessive(t: Token): boolean {
  return t.word && (t.t.endsWith("'s") || t.t.endsWith("s'"));
}

export function isDeterminer(t: Token): boolean {
  return DETERMINERS.has(t.t) || t.num || isPossessive(t);
}

/**
 * The noun phrase that ends just before token `end`, read leftwards up to 12 tokens. Picks the
 * phrase start at a determiner ("the head of an online service company") or a run of capitalized
 * words ("Sirgoo Lee"), and resolves appositives ("Sirgoo Lee, CEO of Daum Kakao, was…").
 */
export function npBefore(tokens: Token[], end: number, depth = 0): Span | null {
  // "A citizen of Kyrgyzstan on Wednesday pleaded": a time phrase is not part of the subject.
  if (tokens[end - 1] && TIME_WORDS.has(tokens[end - 1]!.t) && TIME_PREPS.has(tokens[end - 2]?.t ?? '')) end -= 2;
  let j = end - 1;
  const last = tokens[j];
  if (!last || depth > 2) return null;
  if (last.t === 'to') {
    // "The envoy is likely to face": the subject is before the verb group that takes "to".
    const prev = tokens[j - 1];
    if (!prev || !prev.word) return null;
    // "Swedish prosecutors decided to reopen", "The envoy is likely to face": the subject of
    // the verb (or adjective) that takes "to".
    if (CONTROL_VERBS.has(prev.t)) return npBefore(tokens, auxStart(tokens, j - 1), depth + 1);
    if (AUX.has(prev.t)) return null;
    // "urge Ukraine to investigate", "wants the UK to extradite": the phrase right before "to".
    return npBefore(tokens, j, depth + 1);
  }
  if (last.t === ',') {
    // Appositive: "X, <appositive>, verb". Find the comma that opens it.
    let k = j - 1;
    while (k >= 0 && j - k < 16 && tokens[k]!.t !== ',') {
      if (!tokens[k]!.word && !isNameDot(tokens, k)) return null;
      k--;
    }
    if (k < 0 || tokens[k]!.t !== ',') return null;
    const appositive = { start: k + 1, end: j };
    const opening = leadingName(tokens);
    if (opening && opening.end <= k) {
      // "Patrick W. Carlineo Jr., 55, of Addison, a village near Ithaca, pleaded…".
      let onlyAppositives = true;
      for (let x = opening.end; x < k; x++) if (LEFT_STOPS.has(tokens[x]!.t)) onlyAppositives = false;
      if (onlyAppositives && k - opening.end < 20) return opening;
    }
    const head = npBefore(tokens, k, depth + 1);
    const appTokens = tokens.slice(appositive.start, appositive.end);
    const appIsName =
      appTokens.length > 0 && appTokens.length <= 5 && appTokens.every((t) => t.cap || t.t === '.');
    if (!appIsName) return head;
    if (!head) return appositive;
    // "The CEO of …, Sirgoo Lee," and "the man who…, Michael Webb,": the name is the subject.
    return DETERMINERS.has(tokens[head.start]!.t) ? appositive : head;
  }
  const words: number[] = [];
  while (j >= 0 && end - j <= 12) {
    const t = tokens[j]!;
    if (!t.word) {
      if (isNameDot(tokens, j)) {
        j--;
        continue;
      }
      break;
    }
    if (LEFT_STOPS.has(t.t) && !(t.cap && j > 0 && words.length > 0)) break;
    // "failed to conduct checks … and falsified records": "and" joins verbs, not names.
    if (t.t === 'and' && !(tokens[j - 1]?.cap && tokens[j + 1]?.cap)) break;
    // "he's pleased to see": a contracted pronoun ends the phrase, and is the phrase if alone.
    if (PRONOUNS.has(t.t.replace(CONTRACTION, ''))) {
      if (words.length === 0 && t.t !== t.t.replace(CONTRACTION, '')) return { start: j, end: j + 1 };
      if (t.t !== t.t.replace(CONTRACTION, '')) break;
    }
    words.push(j);
    j--;
  }
  if (words.length === 0) return null;
  const lastWord = tokens[words[0]!]!;
  if (PRONOUNS.has(lastWord.t)) {
    // "Assange, who denies…": the relative pronoun stands for the phrase before the comma.
    // "Epstein who reportedly…": the same without the comma. A bare "who" is never a subject.
    if (lastWord.t === 'who') {
      const before = tokens[words[0]! - 1];
      if (before?.t === ',') return npBefore(tokens, words[0]! - 1, depth + 1);
      return before?.word ? npBefore(tokens, words[0]!, depth + 1) : null;
    }
    return { start: words[0]!, end };
  }
  const inPhrase = (k: number): boolean => words.includes(k);
  // Rightmost determiner; climb over "of/for" to an earlier article ("the head of an …").
  let start = -1;
  for (const w of words) {
    if (isDeterminer(tokens[w]!)) {
      start = w;
      break;
    }
  }
  if (start >= 0) {
    for (;;) {
      const prep = tokens[start - 1];
      if (!prep || !CLIMB_PREPS.has(prep.t)) break;
      let k = start - 2;
      let found = -1;
      while (k >= 0 && start - k < 10 && inPhrase(k)) {
        if (ARTICLES.has(tokens[k]!.t) || (isPossessive(tokens[k]!) && !tokens[k]!.cap)) {
          found = k;
          break;
        }
        k--;
      }
      if (found < 0) break;
      start = found;
    }
    // "a 20-year old man": an article before a number or another determiner word.
    while (start > 0 && inPhrase(start - 1) && DETERMINERS.has(tokens[start - 1]!.t)) start--;
    // Capitalized words before the start belong to the same name ("Bartholomew County
    // Sheriff's Department", "Federal prosecutors"), and so does an article before them.
    while (start > 0 && inPhrase(start - 1) && tokens[start - 1]!.cap) start--;
    if (start > 0 && inPhrase(start - 1) && ARTICLES.has(tokens[start - 1]!.t)) start--;
    return { start, end };
  }
  // No determiner: a run of capitalized words, possibly joined by "and" ("Noel and Thomas").
  let s = words[0]!;
  if (!tokens[s]!.cap) {
    // A bare noun with its modifiers: "online service providers", "Federal prosecutors".
    const PREPS = ['from', 'of', 'by', 'with', 'in', 'on', 'for', 'at', 'into', 'about'];
    while (s > 0 && inPhrase(s - 1) && words[0]! - s < 3 && !PREPS.includes(tokens[s - 1]!.t)) s--;
    return { start: s, end };
  }
  for (const w of words) {
    const t = tokens[w]!;
    if (t.cap || (t.t === 'and' && tokens[w - 1]?.cap)) s = w;
    else break;
  }
  // Walk back over name dots ("Patrick W. Carlineo").
  while (s > 1 && isNameDot(tokens, s - 1) && tokens[s - 2]!.cap) s -= 2;
  while (s > 0 && tokens[s - 1]!.cap && tokens[s - 1]!.word) s--;
  // "Prosecutors in Manhattan", "Police in Lagos": an authority or a plural before the place.
  const prep = tokens[s - 1];
  const head = tokens[s - 2];
  if (prep && head && inPhrase(s - 1) && inPhrase(s - 2) && PLACE_PREPS.has(prep.t)) {
    if (AUTHORITY_HEADS.has(head.t) || (/[a-z]s$/.test(head.t) && !LEFT_STOPS.has(head.t))) {
      s -= 2;
      while (s > 0 && inPhrase(s - 1) && (tokens[s - 1]!.cap || ARTICLES.has(tokens[s - 1]!.t)) && tokens[s - 1]!.word) s--;
    }
  }
  return { start: s, end };
}

/** A capitalized name that opens the sentence and is followed by a comma ("Sirgoo Lee, CEO…"). */
export function leadingName(tokens: Token[]): Span | null {
  let i = 0;
  while (i < tokens.length && i < 6 && (tokens[i]!.cap || isNameDot(tokens, i))) i++;
  if (i === 0 || tokens[i]?.t !== ',') return null;
  if (DETERMINERS.has(tokens[0]!.t) || LEAD_INS.has(tokens[0]!.t)) return null;
  return { start: 0, end: i };
}

/** The noun phrase starting at token `start`, read rightwards up to `max` tokens. */
export function npAfter(tokens: Token[], start: number, opts: { allowOf?: boolean; max?: number } = {}): Span | null {
  const max = opts.max ?? 8;
  const first = tokens[start];
  if (first && PRONOUNS.has(first.t)) return { start, end: start + 1 }; // "find him guilty"
  let i = start;
  let usedOf = false;
  while (i < tokens.length && i - start < max) {
    const t = tokens[i]!;
    if (!t.word) {
      if (isNameDot(tokens, i) && i + 1 < tokens.length && tokens[i + 1]!.cap) {
        i++;
        continue;
      }
      break;
    }
    if (t.t === 'and' && tokens[i + 1]?.cap && i > start) {
      i++;
      continue;
    }
    if ((t.t === 'of' || t.t === 'for' || t.t === 'in' || t.t === 'with') && opts.allowOf && !usedOf && i > start) {
      const next = tokens[i + 1];
      if (next && (next.cap || next.t === 'the')) {
        usedOf = true;
        i++;
        continue;
      }
    }
    if (RIGHT_STOPS.has(t.t) && i > start) break;
    if (RIGHT_STOPS.has(t.t) && !DETERMINERS.has(t.t)) break;
    // "fined Google 4.3 billion euros": an amount after a name is a second object.
    if (i > start && (t.num || t.t === '$') && tokens[i - 1]!.cap) break;
    // "ordered Matanov held until trial", "the staffers assigned to…": a participle after a
    // name or a plural ends the phrase ("the disgraced financier" keeps its adjective).
    const prevWord = tokens[i - 1];
    if (i > start && !t.cap && looksFinite(t) && prevWord && (prevWord.cap || /[a-z]s$/.test(prevWord.t))) break;
    // "These wouldn't be…": a contracted verb ends the phrase.
    if (i > start && (t.t.endsWith("n't") || CONTRACTION.test(t.t)) && !isPossessive(t)) break;
    i++;
  }
  if (i === start) return null;
  return { start, end: i };
}

export function findTokenIndex(tokens: Token[], from: number, to: number, pred: (t: Token) => boolean): number {
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) if (pred(tokens[i]!)) return i;
  return -1;
}

/** Index of the first auxiliary of a verb group ending just before `verb` ("has been" in "has been questioned"). */
export function auxStart(tokens: Token[], verb: number): number {
  let k = verb;
  while (k > 0 && AUX.has(tokens[k - 1]!.t) && verb - k < 4) k--;
  return k;
}

export function isPassive(tokens: Token[], verb: number): boolean {
  // "is examining", "are suing": progressive, not passive.
  if (tokens[verb]!.t.endsWith('ing')) return false;
  for (let k = verb - 1; k >= 0 && verb - k <= 3; k--) {
    const t = tokens[k]!.t;
    if (BE_FORMS.has(t)) return true;
    if (!AUX.has(t) && !/^[a-z]+ly$/.test(t)) return false;
  }
  return false;
}

/** Token indices ordered by distance from `focus`, nearest first (bounded). */
export function byDistance(n: number, focus: number): number[] {
  const order: number[] = [];
  for (let d = 0; d < n && order.length < 120; d++) {
    if (focus - d >= 0) order.push(focus - d);
    if (d > 0 && focus + d < n) order.push(focus + d);
  }
  return order;
}

/**
 * True when a word inside a noun phrase must be its verb: an auxiliary, a past form or a verb's
 * "-s" form ("The company rolled back", but "The conspiracy charge is…" keeps "charge").
 */
export function looksFinite(t: Token): boolean {
  if (t.cap) return false;
  if (AUX.has(t.t) || IRREGULAR_VERBS.has(t.t) || /[a-z]ed$/.test(t.t)) return true;
  return /s$/.test(t.t) && (SUBJECT_VERBS.has(t.t) || REPORTING.has(t.t) || SAY_VERBS.has(t.t));
}

/** True when token `k` reads as the finite verb after a clause subject. */
export function looksLikeVerb(tokens: Token[], k: number, name: boolean): boolean {
  const t = tokens[k];
  if (!t || !t.word || t.cap) return false;
  if (AUX.has(t.t) || ACT_VERBS.has(t.t) || SUBJECT_VERBS.has(t.t) || REPORTING.has(t.t) || IRREGULAR_VERBS.has(t.t)) {
    return true;
  }
  if (/[a-z]ed$/.test(t.t)) return true;
  // Present tense "-s" is common for nouns too; accept it only after a name ("Assange denies").
  return name && /[a-z]s$/.test(t.t) && !t.t.endsWith('ss');
}

/** A clause's subject phrase and the verb after it, as {@link clauseParts} finds them. */
export interface ClauseParts {
  np: Span;
  /** The subject is a capitalized name (not a pronoun or a determiner phrase). */
  name: boolean;
  /** Index of the main verb (after auxiliaries and adverbs). */
  verb: number;
  /** Auxiliaries and adverbs between the subject and the main verb. */
  aux: number;
}

/** Lower-case words that may follow a capitalized modifier inside a name ("Defense attorneys"). */
export function nounAfterName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !t.word || t.cap || t.num) return false;
  if (AUX.has(t.t) || RIGHT_STOPS.has(t.t) || LEFT_STOPS.has(t.t) || looksLikeVerb(tokens, k, false)) return false;
  if (/^[a-z]+ly$/.test(t.t) || HEDGE_ADVERBS.has(t.t)) return false;
  return /s$/.test(t.t) || AUTHORITY_HEADS.has(t.t);
}

/**
 * The subject of the clause that starts at `from` (a name, a pronoun or a determiner phrase)
 * and the verb after it. Lead-ins ("But", "In June,", "As alleged,") are skipped.
 */
export function clauseParts(tokens: Token[], from: number): ClauseParts | null {
  let i = from;
  // A dateline: "NEW DELHI:", "WASHINGTON (AP) —".
  if (from === 0) {
    const mark = findTokenIndex(tokens, 1, 6, (t) => t.t === ':' || t.t === '—');
    if (mark > 0 && tokens.slice(0, mark).every((t) => !t.word || t.raw === t.raw.toUpperCase())) i = mark + 1;
  }
  // Skip a lead-in ("Tuesday,", "But", an opening quote).
  while (i < tokens.length && i - from < 3 && (!tokens[i]!.word || LEAD_INS.has(tokens[i]!.t))) i++;
  // And an adverbial phrase up to a comma ("In June,", "As alleged,").
  if (tokens[i] && LEAD_PHRASE_OPENERS.has(tokens[i]!.t)) {
    const comma = findTokenIndex(tokens, i + 1, i + 10, (t) => t.t === ',');
    let plain = comma > 0;
    for (let k = i + 1; plain && k < comma; k++) if (!tokens[k]!.word && !isNameDot(tokens, k)) plain = false;
    if (plain) i = comma + 1;
    while (i < tokens.length && i - from < 14 && !tokens[i]!.word) i++;
  }
  const first = tokens[i];
  if (!first || !first.word) return null;
  let np: Span | null = null;
  let name = false;
  let contracted = false;
  const bare = first.t.replace(CONTRACTION, '');
  if (SUBJECT_PRONOUNS.has(bare)) {
    np = { start: i, end: i + 1 };
    contracted = bare !== first.t; // "He's in custody": the verb is inside the token.
  } else if ((DETERMINERS.has(first.t) && first.t !== 'no') || (first.cap && isPossessive(first))) {
    // "The company rolled back…", "Epstein's sudden death triggered…": up to the verb.
    let e = i + 1;
    while (e < tokens.length && e - i < 7) {
      const t = tokens[e]!;
      if (!t.word || RIGHT_STOPS.has(t.t) || LEFT_STOPS.has(t.t) || looksFinite(t) || /^[a-z]+ly$/.test(t.t)) break;
      if (t.t.endsWith("n't") || (CONTRACTION.test(t.t) && !isPossessive(t))) break;
      e++;
    }
    np = { start: i, end: e };
  } else if (first.cap && !RIGHT_STOPS.has(first.t) && !LEFT_STOPS.has(first.t)) {
    let e = i;
    while (
      e < tokens.length &&
      e - i < 6 &&
      (tokens[e]!.cap || isNameDot(tokens, e) || (tokens[e]!.t === 'and' && tokens[e + 1]?.cap))
    ) {
      e++;
    }
    // A shouted or title-case headline is not a name ("WHAT SAY YOU", "Video Shows Dramatic Rescue").
    const run = tokens.slice(i, e).filter((t) => t.word);
    const shouting = run.length > 1 && run.every((t) => t.raw === t.raw.toUpperCase());
    if (!shouting && e > i) {
      // "Wikileaks editor-in-chief Kristinn Hrafnsson", "State Department official David Holmes":
      // a lower-case title between two capitalized runs belongs to the name.
      for (let gap = 1; gap <= 2; gap++) {
        const words = tokens.slice(e, e + gap);
        const after = tokens[e + gap];
        if (words.length === gap && words.every((t) => t.word && !t.cap && !AUX.has(t.t) && !looksFinite(t) && !RIGHT_STOPS.has(t.t) && !LEFT_STOPS.has(t.t)) && after?.cap && after.word) {
          e += gap;
          while (e < tokens.length && e - i < 10 && (tokens[e]!.cap || isNameDot(tokens, e))) e++;
          break;
        }
      }
      // "Defense attorneys said…", "Forest Hill police officers found…".
      let n = 0;
      while (n < 2 && nounAfterName(tokens, e)) {
        e++;
        n++;
      }
      np = { start: i, end: e };
      name = n === 0;
    }
  }
  if (!np) return null;
  let k = np.end;
  // An appositive: "Sirgoo Lee, CEO of Korean Internet giant Daum Kakao, was…".
  if (tokens[k]?.t === ',') {
    // A relative clause may run longer ("The company, which is expected to lay off…, confirmed").
    const reach = tokens[k + 1]?.t === 'which' || tokens[k + 1]?.t === 'who' ? 28 : 16;
    const close = findTokenIndex(tokens, k + 1, k + reach, (t) => t.t === ',' || (!t.word && t.t !== '.'));
    if (close > 0 && tokens[close]!.t === ',') k = close + 1;
  }
  let aux = contracted ? 1 : 0;
  while (k < tokens.length && (AUX.has(tokens[k]!.t) || /^[a-z]+ly$/.test(tokens[k]!.t)) && aux < 4) {
    k++;
    aux++;
  }
  if (aux === 0 && !looksLikeVerb(tokens, k, name)) return null;
  return { np, name, verb: k, aux };
}

/**
 * The subject of the clause that starts at `from`, when a verb follows it (see
 * {@link clauseParts}). After a verb of saying the subject of the reported clause is returned
 * instead ("Boesky said Epstein was…" gives Epstein); `depth` 1 stops that.
 */
export function clauseSubject(tokens: Token[], from = 0, depth = 0): Span | null {
  const parts = clauseParts(tokens, from);
  if (!parts) return null;
  const main = tokens[parts.verb];
  if (depth === 0 && main && (SAY_VERBS.has(main.t) || TELL_VERBS.has(main.t)) && parts.aux <= 1) {
    // "Boesky said Epstein was…": the reported clause holds the subject, not the speaker.
    let c = parts.verb + 1;
    if (TELL_VERBS.has(main.t)) {
      const obj = npAfter(tokens, c, { max: 4 });
      if (!obj) return null;
      c = obj.end;
    }
    // "…said in an email to The Associated Press that Carlineo…": skip to the "that".
    const that = findTokenIndex(tokens, c, c + 10, (t) => t.t === 'that' || !t.word);
    if (that >= 0 && tokens[that]!.t === 'that' && tokens[c]?.t !== 'that' && PREPOSITIONS.has(tokens[c]?.t ?? '')) c = that;
    if (tokens[c]?.t === 'that') c++;
    return clauseSubject(tokens, c, depth + 1);
  }
  return parts.np;
}

/** A span holding a verb or an adverb reads as a clause, not as a source ("We strongly oppose"). */
export function hasClauseWords(tokens: Token[], sp: Span): boolean {
  for (let i = sp.start; i < sp.end; i++) {
    const t = tokens[i]!;
    if (!t.word || t.cap) continue;
    if (looksFinite(t) || /^[a-z]+ly$/.test(t.t)) return true;
  }
  return false;
}

/** Share of longer words that must be capitalized for a sentence to read as a title-case headline. */
export const TITLE_CASE_SHARE = 0.7;

/** Lower-case words of 4+ letters a title-case headline may have. */
export const TITLE_CASE_LOWER_MAX = 1;

/** True for "Court Convicts Friend of Boston Bombing Suspect": most words of 4+ letters capitalized. */
export function isTitleCase(tokens: Token[]): boolean {
  let long = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!t.word || t.num || t.raw.length < 4) continue;
    long++;
    if (t.cap) caps++;
  }
  // A name-heavy sentence still has its verbs in lower case ("… have dragged the Inspector-General…").
  return caps >= 3 && long - caps <= TITLE_CASE_LOWER_MAX && caps >= TITLE_CASE_SHARE * long;
}

/** Every word the rules know as a function word, a verb or a legal noun. */
let lexicon: Set<string> | null = null;

/**
 * A title-case headline with the capitals taken off the words the rules know ("Convicts",
 * "Court", "Of"), so only names stay capitalized. Offsets do not change.
 */
export function decapitalize(tokens: Token[]): Token[] {
  lexicon ??= new Set(
    [
      ACT_VERBS, SUBJECT_VERBS, REPORTING, SAY_VERBS, AUTHORITY_HEADS, OBJECT_NOUNS, AGENT_NOUNS,
      NON_PARTY_HEADS, LEFT_STOPS, RIGHT_STOPS, DETERMINERS, AUX, PRONOUNS, LIGHT_VERBS,
      CONTROL_VERBS, LEGALITY, PATIENT_NOUNS, CLIMB_PREPS, PEOPLE_NOUNS,
    ].flatMap((set) => [...set]),
  );
  const known = lexicon;
  return tokens.map((t, i) => (i > 0 && t.cap && known.has(t.t) ? { ...t, cap: false } : t));
}

/** A span without the sentence adverbs it may start with ("Yet our shocked State Department"). */
export function trimLeadIn(tokens: Token[], sp: Span): Span {
  let start = sp.start;
  while (start < sp.end - 1 && LEAD_INS.has(tokens[start]!.t) && !tokens[start + 1]!.t.startsWith("'")) start++;
  return { start, end: sp.end };
}

/** The character span a token span covers. */
export function charSpan(tokens: Token[], sp: Span): Span {
  return { start: tokens[sp.start]!.start, end: tokens[sp.end - 1]!.end };
}
