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
  it('reads an Elementor page without the class names and ids that weigh its story down as widgets', () => {
    const clone = prepared(
      '<div id="content" class="elementor elementor-15342"><div class="elementor-element elementor-widget elementor-widget-text-editor">' +
        `<div class="elementor-widget-container"><p class="lead">${PROSE}</p></div></div>` +
        '<div class="elementor-widget elementor-widget-author-box"><div class="elementor-author-box__name">Liz Kenny</div></div>' +
        '<p class="comment-form-author"><label>Name *</label></p></div>',
    );
    // Only the names Readability finds bylines by stay, and not a comment form's.
    expect([...clone.querySelectorAll('[class], [id]')].map((el) => el.getAttribute('class'))).toEqual([
      'elementor-widget-author-box',
      'elementor-author-box__name',
    ]);
    expect(clone.body.textContent).toBe(`${PROSE}Liz KennyName *`);
  });

  it('keeps the names on other pages: a sidebar widget is what Readability’s weights are for', () => {
    const clone = prepared(`<article class="story"><p>${PROSE}</p></article><div id="side" class="widget widget_recent_entries">Recent posts</div>`);
    expect([...clone.querySelectorAll('body *')].map((el) => el.getAttribute('class'))).toEqual(['story', null, 'widget widget_recent_entries']);
  });

  it('keeps one copy of a block rendered once per screen width, without the names that hide it at the others', () => {
    const copy = (hide: string) => `<div class="ssr-variant ${hide}"><p>${PROSE}</p></div>`;
    const clone = prepared(`<main>${copy('hidden-m hidden-s')}${copy('hidden-l hidden-s')}${copy('hidden-l hidden-m')}</main>`);
    const copies = [...clone.querySelectorAll('main > div')];
    expect(copies.map((el) => el.getAttribute('class'))).toEqual(['ssr-variant']);
    expect(copies[0]!.textContent).toBe(PROSE);
  });
});
