/**
 * Child-element positions from <html> down to an element: the address of its copy in a clone
 * of the same document (`cloneNode(true)` keeps the tree's shape), found again with
 * `elementAtPath`. Paths of several elements have to be resolved before any of them is
 * removed, since a removal shifts the positions of later siblings.
 */
export function pathOf(el: Element): number[] {
  const path: number[] = [];
  for (let e: Element | null = el; e && e.parentElement; e = e.parentElement) {
    let i = 0;
    for (let s = e.previousElementSibling; s; s = s.previousElementSibling) i++;
    path.push(i);
  }
  return path.reverse();
}

/** The element at `path` (from `pathOf`) in `doc`, or null when the tree has changed shape. */
export function elementAtPath(doc: Document, path: readonly number[]): Element | null {
  let el: Element | null = doc.documentElement;
  for (const i of path) {
    el = el?.children[i] ?? null;
  }
  return el;
}
