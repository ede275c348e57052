// Money, dates and laws: the pattern recognisers, one table of cases each.
import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { extractEntities } from './index';
import { findLaws } from './laws';
import { findMoney } from './money';
import type { TokenSpan } from './spans';
import { tokenize, type Token } from './tokens';

function spans(text: string, find: (tokens: readonly Token[]) => TokenSpan[]): string[] {
  const tokens = tokenize(text);
  return find(tokens).map((s) => text.slice(tokens[s.from]!.start, tokens[s.to - 1]!.end));
}

describe('findMoney', () => {
  it.each([
    ['The fine is 20 million won in total.', ['20 million won']],
    ['approximately $18,000 in fines', ['$18,000']],
    ['a €2.5bn deal', ['€2.5bn']],
    ['it raised US$3 million', ['US$3 million']],
    ['a 5,000 yuan penalty', ['5,000 yuan']],
    ['told 176 Hong Kong dollars (£17.43) is likely', ['176 Hong Kong dollars', '£17.43']],
    ['raise up to $12.9bn (£10bn)', ['$12.9bn', '£10bn']],
    ['several million dollars worth', ['several million dollars']],
    ['USD 5 million and 3 million EUR', ['USD 5 million', '3 million EUR']],
    ['Rs. 500 and ₹2,000 crore', ['Rs. 500', '₹2,000 crore']],
    ['a $6.5 billion rescue and a $3 billion buyout', ['$6.5 billion', '$3 billion']],
    ['it costs 50 cents', ['50 cents']],
  ])('%s', (text, expected) => {
    expect(spans(text, findMoney)).toEqual(expected);
  });

  it.each([
    'Argentina 3 won the second set', // a score, not money
    'they won 3 games in a row',
    'a 5 m drop', // five metres
    'he weighs 180 pounds',
    '3 years in prison',
    '$ alone',
  ])('finds no money in %j', (text) => {
    expect(spans(text, findMoney)).toEqual([]);
  });
});

describe('findDates', () => {
  it.each([
    ['formed in March 2014, following', ['March 2014']],
    ['on June 5, 2021 and on 5 June 2021', ['June 5, 2021', '5 June 2021']],
    ['from 10:30 p.m. Aug. 9 to 6:30 a.m.', ['Aug. 9']],
    ['summoned on Wednesday for questioning', ['Wednesday']],
    ['back in June, a man was arrested', ['June']],
    ['at least 2002 to 2005, since 2010', ['2002', '2005', '2010']],
    ['on Wednesday, June 5, 2021 we met', ['Wednesday, June 5, 2021']],
    ['reopened in May after', ['May']],
    ['the 4th of July and July 4th', ['4th of July', 'July 4th']],
    ['In this photo dated Tuesday, Nov, 29, 2016 the rocket', ['Tuesday, Nov, 29, 2016']],
  ])('%s', (text, expected) => {
    expect(spans(text, findDates)).toEqual(expected);
  });

  it.each([
    'Prime Minister Theresa May said',
    'May I ask a question?',
    'Cyber Monday deals and the Sunday Times',
    'the March on Washington',
    'June Carter sang',
    'it costs 2014 dollars', // no time word before the year
    'In Nov, 29 people died', // a comma after the month, and no year
  ])('finds no date in %j', (text) => {
    expect(spans(text, findDates)).toEqual([]);
  });
});

describe('findLaws', () => {
  it.each([
    ['for violating child protection laws in Korea', ['child protection laws']],
    ['protected by Section 230 of the act', ['Section 230']],
    ['under Section 230(c) today', ['Section 230(c)']],
    ['tough new anti-terror laws passed', ['anti-terror laws']],
    ['a privacy law and banking regulations', ['privacy law', 'banking regulations']],
    ['Title IX and Article 50', ['Title IX', 'Article 50']],
    ["registered under Megan's Law since", ["Megan's Law"]],
    ['Jessica’s Law and Kari’s Law', ['Jessica’s Law', 'Kari’s Law']],
  ])('%s', (text, expected) => {
    expect(spans(text, findLaws)).toEqual(expected);
  });

  it.each([
    'he broke the law',
    'federal law requires it',
    'a new law was passed',
    'under international law',
    'they were violating laws',
    "Moore's Law held for decades", // an adage named after a man, not a statute
    "Megan's law firm", // lower case: her firm
  ])('finds no named law in %j', (text) => {
    expect(spans(text, findLaws)).toEqual([]);
  });

  it("reads a victim's law as a law, not as the victim", () => {
    const e = extractEntities("Under Megan's Law, the state lists offenders. Megan's Law was passed in 1994.");
    expect(e.find((x) => x.name === "Megan's Law")?.type).toBe('law');
    expect(e.some((x) => x.type === 'person')).toBe(false);
  });

  it('types capitalised laws by their head word', () => {
    const e = extractEntities('The EU adopted the Digital Markets Act. Critics cite the First Amendment.');
    expect(e.find((x) => x.name === 'Digital Markets Act')?.type).toBe('law');
    expect(e.find((x) => x.name === 'First Amendment')?.type).toBe('law');
  });
});

describe('patterns inside extractEntities', () => {
  it('merges repeated amounts and dates into one entity each', () => {
    const e = extractEntities('On Tuesday he paid $5 million. On Tuesday she paid $5 million too.');
    expect(e.filter((x) => x.type === 'date').map((x) => [x.name, x.mentions.length])).toEqual([['Tuesday', 2]]);
    expect(e.filter((x) => x.type === 'money').map((x) => [x.name, x.mentions.length])).toEqual([['$5 million', 2]]);
  });
});
