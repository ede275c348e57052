/**
 * US states as American news abbreviates them after a place: "HAYWARD, Calif. (AP) —", "in
 * Jackson, Miss., on Friday", "Charleston, W.Va.", "Austin, TX 78701". The abbreviation is a
 * mention of the state ("Calif" was a place card of its own, or an organization, or merged
 * into "Mo Farah"), and the word before the comma is a place ("Jackson" was a person).
 */
import { CREDENTIALS } from './lexicon';
import { isGivenName } from './names';
import type { TokenSpan } from './spans';
import type { Token } from './tokens';

/** AP style, with the common variants. Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah are spelled out. */
const AP_FORMS: Readonly<Record<string, string>> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Cal.': 'California',
  'Colo.': 'Colorado', 'Conn.': 'Connecticut', 'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia',
  'Ill.': 'Illinois', 'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Kans.': 'Kansas', 'Ky.': 'Kentucky',
  'La.': 'Louisiana', 'Md.': 'Maryland', 'Mass.': 'Massachusetts', 'Mich.': 'Michigan',
  'Minn.': 'Minnesota', 'Miss.': 'Mississippi', 'Mo.': 'Missouri', 'Mont.': 'Montana',
  'Neb.': 'Nebraska', 'Nebr.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey',
  'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota',
  'Okla.': 'Oklahoma', 'Ore.': 'Oregon', 'Pa.': 'Pennsylvania', 'Penn.': 'Pennsylvania',
  'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota', 'Tenn.': 'Tennessee',
  'Tex.': 'Texas', 'Vt.': 'Vermont', 'Va.': 'Virginia', 'Wash.': 'Washington', 'W.Va.': 'West Virginia',
  'Wis.': 'Wisconsin', 'Wisc.': 'Wisconsin', 'Wyo.': 'Wyoming',
};

/** Postal codes, as press releases and listings write them ("Austin, TX"). */
const POSTAL_CODES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho',
  IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana',
  ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada',
  NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina',
  ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas',
  UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia',
  WI: 'Wisconsin', WY: 'Wyoming',
};

/**
 * Abbreviations that are words or names too ("Miss. Smith", "Pa", "Mo Farah", "La Paz", "Del
 * Monte"): one counts only where nothing capitalised follows in its sentence.
 */
const AMBIGUOUS: ReadonlySet<string> = new Set([
  'Ala.', 'Ark.', 'Cal.', 'Del.', 'Ill.', 'Ind.', 'Kan.', 'La.', 'Miss.', 'Mo.', 'Mont.', 'Ore.', 'Pa.', 'Penn.', 'Wash.',
]);

/** The longest abbreviation spans this many tokens ("W", ".", "Va", "."). */
const MAX_TOKENS = 4;

export interface StateMention extends TokenSpan {
  type: 'place';
  /** The state's name, as the gazetteer writes it. */
  state: string;
}

/** True for a capitalised word, or a word in capitals, that can end a place's name. */
function endsPlace(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.cap;
}

/** The state abbreviated at token `k`, right after "<Place>,"; null when there is none. */
export function stateAt(tokens: readonly Token[], k: number): StateMention | null {
  const comma = tokens[k - 1];
  if (comma?.text !== ',' || !endsPlace(tokens[k - 2]) || tokens[k]!.sent !== tokens[k - 2]!.sent) return null;
  // AP forms: tokens written together ("Calif" "." or "N.Y." or "W" "." "Va" ".").
  let written = '';
  for (let j = k; j < tokens.length && j < k + MAX_TOKENS; j++) {
    if (j > k && tokens[j]!.space) break;
    written += tokens[j]!.text;
    const state = AP_FORMS[written];
    if (state === undefined) continue;
    if (AMBIGUOUS.has(written) && capitalAfter(tokens, j + 1)) return null;
    // A final period of its own may end the sentence too, when a capital or nothing follows:
    // then the mention is "Calif", as "N.Y." is "N.Y."; otherwise it is the abbreviation's
    // ("SACRAMENTO, Calif. (AP) —", "Fresno, Calif., on Monday").
    const after = tokens[j + 1];
    const endsSentence = after === undefined || (after.kind === 'word' && after.cap);
    return { from: k, to: j > k && tokens[j]!.text === '.' && endsSentence ? j : j + 1, type: 'place', state };
  }
  // Postal codes: two capitals, then punctuation, a ZIP code, the end of the line ("Miami,
  // FL" over "West Palm Beach, FL" in a list of cities: "FL" was a person) or the end.
  const code = tokens[k]!;
  const state = POSTAL_CODES[code.text];
  const next = tokens[k + 1];
  if (state !== undefined && (next === undefined || next.kind === 'punct' || next.sent !== code.sent || /^\d{5}$/.test(next.text)) && !isCredential(tokens, k)) {
    return { from: k, to: k + 1, type: 'place', state };
  }
  return null;
}

