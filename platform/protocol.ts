import type { TextAnalysis } from '../lib/annotate-text';
import type { Article, BoilerplateKind, Report } from '../lib/report';

/**
 * The typed message contract between Lede's contexts (STYLE.md, habit 6). One map per
 * direction: request payload and response type per message name. Callers use the helpers in
 * ./messaging.ts and never build envelopes by hand.
 */

/** What the popup shows for a tab. */
export type PanelState =
  | { status: 'loading' }
  | { status: 'not-article'; reason: string }
  /** The reader switched Lede off for this site. */
  | { status: 'off'; site: string }
  | {
      status: 'ready';
      report: Report;
      hiddenBlocks: string[];
      annotationsOn: boolean;
      /** The page's site, and the kinds of block the reader asked to hide on all of it. */
      site: string;
      rememberedKinds: BoilerplateKind[];
    }
  | { status: 'error'; message: string };

/** Something in the page the popup can point at. */
export type PageTarget =
  | { kind: 'mention'; entityId: string; index?: number }
  | { kind: 'claim'; claimId: string }
  | { kind: 'block'; blockId: string };

/** Popup → content script of one tab. */
export interface ContentApi {
  getState: { req: null; res: PanelState };
  showInPage: { req: PageTarget; res: boolean };
  setBlockHidden: { req: { blockId: string; hidden: boolean }; res: string[] };
  /** Hides or shows every flagged block. */
  setAllHidden: { req: { hidden: boolean }; res: string[] };
  /** Remembers (or forgets) to hide this kind of block on every page of the site. */
  rememberKind: { req: { kind: BoilerplateKind; remember: boolean }; res: BoilerplateKind[] };
  /** `on: null` toggles (the keyboard shortcut). */
  setAnnotations: { req: { on: boolean | null }; res: boolean };
}

/** Content script → background. */
export interface BackgroundApi {
  setBadge: { req: { claims: number | null }; res: null };
  /** The language stages, run in the background so the page's main thread stays free. */
  analyseText: { req: Pick<Article, 'text' | 'title' | 'blocks' | 'lang'>; res: TextAnalysis };
}

export type Envelope<Api, K extends keyof Api = keyof Api> = {
  lede: K;
  payload: Api[K] extends { req: infer R } ? R : never;
};
