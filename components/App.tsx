import { useCallback, useEffect, useState } from 'preact/hooks';
import type { BoilerplateKind } from '../lib/report';
import type { PageTarget, PanelState } from '../platform/protocol';
import { BoilerplateList } from './BoilerplateList';
import { ClaimTimeline } from './ClaimTimeline';
import type { Connector } from './connector';
import { EntityCards } from './EntityCards';
import { Header } from './Header';

/** How often the popup asks again while the page is still being analysed. */
const POLL_MS = 250;

function Message({ title, children }: { title: string; children?: preact.ComponentChildren }) {
  return (
    <section class="state" role="status" data-testid="state">
      <h1 class="state-title">{title}</h1>
      {children}
    </section>
  );
}

/** The popup: asks the connector for the tab's state and renders it. */
export function App({ connector }: { connector: Connector }) {
  const [state, setState] = useState<PanelState | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (): Promise<void> => {
      let next: PanelState;
      try {
        next = await connector.getState();
      } catch (error) {
        next = { status: 'error', message: error instanceof Error ? error.message : String(error) };
      }
      if (stopped) return;
      setState(next);
      if (next.status === 'loading') timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [connector]);

  const onShow = useCallback((target: PageTarget) => void connector.showInPage(target), [connector]);
  const onHide = useCallback(
    async (blockId: string, hidden: boolean) => {
      const hiddenBlocks = await connector.setBlockHidden(blockId, hidden);
      setState((s) => (s?.status === 'ready' ? { ...s, hiddenBlocks } : s));
    },
    [connector],
  );
  const onHideAll = useCallback(
    async (hidden: boolean) => {
      const hiddenBlocks = await connector.setAllHidden(hidden);
      setState((s) => (s?.status === 'ready' ? { ...s, hiddenBlocks } : s));
    },
    [connector],
  );
  const onRemember = useCallback(
    async (kind: BoilerplateKind, remember: boolean) => {
      const rememberedKinds = await connector.rememberKind(kind, remember);
      // Remembering a kind hides its blocks now too; ask the page which are hidden.
      const next = await connector.getState();
      setState((s) => (s?.status === 'ready' && next.status === 'ready' ? { ...s, rememberedKinds, hiddenBlocks: next.hiddenBlocks } : s));
    },
    [connector],
  );
  const onToggle = useCallback(async () => {
    if (state?.status !== 'ready') return;
    const annotationsOn = await connector.setAnnotations(!state.annotationsOn);
    setState((s) => (s?.status === 'ready' ? { ...s, annotationsOn } : s));
  }, [connector, state]);

  if (!state || state.status === 'loading') {
    return (
      <Message title="Reading the page…">
        <p>Lede is analysing this page on your computer.</p>
      </Message>
    );
  }
  if (state.status === 'not-article') {
    return (
      <Message title="Not an article">
        <p>{state.reason}</p>
      </Message>
    );
  }
  if (state.status === 'error') {
    return (
      <Message title="Lede could not analyse this page">
        <p>{state.message}</p>
      </Message>
    );
  }
  const { report } = state;
  return (
    <main class="report">
      <Header report={report} />
      <div class="toolbar">
        <button type="button" class="toggle" aria-pressed={state.annotationsOn} onClick={() => void onToggle()}>
          {state.annotationsOn ? 'Hide highlights' : 'Show highlights'}
        </button>
      </div>
      <section aria-labelledby="h-entities">
        <h2 id="h-entities">Who and what</h2>
        <EntityCards report={report} onShow={onShow} />
      </section>
      <section aria-labelledby="h-claims">
        <h2 id="h-claims">Legal claims</h2>
        <ClaimTimeline report={report} onShow={onShow} />
      </section>
      <section aria-labelledby="h-boilerplate">
        <h2 id="h-boilerplate">Not the article</h2>
        <BoilerplateList
          report={report}
          hidden={state.hiddenBlocks}
          site={state.site}
          rememberedKinds={state.rememberedKinds}
          onShow={onShow}
          onHide={(id, h) => void onHide(id, h)}
          onHideAll={(h) => void onHideAll(h)}
          onRemember={(kind, r) => void onRemember(kind, r)}
        />
      </section>
    </main>
  );
}
