/**
 * Telling headlines from names. In Title Case lines ("Police Question Daum Kakao CEO In
 * Probe"), in capitals ("NEED HELP") and in headlines glued into the text ("Kyrgyzstan National
 * Pleads Not Guilty"), capitals prove nothing; names found there are kept only when the rest of
 * the text confirms them.
 */
import { lookup } from './gazetteer';
import { CAP_STOPWORDS, LAW_HEADS, LEGAL_FORMS, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, TITLE_MODIFIERS, TITLE_WORDS } from './lexicon';
import { FIRST_NAMES, isGivenName } from './names';
import { COMMON_WORDS, COMMON_WORDS_NAMES_TOO } from './common-words';
import { endsWithHead, isCapWord, isDateline, isEventHead, isMakerBeforeNumber, wordIndexes, type DocStats } from './shape';
import type { Token } from './tokens';

/** "Theresa May", "Karen Read": stopwords that end a name when a given name precedes them. */
export const STOPWORD_SURNAMES: ReadonlySet<string> = new Set(['may', 'will', 'read']);

/** Surnames spelt as function words: Chinese He, Vietnamese To and Do, Korean An, So and No. */
const FUNCTION_WORD_SURNAMES: ReadonlySet<string> = new Set(['He', 'To', 'Do', 'An', 'So', 'No']);

/**
 * Such a surname at `k`, after a title and before the given name: "spokeswoman He Yongqian",
 * "Vice Premier He Lifeng" (was "Lifeng", the run cut as a headline at "He"), "party chief To
 * Lam". Only inside a sentence, before a word that is no common word.
 */
export function isTitledSurname(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return FUNCTION_WORD_SURNAMES.has(t.text) && !t.initial && isCapWord(next) && next!.sent === t.sent && !COMMON_WORDS.has(next!.lower) && TITLE_WORDS.has(tokens[k - 1]?.lower ?? '');
}

/** Punctuation that ends prose sentences; headlines and captions end without it. */
const TERMINALS: ReadonlySet<string> = new Set(['.', '!', '?', '…', '."', '.”', '?"', '?”', '!"', '!”']);

/**
 * Headline-cased lines ("Police Question Daum Kakao CEO In Probe") and all-caps lines: most
 * content words are capitalised, so capitals are not evidence there. A line that ends like a
 * sentence is prose, however many names it holds ("The Syrian Observatory for Human Rights said.").
 */
export function headlineSentences(tokens: readonly Token[]): Set<number> {
  const words = new Map<number, { total: number; caps: number; terminal: boolean }>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = words.get(t.sent) ?? { total: 0, caps: 0, terminal: false };
    words.set(t.sent, w);
    const next = tokens[i + 1];
    if (!next || next.sent !== t.sent) w.terminal = endsLikeProse(tokens, i + 1);
    if (t.kind !== 'word' || t.initial || t.text.length < 4 || CAP_STOPWORDS.has(t.lower)) continue;
    w.total++;
    if (t.cap) w.caps++;
  }
  const out = new Set<number>();
  for (const [sent, w] of words) if (!w.terminal && w.total >= 3 && w.caps / w.total >= 0.75) out.add(sent);
  return out;
}

/** A capitalised word the text also uses in lower case, and that is no name head. */
export function isCommonWord(t: Token, stats: DocStats): boolean {
  // Acronyms ("US") and initials ("A.") are not the common words they spell.
  if (t.kind !== 'word' || t.acronym || t.text.length === 1) return false;
  if (CAP_STOPWORDS.has(t.lower)) return true;
  if (ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower) || LAW_HEADS.has(t.lower) || FIRST_NAMES.has(t.lower)) return false;
  if (NAME_PARTICLES.has(t.lower) || TITLE_WORDS.has(t.lower) || TITLE_MODIFIERS.has(t.lower)) return false;
  return stats.lowercase.has(t.lower) && !lookup(t.text);
}

/**
 * A run like "Doctors Want Emergency Declared" or "Kyrgyzstan National Pleads Not Guilty":
 * many of its words are common words, so it is a headline glued into the text, not a name.
 */
