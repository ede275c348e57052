import { annotatePage, mergeText } from '../lib/annotate-page';
import type { TextAnalysis } from '../lib/annotate-text';
import { checkArticle, readMetadata } from '../lib/article';
import type { PageView } from '../lib/dom/page-view';
import { blockBadge } from '../lib/labels';
import type { Article, BoilerplateBlock, BoilerplateKind, EntityType, Report, TextQuote } from '../lib/report';
import { DEFAULT_SETTINGS, type HighlightKind } from '../lib/settings';
import { matchQuote } from '../lib/text/quote';
import type { PageTarget, PanelState } from '../platform/protocol';
import { locateBlock } from './blocks';
import { createHighlighter, type Highlighter } from './highlighter';
import { createOverlay, type Overlay } from './overlay';
import { BLOCK_ATTR, FLASH_ATTR, HIDDEN_ATTR, pageCss, STALE_ATTR, type MarkKind } from './styles';
import { buildTextIndex, type TextIndex } from './text-index';

/**
 * Everything Lede does inside one page: the cheap check, the analysis, the cached report,
 * highlights, block outlines and hiding. It uses the DOM but no extension API, so the content
 * script stays a thin wire and this can be tested under jsdom.
 */
export interface SessionOptions {
  doc: Document;
  url: string;
  now: () => Date;
  /**
   * The language stages (entities, claims) for the article's text. The content script sends
   * them to the background; tests run them in place.
   */
  analyseText: (article: Pick<Article, 'text' | 'title' | 'blocks' | 'lang'>) => Promise<TextAnalysis>;
  /** Called when the report changes (the content script sets the badge from it). */
  onReport?: (report: Report | null) => void;
  /** The label drawn on a flagged block; English from lib/labels by default. */
  badge?: (block: BoilerplateBlock) => string;
  /** The site's remembered hiding; absent, nothing is remembered. */
  prefs?: {
    site: string;
    load(): Promise<BoilerplateKind[]>;
    save(kinds: BoilerplateKind[]): Promise<void>;
  };
}

const FLASH_MS = 1600;

/**
 * Which highlight setting governs each entity type. Products go with organizations (they are
 * made by them); dates and misc names are everywhere in news and are not highlighted.
 */
const ENTITY_SETTING: Record<EntityType, HighlightKind | null> = {
  person: 'person',
  organization: 'organization',
  product: 'organization',
  place: 'place',
  money: 'money',
  law: 'law',
  date: null,
  misc: null,
};
/** Pages re-render in bursts; one re-check after the burst is enough. */
const REAPPLY_DEBOUNCE_MS = 150;

/** Layout answers from the live page. */
function liveView(doc: Document): PageView {
  const win = doc.defaultView;
  return {
    isVisible(el) {
      const e = el as HTMLElement & { checkVisibility?: () => boolean };
      if (typeof e.checkVisibility === 'function') {
        // Elements with display:contents have no box of their own but show their children.
        return e.checkVisibility() || win?.getComputedStyle(el).display === 'contents';
      }
      const style = win?.getComputedStyle(el);
      return !style || (style.display !== 'none' && style.visibility !== 'hidden');
    },
    position(el) {
      return win?.getComputedStyle(el).position ?? 'static';
    },
  };
}

function isOurs(el: Element): boolean {
  return el.localName === 'lede-overlay' || el.id === 'lede-style';
}

export class PageSession {
  private state: PanelState = { status: 'loading' };
  private report: Report | null = null;
  private highlighter: Highlighter | null = null;
  private overlay: Overlay | null = null;
  private index: TextIndex | null = null;
  private annotationsOn = true;
  private readonly hidden = new Set<string>();
  private readonly blockElements = new Map<string, Element>();
  private rememberedKinds: BoilerplateKind[] = [];
  /** The text nodes where the article starts and ends in the live page. */
  private articleEnds: Node[] = [];
  private observer: MutationObserver | null = null;
  private reapplyTimer = 0;
  private highlightKinds: Record<HighlightKind, boolean> = { ...DEFAULT_SETTINGS.highlight };
  private started = false;

  constructor(private readonly opts: SessionOptions) {}

  /**
   * Starts the work once: the cheap check now, the full analysis when `schedule` runs it
   * (at idle time in the browser). Later calls do nothing.
   */
  start(schedule: (run: () => void) => void): void {
    if (this.started) return;
    this.started = true;
    if (this.precheck()) schedule(() => void this.analyse());
  }

