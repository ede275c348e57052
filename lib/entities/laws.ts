/**
 * Laws the name finder cannot see: numbered provisions ("Section 230", "Article 50"), laws
 * named by their acronym ("GDPR", "HIPAA") and lower-case laws named by their subject ("child
 * protection laws", "privacy law"). Capitalised
 * laws ("the Digital Markets Act") are names and are typed by their head word in classify.ts.
 */
import type { Token } from './tokens';
import type { TokenSpan } from './spans';
import { isGivenName } from './names';

/** Words that number a provision: "Section 230", "Article 5", "Title IX", "Chapter 11". */
const PROVISION_WORDS: ReadonlySet<string> = new Set(['section', 'article', 'title', 'chapter', 'paragraph', 'clause', 'rule']);

/** Nouns that end a lower-case law phrase. */
const LAW_NOUNS: ReadonlySet<string> = new Set(['law', 'laws', 'legislation', 'statute', 'statutes', 'regulations']);

/**
 * Modifiers too generic to name a law: "the new law", "federal law", "international law" are
 * references to law in general, not to an entity a reader would look up.
 */
const GENERIC_MODIFIERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'new', 'old', 'existing', 'current', 'federal', 'state', 'local', 'national',
  'international', 'domestic', 'foreign', 'strict', 'stricter', 'tough', 'tougher', 'such',
  'this', 'that', 'these', 'those', 'any', 'some', 'its', 'their', 'his', 'her', 'our', 'same',
  'other', 'applicable', 'relevant', 'proposed', 'draft', 'common', 'civil', 'criminal',
  'martial', 'case', 'own', 'many', 'several', 'various', 'similar', 'controversial',
  'sweeping', 'landmark', 'key', 'major', 'strong', 'weak', 'lax', 'harsh', 'outdated',
  'emergency', 'religious', 'natural', 'human', 'european', 'american', 'us', 'which',
  'what', 'whose', 'of', 'in', 'to', 'by', 'under', 'with', 'and', 'or', 'not', 'no', 'more',
  'most', 'less', 'all', 'both', 'each', 'every', 'is', 'are', 'was', 'were', 'be', 'been',
  'has', 'have', 'had', 'for', 'on', 'at', 'as', 'from', 'first', 'second', 'only', 'one',
  'two', 'three', 'recent', 'previous', 'earlier', 'later', 'final', 'whole', 'entire',
]);

/** "-ing" words that are nouns in law names ("banking law", "housing law"). */
const ING_NOUNS: ReadonlySet<string> = new Set([
  'banking', 'housing', 'gaming', 'lending', 'trafficking', 'licensing', 'zoning', 'mining',
  'fishing', 'hunting', 'drinking', 'smoking', 'gambling', 'labelling', 'labeling',
  'sentencing', 'financing', 'broadcasting', 'advertising', 'accounting', 'marketing',
  'planning', 'policing', 'lobbying', 'money-laundering', 'laundering', 'hiring', 'voting',
]);

/**
 * Laws news and guides name by their acronym alone: "GDPR" and "HIPAA" were organizations on
 * 9 and 10 WCXB pages. Only unambiguous ones ("ADA" is also the American Dental Association,
 * "OSHA" an agency).
 */
const LAW_ACRONYMS: ReadonlySet<string> = new Set([
  'GDPR', 'HIPAA', 'CCPA', 'CPRA', 'FERPA', 'COPPA', 'DMCA', 'FCRA', 'FMLA', 'FLSA', 'ERISA',
  'RICO', 'PIPEDA', 'LGPD', 'CAN-SPAM',
]);

const MAX_MODIFIERS = 3;

/**
 * Given names that also name adages and scientific laws ("Moore's Law", "Godwin's Law",
 * "Newton's laws", "Henry's law"): those are not statutes.
 */
