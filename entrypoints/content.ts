import { defineContentScript } from 'wxt/utils/define-content-script';
import { callBackground, serve } from '../platform/messaging';
import type { ContentApi } from '../platform/protocol';
import { PageSession } from '../page/session';
import { siteOf, sitePrefs } from '../platform/site-prefs';

/**
 * Wiring only: a cheap article check at document idle, the full analysis when the browser is
 * idle, then answers to the popup. The session does the work (page/session.ts).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const site = siteOf(location.href);
    const session = new PageSession({
      doc: document,
      url: location.href,
      now: () => new Date(),
      onReport: (report) => void callBackground('setBadge', { claims: report ? report.claims.length : null }).catch(() => {}),
      prefs: { site, ...sitePrefs(site) },
    });
    const stop = serve<ContentApi>({
      getState: () => session.getState(),
      showInPage: (target) => session.showInPage(target),
      setBlockHidden: ({ blockId, hidden }) => session.setBlockHidden(blockId, hidden),
      setAllHidden: ({ hidden }) => session.setAllHidden(hidden),
      rememberKind: ({ kind, remember }) => session.rememberKind(kind, remember),
      setAnnotations: ({ on }) => (on === null ? session.toggleAnnotations() : session.setAnnotations(on)),
    });
    ctx.onInvalidated(() => {
      stop();
      session.dispose();
    });
    if (!session.precheck()) return;
    // Analysis waits for an idle moment so the page's own work goes first.
    const run = (): void => session.analyse();
    if ('requestIdleCallback' in window) ctx.requestIdleCallback(run, { timeout: 3000 });
    else ctx.setTimeout(run, 200);
  },
});