  /** Applies the reader's highlight settings, redrawing if annotations are shown. */
  configure(opts: { highlight: Record<HighlightKind, boolean> }): void {
    this.highlightKinds = { ...opts.highlight };
    if (this.state.status === 'ready' && this.annotationsOn) {
      this.undraw();
      this.draw();
    }
  }

  /** The cheap check: true when the page may be an article and is worth a full analysis. */
  precheck(): boolean {
    const check = checkArticle(this.opts.doc, readMetadata(this.opts.doc, this.opts.now()));
    if (!check.ok) this.state = { status: 'not-article', reason: check.reason };
    return check.ok;
  }

  /**
   * The full analysis: the page half here (the page is read, never changed, until annotations
   * are drawn), the text half wherever `analyseText` runs it. Resolves when the report is in.
   */
  async analyse(): Promise<void> {
    try {
      const report = annotatePage(this.opts.doc, { url: this.opts.url, now: this.opts.now(), view: liveView(this.opts.doc) });
      if (report.article) {
        const { text, title, blocks, lang } = report.article;
        mergeText(report, await this.opts.analyseText({ text, title, blocks, lang }));
      }
      this.report = report;
      if (!report.article) {
        this.state = report.error
          ? { status: 'error', message: report.error }
          : { status: 'not-article', reason: report.notArticleReason ?? 'No article was found on this page.' };
      } else {
        this.state = {
          status: 'ready',
          report,
          hiddenBlocks: [],
          annotationsOn: this.annotationsOn,
          site: this.opts.prefs?.site ?? '',
          rememberedKinds: [],
        };
        if (this.annotationsOn) this.draw();
        void this.applyRemembered();
      }
      this.opts.onReport?.(report.article ? report : null);
    } catch (error) {
      this.state = { status: 'error', message: error instanceof Error ? error.message : String(error) };
      this.opts.onReport?.(null);
    }
  }

  getState(): PanelState {
    if (this.state.status !== 'ready') return this.state;
    return {
      ...this.state,
      hiddenBlocks: [...this.hidden],
      annotationsOn: this.annotationsOn,
      rememberedKinds: [...this.rememberedKinds],
    };
  }

  /**
   * Hides or shows one flagged block; returns the ids of all hidden blocks. A block that
   * turns out to hold the article (the page changed under us) is never hidden.
   */
  setBlockHidden(blockId: string, hidden: boolean): string[] {
    this.applyHidden(blockId, hidden);
    if (this.annotationsOn) this.drawLabels();
    return [...this.hidden];
  }

  /** Hides or shows every flagged block. */
  setAllHidden(hidden: boolean): string[] {
    this.setHiddenWhere(() => true, hidden);
    return [...this.hidden];
  }

  /** Remembers to hide (or stops hiding) this kind of block on every page of the site. */
  async rememberKind(kind: BoilerplateKind, remember: boolean): Promise<BoilerplateKind[]> {
    const kinds = new Set(this.rememberedKinds);
    if (remember) kinds.add(kind);
    else kinds.delete(kind);
    this.rememberedKinds = [...kinds];
    await this.opts.prefs?.save(this.rememberedKinds);
    if (remember) this.setHiddenWhere((b) => b.kind === kind, true);
    return [...this.rememberedKinds];
  }

  setAnnotations(on: boolean): boolean {
    this.annotationsOn = on;
    if (on) this.draw();
    else this.undraw();
    return on;
  }

  toggleAnnotations(): boolean {
    return this.setAnnotations(!this.annotationsOn);
  }

  /** Scrolls to a mention, claim or block and flashes it. False if it cannot be found. */
  showInPage(target: PageTarget): boolean {
    const report = this.report;
    if (!report?.article) return false;
    if (target.kind === 'block') {
      const el = this.block(target.blockId);
      if (!el) return false;
      el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
      el.setAttribute(FLASH_ATTR, '');
      this.ensureStyle();
      this.opts.doc.defaultView?.setTimeout(() => el.removeAttribute(FLASH_ATTR), FLASH_MS);
      return true;
    }
    let quote: TextQuote | undefined;
    let inTitle = false;
    if (target.kind === 'mention') {
      const mention = report.entities.find((e) => e.id === target.entityId)?.mentions[target.index ?? 0];
      quote = mention;
      inTitle = mention?.in === 'title';
    } else {
      const claim = report.claims.find((c) => c.id === target.claimId);
      quote = claim?.quote;
      inTitle = claim?.in === 'title';
    }
    if (!quote) return false;
    const range = this.rangeOf(quote, inTitle) ?? this.rangeOf(quote, inTitle, true);
    if (!range) return false;
    const anchor = range.startContainer.parentElement;
    anchor?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    const flash = this.highlighterFor();
    flash.set('flash', [range]);
    this.opts.doc.defaultView?.setTimeout(() => flash.clear('flash'), FLASH_MS);
    return true;
  }

