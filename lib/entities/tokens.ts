/**
 * Tokenising once, so every recogniser scans the same token array instead of running its own
 * regexes over the page. Words keep internal apostrophes ("O'Brien", "don't"), dotted acronyms
 * stay whole ("U.S."), numbers keep their separators ("18,000", "2.5") and a possessive "'s" is
 * split off so "Korea's" yields the name "Korea".
 */
import { splitSentences } from '../text/sentences';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, none lower-case ("CEO", "U.S.", "NYAG"). */
  acronym: boolean;
  /** Whitespace (or the start of the text) comes right before it. */
  space: boolean;
  /** Index of the sentence it belongs to. */
  sent: number;
  /** Index of the paragraph (a newline starts a new one). */
  para: number;
  /**
   * First word of its sentence, or right after an opening quote, a colon or a dash: a place
   * where any word is capitalised, so capitals say nothing about names.
   */
  initial: boolean;
}

const INVISIBLE = /\p{Cf}/gu;
const HAS_INVISIBLE = /\p{Cf}/u;

const APOSTROPHES = new Set(["'", '’', 'ʼ']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '„']);
const CLAUSE_STARTERS = new Set([':', '–', '—', '-', '•', '|']);
/**
 * Labels of a summary box that the text glues to the box's first sentence ("Summary Studies
 * show that…", Healthline via Zyte AEB): the word after one opens a sentence.
 */
const PARAGRAPH_LABELS = new Set(['summary']);

function isUpperLetter(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** The text a reader sees: no invisible format characters. */
export function visible(s: string): string {
  return s.replace(INVISIBLE, '');
}

const NON_LETTERS = /[^\p{L}]/gu;

/** A token over `text[start, end)`; `invisible`: whether the text has format characters to drop at all. */
function makeToken(text: string, start: number, end: number, kind: TokenKind, space: boolean, invisible: boolean): Token {
  const slice = invisible ? visible(text.slice(start, end)) : text.slice(start, end);
  const lower = slice.toLowerCase();
  const word = kind === 'word';
  // Only a word with no lower-case letter can be an acronym; most fail here, before the regex.
  const letters = word && slice === slice.toUpperCase() ? slice.replace(NON_LETTERS, '') : '';
  return {
    start,
    end,
    text: slice,
    kind,
    lower,
    cap: word && isUpperLetter(slice.charAt(0)),
    acronym: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    space,
    sent: 0,
    para: 0,
    initial: false,
  };
}

interface Raw {
  start: number;
  end: number;
  kind: TokenKind;
}

// What the tokeniser needs to know of a code point, one bit each. Classified by regex once per
// code point (a table for ASCII, a bounded memo above it): scanning with a global regex
// allocated a match and a string per piece, a tenth of the entity stage's garbage.
const WORD_CHAR = 1;
const SPACE_CHAR = 2;
const DIGIT_CHAR = 4;
const LETTER_CHAR = 8;
const FORMAT_CHAR = 16;
const WORD_CP = /^[\p{L}\p{M}\p{N}\p{Cf}]$/u;
const SPACE_CP = /^\s$/u;
const DIGIT_CP = /^\p{N}$/u;
const LETTER_CP = /^\p{L}$/u;
const FORMAT_CP = /^\p{Cf}$/u;

function classify(ch: string): number {
  return (WORD_CP.test(ch) ? WORD_CHAR : SPACE_CP.test(ch) ? SPACE_CHAR : 0) | (DIGIT_CP.test(ch) ? DIGIT_CHAR : 0) | (LETTER_CP.test(ch) ? LETTER_CHAR : 0) | (FORMAT_CP.test(ch) ? FORMAT_CHAR : 0);
}
const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, c) => classify(String.fromCharCode(c)));
const OTHER_CLASSES = new Map<number, number>();
const MAX_OTHER_CLASSES = 10_000;

function classOf(cp: number): number {
  if (cp < 128) return ASCII_CLASSES[cp]!;
  let c = OTHER_CLASSES.get(cp);
  if (c === undefined) {
    c = classify(String.fromCodePoint(cp));
    if (OTHER_CLASSES.size < MAX_OTHER_CLASSES) OTHER_CLASSES.set(cp, c);
  }
  return c;
}

/**
 * The text cut into runs: a run of letters, marks, digits and format characters is a word
 * (or a number, or a number with its unit glued on); any other visible character, repeated or
 * not, is punctuation, so "!!!!…" is one cheap token. Whitespace separates. One pass, linear on
 * any input. Invisible format characters (a soft hyphen, a zero-width space or joiner) are
 * part of the word they sit in and drop out of its text: "Netan\u00adyahu" is "Netanyahu"
 * (the Washington Post hyphenates names so; "Vladi" and "Netan" were people).
 */
