import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);
const kinds = (s: string): string[] => tokenize(s).map((t) => t.kind);

describe('tokenize', () => {
  it('keeps numbers, acronyms, contractions and web names whole and splits a possessive off', () => {
    expect(texts("Sirgoo Lee's U.S. unit paid $18,000.50 on the 5th; don't ask O'Brien at Amazon.com.")).toEqual([
      'Sirgoo', 'Lee', "'s", 'U.S.', 'unit', 'paid', '$', '18,000.50', 'on', 'the', '5', 'th', ';', "don't", 'ask', "O'Brien", 'at', 'Amazon.com', '.',
    ]);
    expect(kinds('paid $18,000 on the 5th')).toEqual(['word', 'punct', 'num', 'word', 'word', 'num', 'word']);
  });

  it('makes one token of a run of the same punctuation mark, and splits different marks', () => {
    expect(texts('Wow!!!?? ...')).toEqual(['Wow', '!!!', '??', '...']);
  });

  it('reads characters outside the Basic Multilingual Plane as whole characters', () => {
    // An emoji is two UTF-16 units; a repeated one is one punctuation run, and a letter of
    // the mathematical alphabet (also two units) belongs to its word.
    expect(texts('Hi 😀😀 there 𝔘nion')).toEqual(['Hi', '😀😀', 'there', '𝔘nion']);
    expect(tokenize('Hi 😀😀 there')[1]).toMatchObject({ start: 3, end: 7, kind: 'punct' });
  });

  it('keeps combining marks and non-Latin digits inside their run', () => {
    expect(texts('Cafe\u0301 sold ٣٤ cups')).toEqual(['Cafe\u0301', 'sold', '٣٤', 'cups']);
    expect(kinds('٣٤ cups')).toEqual(['num', 'word']);
  });

  it('drops invisible format characters from words and skips a word made only of them', () => {
    expect(texts('Netan\u00adyahu met \u200b Obama')).toEqual(['Netanyahu', 'met', 'Obama']);
    expect(tokenize('Netan\u00adyahu met')[0]).toMatchObject({ start: 0, end: 10 });
  });

  it('survives lone surrogates and odd whitespace', () => {
    expect(texts('a\ud800b\u3000c\u00a0d\u2028e')).toEqual(['a', '\ud800', 'b', 'c', 'd', 'e']);
    expect(texts('')).toEqual([]);
    expect(texts(' \n\t ')).toEqual([]);
  });

  it('marks the first word of a sentence and after an opening quote, not after a possessive written apart', () => {
    const initial = (s: string): string[] => tokenize(s).filter((t) => t.initial).map((t) => t.text);
    expect(initial('He said " Come in " . Under Montenegro \'s Democratic Alliance , taxes fell .')).toEqual(['He', 'Come', 'Under']);
  });
});
