import { defineContentScript } from 'wxt/utils/define-content-script';
import { isNeverRun } from '../lib/settings';
import { PageSession } from '../page/session';
import { callBackground, serve } from '../platform/messaging';
import { blockBadge } from '../platform/page-labels';
import type { ContentApi } from '../platform/protocol';
import { loadSettings, onSettingsChanged } from '../platform/settings';
import { siteOf, sitePrefs } from '../platform/site-prefs';

/**
 * Wiring only: read the settings; on a site the reader switched off, do nothing. Otherwise a
 * cheap article check and, when the browser is idle (or when the popup asks, in "only on
 * click" mode), the full analysis. The session does the work (page/session.ts).
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
      badge: blockBadge,
      analyseText: (article) => callBackground('analyseText', article),
    });
    const idle = (run: () => void): void => void ctx.requestIdleCallback(run, { timeout: 3000 });
    let phase: 'settings' | 'off' | 'on' = 'settings';
    let asked = false;
    const stop = serve<ContentApi>({
      getState: () => {
        if (phase === 'off') return { status: 'off', site };
        // Opening the popup is the click that "only on click" waits for.
        asked = true;
        if (phase === 'on') session.start((run) => void ctx.setTimeout(run, 0));
        return session.getState();
      },
      showInPage: (target) => session.showInPage(target),
      setBlockHidden: ({ blockId, hidden }) => session.setBlockHidden(blockId, hidden),
      setAllHidden: ({ hidden }) => session.setAllHidden(hidden),
      rememberKind: ({ kind, remember }) => session.rememberKind(kind, remember),
      setAnnotations: ({ on }) => (on === null ? session.toggleAnnotations() : session.setAnnotations(on)),
    });
    const unwatch = onSettingsChanged((settings) => session.configure(settings));
    ctx.onInvalidated(() => {
      stop();
      unwatch();
      session.dispose();
    });
    void loadSettings().then((settings) => {
      if (isNeverRun(location.hostname, settings.neverRun)) {
        phase = 'off';
        return;
      }
      phase = 'on';
      session.configure(settings);
      if (settings.mode === 'auto' || asked) session.start(idle);
    });
  },
});
