// @vitest-environment jsdom
/** The options page over in-memory extension storage: every flow a user has. */
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsEnvironment } from '../../src/options/options-page.js';
import { fakeBrowser } from './helpers/fake-browser.js';


let page: OptionsPage;
let downloads: { fileName: string; text: string }[];

async function open(stored: Record<string, unknown> = {}): Promise<void> {
  fakeBrowser.storage.sync.items = structuredClone(stored);
  document.body.innerHTML = '<main id="app"></main>';
  downloads = [];
  const env: OptionsEnvironment = {
    download: (fileName, text) => downloads.push({ fileName, text }),
    readFile: async (file) => String((file as unknown as { content: string }).content),
    now: () => new Date('2026-03-01T12:00:00Z'),
  };
  page = new OptionsPage(document.getElementById('app')!, env);
  await page.start();
}

const fileWith = (content: string) => ({ content, name: 'settings.json' }) as unknown as File;
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const stored = () => ({ ...fakeBrowser.storage.sync.items, ...fakeBrowser.storage.local.items });
const flush = () => vi.waitFor(async () => { await new Promise((r) => setTimeout(r, 5)); });

afterEach(() => page.stop());

describe('options page', () => {
  it('shows the stored settings and writes only what the user changes', async () => {
    await open({ hideByDefault: false, 'site:bbc.co.uk': true });
    expect($<HTMLInputElement>('#hide-listed').checked).toBe(true);
    expect($<HTMLSelectElement>('#summary-length').value).toBe('medium');
    $<HTMLInputElement>('#kind-newsletter').click();
    await vi.waitFor(() => expect($('#save-status').textContent).toBe('Saved'));
    expect(stored()).toEqual({ hideByDefault: false, 'site:bbc.co.uk': true, kinds: { donation: true, newsletter: false, subscription: true } });
    const length = $<HTMLSelectElement>('#summary-length');
    length.value = 'short';
    length.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(stored().summaryLength).toBe('short'));
  });

  it('lists sites with their own setting; search, change and remove them', async () => {
    await open({ 'site:bbc.co.uk': true, 'site:lemonde.fr': false, 'site:nytimes.com': false });
    const sites = () => [...document.querySelectorAll('#site-list li')].map((li) => li.getAttribute('data-site'));
    expect(sites()).toEqual(['bbc.co.uk', 'lemonde.fr', 'nytimes.com']);
    const search = $<HTMLInputElement>('#site-search');
    search.value = 'mon';
    search.dispatchEvent(new Event('input'));
    expect(sites()).toEqual(['lemonde.fr']);
    const select = $<HTMLSelectElement>('#site-lemonde\\.fr');
    expect(select.getAttribute('aria-label')).toBe('Setting for lemonde.fr');
    select.value = 'on';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(stored()['site:lemonde.fr']).toBe(true));
    $<HTMLButtonElement>('button[aria-label="Remove lemonde.fr"]').click();
    await vi.waitFor(() => expect('site:lemonde.fr' in stored()).toBe(false));
    expect($('#sites-empty').textContent).toBe('No site matches your search.');
  });

  it('lists manual rules per site and removes one', async () => {
    await open({ 'rules:nytimes.com': ['#gateway', '.ad-slot > div:nth-of-type(2)'] });
    expect([...document.querySelectorAll('.rule code')].map((code) => code.textContent)).toEqual(['#gateway', '.ad-slot > div:nth-of-type(2)']);
    $<HTMLButtonElement>('button[aria-label="Remove rule #gateway on nytimes.com"]').click();
    await vi.waitFor(() => expect(stored()['rules:nytimes.com']).toEqual(['.ad-slot > div:nth-of-type(2)']));
    $<HTMLButtonElement>('.rule button').click();
    await vi.waitFor(() => expect('rules:nytimes.com' in stored()).toBe(false));
    expect($('#rules-empty')).not.toBeNull();
  });

  it('exports every setting and imports them back after a reset (round trip)', async () => {
    const original = { hideByDefault: false, showBadge: false, summaryLength: 'long', 'site:bbc.co.uk': true, 'rules:bbc.co.uk': ['#promo'] };
    await open(original);
    $<HTMLButtonElement>('#export').click();
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toBe('plainsight-settings-2026-03-01.json');
    $<HTMLButtonElement>('#reset').click();
    expect($('#reset-confirm').hidden).toBe(false);
    $<HTMLButtonElement>('#reset-yes').click();
    await vi.waitFor(() => expect($('#backup-status').textContent).toBe('Settings reset to defaults'));
    expect(stored()).toEqual({});
    expect($<HTMLInputElement>('#hide-all').checked).toBe(true);
    page.importFile(fileWith(downloads[0]!.text));
    await vi.waitFor(() => expect($('#backup-status').textContent).toBe('Settings imported'));
    expect(stored()).toEqual(original);
    expect($<HTMLInputElement>('#show-badge').checked).toBe(false);
  });

  it.each([
    ['a broken file', '{"app": "plainsight", "version": 1, "settings": {', 'not valid JSON'],
    ['a foreign file', JSON.stringify({ theme: 'dark', sites: ['x.com'] }), 'was not exported by Plainsight'],
    ['a file from the future', JSON.stringify({ app: 'plainsight', version: 99, settings: {} }), 'newer version of Plainsight (settings version 99)'],
    ['a file with one bad rule', JSON.stringify({ app: 'plainsight', version: 1, settings: { hideByDefault: false, rules: { 'x.com': ['#ok', 'a{}b'] } } }), '“settings.rules.x.com[1]” is not valid'],
  ])('refuses %s with a clear message and writes nothing', async (_name, content, message) => {
    const before = { 'site:bbc.co.uk': true, showBadge: false };
    await open(before);
    const setSync = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const setLocal = vi.spyOn(fakeBrowser.storage.local, 'set');
    page.importFile(fileWith(content));
    await vi.waitFor(() => expect($('#import-error').textContent).toContain(message));
    expect($('#import-error').textContent).toContain('Nothing was changed.');
    expect($('#import-error').getAttribute('role')).toBe('alert');
    expect(setSync).not.toHaveBeenCalled();
    expect(setLocal).not.toHaveBeenCalled();
    expect(stored()).toEqual(before);
  });

  it('reset asks first; Cancel and Escape keep everything', async () => {
    await open({ hideByDefault: false });
    $<HTMLButtonElement>('#reset').click();
    expect(document.activeElement?.id).toBe('reset-cancel');
    $<HTMLButtonElement>('#reset-cancel').click();
    expect($('#reset-confirm').hidden).toBe(true);
    expect(document.activeElement?.id).toBe('reset');
    $<HTMLButtonElement>('#reset').click();
    $('#reset-confirm').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect($('#reset-confirm').hidden).toBe(true);
    await flush();
    expect(stored()).toEqual({ hideByDefault: false });
  });

  it('shows which stored items were invalid, and keeps the rest', async () => {
    await open({ hideByDefault: 'maybe', 'site:bbc.co.uk': false, 'rules:BAD HOST': ['#x'] });
    expect($('#problems-heading').textContent).toBe('Some saved settings could not be read');
    expect([...document.querySelectorAll('.problems li')].map((li) => li.textContent)).toEqual([
      'Ignored invalid setting "hideByDefault".', 'Ignored invalid setting "rules:BAD HOST".',
    ]);
    expect($<HTMLInputElement>('#hide-all').checked).toBe(true);
    expect($<HTMLSelectElement>('#site-bbc\\.co\\.uk').value).toBe('off');
  });

  it('follows changes made elsewhere (the popup switch) without a reload', async () => {
    await open();
    await fakeBrowser.storage.sync.set({ 'site:example.org': false });
    await vi.waitFor(() => expect(document.querySelector('[data-site="example.org"]')).not.toBeNull());
  });

  it('says when sync storage is full and the change was kept on this device', async () => {
    await open();
    fakeBrowser.storage.sync.failNextSet = new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    $<HTMLInputElement>('#show-badge').click();
    await vi.waitFor(() => expect($('#save-status').textContent).toContain('Saved on this device only'));
    expect(fakeBrowser.storage.local.items).toEqual({ showBadge: false });
  });

  it('axe finds no violations, with a site, a rule, a problem and the reset confirmation open', async () => {
    await open({ hideByDefault: 3, 'site:bbc.co.uk': true, 'rules:bbc.co.uk': ['#promo'] });
    $<HTMLButtonElement>('#reset').click();
    document.documentElement.lang = 'en';
    document.title = 'Plainsight options';
    const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
  });
});
