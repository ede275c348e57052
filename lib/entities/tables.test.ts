// The word tables and gazetteers are data; these checks keep them consistent.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, ORGANIZATIONS, PEOPLE, PLACES, PRODUCTS, REGIONS, RULE_MISC, RULE_ORGANIZATIONS, RULE_PEOPLE, RULE_PLACES, RULE_PRODUCTS, RULE_REGIONS, lookup } from './gazetteer';
import * as lexicon from './lexicon';
import { FIRST_NAMES } from './names';

describe('word tables', () => {
  const sets = Object.entries({ ...lexicon, FIRST_NAMES }).filter((e): e is [string, ReadonlySet<string>] => e[1] instanceof Set);

  it('exist', () => {
    expect(sets.length).toBeGreaterThan(15);
  });

  it.each(sets)('%s is all lower case, matched against token.lower', (_, set) => {
    for (const w of set) expect(w).toBe(w.toLowerCase());
  });

  it('keep title modifiers apart from function words, so titles are never trimmed as stopwords', () => {
    for (const w of lexicon.TITLE_WORDS) expect(lexicon.CAP_STOPWORDS.has(w), w).toBe(false);
  });
});

describe('gazetteer', () => {
  const surfaces = [
    ...[...COUNTRIES, ...REGIONS].flatMap((c) => [c.name, ...(c.aliases ?? []), ...c.demonyms]),
    // A rules row may name a region or a place again to give it its demonym.
    ...RULE_REGIONS.flatMap((c) => [...(REGIONS.some((r) => r.name === c.name) || PLACES.includes(c.name) ? [] : [c.name]), ...(c.aliases ?? []), ...c.demonyms]),
    ...PLACES,
    ...RULE_PLACES,
    ...ORGANIZATIONS,
    // A rules row may name a tagger-list organization again to give it other names ("Exxon Mobil").
    ...RULE_ORGANIZATIONS.flatMap(([name, ...others]) => (ORGANIZATIONS.includes(name!) ? others : [name!, ...others])),
    ...PRODUCTS,
    ...RULE_PRODUCTS,
    ...RULE_MISC.flat(),
    ...PEOPLE,
    ...RULE_PEOPLE,
  ];

  it('lists every surface once', () => {
    const seen = new Set<string>();
    const repeated = surfaces.filter((s) => (seen.has(s) ? true : (seen.add(s), false)));
    expect(repeated).toEqual([]);
  });

  it('turns demonyms into their place', () => {
    for (const c of [...COUNTRIES, ...REGIONS, ...RULE_REGIONS]) {
      for (const d of c.demonyms) expect(lookup(d), d).toEqual({ type: 'place', canonical: c.name, demonym: true });
      for (const a of c.aliases ?? []) expect(lookup(a)?.canonical, a).toBe(c.name);
    }
    expect(lookup('South Korean')).toEqual({ type: 'place', canonical: 'South Korea', demonym: true });
    expect(lookup('Korean')?.canonical).toBe('Korea');
  });

  it('reads datelines in capitals, but not short acronyms as words', () => {
    expect(lookup('WASHINGTON')?.canonical).toBe('Washington');
    expect(lookup('HANOI')?.canonical).toBe('Hanoi');
    expect(lookup('US')?.canonical).toBe('United States');
    expect(lookup('washington')).toBeUndefined();
  });
});
