import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { callContent, serve } from '../../platform/messaging';
import type { BackgroundApi } from '../../platform/protocol';

/** Sets the toolbar badge for tabs and forwards the keyboard shortcut to the active tab. */
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
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-annotations') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await callContent(tab.id, 'setAnnotations', { on: null }).catch(() => {});
  });
});
