import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../fixtures/load';
import { findStandfirst } from './standfirst';

const DEK =
  'Home remodeling in California is a significant investment, with costs varying widely based on location, scope, and materials.';

function standfirstOf(between: string): string | null {
  const doc = loadDocument(
    `<!DOCTYPE html><html><body><header><h1>How Much Does a Home Remodel Cost?</h1>${between}<p id="dek">${DEK}</p></header>` +
      '<article><p id="body">The cost of home remodeling varies widely by region and by the type of work.</p></article></body></html>',
    'https://news.example/',
  );
  return findStandfirst(doc, doc.querySelector('h1')!, doc.getElementById('body')!)?.textContent ?? null;
}

describe('findStandfirst (the dek under the headline)', () => {
  it('finds the dek past picture frames: empty wrappers are not steps away from the headline', () => {
    // Framer's hero: one banner per screen width, each four empty wrappers deep (WCXB dev 0355).
    const frame = '<div class="ssr-variant"><div class="banner"><div><div><img src="a.jpg" alt=""></div></div></div></div>';
    expect(standfirstOf(frame.repeat(12))).toBe(DEK);
  });

  it('stops looking once forty elements with text lie between headline and dek', () => {
    const links = Array.from({ length: 45 }, (_, i) => `<div><a href="/t/${i}">Topic ${i}</a></div>`).join('');
    expect(standfirstOf(links)).toBeNull();
  });

  it('does not take a sidebar’s tagline for the dek', () => {
    const doc = loadDocument(
      '<!DOCTYPE html><html><body><div class="layout header-top-sidebar-left-content-center-sidebar-right"><h1>Roasted Squash Soup</h1>' +
        '<div class="layout-region right-sidebar"><p>Delicious recipes, helpful cooking and nutrition tips. Find food preparation videos and more.</p></div>' +
        '<article><p id="body">Preheat the oven and halve the squash before you start on the stock for the soup.</p></article></div></body></html>',
      'https://news.example/',
    );
    expect(findStandfirst(doc, doc.querySelector('h1')!, doc.getElementById('body')!)).toBeNull();
  });
});
