import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../fixtures/load';
import { findTwins } from './twins';

const PROSE =
  'The council approved the new budget on Tuesday after a debate that ran past midnight, ' +
  'with members arguing over road repairs, library hours and the cost of the harbour wall. ' +
  'The mayor said the plan kept taxes flat for a third year while paying for two new buses, ' +
  'and the opposition promised to bring the library hours back to the next meeting.';

function twinsOf(body: string) {
  const doc = loadDocument(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://news.example/');
  const { repeats, kept } = findTwins(doc);
  const ids = (set: Set<Element>) => [...set].map((el) => el.id).sort();
  return { repeats: ids(repeats), kept: ids(kept) };
}

describe('findTwins (responsive copies of one block)', () => {
  it('keeps the first of sibling copies and marks the later ones', () => {
    const copy = (id: string, hide: string) => `<div id="${id}" class="ssr-variant ${hide}"><h2>Budget</h2><p>${PROSE}</p></div>`;
    const page = `<main>${copy('a', 'hidden-m hidden-s')}${copy('b', 'hidden-l hidden-s')}${copy('c', 'hidden-l hidden-m')}</main>`;
    expect(twinsOf(page)).toEqual({ repeats: ['b', 'c'], kept: ['a'] });
  });

  it('compares text, not markup: a mobile copy with other tags is still a copy', () => {
    const body = `<div><section id="wide" class="desktop-only"><p>${PROSE}</p></section><div id="narrow" class="mobile-only"><span>${PROSE}</span></div></div>`;
    expect(twinsOf(body)).toEqual({ repeats: ['narrow'], kept: ['wide'] });
  });

  it('leaves copies under the same class names alone: the page shows both (a table row printed twice)', () => {
    const row = (id: string) => `<div id="${id}" class="comparison-row rank-4"><p>${PROSE}</p></div>`;
    expect(twinsOf(`<div>${row('a')}${row('b')}</div>`)).toEqual({ repeats: [], kept: [] });
  });

  it('leaves short repeats alone: a price or a button is often printed twice on purpose', () => {
    const body = '<div><p id="a" class="wide">Subscribe for $1 a week</p><p id="b" class="narrow">Subscribe for $1 a week</p></div>';
    expect(twinsOf(body)).toEqual({ repeats: [], kept: [] });
  });

  it('leaves copies that are not siblings alone: a quote repeated further down is the writer’s choice', () => {
    const body = `<div><p id="a" class="wide">${PROSE}</p></div><div><h2>Quoted</h2><p id="b" class="narrow">${PROSE}</p></div>`;
    expect(twinsOf(body)).toEqual({ repeats: [], kept: [] });
  });

  it('does not take siblings of one length but different words for copies', () => {
    const same = PROSE.replace('Tuesday', 'Mondays');
    expect(same.length).toBe(PROSE.length);
    expect(twinsOf(`<div><p id="a" class="wide">${PROSE}</p><p id="b" class="narrow">${same}</p></div>`)).toEqual({ repeats: [], kept: [] });
  });
});
