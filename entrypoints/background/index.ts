import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { annotateText } from '../../lib/annotate-text';
import { callContent, serve } from '../../platform/messaging';
import type { BackgroundApi } from '../../platform/protocol';

/**
 * Sets the toolbar badge for tabs, runs the language stages for content scripts (away from
 * the page's main thread), and forwards the keyboard shortcut to the active tab.
 */
export default defineBackground(() => {
  // MV2 Firefox names the toolbar button browserAction; MV3 names it action.
  const action = browser.action ?? browser.browserAction;
  serve<BackgroundApi>({
    setBadge: async ({ claims }, { tabId }) => {
      if (tabId === undefined) return null;
      await action.setBadgeText({ tabId, text: claims ? String(claims) : '' });
      await action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
      return null;
    },
    analyseText: (article) => annotateText(article),
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-annotations') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await callContent(tab.id, 'setAnnotations', { on: null }).catch(() => {});
  });
});
