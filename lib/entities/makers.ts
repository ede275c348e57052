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
