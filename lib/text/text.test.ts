import { describe, expect, it } from 'vitest';
import { makeQuote, matchQuote } from './quote';
import { splitSentences } from './sentences';
import { cpuMs, HANG_GUARD_MS } from '../../fixtures/cpu-time';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences (the claim guideline’s rules)', () => {
  it('ends at . ! ? before a capital or a quote, and at newlines', () => {
    expect(texts('Police came. They left! Why? "Nobody knows."\nNext line')).toEqual([
      'Police came.',
      'They left!',
      'Why?',
      '"Nobody knows."',
      'Next line',
    ]);
  });
  it('keeps titles, initials and dotted acronyms inside the sentence', () => {
    expect(texts('Rep. Jane Doe met Patrick W. Smith in the U.S. on Monday. Then she left.')).toEqual([
      'Rep. Jane Doe met Patrick W. Smith in the U.S. on Monday.',
      'Then she left.',
    ]);
    expect(texts('It ended at 5 p.m. The court rose.')).toEqual(['It ended at 5 p.m. The court rose.']);
  });
  it('does not split before a lower-case word', () => {
    expect(texts('Costs rose 3.5 percent. e.g. this one.')).toEqual(['Costs rose 3.5 percent. e.g. this one.']);
  });
  it('is linear on hostile input', () => {
    const hostile = 'a.'.repeat(500_000);
    const ms = cpuMs(() => {
      splitSentences(hostile);
      splitSentences('A. '.repeat(300_000));
    });
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });
});

describe('text quotes', () => {
  const text = 'Lee met Lee. Later, Lee said no.';
  it('anchors a span with context', () => {
    const q = makeQuote(text, 20, 23);
    expect(q).toMatchObject({ start: 20, end: 23, exact: 'Lee', suffix: ' said no.' });
    expect(q.prefix.endsWith('Later, ')).toBe(true);
  });
  it('finds the right occurrence again by its context, despite whitespace changes', () => {
    const page = 'Header  Lee met Lee.   Later,\n Lee said no. Footer';
    const hay = page.replace(/\s+/g, ' ');
    const found = matchQuote(hay, makeQuote(text, 20, 23));
    expect(found).not.toBeNull();
    expect(hay.slice(found![0] - 7, found![1])).toBe('Later, Lee');
  });
  it('returns null when the text is absent', () => {
    expect(matchQuote('nothing here', { exact: 'Lee', prefix: '', suffix: '' })).toBeNull();
  });
});

describe('visibleText', async () => {
  const { visibleText } = await import('../dom/selector');
  const { loadDocument } = await import('../../fixtures/load');
  const doc = loadDocument(
    '<div id="s"><ul><li><a>Deals Under $25</a></li><li><a>Giving Tuesday</a></li></ul><script>x()</script></div><p id="p">A <a>link</a>ed word, <b>bold</b>.</p>',
    'https://e.com/',
  );
  it('joins the items of a strip with " · " and leaves scripts out', () => {
    expect(visibleText(doc.getElementById('s')!, { items: true })).toBe('Deals Under $25 · Giving Tuesday');
    expect(visibleText(doc.getElementById('s')!)).toBe('Deals Under $25 Giving Tuesday');
  });
  it('keeps prose as written', () => {
    expect(visibleText(doc.getElementById('p')!)).toBe('A linked word, bold.');
  });
});