const ADAGE_NAMES: ReadonlySet<string> = new Set([
  'moore', 'newton', 'conway', 'godwin', 'cole', 'jakob', 'henry', 'charles', 'graham', 'miller',
  'clarke', 'linus', 'murphy', 'sturgeon', 'cunningham', 'kirk', 'wilson',
]);

/**
 * A statute named after a victim: a given name, a possessive and "Law" ("Megan's Law",
 * "Jessica's Law", "Kari's Law"). The name finder saw a person "Megan" in these.
 */
function victimLawAt(tokens: readonly Token[], i: number): TokenSpan | null {
  const name = tokens[i]!;
  if (name.kind !== 'word' || !name.cap || name.acronym || ADAGE_NAMES.has(name.lower) || !isGivenName(name.lower)) return null;
  const s = tokens[i + 1];
  const law = tokens[i + 2];
  if (!s || s.kind !== 'punct' || s.space || s.lower.at(-1) !== 's') return null;
  if (!law || law.kind !== 'word' || law.text !== 'Law' || !law.space || law.sent !== name.sent) return null;
  return { from: i, to: i + 3, type: 'law' };
}

function isRoman(s: string): boolean {
  return /^[IVXLC]{1,6}$/.test(s);
}

function isModifier(t: Token): boolean {
  if (t.kind !== 'word' || t.cap) return false;
  const w = t.lower;
  if (GENERIC_MODIFIERS.has(w) || w.length < 3) return false;
  if (w.endsWith('ly')) return false;
  if ((w.endsWith('ing') || w.endsWith('ed')) && !ING_NOUNS.has(w)) return false;
  return /^[\p{Ll}-]+$/u.test(t.text);
}

function provisionAt(tokens: readonly Token[], i: number): TokenSpan | null {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !t.cap || !PROVISION_WORDS.has(t.lower)) return null;
  const n = tokens[i + 1];
  if (!n || !n.space) return null;
  if (n.kind === 'num' || (n.kind === 'word' && isRoman(n.text))) {
    let to = i + 2;
    // "Section 230(c)": a glued sub-section in brackets.
    if (tokens[to]?.text === '(' && !tokens[to]!.space && tokens[to + 2]?.text === ')' && (tokens[to + 1]?.text.length ?? 9) <= 3) {
      to += 3;
    }
    return { from: i, to, type: 'law' };
  }
  return null;
}

/** Start of a lower-case law phrase ending at `i` ("child protection laws"), or -1. */
function phraseStart(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.kind !== 'word' || t.cap || !LAW_NOUNS.has(t.lower)) return -1;
  let from = i;
  let count = 0;
  while (count < MAX_MODIFIERS) {
    const m = tokens[from - 1];
    if (!m || m.sent !== t.sent || !isModifier(m)) break;
    // "anti-terror laws": a hyphenated modifier is two words glued by "-".
    const dash = tokens[from - 2];
    const left = tokens[from - 3];
    if (dash?.text === '-' && !m.space && !dash.space && left && isModifierPart(left)) {
      from -= 3;
    } else {
      from -= 1;
    }
    count++;
  }
  return count === 0 ? -1 : from;
}

function isModifierPart(t: Token): boolean {
  return t.kind === 'word' && !t.cap && /^\p{Ll}+$/u.test(t.text);
}

/** Finds numbered provisions and lower-case law phrases. Linear. */
export function findLaws(tokens: readonly Token[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let lastEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const p = provisionAt(tokens, i) ?? victimLawAt(tokens, i) ?? (LAW_ACRONYMS.has(tokens[i]!.text) ? { from: i, to: i + 1, type: 'law' as const } : null);
    if (p) {
      out.push(p);
      lastEnd = p.to;
      i = p.to - 1;
      continue;
    }
    const from = phraseStart(tokens, i);
    if (from >= lastEnd && from >= 0) {
      out.push({ from, to: i + 1, type: 'law' });
      lastEnd = i + 1;
    }
  }
  return out;
}
