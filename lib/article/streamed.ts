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
 */

const SEGMENT_ID = /^S:(\d+)$/;

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
    const template = doc.getElementById(`B:${n}`);
    segment.removeAttribute('hidden');
    if (!template || template.localName !== 'template' || !template.parentNode) continue;
    const parent = template.parentNode;
    const end = closingComment(template);
    // Without React's closing comment the fallback's extent is unknown: keep it, insert after.
    if (end) while (template.nextSibling && template.nextSibling !== end) parent.removeChild(template.nextSibling);
    const anchor = end ?? template.nextSibling;
    while (segment.firstChild) parent.insertBefore(segment.firstChild, anchor);
    segment.remove();
  }
}
