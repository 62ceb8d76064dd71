// @vitest-environment jsdom
/** axe-core on every popup state, and the Russian UI. */
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { createMockApi, fixtureStates, type MockOptions } from '../../src/popup/api.mock.js';
import { renderPopup, text } from './helpers/render-popup.js';
import { withLocale } from './helpers/fake-locale.js';


const STATES: [string, MockOptions][] = [
  ['ready', {}],
  ['not-article', { states: [fixtureStates.notArticle] }],
  ['analyzing', { states: [fixtureStates.analyzing] }],
  ['gave-up', { states: [fixtureStates.gaveUp] }],
  ['error', { states: [fixtureStates.error] }],
  ['restricted', { tab: { id: 1, url: 'chrome://newtab/' } }],
  ['no-access', { siteAccess: false, states: [new Error('no receiver')] }],
  ['no-content-script', { states: [new Error('no receiver')] }],
];

async function violations(): Promise<string[]> {
  document.documentElement.lang = 'en';
  document.title = 'Plainsight';
  // jsdom has no layout, so colour contrast is checked in the real-browser tests instead.
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('popup accessibility', () => {
  it.each(STATES)('axe finds no violations in the %s state', async (name, options) => {
    await renderPopup(createMockApi(options), { pollLimit: 2 });
    expect(document.body.dataset.state).toBe(name);
    expect(await violations()).toEqual([]);
  });

  it('an expanded hidden block passes axe too', async () => {
    await renderPopup(createMockApi());
    for (const details of document.querySelectorAll('details')) details.open = true;
    expect(await violations()).toEqual([]);
  });

  it('speaks Russian when the browser does', async () => {
    await withLocale('ru', async () => {
      await renderPopup(createMockApi());
      expect(text('label[for="site-switch"]')).toBe('Скрывать лишнее на example-news.com');
      expect(text('#summary-heading')).toBe('Кратко');
      expect(text('.quotes li:nth-child(2) .speaker')).toBe('— без указания автора');
    });
  });
});
