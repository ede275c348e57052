import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../fixtures/load';
import { elementsByTag } from './elements';

describe('elementsByTag', () => {
  const doc = loadDocument('<html><body><p id=a>1<a id=x>x</a></p><div><p id=b>2</p><a id=y>y</a></div></body></html>', 'https://e.example/');

  it('lists the elements below the root in document order, nested ones too', () => {
    expect(elementsByTag(doc, 'p').map((e) => e.id)).toEqual(['a', 'b']);
    expect(elementsByTag(doc.body, 'a').map((e) => e.id)).toEqual(['x', 'y']);
    expect(elementsByTag(doc.body, '*').map((e) => e.localName)).toEqual(['p', 'a', 'div', 'p', 'a']);
    expect(elementsByTag(doc.getElementById('b')!, 'a')).toEqual([]);
  });

  it('is a snapshot: removing an element while looping skips nothing', () => {
    const copy = loadDocument('<html><body><i>1</i><i>2</i><i>3</i></body></html>', 'https://e.example/');
    const seen: string[] = [];
    for (const i of elementsByTag(copy, 'i')) {
      seen.push(i.textContent ?? '');
      i.remove();
    }
    expect(seen).toEqual(['1', '2', '3']);
    expect(elementsByTag(copy, 'i')).toEqual([]);
  });
});
