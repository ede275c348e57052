import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from './index';

/** fakeBrowser has no commands API; a minimal event stands in for it. */
let commandListeners: ((command: string) => unknown)[] = [];

describe('background wiring', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    commandListeners = [];
    Object.assign(fakeBrowser.commands, {
      onCommand: { addListener: (l: (command: string) => unknown) => commandListeners.push(l) },
    });
  });

  it('sets the badge of the sending tab to its claim count, and clears it for non-articles', async () => {
    // fakeBrowser does not implement action.*; record the calls instead.
    const setBadgeText = vi.fn(async () => {});
    const setBadgeBackgroundColor = vi.fn(async () => {});
    Object.assign(fakeBrowser.action, { setBadgeText, setBadgeBackgroundColor });
    background.main();
    const [answer] = await fakeBrowser.runtime.onMessage.trigger(
      { lede: 'setBadge', payload: { claims: 9 } },
      { tab: { id: 7 } } as never,
    );
    await answer;
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '9' });
    await fakeBrowser.runtime.onMessage.trigger({ lede: 'setBadge', payload: { claims: null } }, { tab: { id: 7 } } as never);
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '' });
  });

  it('ignores messages that are not Lede’s', async () => {
    const setBadgeText = vi.fn(async () => {});
    Object.assign(fakeBrowser.action, { setBadgeText, setBadgeBackgroundColor: vi.fn(async () => {}) });
    background.main();
    const answers = await fakeBrowser.runtime.onMessage.trigger({ hello: 'world' }, { tab: { id: 1 } } as never);
    expect(answers.every((a) => a === undefined)).toBe(true);
    expect(setBadgeText).not.toHaveBeenCalled();
  });

  it('forwards the keyboard shortcut to the active tab as a toggle', async () => {
    // fakeBrowser's tabs ignore `active`, so the active tab is given here.
    const query = vi.fn(async () => [{ id: 42 }]);
    const sendMessage = vi.fn(async () => true);
    Object.assign(fakeBrowser.tabs, { query, sendMessage });
    Object.assign(fakeBrowser.action, { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn() });
    background.main();
    await Promise.all(commandListeners.map((l) => l('toggle-annotations')));
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sendMessage).toHaveBeenCalledWith(42, { lede: 'setAnnotations', payload: { on: null } });
    await Promise.all(commandListeners.map((l) => l('some-other-command')));
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
