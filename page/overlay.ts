/**
 * Small labels drawn over flagged blocks ("Stale promo · 2022"). They live in a shadow root
 * attached outside <body>, styled with `all: initial`, so the page's CSS cannot reach them and
 * the page's own text and layout are untouched.
 */
export interface LabelSpec {
  element: Element;
  text: string;
  stale: boolean;
}

export interface Overlay {
  show(labels: LabelSpec[]): void;
  clear(): void;
  destroy(): void;
}

const CSS = `
:host { all: initial; }
.label { position: absolute; z-index: 2147483646; font: 600 11px/1.3 system-ui, sans-serif;
  padding: 2px 6px; border-radius: 3px; background: #444; color: #fff; pointer-events: none;
  white-space: nowrap; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
.label.stale { background: #b3261e; }
`;

/** Creates the overlay host lazily, the first time there is something to show. */
export function createOverlay(doc: Document): Overlay {
  let host: HTMLElement | null = null;
  let layer: HTMLElement | null = null;
  let current: LabelSpec[] = [];
  const win = doc.defaultView;

  const ensure = (): HTMLElement => {
    if (layer && host?.isConnected) return layer;
    host = doc.createElement('lede-overlay');
    host.setAttribute('style', 'position:absolute;top:0;left:0;width:0;height:0;');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    layer = doc.createElement('div');
    root.append(style, layer);
    // Outside <body>: the page's body text stays exactly as the page wrote it.
    doc.documentElement.appendChild(host);
    return layer;
  };

  const draw = (): void => {
    if (!current.length) {
      if (layer) layer.textContent = '';
      return;
    }
    const target = ensure();
    target.textContent = '';
    const scrollX = win?.scrollX ?? 0;
    const scrollY = win?.scrollY ?? 0;
    for (const spec of current) {
      if (!spec.element.isConnected) continue;
      const rect = spec.element.getBoundingClientRect();
      if (!rect.width && !rect.height) continue;
      const label = doc.createElement('div');
      label.className = spec.stale ? 'label stale' : 'label';
      label.textContent = spec.text;
      label.style.top = `${Math.max(0, rect.top + scrollY - 16)}px`;
      label.style.left = `${Math.max(0, rect.left + scrollX)}px`;
      target.appendChild(label);
    }
  };

  let pending = 0;
  const onResize = (): void => {
    if (pending) return;
    pending = win?.setTimeout(() => {
      pending = 0;
      draw();
    }, 150) ?? 0;
  };
  win?.addEventListener('resize', onResize);

  return {
    show(labels) {
      current = labels;
      draw();
    },
    clear() {
      current = [];
      draw();
    },
    destroy() {
      win?.removeEventListener('resize', onResize);
      host?.remove();
      host = null;
      layer = null;
    },
  };
}
