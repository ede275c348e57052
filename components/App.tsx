import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { BoilerplateKind } from '../lib/report';
import type { PageTarget, PanelState } from '../platform/protocol';
import { BoilerplateList } from './BoilerplateList';
import { ClaimTimeline } from './ClaimTimeline';
import type { Connector } from './connector';
import { EntityCards } from './EntityCards';
import { cardsMarkdown, reportFileName } from './export';
import { Header } from './Header';
import { plural, useT } from './i18n';
import { useWikipedia } from './useWikipedia';

/** How often the popup asks again while the page is still being analysed. */
const POLL_MS = 250;

type Ready = Extract<PanelState, { status: 'ready' }>;

function Message({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <main class="state" data-testid="state">
      <div role="status">
        <h1 class="state-title">{title}</h1>
        {children}
      </div>
    </main>
  );
}

/** The popup: asks the connector for the tab's state and renders it. */
export function App({ connector }: { connector: Connector }) {
  const t = useT();
  const [state, setState] = useState<PanelState | null>(null);
  const [notice, setNotice] = useState('');
  const wiki = useWikipedia(connector, state?.status === 'ready' ? state.report : null);

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

  const updateReady = (patch: Partial<Ready>): void => setState((s) => (s?.status === 'ready' ? { ...s, ...patch } : s));
  // A tab that navigates or reloads while the popup is open drops its content script; the
  // reader then sees why, instead of a button that silently does nothing.
  const failed = (error: unknown): void => setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
  const onShow = useCallback((target: PageTarget) => void connector.showInPage(target).catch(() => {}), [connector]);
  const onHide = (blockId: string, hidden: boolean): Promise<void> =>
    connector.setBlockHidden(blockId, hidden).then((hiddenBlocks) => updateReady({ hiddenBlocks }), failed);
  const onHideAll = (hidden: boolean): Promise<void> =>
    connector.setAllHidden(hidden).then((hiddenBlocks) => updateReady({ hiddenBlocks }), failed);
  const onRemember = async (kind: BoilerplateKind, remember: boolean): Promise<void> => {
    let rememberedKinds: BoilerplateKind[];
    try {
      rememberedKinds = await connector.rememberKind(kind, remember);
    } catch (error) {
      return failed(error);
    }
    // Remembering a kind hides its blocks now too; ask the page which are hidden. The choice
    // is saved either way, so a page that went away meanwhile only skips this refresh.
    const next = await connector.getState().catch(() => null);
    updateReady(next?.status === 'ready' ? { rememberedKinds, hiddenBlocks: next.hiddenBlocks } : { rememberedKinds });
  };
  const onToggle = (on: boolean): Promise<void> =>
    connector.setAnnotations(on).then((annotationsOn) => updateReady({ annotationsOn }), failed);
  const exportWith = async (action: () => Promise<void>, done: string): Promise<void> => {
    try {
      await action();
      setNotice(done);
    } catch (error) {
      setNotice(t('exportFailed', error instanceof Error ? error.message : String(error)));
    }
  };

  if (!state || state.status === 'loading') {
    return (
      <Message title={t('loadingTitle')}>
        <p aria-busy="true">{t('loadingBody')}</p>
      </Message>
    );
  }
  if (state.status === 'not-article') {
    return (
      <Message title={t('notArticleTitle')}>
        <p>{state.reason}</p>
      </Message>
    );
  }
  if (state.status === 'off') {
    return (
      <Message title={t('offTitle')}>
        <p>{t('offBody', state.site)}</p>
        <button type="button" class="toggle" onClick={() => void connector.openOptions()}>
          {t('openOptions')}
        </button>
      </Message>
    );
  }
  if (state.status === 'error') {
    return (
      <Message title={t('errorTitle')}>
        <p>{state.message}</p>
      </Message>
    );
  }
  const { report } = state;
  const summary = t('analysisDone', [
    plural(t, 'countEntities', report.entities.length),
    plural(t, 'countClaims', report.claims.length),
    plural(t, 'countBlocks', report.boilerplate.length),
  ]);
  return (
    <main class="report">
      {/* Screen readers hear what Lede found as soon as the analysis is in. */}
      <p class="visually-hidden" aria-live="polite" data-testid="live-summary">
        {summary}
      </p>
      <Header report={report} />
      <div class="toolbar">
        <button type="button" class="toggle" data-testid="toggle-highlights" aria-pressed={state.annotationsOn} onClick={() => void onToggle(!state.annotationsOn)}>
          {t('showHighlights')}
        </button>
        <button type="button" class="toggle" data-testid="export-md" onClick={() => void exportWith(() => connector.copyText(cardsMarkdown(report, t)), t('copied'))}>
          {t('copyMarkdown')}
        </button>
        <button
          type="button"
          class="toggle"
          data-testid="export-json"
          onClick={() => {
            const name = reportFileName(report);
            void exportWith(() => connector.download(name, JSON.stringify(report, null, 2), 'application/json'), t('downloaded', name));
          }}
        >
          {t('downloadJson')}
        </button>
      </div>
      <p class="notice-line" role="status">
        {notice}
      </p>
      <section aria-labelledby="h-entities">
        <h2 id="h-entities">{t('sectionEntities')}</h2>
        <EntityCards report={report} onShow={onShow} wiki={wiki} />
      </section>
      <section aria-labelledby="h-claims">
        <h2 id="h-claims">{t('sectionClaims')}</h2>
        <ClaimTimeline report={report} onShow={onShow} />
      </section>
      <section aria-labelledby="h-boilerplate">
        <h2 id="h-boilerplate">{t('sectionBoilerplate')}</h2>
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
