/**
 * Families named by a surname in the plural: "Trump attacked the Bidens" (an organization, a
 * Politico story in Zyte AEB), "the Obamas", "the Joneses". When the text gives a person that
 * surname, or the gazetteer knows it as one, the plural after "the" is people, not a body.
 */
import { entityType } from './classify';
import { lookup } from './gazetteer';
import type { Group } from './merge';
import type { Token } from './tokens';

/** Votes for a family: over a tagger's hint and a head word, as a title's weight is. */
const FAMILY_VOTE = 6;

export function typeFamilies(groups: readonly Group[]): void {
  const surnames = new Set<string>();
  for (const g of groups) {
    if (g.fixedType || (entityType(g.votes) !== 'person' && g.gazetteer?.type !== 'person')) continue;
    for (const m of g.mentions) if (m.words.length) surnames.add(m.words[m.words.length - 1]!);
  }
  for (const g of groups) {
    if (g.fixedType || g.gazetteer || !g.mentions.every((m) => isFamilyPlural(m.words, m.tokens[m.from - 1]?.lower, surnames))) continue;
    g.votes.person += FAMILY_VOTE;
  }
}

function isFamilyPlural(words: readonly string[], before: string | undefined, surnames: ReadonlySet<string>): boolean {
  const word = words.length === 1 ? words[0]! : '';
  if (before !== 'the' || !word.endsWith('s')) return false;
  const singulars = word.endsWith('es') ? [word.slice(0, -1), word.slice(0, -2)] : [word.slice(0, -1)];
  return singulars.some((s) => surnames.has(s) || isKnownPerson(s));
}

/** A surname the gazetteer knows as a person's ("obama"), written as news does. */
function isKnownPerson(lower: string): boolean {
  return lookup(lower.charAt(0).toUpperCase() + lower.slice(1))?.type === 'person';
}

/**
 * The one word at `from` is a known person's surname in the plural after "the" ("the Obamas"):
 * evidence of a name of its own, which the tagger need not confirm (index.ts).
 */
export function namesKnownFamily(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from === 1 && isFamilyPlural([tokens[from]!.lower], tokens[from - 1]?.lower, new Set());
}
