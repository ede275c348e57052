import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../fixtures/load';
import { cleanByline, findPrintedByline } from './byline';

const printed = (body: string): string | null => findPrintedByline(loadDocument(`<html><body>${body}</body></html>`, 'https://example.com/a'));

describe('findPrintedByline', () => {
  it('reads a label and the names in the elements after it', () => {
    // WCXB dev 4530 and 0165: "By" and "Written by" in elements of their own.
    expect(printed('<h1>Title</h1><div><span class="x1">By</span><span>Daryl Austin</span></div><p>Story.</p>')).toBe('Daryl Austin');
    expect(printed('<div>Written by</div>\n  <div class="y"> Jack Shepherd </div><div>Hi! I’m Jack, a writer.</div>')).toBe('Jack Shepherd');
    expect(printed('<p>By <a href="/a/1">Matthew Digby</a>, <a href="/a/2">Minh Do</a></p>')).toBe('Matthew Digby, Minh Do');
    expect(printed('<p><span>By</span> <a>Moses Kim</a> and <a>Kate Shokurova</a></p>')).toBe('Moses Kim and Kate Shokurova');
  });

  it('reads a label and names in one line, without what follows them', () => {
    expect(printed('<p class="meta">Written by John Crenshaw</p>')).toBe('John Crenshaw');
    expect(printed('<p>By Carrie Arnold | November 15, 2019</p>')).toBe('Carrie Arnold');
    expect(printed('<p>Author: A. J. Neal</p>')).toBe('A. J. Neal');
  });

  it('takes the first byline on the page', () => {
    expect(printed('<p>By Jane Doe</p><aside><p>By John Roe</p></aside>')).toBe('Jane Doe');
  });

  it('finds no byline in sentences, sort controls, teams or possessives', () => {
    const none = [
      '<p>By the time the police arrived, the shop was empty.</p>',
      '<p>By Monday, officials said.</p>',
      `<p>By Monday Night Football standards, the game was dull, and ${'the crowd knew it. '.repeat(40)}</p>`,
      '<p>Sort by <select><option>Price</option><option>Date</option></select></p>',
      '<div>By</div><div>Popular Demand Returns Tonight and more and more of the same text runs on for a long time</div>',
      '<p>By The Upwork Team</p>',
      '<p>By AM Best’s Review.</p>',
      '<p>By Category</p>',
      '<p>by ibby</p>',
    ];
    for (const body of none) expect(printed(body), body).toBeNull();
  });

  it('skips bylines in comment threads, menus and hidden parts', () => {
    expect(printed('<div class="comments"><p>By Jane Doe</p></div>')).toBeNull();
    expect(printed('<nav><a>By Jane Doe</a></nav>')).toBeNull();
    expect(printed('<div hidden><p>By Jane Doe</p></div>')).toBeNull();
  });
});

describe('cleanByline', () => {
  it('closes the space before a comma between names', () => {
    // WCXB dev 4555: "Rose Potter , Betsy Arnold".
    expect(cleanByline('Rose Potter , Betsy Arnold')).toBe('Rose Potter, Betsy Arnold');
  });

});
