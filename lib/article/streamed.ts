/**
 * React's streaming server rendering sends a page's slow parts last: the story arrives in a
 * `<div hidden id="S:0">` at the end of the body, and a script swaps it into the place held by
 * `<template id="B:0">` (followed by a loading skeleton) once it has loaded. A browser has run
 * that script by the time Lede reads the page; a saved page read by the CLI or the benchmark
 * has not, and Readability skips hidden elements, so it finds only the skeleton ("Loading
 * paragraph…") and the footer. This does the swap on Readability's clone: each streamed
 * segment replaces its placeholder and the fallback after it, or, without a placeholder, is
 * simply shown where it is. Pages without streamed segments cost one id lookup.
 * Evidence: fixtures/article/streamed-segments (13 of the 711 WCXB dev pages stream).
 *
 * React numbers segments in hexadecimal ("S:a", "S:1f"), and a segment that finishes inside an
 * already-sent one fills a `<template id="P:1f">` (no fallback) instead of a boundary. A page
 * saved without its comments has no `<!--/$-->` either; its fallback is then the element after
 * the placeholder when that is an empty skeleton or a "Loading…" line. WCXB dev 4503 streams
 * 33 segments that way (word F1 0.26 while only decimal ids were read), 0046 and 0384 a few.
 * Evidence: fixtures/article/streamed-hex-segments.
 */

const SEGMENT_ID = /^S:([0-9a-f]+)$/;

/** A fallback React shows while a segment loads: an empty skeleton or a "Loading…" line. */
function isLoadingFallback(node: Node | null): node is Element {
  if (!node || node.nodeType !== 1 || (node as Element).localName === 'template') return false;
  const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text === '' || (text.length < 40 && /^loading\b/i.test(text));
}

/** React's closing `<!--/$-->` comment after a placeholder: the fallback ends there. */
function closingComment(template: Element): Node | null {
  for (let n = template.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 8 && n.nodeValue === '/$') return n;
  }
  return null;
}

/** Moves streamed segments of `doc` (a clone: it is modified) into their placeholders. */
export function revealStreamedSegments(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  // Segments are direct children of <body>, after the page: a short backwards scan finds them.
  const segments: Element[] = [];
  for (let el = body.lastElementChild; el; el = el.previousElementSibling) {
    if (el.localName === 'div' && el.hasAttribute('hidden') && SEGMENT_ID.test(el.id)) segments.push(el);
  }
  for (const segment of segments.reverse()) {
    const n = SEGMENT_ID.exec(segment.id)![1]!;
    segment.removeAttribute('hidden');
    // A segment inside an already-sent one fills a bare placeholder; others fill a boundary,
    // whose fallback has to go.
    const placeholder = doc.getElementById(`P:${n}`);
    const bare = placeholder?.localName === 'template';
    const template = bare ? placeholder : doc.getElementById(`B:${n}`);
    if (!template || template.localName !== 'template' || !template.parentNode) continue;
    const parent = template.parentNode;
    let anchor: Node | null = template.nextSibling;
    if (!bare) {
      const end = closingComment(template);
      if (end) {
        while (template.nextSibling && template.nextSibling !== end) parent.removeChild(template.nextSibling);
        anchor = end;
      } else {
        // Without React's closing comment only a recognisable fallback goes; anything else
        // might be the page's own content, so the segment is inserted before it.
        let next = template.nextSibling;
        while (next && next.nodeType === 3 && !(next.nodeValue ?? '').trim()) next = next.nextSibling;
        if (isLoadingFallback(next)) {
          anchor = next.nextSibling;
          next.remove();
        }
      }
    }
    while (segment.firstChild) parent.insertBefore(segment.firstChild, anchor);
    segment.remove();
    template.remove();
  }
}
