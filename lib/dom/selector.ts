/**
 * A CSS selector that finds `el` again in a document with the same structure: tag names and
 * :nth-child steps from <body>. It ignores ids and classes because pages generate them.
 */
export function structuralSelector(el: Element): string {
  const steps: string[] = [];
  for (let e: Element | null = el; e && e.localName !== 'body' && e.localName !== 'html'; e = e.parentElement) {
    let index = 1;
    for (let s = e.previousElementSibling; s; s = s.previousElementSibling) index++;
    steps.push(`${safeTag(e.localName)}:nth-child(${index})`);
  }
  steps.push('body');
  return steps.reverse().join(' > ');
}

/** Tag names from parsers can carry characters that are not valid in a selector. */
function safeTag(tag: string): string {
  return /^[a-z][a-z0-9-]*$/.test(tag) ? tag : '*';
}

/** Elements whose text a reader never sees as text. */
const NON_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object']);

/** The text a reader sees in an element (scripts and styles left out), whitespace collapsed. */
export function visibleText(el: Element, limit = 20_000): string {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length && out.length < limit) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (NON_TEXT_TAGS.has(child.localName)) continue;
    // Blocks and line breaks separate words even when the markup has no whitespace.
    out += ' ';
    for (let c = child.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out.replace(/\s+/g, ' ').trim();
}
