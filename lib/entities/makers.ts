/**
 * Model numbers and their makers. A name that holds a digit is a model ("Nighthawk X4",
 * "Canon EOS R6 Mark II"), never a person (classify.ts), and alone it is a rating or a code
 * ("350W", "IP66") that names nothing a reader looks up (index.ts). Once the models are no
 * longer people, the maker named alone beside them ("I'm a Canon girlie") is the company
 * that makes them, not a person the tagger guessed.
 */
import { entityType } from './classify';
import type { Group } from './merge';
import type { NameSpan } from './recognize';
import { holdsDigit } from './shape';
import type { TokenSpan } from './spans';
import type { Token } from './tokens';

/** Votes for a maker beside its models: a head word's weight, over a tagger's hint. */
export const MAKER_VOTE = 3;
/** A person with fewer votes than this has nothing but hints (no title, no role, no age). */
const HINTED = 3;

/**
 * A one-word person that opens a model's name elsewhere in the text ("Canon" beside "Canon
 * EOS R8", "Zojirushi" beside "Zojirushi BB-HAC10 Home Bakery") becomes an organization.
 */
export function typeMakers(groups: readonly Group[]): void {
  const makers = new Set<string>();
  for (const g of groups) {
    if (g.fixedType || entityType(g.votes) === 'person') continue;
    for (const m of g.mentions) if (m.words.length >= 2 && holdsDigit(m.surface)) makers.add(m.words[0]!);
  }
  if (!makers.size) return;
  for (const g of groups) {
    if (g.fixedType || g.gazetteer || entityType(g.votes) !== 'person' || g.votes.person >= HINTED) continue;
    if (g.mentions.every((m) => m.words.length === 1 && makers.has(m.words[0]!))) {
      g.votes.person = 0;
      g.votes.organization += MAKER_VOTE;
    }
  }
}

/**
 * First words of the models the text names ("Canon" of "Canon EOS R8"): a name of two words
 * or more that holds a digit. The same word alone is the maker, even where the tagger sees
 * no name in it ("I'm a Canon girlie").
 */
export function modelMakers(tokens: readonly Token[], spans: readonly NameSpan[]): Set<string> {
  const out = new Set<string>();
  for (const s of spans) {
    if (s.to - s.from < 2 || !tokens[s.from]!.cap) continue;
    for (let k = s.from + 1; k < s.to; k++) {
      if (!holdsDigit(tokens[k]!.text)) continue;
      out.add(tokens[s.from]!.text);
      break;
    }
  }
  return out;
}

/** Aircraft makers whose models news names by a bare number ("a Cessna 172"). */
const NUMBERED_AIRCRAFT_MAKERS: ReadonlySet<string> = new Set(['Boeing', 'Cessna', 'ATR', 'Embraer', 'Bombardier', 'Beechcraft']);
/** Words that go on a numbered model's name: "737 MAX 9", "787 Dreamliner". */
const AIRCRAFT_MODEL_WORDS: ReadonlySet<string> = new Set(['max', 'dreamliner', 'jumbo']);

/**
 * Planes named by their maker and a number: "a Boeing 787-9 Dreamliner", "the Jeju Air Boeing
 * 737-800", "a Cessna 172". A product, as "Airbus A350" reads already; the maker alone was
 * the company, which news does not name there (the fixtures leave the model unlabelled;
 * news-dev's airlines). Claimed before the name runs, so "Jeju Air" ends where the plane
 * starts. Not a year: "Boeing 2024 deliveries" are the company's.
 */
export function findAircraftModels(tokens: readonly Token[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const number = tokens[i + 1]!;
    if (!NUMBERED_AIRCRAFT_MAKERS.has(tokens[i]!.text) || number.kind !== 'num' || !number.space || !/^\d{2,3}$/.test(number.text)) continue;
    let k = i + 2;
    // Glued on: "-800", "-9", "X".
    while (k < tokens.length && !tokens[k]!.space && k - i <= 4) {
      if (tokens[k]!.text === '-' && tokens[k + 1]?.kind === 'num' && !tokens[k + 1]!.space) k += 2;
      else if (tokens[k]!.kind === 'word') k++;
      else break;
    }
    while (tokens[k]?.kind === 'word' && tokens[k]!.cap && AIRCRAFT_MODEL_WORDS.has(tokens[k]!.lower)) {
      k++;
      if (tokens[k]?.kind === 'num' && /^\d{1,2}$/.test(tokens[k]!.text)) k++;
    }
    out.push({ from: i, to: k, type: 'product' });
    i = k - 1;
  }
  return out;
}