function rawPieces(text: string, invisible: boolean): Raw[] {
  const out: Raw[] = [];
  const len = text.length;
  let i = 0;
  while (i < len) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const c = classOf(cp);
    if (!(c & WORD_CHAR)) {
      if (c & SPACE_CHAR) {
        i += width;
        continue;
      }
      let e = i + width;
      while (e < len && text.codePointAt(e) === cp) e += width;
      out.push({ start: i, end: e, kind: 'punct' });
      i = e;
      continue;
    }
    const s = i;
    let digitsOnly = true;
    let leadingDigitsEnd = s;
    let hasLetter = false;
    let formatOnly = true;
    while (i < len) {
      const cp2 = text.codePointAt(i)!;
      const c2 = classOf(cp2);
      if (!(c2 & WORD_CHAR)) break;
      i += cp2 > 0xffff ? 2 : 1;
      if (!(c2 & DIGIT_CHAR)) digitsOnly = false;
      else if (digitsOnly) leadingDigitsEnd = i;
      if (c2 & LETTER_CHAR) hasLetter = true;
      if (!(c2 & FORMAT_CHAR)) formatOnly = false;
    }
    // Only invisible characters ("\u200b" between two spaces): no token at all.
    if (invisible && formatOnly) continue;
    if (digitsOnly) {
      out.push({ start: s, end: i, kind: 'num' });
    } else if (leadingDigitsEnd > s && hasLetter) {
      // "12bn", "5th", "20m": the number, then its unit glued on.
      out.push({ start: s, end: leadingDigitsEnd, kind: 'num' });
      out.push({ start: leadingDigitsEnd, end: i, kind: 'word' });
    } else {
      out.push({ start: s, end: i, kind: 'word' });
    }
  }
  return out;
}

/** Endings of web names written in running text: "Amazon.com", "bbc.co.uk". */
const WEB_SUFFIXES: ReadonlySet<string> = new Set(['com', 'net', 'org', 'io', 'gov', 'edu', 'ai', 'tv', 'co', 'uk']);

/**
 * The name before a web name's ending ("WordPress.org" → "WordPress", "bbc.co.uk" → "bbc"),
 * or undefined for a surface that is no web name.
 */
export function webNameBase(surface: string): string | undefined {
  const parts = surface.split('.');
  let n = parts.length;
  while (n > 1 && WEB_SUFFIXES.has(parts[n - 1]!)) n--;
  return n === 1 && parts.length > 1 && parts[0] ? parts[0] : undefined;
}

/** A lone "." that starts right at `at`. */
function isDotAt(text: string, piece: Raw | undefined, at: number): boolean {
  return piece !== undefined && piece.kind === 'punct' && piece.start === at && piece.end - piece.start === 1 && text[piece.start] === '.';
}

