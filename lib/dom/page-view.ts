/**
 * What the pure stages may ask about layout. The browser answers from real computed style;
 * the CLI and unit tests answer from attributes and inline style, which is all a parser knows.
 * Passing it in keeps lib/ free of window globals (STYLE.md, habit 2).
 */
export interface PageView {
  /** False when the element is not rendered (display:none, hidden, zero size…). */
  isVisible(el: Element): boolean;
  /** The CSS `position` the element is laid out with. */
  position(el: Element): string;
}

function inlineStyle(el: Element): string {
  return (el.getAttribute('style') ?? '').toLowerCase();
}

/** A view for documents without layout (jsdom, happy-dom): attributes and inline style only. */
export const staticPageView: PageView = {
  isVisible(el) {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
    const style = inlineStyle(el);
    return !/display\s*:\s*none|visibility\s*:\s*hidden/.test(style);
  },
  position(el) {
    const m = /position\s*:\s*(fixed|sticky|absolute)/.exec(inlineStyle(el));
    return m?.[1] ?? 'static';
  },
};