  /** Removes everything Lede added to the page. */
  dispose(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.opts.doc.defaultView?.clearTimeout(this.reapplyTimer);
    this.undraw();
    for (const id of [...this.hidden]) this.setBlockHidden(id, false);
    this.overlay?.destroy();
    this.opts.doc.getElementById('lede-style')?.remove();
  }

  private applyHidden(blockId: string, hidden: boolean): void {
    const el = this.block(blockId);
    if (!el) return;
    if (hidden && !this.holdsArticle(el)) {
      if (!el.hasAttribute(HIDDEN_ATTR)) el.setAttribute(HIDDEN_ATTR, '');
      this.hidden.add(blockId);
      this.ensureStyle();
      this.watch();
    } else {
      el.removeAttribute(HIDDEN_ATTR);
      this.hidden.delete(blockId);
    }
  }

  /** Hides the blocks of the kinds the reader asked to hide on this site. */
  private async applyRemembered(): Promise<void> {
    const prefs = this.opts.prefs;
    if (!prefs) return;
    try {
      // Merge: the reader may have ticked a box while storage was still answering.
      this.rememberedKinds = [...new Set([...(await prefs.load()), ...this.rememberedKinds])];
    } catch {
      return; // Storage unavailable: nothing remembered, nothing hidden.
    }
    if (this.rememberedKinds.length) this.setHiddenWhere((b) => this.rememberedKinds.includes(b.kind), true);
  }

  private setHiddenWhere(match: (b: BoilerplateBlock) => boolean, hidden: boolean): void {
    for (const b of this.report?.boilerplate ?? []) if (match(b)) this.applyHidden(b.id, hidden);
    if (this.annotationsOn) this.drawLabels();
  }

  /** True when hiding `el` would hide the article's own text (its first or last words). */
  private holdsArticle(el: Element): boolean {
    if (!this.articleEnds.length || !this.articleEnds.every((n) => n.isConnected)) {
      const index = this.textIndex(true);
      const span = this.articleSpan(index);
      const start = span && index.range(span[0], Math.min(span[1], span[0] + 20));
      const end = span && index.range(Math.max(span[0], span[1] - 20), span[1]);
      this.articleEnds = start && end ? [start.startContainer, end.endContainer] : [];
    }
    return this.articleEnds.some((n) => el.contains(n));
  }

