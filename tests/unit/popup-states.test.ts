// @vitest-environment jsdom
/** Every popup state, rendered against the mock API, as the reader sees it. */
import { describe, expect, it, vi } from 'vitest';
import { createMockApi, fixtureStates, FIXTURE_URL } from '../../src/popup/api.mock.js';
import { renderPopup, text } from './helpers/render-popup.js';


describe('popup states', () => {
  it('shows the article: title, byline, date, reading time, summary, figures and quotes', async () => {
    await renderPopup(createMockApi());
    expect(document.body.dataset.state).toBe('ready');
    expect(text('#article-title')).toBe('City approves a €1.2 billion budget for transit');
    expect(text('.meta')).toBe('Anna Petrova · 14 Mar 2026 · 4 min read');
    expect([...document.querySelectorAll('.summary li')].map((li) => li.textContent)).toEqual(fixtureStates.ready.analysis.summary);
    const figures = [...document.querySelectorAll('.figures li')];
    expect(figures.map((li) => li.querySelector('strong')?.textContent)).toEqual(['€1.2 billion', '5%']);
    expect(figures[0]?.textContent).toContain('transit budget for 2026');
    const quotes = [...document.querySelectorAll('.quotes li')];
    expect(quotes[0]?.querySelector('q')?.textContent).toBe('This is the largest investment in a generation');
    expect(quotes[0]?.querySelector('.speaker')?.textContent).toBe('— Mayor Lena Ortiz');
    expect(quotes[1]?.querySelector('.speaker')?.textContent).toBe('— unattributed');
  });

  it('shows the site switch and what was hidden, by kind', async () => {
    await renderPopup(createMockApi());
    const toggle = document.querySelector<HTMLInputElement>('#site-switch')!;
    expect(toggle.getAttribute('role')).toBe('switch');
    expect(toggle.checked).toBe(true);
    expect(text('label[for="site-switch"]')).toBe('Hide clutter on example-news.com');
    expect(text('#hidden-heading')).toBe('Hidden on this page: 2');
    expect(text('.kind-counts')).toBe('Donation appeal: 1 · Newsletter sign-up: 1');
    expect(text('#reveal-button')).toBe('Show them');
    const first = document.querySelector('.hidden-block')!;
    expect(first.querySelector('summary')?.textContent).toBe('Donation appeal Support independent journalism today with a monthly gift of any size');
    expect(first.querySelector('.reasons')?.textContent).toBe('phrase "support independent journalism"');
  });

  it('shows a skeleton while the tab is being looked up, without claiming to be ready', async () => {
    const api = createMockApi();
    api.getTab = () => new Promise(() => {});
    document.body.innerHTML = '<main id="app"></main>';
    const { PopupController } = await import('../../src/popup/popup-controller.js');
    void new PopupController(document.getElementById('app')!, api, { locale: 'en' }).start();
    expect(document.body.dataset.state).toBe('loading');
    expect(document.body.dataset.ready).toBeUndefined();
    expect(document.querySelector('.skeleton')?.getAttribute('aria-busy')).toBe('true');
    expect(document.querySelectorAll('.skeleton-bar').length).toBeGreaterThan(5);
  });

  it('polls while the page is being analysed and then shows the article', async () => {
    const api = createMockApi({ states: [fixtureStates.analyzing, fixtureStates.analyzing, fixtureStates.ready] });
    await renderPopup(api);
    expect(document.body.dataset.state).toBe('ready');
    expect(api.calls.filter(([name]) => name === 'getPageState')).toHaveLength(3);
  });

  it('says the page is still being read when analysis outlasts the wait, and offers to retry', async () => {
    await renderPopup(createMockApi({ states: [fixtureStates.analyzing] }), { pollLimit: 3 });
    expect(document.body.dataset.state).toBe('analyzing');
    expect(text('#analyzing-heading')).toBe('Still reading this page');
    expect(document.querySelector('#retry')).not.toBeNull();
  });

  it('explains a page that is not an article, and keeps the site switch', async () => {
    await renderPopup(createMockApi({ states: [fixtureStates.notArticle] }));
    expect(document.body.dataset.state).toBe('not-article');
    expect(text('#not-article-heading')).toBe("This page doesn't look like an article");
    expect(document.querySelector('#site-switch')).not.toBeNull();
    expect(document.querySelector('#copy-markdown')).toBeNull();
    expect(document.querySelector('.summary')).toBeNull();
  });

  it.each([
    ['chrome://extensions/', "This is one of the browser's own pages"],
    ['about:addons', "This is one of the browser's own pages"],
    ['edge://settings', "This is one of the browser's own pages"],
    ['https://chromewebstore.google.com/detail/x/abc', 'add-on store pages'],
    ['https://addons.mozilla.org/en-US/firefox/', 'add-on store pages'],
    ['view-source:https://example.com/', 'source code view'],
    ['file:///home/me/page.html', 'file on your computer'],
    ['https://example.com/report.pdf', 'PDF'],
  ])('explains that extensions cannot run on %s', async (url, phrase) => {
    const api = createMockApi({ tab: { id: 3, url } });
    await renderPopup(api);
    expect(document.body.dataset.state).toBe('restricted');
    expect(text('#restricted-heading')).toBe("Plainsight can't run on this page");
    expect(text('.notice-restricted p')).toContain(phrase);
    expect(document.querySelector('#site-switch')).toBeNull();
    expect(api.calls.some(([name]) => name === 'getPageState')).toBe(false);
  });

  it('treats a tab whose URL the browser hides and whose content script is silent as restricted', async () => {
    await renderPopup(createMockApi({ tab: { id: 3, url: null }, states: [new Error('Could not establish connection')] }));
    expect(document.body.dataset.state).toBe('restricted');
    expect(text('.notice-restricted p')).toBe("The browser doesn't let extensions work on this page.");
  });

  it('takes the site from the content script when the browser hides the tab URL', async () => {
    await renderPopup(createMockApi({ tab: { id: 3, url: null }, siteEnabled: false }));
    expect(document.body.dataset.state).toBe('ready');
    expect(text('label[for="site-switch"]')).toBe('Hide clutter on example-news.com');
    expect(document.querySelector<HTMLInputElement>('#site-switch')!.checked).toBe(false);
  });

  it('asks for access to this site only when the browser has not granted it (Firefox)', async () => {
    const api = createMockApi({ siteAccess: false, states: [new Error('Could not establish connection')] });
    await renderPopup(api);
    expect(document.body.dataset.state).toBe('no-access');
    expect(text('.notice-no-access p')).toContain('Allow Plainsight to read example-news.com');
    document.querySelector<HTMLButtonElement>('#allow-site')!.click();
    await vi.waitFor(() => expect(document.body.dataset.state).toBe('no-content-script'));
    expect(api.calls).toContainEqual(['requestSiteAccess', new URL(FIXTURE_URL).origin]);
  });

  it('asks to reload a page opened before the content script could run', async () => {
    const api = createMockApi({ states: [new Error('Receiving end does not exist')] });
    await renderPopup(api);
    expect(document.body.dataset.state).toBe('no-content-script');
    expect(text('#no-content-script-heading')).toBe('Reload the page to start');
    expect(document.querySelector('#site-switch')).not.toBeNull();
    document.querySelector<HTMLButtonElement>('#reload-page')!.click();
    await vi.waitFor(() => expect(api.calls).toContainEqual(['reloadTab', 7]));
  });

  it('says why it gave up on a huge page', async () => {
    await renderPopup(createMockApi({ states: [fixtureStates.gaveUp] }));
    expect(document.body.dataset.state).toBe('gave-up');
    expect(text('#gave-up-heading')).toBe('This page is too big to read quickly');
    expect(text('.notice-gave-up .reason')).toBe(fixtureStates.gaveUp.reason);
  });

  it('shows an error with a retry that analyses the page again', async () => {
    const api = createMockApi({ states: [fixtureStates.error, fixtureStates.analyzing, fixtureStates.ready] });
    await renderPopup(api);
    expect(document.body.dataset.state).toBe('error');
    expect(text('.notice-error .reason')).toBe('Readability failed: unexpected document');
    document.querySelector<HTMLButtonElement>('#retry')!.click();
    await vi.waitFor(() => expect(document.body.dataset.state).toBe('ready'));
    expect(api.calls.some(([name]) => name === 'analyzeAgain')).toBe(true);
  });
});
