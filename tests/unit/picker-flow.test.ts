// @vitest-environment jsdom
/** The element picker under jsdom: highlight, click picks, Escape cancels, and the rule reaches the page's stylesheet. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startElementPicker } from '../../src/content/picker/element-picker.js';
import { PICKER_HOST_TAG } from '../../src/content/picker/picker-overlay.js';
import { SITE_RULES_STYLE_ID, applySiteRules } from '../../src/content/site-rules-style.js';
import { fakeBrowser } from './helpers/fake-browser.js';


const PAGE = `<main><h1>Budget</h1><p>The council approved the budget.</p>
  <div class="promo-box"><p class="promo-text">Support us</p><a href="/donate" id="donate">Donate</a></div></main>`;

function move(target: Element): void {
  target.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
}

beforeEach(() => {
  document.head.replaceChildren();
  document.body.innerHTML = PAGE;
});

describe('element picker', () => {
  it('shows a hint in its own closed shadow root and picks the clicked element; the page never sees the click', async () => {
    const onPick = vi.fn();
    const pageClick = vi.fn();
    document.addEventListener('click', pageClick);
    startElementPicker(document, { hint: 'Click the block', onPick, onCancel: vi.fn() });
    const host = document.querySelector(PICKER_HOST_TAG)!;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot reach into it
    const link = document.getElementById('donate')!;
    move(link);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(pageClick).not.toHaveBeenCalled();
    expect(onPick).toHaveBeenCalledWith(link);
    expect(document.querySelector(PICKER_HOST_TAG)).toBeNull();
    document.removeEventListener('click', pageClick);
  });

  it('ArrowUp widens to the parent block and ArrowDown narrows back', () => {
    const onPick = vi.fn();
    startElementPicker(document, { hint: 'x', onPick, onCancel: vi.fn() });
    move(document.querySelector('.promo-text')!);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', cancelable: true }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', cancelable: true }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', cancelable: true }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    expect(onPick).toHaveBeenCalledWith(document.querySelector('.promo-box'));
  });

  it('Escape cancels and removes every trace', () => {
    const onPick = vi.fn();
    const onCancel = vi.fn();
    const before = document.documentElement.outerHTML;
    startElementPicker(document, { hint: 'x', onPick, onCancel });
    move(document.querySelector('h1')!);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true }));
    expect(onCancel).toHaveBeenCalled();
    document.querySelector('h1')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onPick).not.toHaveBeenCalled();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('the picked block is stored through the background and hidden at once (content session)', async () => {
    const { ContentSession } = await import('../../src/content/content-session.js');
    const session = new ContentSession(document, window);
    await session.start();
    expect(session.startPicker()).toBe(true);
    const promo = document.querySelector('.promo-box')!;
    move(promo);
    promo.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'addSiteRule', selector: 'div.promo-box' });
    expect(document.getElementById(SITE_RULES_STYLE_ID)?.textContent).toBe('div.promo-box{display:none!important}');
    // The background stores it for the page's site; the session keeps applying it from settings.
    await fakeBrowser.storage.sync.set({ 'rules:localhost': ['div.promo-box'] });
    await vi.waitFor(() => expect(document.getElementById(SITE_RULES_STYLE_ID)?.textContent).toBe('div.promo-box{display:none!important}'));
    // Switching the site off shows everything again.
    await fakeBrowser.storage.sync.set({ 'site:localhost': false });
    await vi.waitFor(() => expect(document.getElementById(SITE_RULES_STYLE_ID)).toBeNull());
  });
});

describe('site rules stylesheet', () => {
  it('keeps safe selectors only and removes itself when inactive', () => {
    applySiteRules(document, ['#donate', 'a{} body{display:none}', '.promo-box'], true);
    expect(document.getElementById(SITE_RULES_STYLE_ID)?.textContent).toBe('#donate{display:none!important}\n.promo-box{display:none!important}');
    applySiteRules(document, ['#donate'], false);
    expect(document.getElementById(SITE_RULES_STYLE_ID)).toBeNull();
  });
});
