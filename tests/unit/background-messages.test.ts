import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from './helpers/fake-browser.js';

type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;

let onMessage: Listener;

beforeAll(async () => {
  await import('../../src/background/index.js');
  onMessage = (message, sender) => fakeBrowser.runtime.onMessage.emit(message, sender)[0] as Promise<unknown> | undefined;
});

const ARTICLE_URL = 'https://www.example-news.com/2026/11/28/story.html';
const contentScript = { id: 'plainsight-test', tab: { id: 7, url: ARTICLE_URL }, frameId: 0, url: ARTICLE_URL };

describe('background message handling', () => {
  it('stores a picked rule for the sender tab’s own site', async () => {
    await expect(onMessage({ type: 'addSiteRule', selector: '.promo-box' }, contentScript)).resolves.toBe(true);
    expect(fakeBrowser.storage.sync.items).toEqual({ 'rules:example-news.com': ['.promo-box'] });
  });

  it('refuses page messages that do not come from a top-frame content script', async () => {
    const fromPopup = { id: 'plainsight-test', url: 'chrome-extension://plainsight-test/popup.html' };
    const fromSubframe = { ...contentScript, frameId: 3 };
    const fromOtherExtension = { ...contentScript, id: 'someone-else' };
    for (const sender of [fromPopup, fromSubframe]) {
      await expect(onMessage({ type: 'addSiteRule', selector: '.promo' }, sender)).resolves.toBeUndefined();
    }
    expect(onMessage({ type: 'addSiteRule', selector: '.promo' }, fromOtherExtension)).toBeUndefined();
    expect(fakeBrowser.storage.sync.items).toEqual({});
  });

  it('ignores unknown and malformed messages without throwing', () => {
    expect(onMessage({ type: 'eraseAllSettings' }, contentScript)).toBeUndefined();
    expect(onMessage('addSiteRule', contentScript)).toBeUndefined();
    expect(onMessage({ type: 'hiddenCountsChanged', counts: { donation: 'many' } }, contentScript)).toBeUndefined();
  });

  it('shows the number of hidden blocks on the sender tab’s badge', async () => {
    await onMessage({ type: 'hiddenCountsChanged', counts: { donation: 2, newsletter: 1, subscription: 0 } }, contentScript);
    expect(fakeBrowser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '3' });
  });
});
