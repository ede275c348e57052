import { describe, expect, it } from 'vitest';
import { cardQuotes, inQuotes, sentenceAround } from './text';

const TEXT = 'WASHINGTON — NASA picked Blue Origin and SpaceX on Monday. SpaceX will fly first.\n\nNASA said the award is worth $2 billion. Blue Origin declined to comment.';
const at = (s: string, n = 0): number => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = TEXT.indexOf(s, i + 1);
  return i;
};
const mention = (s: string, n = 0, where: 'body' | 'title' = 'body') => ({ in: where, start: at(s, n), exact: s });
const entity = (name: string, mentions: ReturnType<typeof mention>[]) => ({ name, aliases: [], mentions });

describe('sentenceAround', () => {
  it('gives the sentence holding an offset', () => {
    expect(sentenceAround(TEXT, at('declined'))).toBe('Blue Origin declined to comment.');
  });
});

describe('cardQuotes', () => {
  it('quotes, for each card in order, a sentence no card above quotes', () => {
    const entities = [
      entity('NASA', [mention('NASA'), mention('NASA', 1)]),
      entity('SpaceX', [mention('SpaceX'), mention('SpaceX', 1)]),
      entity('Blue Origin', [mention('Blue Origin'), mention('Blue Origin', 1)]),
    ];
    expect(cardQuotes(entities, TEXT)).toEqual([
      { index: 0, sentence: 'WASHINGTON — NASA picked Blue Origin and SpaceX on Monday.' },
      { index: 1, sentence: 'SpaceX will fly first.' },
      { index: 1, sentence: 'Blue Origin declined to comment.' },
    ]);
  });

  it('repeats a quote only when the entity has no other sentence, and skips title mentions', () => {
    const entities = [
      entity('NASA', [mention('NASA')]),
      entity('SpaceX', [{ in: 'title', start: 0, exact: 'SpaceX' }, mention('SpaceX')]),
      entity('Apollo', [{ in: 'title', start: 3, exact: 'Apollo' }]),
    ];
    expect(cardQuotes(entities, TEXT)).toEqual([
      { index: 0, sentence: 'WASHINGTON — NASA picked Blue Origin and SpaceX on Monday.' },
      { index: 1, sentence: 'WASHINGTON — NASA picked Blue Origin and SpaceX on Monday.' },
      null,
    ]);
  });
});

describe('cardQuotes on credit lines', () => {
  it('quotes a later sentence rather than a line that is only the name (USA Today, Zyte AEB)', () => {
    const text = 'By Kevin Johnson\n\nUSA TODAY\n\nWASHINGTON – Two officers were charged. USA TODAY asked the bureau for comment.';
    const at2 = (start: number) => ({ in: 'body' as const, start, exact: 'USA TODAY' });
    const usaToday = { name: 'USA TODAY', aliases: [], mentions: [at2(text.indexOf('USA TODAY')), at2(text.lastIndexOf('USA TODAY'))] };
    expect(cardQuotes([usaToday], text)).toEqual([{ index: 1, sentence: 'USA TODAY asked the bureau for comment.' }]);
    const only = { name: 'USA TODAY', aliases: [], mentions: [at2(text.indexOf('USA TODAY'))] };
    expect(cardQuotes([only], text)).toEqual([{ index: 0, sentence: 'USA TODAY' }]);
  });

  it('quotes a sentence that names the entity before one that only describes it (the reference page)', () => {
    const text = 'The company said it would cooperate with police. Daum Kakao CEO Sirgoo Lee was charged on Monday.';
    const daum = {
      name: 'Daum Kakao',
      aliases: [],
      mentions: [
        { in: 'body' as const, start: 0, exact: 'The company' },
        { in: 'body' as const, start: text.indexOf('Daum'), exact: 'Daum Kakao' },
      ],
    };
    expect(cardQuotes([daum], text)).toEqual([{ index: 1, sentence: 'Daum Kakao CEO Sirgoo Lee was charged on Monday.' }]);
    expect(cardQuotes([{ ...daum, mentions: [daum.mentions[0]!] }], text)).toEqual([{ index: 0, sentence: 'The company said it would cooperate with police.' }]);
  });
});

describe('inQuotes', () => {
  it('puts a sentence in quotation marks, but not one that opens with a quotation', () => {
    expect(inQuotes('NASA picked five companies.')).toBe('“NASA picked five companies.”');
    expect(inQuotes('“We build our own satellites,” said John Roth.')).toBe('“We build our own satellites,” said John Roth.');
  });
});
