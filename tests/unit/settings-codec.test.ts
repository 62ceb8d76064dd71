import { describe, expect, it } from 'vitest';
import { decodeSettings, diffRecords, encodeSettings, isSiteEnabled } from '../../src/shared/settings-codec.js';
import { cloneDefaults, defaults } from '../../src/shared/settings-schema.js';
import { migrateRecord, type Migration } from '../../src/shared/settings-migrations.js';
import { isValidSiteKey, siteKeyFromUrl } from '../../src/shared/site-key.js';

describe('decodeSettings', () => {
  it('returns the defaults for empty storage', () => {
    expect(decodeSettings({})).toEqual({ settings: cloneDefaults(), problems: [] });
  });

  it('keeps every valid item and drops only the broken ones', () => {
    const { settings, problems } = decodeSettings({
      hideByDefault: false,
      showBadge: 'yes', // corrupted
      summaryLength: 'long',
      kinds: { donation: false, newsletter: 'x' },
      'site:nytimes.com': false,
      'site:bad host!': true, // foreign key
      'rules:theguardian.com': ['.contributions-banner'],
      'rules:bbc.co.uk': 'not a list',
      somethingElse: 42,
    });
    expect(settings.hideByDefault).toBe(false);
    expect(settings.showBadge).toBe(true);
    expect(settings.summaryLength).toBe('long');
    expect(settings.kinds).toEqual({ donation: false, newsletter: true, subscription: true });
    expect(settings.sites).toEqual({ 'nytimes.com': false });
    expect(settings.rules).toEqual({ 'theguardian.com': ['.contributions-banner'] });
    expect(problems).toHaveLength(4);
    expect(problems.join(' ')).toContain('"showBadge"');
  });

  it('reads settings written by a newer version without losing known items', () => {
    const { settings, problems } = decodeSettings({ schemaVersion: 99, showBadge: false, futureThing: { a: 1 } });
    expect(settings.showBadge).toBe(false);
    expect(problems.some((line) => line.includes('newer version'))).toBe(true);
  });

  it('never throws on hostile values', () => {
    for (const value of [null, 1, 'x', [], { kinds: null }, { kinds: [] }, { 'rules:a.com': [1, 2] }]) {
      expect(() => decodeSettings(value && typeof value === 'object' && !Array.isArray(value) ? value : {})).not.toThrow();
    }
  });
});

describe('encodeSettings and diffRecords', () => {
  it('stores only what differs from the defaults', () => {
    expect(encodeSettings(cloneDefaults())).toEqual({});
    const settings = cloneDefaults();
    settings.sites['lemonde.fr'] = false;
    settings.kinds.subscription = false;
    expect(encodeSettings(settings)).toEqual({
      'site:lemonde.fr': false,
      kinds: { donation: true, newsletter: true, subscription: false },
    });
  });

  it('round-trips through storage', () => {
    const settings = cloneDefaults();
    settings.hideByDefault = false;
    settings.sites['spiegel.de'] = true;
    settings.rules['spiegel.de'] = ['#paywall-teaser'];
    expect(decodeSettings(encodeSettings(settings)).settings).toEqual(settings);
  });

  it('writes one item per changed site, so concurrent changes to other sites survive', () => {
    const before = { 'site:a.com': false, 'site:b.com': true };
    const after = { 'site:a.com': false, 'site:b.com': false, 'site:c.com': true };
    expect(diffRecords(before, after)).toEqual({ set: { 'site:b.com': false, 'site:c.com': true }, remove: [] });
    expect(diffRecords(after, {})).toEqual({ set: {}, remove: ['site:a.com', 'site:b.com', 'site:c.com'] });
  });
});

describe('isSiteEnabled', () => {
  it('uses the site exception before the global default', () => {
    const settings = cloneDefaults();
    expect(isSiteEnabled(settings, 'example.com')).toBe(true);
    settings.sites['example.com'] = false;
    expect(isSiteEnabled(settings, 'example.com')).toBe(false);
    settings.hideByDefault = false;
    expect(isSiteEnabled(settings, 'other.org')).toBe(false);
    settings.sites['other.org'] = true;
    expect(isSiteEnabled(settings, 'other.org')).toBe(true);
    expect(isSiteEnabled(settings, null)).toBe(false);
  });
});

describe('site keys', () => {
  it('is the hostname without www., only for http(s)', () => {
    expect(siteKeyFromUrl('https://www.NYTimes.com/2024/a.html?x=1')).toBe('nytimes.com');
    expect(siteKeyFromUrl('http://news.bbc.co.uk/')).toBe('news.bbc.co.uk');
    expect(siteKeyFromUrl('chrome://extensions')).toBeNull();
    expect(siteKeyFromUrl('about:blank')).toBeNull();
    expect(siteKeyFromUrl('not a url')).toBeNull();
    expect(isValidSiteKey('theguardian.com')).toBe(true);
    expect(isValidSiteKey('www.theguardian.com')).toBe(false);
    expect(isValidSiteKey('<script>')).toBe(false);
  });
});

describe('migrateRecord', () => {
  const bump: Migration = { from: 1, migrate: (record) => ({ ...record, renamed: record.old, old: undefined }) };

  it('runs the steps in order and stamps the version', () => {
    const { record, changed } = migrateRecord({ old: true }, [bump], 2);
    expect(changed).toBe(true);
    expect(record).toMatchObject({ renamed: true, schemaVersion: 2 });
  });

  it('leaves current and newer records alone', () => {
    expect(migrateRecord({ schemaVersion: 2, x: 1 }, [bump], 2).changed).toBe(false);
    expect(migrateRecord({ schemaVersion: 7 }, [bump], 2)).toEqual({ record: { schemaVersion: 7 }, changed: false });
  });

  it('has nothing to migrate at the first schema version', () => {
    expect(migrateRecord({ showBadge: false }).changed).toBe(false);
    expect(defaults.hideByDefault).toBe(true);
  });
});
