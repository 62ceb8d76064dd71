/** The badge follows the "show badge" option in every open tab at once. */
import { describe, expect, it, vi } from 'vitest';
import { refreshBadgesWhenOptionChanges } from '../../src/background/badge-refresh.js';
import { fakeBrowser } from './helpers/fake-browser.js';
import { fixtureStates } from '../../src/popup/api.mock.js';

describe('badge refresh', () => {
  it('redraws the badge of every tab with a content script when the option changes', async () => {
    fakeBrowser.tabs.query.mockResolvedValue([{ id: 1 }, { id: 2 }] as never);
    fakeBrowser.tabs.sendMessage.mockImplementation((async (tabId: number) => {
      if (tabId === 1) return fixtureStates.ready;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as never);
    refreshBadgesWhenOptionChanges();
    await fakeBrowser.storage.sync.set({ showBadge: false });
    await vi.waitFor(() => expect(fakeBrowser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 1, text: '' }));
    fakeBrowser.action.setBadgeText.mockClear();
    await fakeBrowser.storage.sync.remove('showBadge');
    await vi.waitFor(() => expect(fakeBrowser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 1, text: '2' }));
    expect(fakeBrowser.action.setBadgeText).not.toHaveBeenCalledWith(expect.objectContaining({ tabId: 2 }));
  });

  it('ignores unrelated setting changes', async () => {
    fakeBrowser.tabs.query.mockResolvedValue([{ id: 1 }] as never);
    refreshBadgesWhenOptionChanges();
    await fakeBrowser.storage.sync.set({ 'site:example.com': false });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fakeBrowser.tabs.query).not.toHaveBeenCalled();
  });
});