export function looksLikeHeadline(tokens: readonly Token[], from: number, to: number, stats: DocStats): boolean {
  if (isShouting(tokens, from, to, stats)) return true;
  let words = 0;
  let common = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (!t.cap) return false; // a connector: an "X of Y" name
    // "But Judge Janet Smith rejected…", "When Afghan President Ashraf Ghani first…": a function
    // word opening a prose sentence before a titled or given name, or an institution's, is
    // capitalised for its place, not as a headline word (both runs were dropped as
    // headlines). Not in a heading ("Where AI Actually Shines"), before more function words in
    // capitals ("What Does Stadia Offer?") or before common words ("Keep Detailed Records:").
    if (k === from && t.initial && CAP_STOPWORDS.has(t.lower) && opensProseName(tokens, from, to)) continue;
    words++;
    // "Theresa May": a stopword that ends a name is not a headline word.
    if (isCommonWord(t, stats) && !(STOPWORD_SURNAMES.has(t.lower) && isGivenName(tokens[k - 1]?.lower ?? '')) && !isTitledSurname(tokens, k)) common++;
  }
  // "its ice cream business, the Magnum Ice Cream Company": after a small "the" inside a
  // sentence and ending on a legal form, common words are the firm's own (it was cut to
  // "Magnum"). Not any head: "the Intelligent Around View Monitor" is a car's feature.
  if (tokens[from - 1]?.text === 'the' && LEGAL_FORMS.has(tokens[to - 1]?.lower ?? '')) return false;
  if (common >= 2 && common * 2 >= words) return true;
  // Four or more capitalised words with a common one among them and no head: a headline. Not
  // a titled name: "after Federal Transport Minister Volker Wissing declined" (the text's
  // "federal money" made "Federal" common, and the minister was dropped as a headline).
  return words >= 4 && common >= 1 && !endsWithHead(tokens, to) && !titlesName(tokens, from, to, stats);
}

/**
 * A title word inside the run before two words or more that are no common words: "… Minister
 * Volker Wissing". A headline's words after its title are common: "Minister Faces Vote".
 */
function titlesName(tokens: readonly Token[], from: number, to: number, stats: DocStats): boolean {
  for (let k = from; k + 2 < to; k++) {
    if (!TITLE_WORDS.has(tokens[k]!.lower)) continue;
    let name = true;
    for (let j = k + 1; j < to && name; j++) name = tokens[j]!.cap && !isCommonWord(tokens[j]!, stats);
    if (name) return true;
  }
  return false;
}

/** Nouns after a body's name in prose: "the United Auto Workers union", "the Morena party". */
const BODY_NOUNS_AFTER: ReadonlySet<string> = new Set(['union', 'party', 'movement', 'group', 'militia', 'company', 'coalition', 'alliance', 'federation']);

/** See looksLikeHeadline: the run after a capitalised function word is a name in a prose sentence. */
function opensProseName(tokens: readonly Token[], from: number, to: number): boolean {
  // "The Detroit Auto Show opened": an event's name is a name too; so is one a body's noun
  // follows ("The United Auto Workers union went on strike" was dropped as a headline).
  const after = tokens[to];
  let namey = endsWithHead(tokens, to) || isEventHead(tokens[to - 1]) || (after !== undefined && !after.cap && BODY_NOUNS_AFTER.has(after.lower));
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.cap && CAP_STOPWORDS.has(t.lower) && !isTitledSurname(tokens, k)) return false;
    // A known maker before its model's number: "An Air India Boeing 787 … crashed."
    if (FIRST_NAMES.has(t.lower) || TITLE_WORDS.has(t.lower) || (k === to - 1 && isMakerBeforeNumber(tokens, k))) namey = true;
  }
  return namey && endsLikeProse(tokens, to);
}

