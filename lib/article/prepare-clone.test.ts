import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../fixtures/load';
import { prepareClone } from './prepare-clone';
import { findTwins } from './twins';

function prepared(body: string): Document {
  const doc = loadDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://news.example/');
  const clone = doc.cloneNode(true) as Document;
  prepareClone(clone, findTwins(doc));
  return clone;
}

const PROSE =
  'Labor constitutes approximately 60% of most remodeling budgets, making it one of the most ' +
  'significant factors influencing overall costs, and general contractors typically charge a ' +
  'fee of 10% to 20% of the total project cost for managing the work on a California remodel. ' +
  'Planning ahead and comparing three written bids keeps the budget honest.';

describe('prepareClone (what Readability reads)', () => {
  it('keeps one copy of a block rendered once per screen width, without the names that hide it at the others', () => {
    const copy = (hide: string) => `<div class="ssr-variant ${hide}"><p>${PROSE}</p></div>`;
    const clone = prepared(`<main>${copy('hidden-m hidden-s')}${copy('hidden-l hidden-s')}${copy('hidden-l hidden-m')}</main>`);
    const copies = [...clone.querySelectorAll('main > div')];
    expect(copies.map((el) => el.getAttribute('class'))).toEqual(['ssr-variant']);
    expect(copies[0]!.textContent).toBe(PROSE);
  });
});
