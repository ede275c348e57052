import { describe, expect, it } from 'vitest';
import { cardQuotes, inQuotes, sentenceAround } from './text';

const TEXT = 'WASHINGTON — NASA picked Blue Origin and SpaceX on Monday. SpaceX will fly first.\n\nNASA said the award is worth $2 billion. Blue Origin declined to comment.';
const at = (s: string, n = 0): number => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = TEXT.indexOf(s, i + 1);
  return i;
};
const mention = (s: string, n = 0, where = 'body') => ({ in: where, start: at(s, n) });

describe('sentenceAround', () => {
  it('gives the sentence holding an offset', () => {
    expect(sentenceAround(TEXT, at('declined'))).toBe('Blue Origin declined to comment.');
  });
});

describe('cardQuotes', () => {
  it('quotes, for each card in order, a sentence no card above quotes', () => {
    const entities = [
      { mentions: [mention('NASA'), mention('NASA', 1)] },
      { mentions: [mention('SpaceX'), mention('SpaceX', 1)] },
      { mentions: [mention('Blue Origin'), mention('Blue Origin', 1)] },
    ];
    expect(cardQuotes(entities, TEXT)).toEqual([
      { index: 0, sentence: 'WASHINGTON — NASA picked Blue Origin and SpaceX on Monday.' },
      { index: 1, sentence: 'SpaceX will fly first.' },
      { index: 1, sentence: 'Blue Origin declined to comment.' },
    ]);
  });

  it('repeats a quote only when the entity has no other sentence, and skips title mentions', () => {
    const entities = [
      { mentions: [mention('NASA')] },
      { mentions: [{ in: 'title', start: 0 }, mention('SpaceX')] },
      { mentions: [{ in: 'title', start: 3 }] },
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
    const usaToday = { mentions: [{ in: 'body', start: text.indexOf('USA TODAY') }, { in: 'body', start: text.lastIndexOf('USA TODAY') }] };
    expect(cardQuotes([usaToday], text)).toEqual([{ index: 1, sentence: 'USA TODAY asked the bureau for comment.' }]);
    const only = { mentions: [{ in: 'body', start: text.indexOf('USA TODAY') }] };
    expect(cardQuotes([only], text)).toEqual([{ index: 0, sentence: 'USA TODAY' }]);
  });
});

describe('inQuotes', () => {
  it('puts a sentence in quotation marks, but not one that opens with a quotation', () => {
    expect(inQuotes('NASA picked five companies.')).toBe('“NASA picked five companies.”');
    expect(inQuotes('“We build our own satellites,” said John Roth.')).toBe('“We build our own satellites,” said John Roth.');
  });
});