  /**
   * Pages re-render (frameworks replace nodes, banners rotate). Watching the body lets hidden
   * blocks stay hidden: after each burst of changes, every hidden block is found again.
   */
  private watch(): void {
    const win = this.opts.doc.defaultView;
    if (this.observer || !win?.MutationObserver || !this.opts.doc.body) return;
    this.observer = new win.MutationObserver(() => {
      win.clearTimeout(this.reapplyTimer);
      this.reapplyTimer = win.setTimeout(() => this.reapply(), REAPPLY_DEBOUNCE_MS);
    });
    this.observer.observe(this.opts.doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: [HIDDEN_ATTR] });
  }

  private reapply(): void {
    this.index = null;
    for (const id of this.hidden) {
      const el = this.block(id);
      // Setting the attribute only when it is missing keeps our own change from re-triggering.
      if (el && !el.hasAttribute(HIDDEN_ATTR) && !this.holdsArticle(el)) el.setAttribute(HIDDEN_ATTR, '');
    }
  }

  private block(blockId: string): Element | null {
    const cached = this.blockElements.get(blockId);
    if (cached?.isConnected) return cached;
    const block = this.report?.boilerplate.find((b) => b.id === blockId);
    const el = block ? locateBlock(this.opts.doc, block, () => this.textIndex()) : null;
    if (el) this.blockElements.set(blockId, el);
    return el;
  }

  private textIndex(rebuild = false): TextIndex {
    if (!this.index || rebuild) {
      const body = this.opts.doc.body ?? this.opts.doc.documentElement;
      this.index = buildTextIndex(body, isOurs);
    }
    return this.index;
  }

  private highlighterFor(): Highlighter {
    this.ensureStyle();
    this.highlighter ??= createHighlighter(this.opts.doc);
    return this.highlighter;
  }

  private ensureStyle(): void {
    const doc = this.opts.doc;
    if (doc.getElementById('lede-style')) return;
    const style = doc.createElement('style');
    style.id = 'lede-style';
    style.textContent = pageCss();
    (doc.head ?? doc.documentElement).appendChild(style);
  }

  /** Where the article sits in the page text, so quotes are searched near it first. */
  private articleSpan(index: TextIndex): [number, number] | null {
    const text = this.report?.article?.text;
    if (!text) return null;
    const head = matchQuote(index.text, { exact: text.slice(0, 60), prefix: '', suffix: '' });
    const tail = matchQuote(index.text, { exact: text.slice(-60), prefix: '', suffix: '' });
    return head && tail && tail[1] > head[0] ? [head[0], tail[1]] : null;
  }

  /** Finds a quote in the page, searching first where the article's text sits. */
  private rangeOf(quote: TextQuote, inTitle: boolean, rebuild = false): Range | null {
    const index = this.textIndex(rebuild);
    return this.find(index, this.articleSpan(index), quote, inTitle);
  }

  private find(index: TextIndex, span: [number, number] | null, quote: TextQuote, inTitle: boolean): Range | null {
    let hint: number | undefined;
    const bodyLength = Math.max(1, this.report?.article?.text.length ?? 1);
    if (span && index.text.length) {
      const at = inTitle ? span[0] : span[0] + (quote.start / bodyLength) * (span[1] - span[0]);
      hint = at / index.text.length;
    }
    const found = matchQuote(index.text, quote, hint);
    return found ? index.range(found[0], found[1]) : null;
  }

  private draw(): void {
    const report = this.report;
    if (!report?.article) return;
    const index = this.textIndex(true);
    const span = this.articleSpan(index);
    const highlighter = this.highlighterFor();
    const byKind = new Map<MarkKind, Range[]>();
    const add = (kind: MarkKind, quote: TextQuote, inTitle: boolean): void => {
      const range = this.find(index, span, quote, inTitle);
      if (!range) return;
      let list = byKind.get(kind);
      if (!list) byKind.set(kind, (list = []));
      list.push(range);
    };
    for (const entity of report.entities) {
      const setting = ENTITY_SETTING[entity.type];
      if (!setting || !this.highlightKinds[setting]) continue;
      for (const m of entity.mentions) add(entity.type, m, m.in === 'title');
    }
    if (this.highlightKinds.claims) for (const c of report.claims) add('claim', c.quote, c.in === 'title');
    for (const [kind, ranges] of byKind) highlighter.set(kind, ranges);
    // Wrapping elements split text nodes, so the index no longer maps to them.
    if (highlighter.mode === 'elements') this.index = null;
    if (this.highlightKinds.boilerplate) this.drawBlocks(report.boilerplate);
  }

  private drawBlocks(blocks: BoilerplateBlock[]): void {
    for (const b of blocks) {
      const el = this.block(b.id);
      if (!el) continue;
      el.setAttribute(BLOCK_ATTR, b.kind);
      if (b.stale) el.setAttribute(STALE_ATTR, '');
    }
    this.drawLabels();
  }

  private drawLabels(): void {
    const report = this.report;
    if (!report) return;
    this.overlay ??= createOverlay(this.opts.doc);
    const labels = report.boilerplate
      .filter((b) => !this.hidden.has(b.id))
      .map((b) => ({ block: b, element: this.block(b.id) }))
      .filter((x): x is { block: BoilerplateBlock; element: Element } => x.element !== null)
      .map(({ block, element }) => ({ element, text: (this.opts.badge ?? blockBadge)(block), stale: block.stale !== null }));
    this.overlay.show(labels);
  }

  private undraw(): void {
    this.highlighter?.clear();
    for (const el of this.blockElements.values()) {
      el.removeAttribute(BLOCK_ATTR);
      el.removeAttribute(STALE_ATTR);
    }
    this.overlay?.clear();
  }
}
