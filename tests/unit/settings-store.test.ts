import { describe, expect, it } from 'vitest';
import { loadSettings, migrateStoredSettings, onSettingsChanged, updateSettings } from '../../src/shared/settings-store.js';
import { fakeBrowser } from './helpers/fake-browser.js';

describe('settings store', () => {
  it('stores only the change, and reads it back merged with the defaults', async () => {
    await updateSettings((settings) => { settings.sites['meduza.io'] = false; });
    expect(fakeBrowser.storage.sync.items).toEqual({ 'site:meduza.io': false });
    const { settings } = await loadSettings();
    expect(settings.sites).toEqual({ 'meduza.io': false });
    expect(settings.hideByDefault).toBe(true);
  });

  it('keeps both of two concurrent changes to different sites', async () => {
    await Promise.all([
      updateSettings((settings) => { settings.sites['a.com'] = false; }),
      updateSettings((settings) => { settings.sites['b.com'] = false; }),
    ]);
    expect((await loadSettings()).settings.sites).toEqual({ 'a.com': false, 'b.com': false });
  });

  it('falls back to local storage when sync refuses the write, and says so', async () => {
    fakeBrowser.storage.sync.failNextSet = new Error('QUOTA_BYTES quota exceeded');
    const result = await updateSettings((settings) => { settings.rules['example.com'] = ['.promo']; });
    expect(result.warning).toMatch(/this device only.*QUOTA_BYTES/);
    expect(fakeBrowser.storage.local.items).toEqual({ 'rules:example.com': ['.promo'] });
    expect((await loadSettings()).settings.rules).toEqual({ 'example.com': ['.promo'] });
  });

  it('removes an item that returns to its default', async () => {
    await updateSettings((settings) => { settings.showBadge = false; });
    await updateSettings((settings) => { settings.showBadge = true; });
    expect(fakeBrowser.storage.sync.items).toEqual({});
  });

  it('loads corrupted storage as defaults for the broken items only', async () => {
    fakeBrowser.storage.sync.items = { showBadge: 'nope', 'site:ok.org': false, kinds: 'garbage' };
    const { settings, problems } = await loadSettings();
    expect(settings.showBadge).toBe(true);
    expect(settings.sites).toEqual({ 'ok.org': false });
    expect(problems).toHaveLength(2);
  });

  it('notifies listeners with fresh settings until aborted', async () => {
    const seen: boolean[] = [];
    const lifetime = new AbortController();
    onSettingsChanged(({ settings }) => seen.push(settings.hideByDefault), lifetime.signal);
    await updateSettings((settings) => { settings.hideByDefault = false; });
    await new Promise((resolve) => setTimeout(resolve, 0));
    lifetime.abort();
    await updateSettings((settings) => { settings.hideByDefault = true; });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([false]);
  });

  it('leaves settings already at the current schema version untouched on migration', async () => {
    fakeBrowser.storage.sync.items = { 'site:x.com': true, showBadge: false };
    await migrateStoredSettings();
    expect(fakeBrowser.storage.sync.items).toEqual({ 'site:x.com': true, showBadge: false });
    expect(fakeBrowser.storage.local.items).toEqual({});
  });
});
