/** Which tab URLs are pages where the browser forbids extensions. */
import { describe, expect, it } from 'vitest';
import { restrictedReason } from '../../src/popup/restricted-page.js';

describe('restrictedReason', () => {
  it.each([
    ['chrome://settings', 'browser-page'],
    ['chrome-extension://abc/options.html', 'browser-page'],
    ['moz-extension://abc/popup.html', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:reader?url=https://example.com', 'browser-page'],
    ['edge://newtab', 'browser-page'],
    ['data:text/html,hi', 'browser-page'],
    ['https://chromewebstore.google.com/', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://addons.mozilla.org/ru/firefox/addon/x/', 'store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'store'],
    ['https://example.com/files/Report.PDF', 'pdf'],
    ['file:///C:/news.html', 'file'],
    ['view-source:https://example.com/', 'view-source'],
    ['not a url', 'browser-page'],
  ])('%s → %s', (url, reason) => {
    expect(restrictedReason(url)).toBe(reason);
  });

  it.each(['https://www.nytimes.com/2026/01/01/world/x.html', 'http://localhost:8080/article', 'https://chrome.google.com/intl/en/chrome/', 'https://example.com/pdf-guide.html'])(
    'lets ordinary pages through: %s', (url) => {
      expect(restrictedReason(url)).toBeNull();
    });

  it('cannot tell without a URL', () => {
    expect(restrictedReason(null)).toBeNull();
  });
});
