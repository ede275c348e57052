import type { BoilerplateKind, Entity } from '../lib/report';
import type { WikiResult } from '../lib/wikipedia';
import type { PageTarget, PanelState } from '../platform/protocol';

/**
 * What the popup needs from the outside world (STYLE.md, habit 10). The extension implements
 * it with messages to the tab's content script; tests and the design preview use mocks.
 */
export interface Connector {
  getState(): Promise<PanelState>;
  showInPage(target: PageTarget): Promise<boolean>;
  setBlockHidden(blockId: string, hidden: boolean): Promise<string[]>;
  setAllHidden(hidden: boolean): Promise<string[]>;
  rememberKind(kind: BoilerplateKind, remember: boolean): Promise<BoilerplateKind[]>;
  setAnnotations(on: boolean): Promise<boolean>;
  /** Puts text on the clipboard. */
  copyText(text: string): Promise<void>;
  /** Saves a file for the reader. */
  download(fileName: string, text: string, type: string): Promise<void>;
  openOptions(): Promise<void>;
  /** Whether lookups are on in settings, and whether the browser lets them reach Wikipedia. */
  wikiConfig(): Promise<{ auto: boolean; allowed: boolean }>;
  /** Asks for the Wikipedia permission if needed. Call it synchronously inside a click. */
  wikiAllow(): Promise<boolean>;
  wikiLookup(subject: Pick<Entity, 'type' | 'name'> | string, force?: boolean): Promise<WikiResult>;
}
