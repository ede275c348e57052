/**
 * Money amounts, kept whole with their currency and magnitude: "20 million won", "$18,000",
 * "€2.5bn", "US$3 million", "5,000 yuan", "176 Hong Kong dollars".
 */
import type { Token } from './tokens';
import { scanSpans, type TokenSpan } from './spans';

/** Currency signs written before (and sometimes after) the number. */
const SYMBOLS: ReadonlySet<string> = new Set(['$', '€', '£', '¥', '₩', '₹', '₽', '₦', '₺', '₪', '฿', '₱', '₫', '₴', '¢']);

/** Letters glued before "$" that name the dollar ("US$3", "HK$10", "C$5"). */
const DOLLAR_PREFIXES: ReadonlySet<string> = new Set(['us', 'usa', 'c', 'ca', 'a', 'au', 'hk', 'nz', 's', 'nt', 'r', 'z', 'mex', 'j', 'n']);

/** ISO codes written before or after the number ("USD 5 million", "5 million EUR"). */
const CODES: ReadonlySet<string> = new Set([
  'usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'krw', 'inr', 'rub', 'chf', 'cad', 'aud', 'hkd',
  'sgd', 'nzd', 'brl', 'mxn', 'zar', 'try', 'sek', 'nok', 'dkk', 'pln', 'ngn', 'egp', 'sar',
  'aed', 'ils', 'uah', 'php', 'idr', 'thb', 'vnd', 'pkr', 'btc',
]);

/** Short word prefixes for rupees ("Rs 500", "Rs. 500"). */
const WORD_PREFIXES: ReadonlySet<string> = new Set(['rs', 'inr', 'usd', 'eur', 'gbp']);

/** Magnitudes that belong to the amount ("million", "bn", "k"). */
const MAGNITUDES: ReadonlySet<string> = new Set([
  'thousand', 'million', 'billion', 'trillion', 'mn', 'm', 'bn', 'b', 'tn', 'trn', 'k', 'mln',
  'bln', 'crore', 'crores', 'lakh', 'lakhs',
]);

/** Number words that take a magnitude ("several million dollars", "two billion euros"). */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a', 'several',
  'few', 'hundreds', 'tens', 'half', 'many', 'dozen', 'dozens',
]);

/**
 * Currency words written after the amount. `needsMagnitude`: the word is too common to count
 * on a bare number ("3 won" is usually a score, "5 pounds" a weight), but "20 million won" or
 * "5,000 won" are money.
 */
const CURRENCY_WORDS: ReadonlyMap<string, { needsMagnitude: boolean }> = new Map([
  ['dollar', { needsMagnitude: false }], ['dollars', { needsMagnitude: false }],
  ['euro', { needsMagnitude: false }], ['euros', { needsMagnitude: false }],
  ['pound', { needsMagnitude: true }], ['pounds', { needsMagnitude: true }],
  ['sterling', { needsMagnitude: false }], ['yen', { needsMagnitude: false }],
  ['yuan', { needsMagnitude: false }], ['renminbi', { needsMagnitude: false }],
  ['won', { needsMagnitude: true }], ['rupee', { needsMagnitude: false }],
  ['rupees', { needsMagnitude: false }], ['ruble', { needsMagnitude: false }],
  ['rubles', { needsMagnitude: false }], ['rouble', { needsMagnitude: false }],
  ['roubles', { needsMagnitude: false }], ['peso', { needsMagnitude: false }],
  ['pesos', { needsMagnitude: false }], ['franc', { needsMagnitude: false }],
  ['francs', { needsMagnitude: false }], ['naira', { needsMagnitude: false }],
  ['rand', { needsMagnitude: true }], ['lira', { needsMagnitude: false }],
  ['ringgit', { needsMagnitude: false }], ['baht', { needsMagnitude: false }],
  ['dinar', { needsMagnitude: false }], ['dinars', { needsMagnitude: false }],
  ['riyal', { needsMagnitude: false }], ['riyals', { needsMagnitude: false }],
  ['dirham', { needsMagnitude: false }], ['dirhams', { needsMagnitude: false }],
  ['shekel', { needsMagnitude: false }], ['shekels', { needsMagnitude: false }],
  ['krona', { needsMagnitude: false }], ['kronor', { needsMagnitude: false }],
  ['krone', { needsMagnitude: false }], ['kroner', { needsMagnitude: false }],
  ['zloty', { needsMagnitude: false }], ['zlotys', { needsMagnitude: false }],
  ['hryvnia', { needsMagnitude: false }], ['hryvnias', { needsMagnitude: false }],
  ['reais', { needsMagnitude: false }], ['rupiah', { needsMagnitude: false }],
  ['dong', { needsMagnitude: true }], ['taka', { needsMagnitude: false }],
  ['cedis', { needsMagnitude: false }], ['shillings', { needsMagnitude: false }],
  ['bitcoin', { needsMagnitude: false }], ['bitcoins', { needsMagnitude: false }],
  ['cents', { needsMagnitude: false }], ['pence', { needsMagnitude: false }],
]);

