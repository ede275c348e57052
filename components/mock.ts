import type { BoilerplateKind } from '../lib/report';
import type { PageTarget, PanelState } from '../platform/protocol';
import type { Connector } from './connector';

/**
 * A connector that answers from a given state, for component tests and design previews
 * (STYLE.md, habit 10). It records what the popup asked for, so tests can check the wiring.
 */
export interface MockConnector extends Connector {
  calls: { method: string; args: unknown[] }[];
}

/** A ready state with everything visible, overridable field by field. */
export function mockState(overrides: Partial<Extract<PanelState, { status: 'ready' }>> & Pick<Extract<PanelState, { status: 'ready' }>, 'report'>): PanelState {
  return { status: 'ready', hiddenBlocks: [], annotationsOn: true, site: 'example.com', rememberedKinds: [], ...overrides };
}

/** A connector whose getState() walks through `states` (the last one repeats). */
export function mockConnector(...states: PanelState[]): MockConnector {
  const calls: MockConnector['calls'] = [];
  let i = 0;
  let hidden: string[] = [];
  let remembered: BoilerplateKind[] = [];
  return {
    calls,
    async getState() {
      calls.push({ method: 'getState', args: [] });
      const state = states[Math.min(i++, states.length - 1)]!;
      return state.status === 'ready' ? { ...state, hiddenBlocks: hidden, rememberedKinds: remembered } : state;
    },
    async showInPage(target: PageTarget) {
      calls.push({ method: 'showInPage', args: [target] });
      return true;
    },
    async setBlockHidden(blockId: string, isHidden: boolean) {
      calls.push({ method: 'setBlockHidden', args: [blockId, isHidden] });
      hidden = isHidden ? [...hidden, blockId] : hidden.filter((id) => id !== blockId);
      return hidden;
    },
    async setAllHidden(isHidden: boolean) {
      calls.push({ method: 'setAllHidden', args: [isHidden] });
      const ready = states.find((s) => s.status === 'ready');
      hidden = isHidden && ready?.status === 'ready' ? ready.report.boilerplate.map((b) => b.id) : [];
      return hidden;
    },
    async rememberKind(kind: BoilerplateKind, remember: boolean) {
      calls.push({ method: 'rememberKind', args: [kind, remember] });
      remembered = remember ? [...new Set([...remembered, kind])] : remembered.filter((k) => k !== kind);
      return remembered;
    },
    async copyText(text: string) {
      calls.push({ method: 'copyText', args: [text] });
    },
    async download(fileName: string, text: string, type: string) {
      calls.push({ method: 'download', args: [fileName, text, type] });
    },
    async openOptions() {
      calls.push({ method: 'openOptions', args: [] });
    },
    async wikiConfig() {
      return { auto: false, allowed: false };
    },
    async wikiAllow() {
      calls.push({ method: 'wikiAllow', args: [] });
      return true;
    },
    async wikiLookup(subject, force) {
      calls.push({ method: 'wikiLookup', args: [subject, force] });
      const title = typeof subject === 'string' ? subject : subject.name;
      return { kind: 'missing', title };
    },
    async setAnnotations(on: boolean) {
      calls.push({ method: 'setAnnotations', args: [on] });
      return on;
    },
  };
}
