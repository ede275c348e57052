/**
 * True when some element sits more than `limit` levels below `root`. It walks elements with
 * sibling and parent pointers (no recursion, no selector queries) and stops at the first one
 * past the limit, so a page of ordinary depth costs one pass and a hostile one less.
 */
export function nestedDeeperThan(root: Element, limit: number): boolean {
  let depth = 0;
  let node: Element | null = root;
  while (node) {
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      if (depth > limit) return true;
      continue;
    }
    // Climb to the nearest ancestor (or self) with a next sibling; stop back at the root.
    while (node !== root && !node.nextElementSibling) {
      node = node.parentElement!;
      depth--;
    }
    if (node === root) return false;
    node = node.nextElementSibling;
  }
  return false;
}