/** Capitalised words allowed between the amount and its currency ("Hong Kong dollars"). */
const MAX_CURRENCY_QUALIFIER = 3;

function isNum(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'num';
}

/** Magnitudes that may stand after a space; "5 m" is five metres, "5m" five million. */
const SPACED_MAGNITUDES: ReadonlySet<string> = new Set([
  'thousand', 'million', 'billion', 'trillion', 'mn', 'bn', 'tn', 'trn', 'mln', 'bln', 'crore',
  'crores', 'lakh', 'lakhs',
]);

/** Where the amount that starts with a number at `i` ends (after an optional magnitude). */
function amountEnd(tokens: readonly Token[], i: number): { end: number; magnitude: boolean } {
  const mag = tokens[i + 1];
  if (mag && mag.kind === 'word' && MAGNITUDES.has(mag.lower) && (!mag.space || SPACED_MAGNITUDES.has(mag.lower))) {
    return { end: i + 2, magnitude: true };
  }
  return { end: i + 1, magnitude: false };
}

/** True when the number is at least 1,000 ("5,000 won" is money, "3 won" a score). */
function isLarge(t: Token): boolean {
  return (t.text.split('.')[0] ?? '').replace(/,/g, '').length >= 4;
}

/** Finds money amounts. Linear: each start looks a bounded number of tokens ahead. */
export function findMoney(tokens: readonly Token[]): TokenSpan[] {
  return scanSpans(tokens, moneyAt);
}

function moneyAt(tokens: readonly Token[], i: number): TokenSpan | null {
  const t = tokens[i]!;
  // "US$3 million": the prefix is handled when we reach "$", so skip it here.
  if (t.kind === 'punct' && SYMBOLS.has(t.text.charAt(0)) && t.text.length === 1) {
    const n = tokens[i + 1];
    if (!isNum(n) || n.space) return null;
    let from = i;
    const prev = tokens[i - 1];
    if (prev && prev.kind === 'word' && !t.space && DOLLAR_PREFIXES.has(prev.lower) && t.text === '$') from = i - 1;
    return { from, to: amountEnd(tokens, i + 1).end, type: 'money' };
  }
  if (t.kind === 'word' && (CODES.has(t.lower) || WORD_PREFIXES.has(t.lower)) && (t.acronym || t.lower === 'rs')) {
    let j = i + 1;
    if (tokens[j]?.text === '.' && !tokens[j]!.space) j++;
    const n = tokens[j];
    if (isNum(n)) return { from: i, to: amountEnd(tokens, j).end, type: 'money' };
    return null;
  }
  if (t.kind === 'num' || (t.kind === 'word' && NUMBER_WORDS.has(t.lower))) {
    const { end, magnitude } = amountEnd(tokens, i);
    if (t.kind === 'word' && !magnitude) return null;
    // A trailing sign: "20€", "500 €".
    const sign = tokens[end];
    if (t.kind === 'num' && sign && sign.kind === 'punct' && sign.text.length === 1 && SYMBOLS.has(sign.text) && sign.text !== '$') {
      return { from: i, to: end + 1, type: 'money' };
    }
    // A code after: "5 million USD".
    if (sign && sign.kind === 'word' && sign.acronym && CODES.has(sign.lower)) return { from: i, to: end + 1, type: 'money' };
    // A currency word, possibly after a capitalised qualifier ("Hong Kong dollars").
    for (let k = end; k <= end + MAX_CURRENCY_QUALIFIER && k < tokens.length; k++) {
      const w = tokens[k]!;
      if (w.kind !== 'word') return null;
      const cur = CURRENCY_WORDS.get(w.lower);
      if (cur && !w.cap) {
        if (cur.needsMagnitude && !magnitude && !(t.kind === 'num' && isLarge(t))) return null;
        return { from: i, to: k + 1, type: 'money' };
      }
      if (!w.cap || w.sent !== t.sent) return null;
    }
  }
  return null;
}
