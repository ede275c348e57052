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

/** Tags that run inline with their neighbours' text. Links are items of their own. */
const RUNNING_TAGS = new Set([
  'span', 'b', 'strong', 'i', 'em', 'u', 'small', 'sup', 'sub', 'abbr', 'time', 'mark', 'q',
  'cite', 'code', 'font', 's', 'label', 'wbr',
]);

/** A stand-in node pushed on the walk's stack to mark the end of an element. */
const ITEM_END = { nodeType: -1 } as unknown as Node;

/** Marks where one item of a block ends and the next begins, until the text is joined. */
const ITEM_BREAK = '\u0000';

/**
 * The text a reader sees in an element (scripts and styles left out), whitespace collapsed.
 * With `items`, separate blocks and links are joined with " · ", so a strip of links reads
 * "Deals Under $25 · Giving Tuesday" rather than running the headlines together.
 */
export function visibleText(el: Element, opts: { items?: boolean; limit?: number } = {}): string {
  const limit = opts.limit ?? 20_000;
  let out = '';
  const stack: Node[] = [el];
  while (stack.length && out.length < limit) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      // Text that already holds our marker (a NUL in the page) must not split items.
      out += (node.nodeValue ?? '').replaceAll(ITEM_BREAK, ' ');
      continue;
    }
    if (node.nodeType !== 1) {
      if (node === ITEM_END) out += ITEM_BREAK;
      continue;
    }
    const child = node as Element;
    if (NON_TEXT_TAGS.has(child.localName)) continue;
    // Blocks and line breaks separate words even when the markup has no whitespace.
    const breaks = !RUNNING_TAGS.has(child.localName) && (opts.items === true || child.localName !== 'a');
    out += breaks ? ITEM_BREAK : '';
    if (breaks) stack.push(ITEM_END);
    for (let c = child.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  const parts = out.split(ITEM_BREAK).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return parts.join(opts.items ? ' · ' : ' ');
}