/**
 * A postal code that is a degree too, after a person's name: "says Katie Allen, MD, PhD" and
 * "Eric Biondi, MD, who runs" were places in Maryland (WebMD in Readability's test pages). A
 * given name opens the name, or another degree follows.
 */
function isCredential(tokens: readonly Token[], k: number): boolean {
  if (!CREDENTIALS.has(tokens[k]!.lower)) return false;
  const given = tokens[k - 3];
  const personal = given !== undefined && given.kind === 'word' && given.cap && isGivenName(given.lower);
  return personal || (tokens[k + 1]?.text === ',' && CREDENTIALS.has(tokens[k + 2]?.lower.replace(/\.$/, '') ?? ''));
}

/** A capitalised word follows at `k` in the same sentence: "Miss. Smith", not "Jackson, Miss., and". */
function capitalAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === 'word' && t.cap && t.sent === tokens[k - 1]!.sent;
}

/** Every state abbreviated after a place in `tokens`. */
export function findStates(tokens: readonly Token[]): StateMention[] {
  const out: StateMention[] = [];
  for (let k = 2; k < tokens.length; k++) {
    if (tokens[k - 1]!.text !== ',') continue;
    const s = stateAt(tokens, k);
    if (s) {
      out.push(s);
      k = s.to;
    }
  }
  return out;
}

/** True when the name ending before token `to` is the place of a "<Place>, <State>" pair. */
export function isBeforeState(tokens: readonly Token[], to: number): boolean {
  return tokens[to]?.text === ',' && to + 1 < tokens.length && stateAt(tokens, to + 1) !== null;
}

/** Every state's name spelled out, lower case: the postal codes' values. */
const STATE_NAMES: ReadonlySet<string> = new Set(Object.values(POSTAL_CODES).map((s) => s.toLowerCase()));
/**
 * The number of words (1 or 2) of a state's name spelled out at token `k`, 0 if none: "Texas",
 * "New Mexico". Not "Washington", a surname as often ("George Washington").
 */
export function stateNameWordsAt(tokens: readonly Token[], k: number): number {
  const first = tokens[k];
  if (first?.kind !== 'word' || !first.cap || first.lower === 'washington') return 0;
  const second = tokens[k + 1];
  if (second?.kind === 'word' && second.cap && second.space && STATE_NAMES.has(`${first.lower} ${second.lower}`)) return 2;
  return STATE_NAMES.has(first.lower) ? 1 : 0;
}

/** Words before a town that say a place follows ("born in Marshall, Texas"). */
const TOWN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'near', 'outside', 'of', 'at', 'to']);

/**
 * A town after a place's preposition and before its state spelled out, where the state ends a
 * phrase: "born in Marshall, Texas, and raised in Houston" (Marshall was a person, a given
 * name to the tagger; the wire copy's obituaries). Not "Greg Abbott, Texas governor", whose
 * state modifies a noun, nor a name after no preposition ("said Jordan, Utah's coach").
 */
export function isTownBeforeStateName(tokens: readonly Token[], from: number, to: number): boolean {
  if (!TOWN_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '') || tokens[to]?.text !== ',') return false;
  for (let n = 1; n <= 2; n++) {
    const words = tokens.slice(to + 1, to + 1 + n);
    if (words.length < n || words.some((t) => t.kind !== 'word' || !t.cap)) return false;
    if (!STATE_NAMES.has(words.map((t) => t.lower).join(' '))) continue;
    const after = tokens[to + 1 + n];
    return after === undefined || (after.kind === 'punct' && after.text !== "'s" && after.text !== '’s') || after.sent !== words[0]!.sent;
  }
  return false;
}
