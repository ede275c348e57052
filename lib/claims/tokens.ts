/**
 * A small tokenizer for claim detection. It walks the text once, character by character, so it
 * stays linear on hostile input (no regular expression runs over the whole text).
 */

export interface Token {
  /** Lower-case form, curly apostrophes folded to "'" (what cue patterns compare against). */
  t: string;
  /** The text as written, needed for case checks ("May" the month vs "may" the modal). */
  raw: string;
  /** Offsets into the tokenized string. */
  start: number;
  end: number;
  /** A word or number, as opposed to punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Starts with a digit ("20", "$100,000" gives "$" then "100,000"). */
  num: boolean;
}

/** Longest word we keep whole; longer runs are cut so one giant "word" cannot stall a sentence. */
const MAX_WORD = 64;

function isLetter(c: string): boolean {
  if (c >= 'a' && c <= 'z') return true;
  if (c >= 'A' && c <= 'Z') return true;
  // Latin-1 and beyond: accented names ("Zelenskiy", "Hau-yip" are ASCII, "Müller" is not).
  return c > '\u00bf' && c.toLowerCase() !== c.toUpperCase();
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && (isLetter(c) || isDigit(c));
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Characters we keep as punctuation tokens: they bound clauses and noun phrases. */
const PUNCT = new Set([
  ',', ';', ':', '(', ')', '[', ']', '"', '“', '”', '‘', '’', "'", '—', '–', '-', '$', '£', '€',
  '.', '!', '?', '/', '&', '%',
]);

/**
 * Splits `text` into word and punctuation tokens. Inside a word we keep apostrophes
 * ("Epstein's", "didn't"), hyphens ("out-of-county", "self-indicting"), dots between letters
 * ("u.s") and separators between digits ("100,000", "1.5").
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (isWordChar(c)) {
      const start = i;
      i++;
      while (i < n && i - start < MAX_WORD) {
        const d = text[i]!;
        if (isWordChar(d)) {
          i++;
          continue;
        }
        const next = text[i + 1];
        const prev = text[i - 1]!;
        if ((d === "'" || d === '’') && next !== undefined && isLetter(next) && isLetter(prev)) {
          i += 2;
          continue;
        }
        if (d === '-' && isWordChar(next)) {
          i += 2;
          continue;
        }
        if (d === '.' && next !== undefined && isLetter(next) && isLetter(prev) && text[i + 2] === '.') {
          // Dotted acronyms: "U.S." keeps "U.S" together, the last dot stays punctuation.
          i += 2;
          continue;
        }
        if ((d === ',' || d === '.') && next !== undefined && isDigit(next) && isDigit(prev)) {
          i += 2;
          continue;
        }
        break;
      }
      const raw = text.slice(start, i);
      out.push({
        t: raw.toLowerCase().replace(/’/g, "'"),
        raw,
        start: start + offset,
        end: i + offset,
        word: true,
        cap: isUpper(c),
        num: isDigit(c),
      });
      continue;
    }
    if (PUNCT.has(c)) {
      const t = c === '“' || c === '”' ? '"' : c === '‘' || c === '’' ? "'" : c === '–' ? '—' : c;
      out.push({ t, raw: c, start: i + offset, end: i + 1 + offset, word: false, cap: false, num: false });
    }
    i++;
  }
  return out;
}
