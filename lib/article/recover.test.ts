import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../fixtures/load';
import { bodyTextOf, pairTextNodes } from './body';
import { recoverBody } from './recover';

const URL = 'https://www.news.example/2025/story';

/**
 * What recoverBody makes of a page when Readability kept exactly the elements matching `kept`:
 * they are moved (as Readability moves them) out of a clone into a content element, with
 * their text nodes paired to the source's.
 */
function recover(html: string, kept: string): string {
  const doc = loadDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, URL);
  const clone = doc.cloneNode(true) as Document;
  const origin = pairTextNodes(doc, clone);
  const content = clone.createElement('div');
  for (const el of Array.from(clone.querySelectorAll(kept))) content.appendChild(el);
  return recoverBody(content, origin, bodyTextOf(content, origin))?.text ?? '';
}

const LONG = 'The council voted on Tuesday to extend the night bus service to the new districts, after months of complaints.';
const MORE = 'Residents said they had been walking home along unlit roads after late shifts, and that taxis rarely came.';

describe('recoverBody: blocks before the first kept one', () => {
  it('takes back a prose blurb that precedes the kept part of its card', () => {
    const text = recover(
      `<main><div class="story"><div class="card"><div class="blurb"><p>${LONG}</p></div><div class="facts"><p class="k">${MORE}</p></div></div><p class="k">${MORE} Again.</p></div></main>`,
      '.k',
    );
    expect(text).toContain('The council voted');
  });

  it('leaves a teaser card whose heading is a link', () => {
    const text = recover(
      `<main><div class="story"><div class="list"><div><h3><a href="/other">Another story</a></h3><p>${LONG}</p></div><div><p class="k">${MORE}</p></div></div><p class="k">${MORE} Again.</p></div></main>`,
      '.k',
    );
    expect(text).not.toContain('The council voted');
  });

  it('leaves a sticky side column', () => {
    const text = recover(
      `<main><div class="story"><div class="grid"><div class="col sticky-col"><p>${LONG}</p></div><div class="col"><p class="k">${MORE}</p></div></div><p class="k">${MORE} Again.</p></div></main>`,
      '.k',
    );
    expect(text).not.toContain('The council voted');
  });

  it('leaves an affiliate notice even when another sentence opens it', () => {
    const notice = 'Every product here was chosen by our editors. We may earn a commission when you buy through our links.';
    const text = recover(
      `<main><div class="story"><div class="body"><div><p>${notice}</p></div><p class="k">${LONG}</p><p class="k">${MORE}</p></div></div></main>`,
      '.k',
    );
    expect(text).not.toContain('We may earn');
    expect(text).toContain('The council voted');
  });
});

describe('recoverBody: lists of links', () => {
  const page = (intro: string, host: string) =>
    `<main><div class="story"><p class="k">${LONG}</p><p>${intro}</p><ul>` +
    `<li><a href="https://${host}/a">The first document in the series</a></li>` +
    `<li><a href="https://${host}/b">The second document in the series</a></li>` +
    `<li><a href="https://${host}/c">The third document in the series</a></li>` +
    `</ul><p class="k">${MORE}</p></div></main>`;

  it('keeps a list the sentence before it announces', () => {
    expect(recover(page('The court published these filings last week:', 'court.example'), '.k')).toContain('The second document');
  });

  it('drops an announced list of the site’s own pages', () => {
    expect(recover(page('Other readers found these pages helpful:', 'www.news.example'), '.k')).not.toContain('The second document');
  });

  it('drops a list under a widget title', () => {
    expect(recover(page('Related articles:', 'court.example'), '.k')).not.toContain('The second document');
  });
});

describe('recoverBody: sibling sections', () => {
  it('does not join a carousel of teasers', () => {
    const teaser = 'The regional rail operator has ordered forty new trains for the coastal line, to be delivered from next year.';
    const text = recover(
      `<main><div class="entry"><div class="row"><div class="col"><p class="k">${LONG}</p><p class="k">${MORE}</p></div></div>` +
        `<div class="recent-articles-carousel"><div><p>${teaser}</p></div><div><p>${teaser} The first will run in May.</p></div></div></div></main>`,
      '.k',
    );
    expect(text).toContain('The council voted');
    expect(text).not.toContain('regional rail operator');
  });

  it('does not join an author box that page-builder rows wrap', () => {
    const bio = 'Jane Doe is a transport reporter who has covered the city council for ten years, and before that the regional rail network.';
    const text = recover(
      `<main><div class="entry"><div class="row"><div class="col"><p class="k">${LONG}</p><p class="k">${MORE}</p></div></div>` +
        `<div class="row"><div class="col"><div class="post-authors"><div class="author-wrap"><p>${bio}</p><p>${bio} She lives by the river.</p></div></div></div></div></div></main>`,
      '.k',
    );
    expect(text).toContain('The council voted');
    expect(text).not.toContain('Jane Doe');
  });
});

describe('recoverBody: names', () => {
  it('reads a heading’s anchor id as text, not as a widget name', () => {
    const text = recover(
      `<main><div class="story"><p class="k">${LONG}</p><h2 id="how-to-share-the-cost-of-related-routes">How to share the cost of related routes</h2><p class="k">${MORE}</p></div></main>`,
      '.k',
    );
    expect(text).toContain('How to share the cost');
  });
});

describe('recoverBody: the story wrapper', () => {
  it('does not take back the story’s title heading between the byline and the body', () => {
    const text = recover(
      `<main><div class="story"><p class="k byline">By Jane Doe, Associated Reporters</p><h2 class="story-headline">Council extends night buses</h2><div class="body"><p class="k">${LONG}</p><p class="k">${MORE}</p></div></div><aside>Most read</aside></main>`,
      '.k',
    );
    expect(text).toContain('The council voted');
    expect(text).not.toContain('Council extends night buses');
  });
});

describe('recoverBody: cards of a kind Readability kept', () => {
  // A listing of cards marked alike: a linked title, a short blurb, a list of links.
  const card = (i: number, kept: boolean, cls = 'item item--wide'): string =>
    `<div class="${cls}"><h2>${i}. <a href="/schools/${i}/">School ${i}</a></h2><p${kept ? ' class="k"' : ''}>School ${i} is known for its ties to the city.</p>` +
    `<ul><li><a href="/schools/${i}/essays/">Essays at School ${i}</a></li><li><a href="/schools/${i}/interview/">Interviews at School ${i}</a></li></ul></div>`;
  const page = (cls?: string): string =>
    `<main><div class="story"><p class="k">${LONG}</p><div class="items">${[1, 2, 3, 4, 5, 6].map((i) => card(i, i >= 3 && i !== 5, cls)).join('')}</div><p class="k">${MORE}</p></div></main>`;

  it('takes back the dropped cards, before the first kept one and between, with their titles', () => {
    const text = recover(page(), '.k');
    expect(text).toContain('School 1 is known');
    expect(text).toContain('1. School 1');
    expect(text).toContain('School 5 is known');
    // Not the cards' lists of links.
    expect(text).not.toContain('Essays at School');
  });

  it('leaves the slides of a carousel, however many were kept', () => {
    const text = recover(page('swiper-slide'), '.k');
    expect(text).not.toContain('School 1 is known');
    expect(text).not.toContain('School 5 is known');
  });

  it('leaves a card whose kind Readability kept fewer than three of', () => {
    const text = recover(
      `<main><div class="story"><p class="k">${LONG}</p><div class="items">${[1, 2, 3].map((i) => card(i, i === 3)).join('')}</div><p class="k">${MORE}</p></div></main>`,
      '.k',
    );
    expect(text).not.toContain('School 1 is known');
  });
});
