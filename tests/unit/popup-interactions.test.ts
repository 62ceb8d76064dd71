// @vitest-environment jsdom
/** What happens when the reader uses the popup: the switch, show/hide, scrolling, copying, keyboard. */
import { describe, expect, it, vi } from 'vitest';
import { createMockApi, fixtureAnalysis, fixtureStates } from '../../src/popup/api.mock.js';
import { renderPopup, settle, text } from './helpers/render-popup.js';


describe('popup interactions', () => {
  it('switching the site off stores it, re-reads the page and keeps focus on the switch', async () => {
    const api = createMockApi();
    await renderPopup(api);
    const toggle = document.querySelector<HTMLInputElement>('#site-switch')!;
    toggle.focus();
    toggle.click();
    await vi.waitFor(() => expect(text('#status')).toBe('Showing everything on example-news.com'));
    expect(api.calls).toContainEqual(['setSiteEnabled', 'example-news.com', false]);
    expect(document.querySelector<HTMLInputElement>('#site-switch')!.checked).toBe(false);
    expect(document.activeElement?.id).toBe('site-switch');
    expect(text('#hidden-heading')).toBe('Found on this page: 2 (hiding is off)');
    expect(document.querySelector('#reveal-button')).toBeNull();
  });

  it('"Show them" reveals the blocks and turns into "Hide again"', async () => {
    const api = createMockApi();
    await renderPopup(api);
    document.querySelector<HTMLButtonElement>('#reveal-button')!.click();
    await vi.waitFor(() => expect(text('#reveal-button')).toBe('Hide again'));
    expect(text('#hidden-heading')).toBe('Shown again: 2');
    document.querySelector<HTMLButtonElement>('#reveal-button')!.click();
    await vi.waitFor(() => expect(text('#reveal-button')).toBe('Show them'));
    expect(api.calls.filter(([name]) => name === 'setRevealed').map(([, , on]) => on)).toEqual([true, false]);
  });

  it('clicking a figure or a quote scrolls the page to it', async () => {
    const api = createMockApi();
    await renderPopup(api);
    document.querySelector<HTMLButtonElement>('.figures button')!.click();
    document.querySelector<HTMLButtonElement>('.quotes button')!.click();
    await settle();
    expect(api.calls).toContainEqual(['scrollTo', 7, '€1.2 billion']);
    expect(api.calls).toContainEqual(['scrollTo', 7, 'This is the largest investment in a generation']);
  });

  it('says so when a passage cannot be found on the page', async () => {
    const api = createMockApi({ states: [{ ...fixtureStates.ready, analysis: { ...fixtureAnalysis, figures: [{ text: 'missing 3', value: 3, unit: null, context: 'x' }] } }] });
    await renderPopup(api);
    document.querySelector<HTMLButtonElement>('.figures button')!.click();
    await vi.waitFor(() => expect(text('#status')).toBe("Couldn't find that passage on the page"));
  });

  it('copies the article as Markdown and as plain text and says "Copied"', async () => {
    const api = createMockApi();
    await renderPopup(api);
    document.querySelector<HTMLButtonElement>('#copy-markdown')!.click();
    await vi.waitFor(() => expect(text('#status')).toBe('Copied'));
    const markdown = api.calls.find(([name]) => name === 'copyText')?.[1] as string;
    expect(markdown.split('\n')[0]).toBe('# [City approves a €1.2 billion budget for transit](<https://www.example-news.com/2026/03/city-budget>)');
    expect(markdown).toContain('- **€1.2 billion** — transit budget for 2026');
    expect(markdown).toContain('> — unattributed');
    document.querySelector<HTMLButtonElement>('#copy-text')!.click();
    await settle();
    const plain = api.calls.filter(([name]) => name === 'copyText')[1]?.[1] as string;
    expect(plain).toContain('• 5% — fare rise from July');
    expect(plain).not.toContain('**');
  });

  it('reports a clipboard failure', async () => {
    const api = createMockApi();
    api.copyText = async () => { throw new Error('denied'); };
    await renderPopup(api);
    document.querySelector<HTMLButtonElement>('#copy-text')!.click();
    await vi.waitFor(() => expect(text('#status')).toBe("Couldn't copy to the clipboard"));
  });

  it('opens the options page and closes the popup', async () => {
    const api = createMockApi();
    await renderPopup(api);
    document.querySelector<HTMLButtonElement>('#open-options')!.click();
    await settle();
    expect(api.calls.map(([name]) => name)).toEqual(expect.arrayContaining(['openOptions', 'close']));
  });

  it('Escape closes an expanded hidden block and returns focus to its summary', async () => {
    await renderPopup(createMockApi());
    const details = document.querySelector<HTMLDetailsElement>('.hidden-block')!;
    details.open = true;
    const reasons = details.querySelector('.reasons')!;
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    reasons.dispatchEvent(event);
    expect(details.open).toBe(false);
    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(details.querySelector('summary'));
  });

  it('renders page text as text, never as markup', async () => {
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b>';
    const analysis = { ...fixtureAnalysis, title: hostile, summary: [hostile], quotes: [{ text: hostile, speaker: hostile, context: '' }], figures: [] };
    await renderPopup(createMockApi({ states: [{ ...fixtureStates.ready, analysis }] }));
    expect(document.querySelector('img, b')).toBeNull();
    expect(text('#article-title')).toBe(hostile);
    expect(text('.summary li')).toBe(hostile);
  });

  it('every control can be reached with the keyboard in a sensible order', async () => {
    await renderPopup(createMockApi());
    const focusable = [...document.querySelectorAll<HTMLElement>('button, input, summary, [tabindex]')];
    expect(focusable.every((element) => element.tabIndex >= 0)).toBe(true);
    const ids = focusable.map((element) => element.id || element.className);
    expect(ids.indexOf('site-switch')).toBe(0);
    expect(ids.indexOf('copy-markdown')).toBeGreaterThan(ids.indexOf('jump quote'));
    expect(ids.at(-1)).toBe('open-options');
  });
});
