import { describe, expect, it } from 'vitest';
import { foldTypography, mean, snippetRate } from './text-metrics';

describe('snippetRate (WCXB evaluate.py)', () => {
  it('is the share of one page’s snippets found, case-insensitively', () => {
    expect(snippetRate(['Quick Brown', 'lazy dog', 'purple cat'], 'The quick brown fox jumps over the lazy dog.')).toBeCloseTo(2 / 3);
  });

  it('averages pages, not snippets: a page with one snippet weighs as much as one with ten', () => {
    const pages = [
      { snippets: ['a b'], text: 'a b' },
      { snippets: Array.from({ length: 10 }, (_, i) => `missing ${i}`), text: 'nothing here' },
    ];
    // Pooled, 1 of 11 snippets is found; per page, (1 + 0) / 2.
    expect(mean(pages.map((p) => snippetRate(p.snippets, p.text)))).toBe(0.5);
  });

  it('scores a page without snippets 1, as evaluate.py does', () => {
    expect(snippetRate([], 'any text')).toBe(1);
  });

  it('matches a straight-quote snippet against curly typography only under the reference fold', () => {
    // WCXB 0004 prints "Beans aren’t a staple"; its snippet says "aren't".
    const page = 'Beans aren’t a staple food \u2014 for most  Americans.';
    expect(snippetRate(["Beans aren't a staple food - for most Americans"], page)).toBe(0);
    expect(snippetRate(["Beans aren't a staple food - for most Americans"], page, foldTypography)).toBe(1);
    expect(foldTypography('“Hi”\u00a0there')).toBe('"Hi" there');
  });
});