/** Glues pieces that touch into words and numbers (see the file comment). Linear. */
function glue(text: string, raw: Raw[]): Raw[] {
  const out: Raw[] = [];
  let i = 0;
  while (i < raw.length) {
    const cur = raw[i]!;
    // Dotted acronyms: single letters each followed by a period, at least two ("U.S.", "p.m.").
    if (cur.kind === 'word' && cur.end - cur.start === 1) {
      let j = i;
      let end = cur.start;
      let count = 0;
      for (;;) {
        const letter = raw[j];
        const dot = raw[j + 1];
        if (
          !letter ||
          !dot ||
          letter.kind !== 'word' ||
          letter.end - letter.start !== 1 ||
          letter.start !== end ||
          dot.start !== letter.end ||
          dot.end - dot.start !== 1 ||
          text[dot.start] !== '.'
        ) {
          break;
        }
        end = dot.end;
        count++;
        j += 2;
      }
      if (count >= 2) {
        out.push({ start: cur.start, end, kind: 'word' });
        i = j;
        continue;
      }
    }
    // Numbers with thousands separators and decimals.
    if (cur.kind === 'num') {
      let end = cur.end;
      let j = i + 1;
      while (
        raw[j]?.kind === 'punct' &&
        (text[raw[j]!.start] === ',' || text[raw[j]!.start] === '.') &&
        raw[j]!.end - raw[j]!.start === 1 &&
        raw[j]!.start === end &&
        raw[j + 1]?.kind === 'num' &&
        raw[j + 1]!.start === raw[j]!.end &&
        (text[raw[j]!.start] === '.' || raw[j + 1]!.end - raw[j + 1]!.start === 3)
      ) {
        end = raw[j + 1]!.end;
        j += 2;
      }
      out.push(end === cur.end ? cur : { start: cur.start, end, kind: 'num' });
      i = j;
      continue;
    }
    // A web name is one word: "Amazon.com", "Booking.com", "bbc.co.uk" (one of "Amazon" and a
    // lone "com" split it in two).
    if (cur.kind === 'word') {
      let end = cur.end;
      let j = i + 1;
      while (isDotAt(text, raw[j], end) && raw[j + 1]?.kind === 'word' && raw[j + 1]!.start === raw[j]!.end && WEB_SUFFIXES.has(text.slice(raw[j + 1]!.start, raw[j + 1]!.end))) {
        end = raw[j + 1]!.end;
        j += 2;
      }
      // Not the middle of a longer address ("www.example.com/path" or "example.com.au"); a
      // sentence's full stop after it ("at Amazon.com.") is no part of one.
      const dotThenMore = isDotAt(text, raw[j], end) && raw[j + 1] !== undefined && raw[j + 1]!.start === raw[j]!.end && raw[j + 1]!.kind !== 'punct';
      if (j > i + 1 && !(raw[j] && raw[j]!.start === end && (raw[j]!.kind !== 'punct' || dotThenMore))) {
        out.push({ start: cur.start, end, kind: 'word' });
        i = j;
        continue;
      }
    }
    // Apostrophes inside words: contractions ("don't") and names ("O'Brien", "Shi'ite",
    // "Qur'an", "Sana'a") glue, a possessive splits off. (A lone "Shi" was a person on GMB.)
    if (cur.kind === 'word') {
      let end = cur.end;
      let j = i + 1;
      for (;;) {
        const ap = raw[j];
        const next = raw[j + 1];
        if (
          !ap ||
          !next ||
          ap.kind !== 'punct' ||
          ap.end - ap.start !== 1 ||
          ap.start !== end ||
          !APOSTROPHES.has(text[ap.start]!) ||
          next.kind !== 'word' ||
          next.start !== ap.end
        ) {
          break;
        }
        const tail = text.slice(next.start, next.end).toLowerCase();
        if (tail === 's') break; // possessive: leave "'s" as its own tokens
        end = next.end;
        j += 2;
      }
      out.push(end === cur.end ? cur : { start: cur.start, end, kind: 'word' });
      i = j;
      continue;
    }
    // A possessive "'s" becomes one punctuation token.
    if (
      cur.kind === 'punct' &&
      cur.end - cur.start === 1 &&
      APOSTROPHES.has(text[cur.start]!) &&
      raw[i + 1]?.kind === 'word' &&
      raw[i + 1]!.start === cur.end &&
      text.slice(raw[i + 1]!.start, raw[i + 1]!.end).toLowerCase() === 's'
    ) {
      out.push({ start: cur.start, end: raw[i + 1]!.end, kind: 'punct' });
      i += 2;
      continue;
    }
    out.push(cur);
    i++;
  }
  return out;
}

/** Splits `text` into tokens with sentence, paragraph and sentence-start marks. */
export function tokenize(text: string): Token[] {
  const invisible = HAS_INVISIBLE.test(text);
  const pieces = glue(text, rawPieces(text, invisible));
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const p of pieces) {
    const space = p.start === 0 || p.start > prevEnd;
    tokens.push(makeToken(text, p.start, p.end, p.kind, space, invisible));
    prevEnd = p.end;
  }
  markStructure(text, tokens);
  return tokens;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function markStructure(text: string, tokens: Token[]): void {
  const sentences = splitSentences(text);
  let s = 0;
  let para = 0;
  let lastEnd = 0;
  let sawWordInSentence = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (s < sentences.length && sentences[s]!.end <= t.start) {
      s++;
      sawWordInSentence = false;
    }
    if (i > 0 && hasNewline(text, lastEnd, t.start)) para++;
    lastEnd = t.end;
    t.sent = s;
    t.para = para;
    if (t.kind === 'punct') continue;
    const prev = tokens[i - 1];
    if (!sawWordInSentence) {
      t.initial = true;
    } else if (prev && prev.kind === 'punct') {
      const p = prev.text.charAt(0);
      // A hyphen inside "Al-Monitor" starts nothing; a spaced dash or a colon does. Nor does a
      // possessive written apart, as tokenised copy prints it ("Montenegro 's Democratic
      // Alliance" lost its party as a sentence's opening words).
      const possessive = prev.text.length === 2 && (prev.lower === "'s" || prev.lower === '’s');
      if ((OPENERS.has(p) || CLAUSE_STARTERS.has(p)) && (prev.space || p === ':') && !possessive) t.initial = true;
    } else if (prev && prev.initial && prev.para === para && PARAGRAPH_LABELS.has(prev.lower) && (i < 2 || tokens[i - 2]!.para !== para)) {
      // "Summary Yoga can help…": a box's label glued to its first sentence.
      t.initial = true;
    }
    sawWordInSentence = true;
  }
}
