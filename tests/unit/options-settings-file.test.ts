/** The settings file: export format and the strict, all-or-nothing import check. */
import { describe, expect, it } from 'vitest';
import { parseSettingsFile, serializeSettings } from '../../src/shared/settings-file.js';
import { cloneDefaults, SETTINGS_VERSION } from '../../src/shared/settings-schema.js';
import { isSafeSelector } from '../../src/shared/selector-check.js';
import { parseHtml } from './helpers/load-fixture.js';

function customSettings() {
  const settings = cloneDefaults();
  settings.hideByDefault = false;
  settings.kinds.newsletter = false;
  settings.summaryLength = 'long';
  settings.showBadge = false;
  settings.sites = { 'nytimes.com': true, 'lemonde.fr': false };
  settings.rules = { 'nytimes.com': ['#gateway-content', 'div.css-1x2 > aside:nth-of-type(2)'] };
  return settings;
}

const page = parseHtml('<p>x</p>');
const file = (settings: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ app: 'plainsight', version: 1, settings, ...extra });

describe('settings file', () => {
  it('round-trips every setting', () => {
    const settings = customSettings();
    const text = serializeSettings(settings, new Date('2026-03-01T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ app: 'plainsight', version: SETTINGS_VERSION, exportedAt: '2026-03-01T00:00:00.000Z' });
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings });
  });

  it('fills fields missing from a hand-edited file with defaults', () => {
    const result = parseSettingsFile(file({ summaryLength: 'short' }));
    expect(result).toEqual({ ok: true, settings: { ...cloneDefaults(), summaryLength: 'short' } });
  });

  it.each([
    ['not JSON at all', 'hello', 'not-json', undefined],
    ['truncated JSON', file(customSettings()).slice(0, 60), 'not-json', undefined],
    ['another extension’s file', JSON.stringify({ app: 'darkreader', version: 1, settings: {} }), 'foreign', undefined],
    ['a JSON array', '[1,2,3]', 'foreign', undefined],
    ['a file from a newer Plainsight', file({}, { version: SETTINGS_VERSION + 1 }), 'newer-version', undefined],
    ['a version that is not a number', file({}, { version: '1' }), 'invalid', 'version'],
    ['settings that are not an object', file([]), 'invalid', 'settings'],
    ['an unknown setting', file({ darkMode: true }), 'invalid', 'settings.darkMode'],
    ['a wrong type', file({ hideByDefault: 'yes' }), 'invalid', 'settings.hideByDefault'],
    ['an unknown summary length', file({ summaryLength: 'huge' }), 'invalid', 'settings.summaryLength'],
    ['an unknown kind', file({ kinds: { cookies: true } }), 'invalid', 'settings.kinds.cookies'],
    ['a site that is not a host name', file({ sites: { 'https://x.com/': true } }), 'invalid', 'settings.sites.https://x.com/'],
    ['a prototype key', '{"app":"plainsight","version":1,"settings":{"sites":{"__proto__":true}}}', 'invalid', 'settings.sites.__proto__'],
    ['a site value that is not on/off', file({ sites: { 'x.com': 1 } }), 'invalid', 'settings.sites.x.com'],
    ['rules that are not a list', file({ rules: { 'x.com': '#ad' } }), 'invalid', 'settings.rules.x.com'],
    ['a selector that breaks out of its CSS rule', file({ rules: { 'x.com': ['#ok', 'a{} body{display:none}'] } }), 'invalid', 'settings.rules.x.com[1]'],
    ['a selector that is not valid CSS', file({ rules: { 'x.com': ['div[[['] } }), 'invalid', 'settings.rules.x.com[0]'],
  ])('refuses %s', (_name, text, error, detail) => {
    const result = parseSettingsFile(text, page);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe(error);
    if (detail !== undefined) expect(result.detail).toBe(detail);
  });

  it('refuses an oversized file before parsing it', () => {
    expect(parseSettingsFile(' '.repeat(2_000_001))).toMatchObject({ ok: false, error: 'too-big' });
  });
});

describe('isSafeSelector', () => {
  const document = parseHtml('<p>x</p>');
  it.each(['#main', 'div.promo > aside:nth-of-type(2)', '[data-x="a b"]', 'a[href*="donate"]'])('accepts %s', (selector) => {
    expect(isSafeSelector(selector, document)).toBe(true);
  });
  it.each(['', 'div{', 'a;b', '@import url(x)', 'div /* comment', 'div\\', '[title="open', 'div[[', 'p\nbody'])('refuses %j', (selector) => {
    expect(isSafeSelector(selector, document)).toBe(false);
  });
});
