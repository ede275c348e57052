/**
 * Sentence splitting, following the rules our claim labels use
 * (../shared/corpora/claims/GUIDELINES.md, "Sentence splitting"): a sentence ends at . ! or ?
 * followed by whitespace and a capital letter or a quote, and at newlines. A period after a
 * title, an initial or a dotted acronym does not end a sentence.
 */

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations whose period never ends a sentence (lower-case, without the period). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'rep', 'sen', 'gov', 'gen', 'lt', 'col',
  'capt', 'sgt', 'cpl', 'adm', 'cmdr', 'maj', 'rev', 'hon', 'rt', 'pres', 'supt', 'det', 'insp',
  'no', 'nos', 'vs', 'v', 'etc', 'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mt', 'ft', 'ave', 'blvd', 'approx', 'est', 'fig', 'al', 'gop', 'e.g', 'i.e',
]);

const OPENERS = /["“‘'([A-Z0-9À-ÖØ-Þ]/;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\r';
}

/** True when the period at `i` belongs to an abbreviation, an initial or a dotted acronym. */
function isAbbreviationPeriod(text: string, i: number): boolean {
  let j = i - 1;
  // Bounded look-back keeps hostile runs like "a.a.a.a…" linear.
  while (j >= 0 && i - j < 16 && /[A-Za-z.]/.test(text[j]!)) j--;
  const word = text.slice(j + 1, i);
  if (!word) return false;
  if (word.length === 1 && /[A-Z]/.test(word)) return true; // an initial: "Patrick W."
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // "U.S", "p.m"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Splits text into sentence spans (trimmed, never empty). Linear in the text length. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    // Let closing quotes and brackets stay with the sentence they close.
    let end = i + 1;
    while (end < text.length && /["”’')\]]/.test(text[end]!)) end++;
    if (!isSpace(text[end])) continue;
    let k = end;
    while (isSpace(text[k])) k++;
    if (k >= text.length || !OPENERS.test(text[k]!)) continue;
    if (c === '.' && isAbbreviationPeriod(text, i)) continue;
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return spans;
}
