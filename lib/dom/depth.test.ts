import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../fixtures/load';
import { nestedDeeperThan } from './depth';

const page = (body: string) => loadDocument(`<html><body>${body}</body></html>`, 'https://e.example/').body;

describe('nestedDeeperThan', () => {
  it('counts levels below the root, whichever branch holds the deepest element', () => {
    const body = page('<p>a</p><div><div><span>deep</span></div></div><p>b</p>');
    expect(nestedDeeperThan(body, 2)).toBe(true);
    expect(nestedDeeperThan(body, 3)).toBe(false);
    // The deep branch last, after a shallow one.
    expect(nestedDeeperThan(page('<p>a</p><p>b</p><div><div><div><i>x</i></div></div></div>'), 3)).toBe(true);
  });

  it('handles an empty root and thousands of levels', () => {
    expect(nestedDeeperThan(page(''), 0)).toBe(false);
    const deep = page(`${'<div>'.repeat(3000)}x${'</div>'.repeat(3000)}`);
    expect(nestedDeeperThan(deep, 2999)).toBe(true);
    expect(nestedDeeperThan(deep, 3000)).toBe(false);
  });
});