/** True when the sentence that token `k` is in ends as prose does, with a full stop or the like. */
function endsLikeProse(tokens: readonly Token[], k: number): boolean {
  const sent = tokens[k - 1]!.sent;
  while (tokens[k]?.sent === sent) k++;
  let end = tokens[k - 1]!.text;
  const before = tokens[k - 2];
  if ((end === '"' || end === '”' || end === ')') && before?.sent === sent) end = before.text + end;
  return TERMINALS.has(end) || TERMINALS.has(end.charAt(0));
}

/** What separates the parts of a label line: "DIGG PICKS | AFFILIATE", "SPORTS • NBA". */
const LABEL_SEPARATORS: ReadonlySet<string> = new Set(['|', '•', '·', '/', ':', '–', '—']);

/**
 * A subheading or label in capitals on a line of its own ("TIP-INS", "CLOSEOUT SEQUENCE" in
 * AP's game stories, "DIGG PICKS | AFFILIATE"): a line of at most five words, every one in
 * capitals, and the run all of it or all of one part of it between separators. The run holds
 * a common English word that is nobody's name and no list knows it: it names nothing (the
 * first two were people on a Lakers story, Zyte AEB). Not a headline's name, which shares its
 * part of the line with other words ("BAYERN BEAT ..."), nor a name head's run ("SUPREME
 * COURT"), nor a dateline's.
 */
export function isCapitalSubhead(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  // The line: each word in capitals, at most five of them (read no further, on a page of one
  // huge paragraph).
  const para = tokens[from]!.para;
  let words = 0;
  const inCapitals = (t: Token): boolean => t.kind !== 'word' || (t.acronym && t.text.length >= 2 && ++words <= 5);
  let lineFrom = from;
  while (tokens[lineFrom - 1]?.para === para) if (!inCapitals(tokens[--lineFrom]!)) return false;
  let lineTo = from;
  while (tokens[lineTo]?.para === para) if (!inCapitals(tokens[lineTo++]!)) return false;
  for (let k = from - 1; k >= lineFrom && !LABEL_SEPARATORS.has(tokens[k]!.text); k--) if (tokens[k]!.kind === 'word') return false;
  for (let k = to; k < lineTo && !LABEL_SEPARATORS.has(tokens[k]!.text); k++) if (tokens[k]!.kind === 'word') return false;
  const common = wordIndexes(tokens, from, to).some((k) => {
    const w = tokens[k]!.lower;
    return w.length >= 3 && COMMON_WORDS.has(w) && !COMMON_WORDS_NAMES_TOO.has(w) && !FIRST_NAMES.has(w);
  });
  return common && !endsWithHead(tokens, to) && !isDateline(tokens, from, to) && !lookup(text.slice(tokens[from]!.start, tokens[to - 1]!.end));
}

/**
 * A word of four letters or more that the text never writes with small letters and no list
 * knows: in a line in capitals, a headline's word ("SINKS", "EXTENDS"), no name's.
 */
export function neverWrittenSmall(t: Token, stats: DocStats): boolean {
  return t.text.length >= 4 && !stats.mixedCase.has(t.lower) && !lookup(t.text);
}

/**
 * "NEED HELP", "MIX IT ALL UP": words in capitals, at least one of them a common word; or, as
 * wire headlines run without one ("CANTONA SINKS LEEDS" was one organization), one the text
 * writes as a name elsewhere ("Eric Cantona") beside one of four letters or more that it never
 * writes with small letters and no list knows ("SINKS").
 */
export function isShouting(tokens: readonly Token[], from: number, to: number, stats: DocStats): boolean {
  let words = 0;
  let common = false;
  let written = false;
  let unwritten = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    // "CUTTITTA BACK FOR ITALY AFTER A YEAR": a capital "A" or "I" shouts with the rest.
    // Not the letter of a name ("AT&T").
    if (!t.acronym && !((t.text === 'A' || t.text === 'I') && t.space)) return false;
    words++;
    if (CAP_STOPWORDS.has(t.lower) || stats.lowercase.has(t.lower)) common = true;
    if (stats.mixedCase.has(t.lower)) written = true;
    else if (neverWrittenSmall(t, stats)) unwritten = true;
  }
  return words >= 2 && (common || (written && unwritten));
}

