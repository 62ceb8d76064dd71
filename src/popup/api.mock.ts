/**
 * A scriptable `PopupApi` with fixture page states for every popup state, so
 * the popup renders under jsdom (unit tests) without a browser.
 */
import type { PageAnalysis } from '../core/types.js';
import type { PageState } from '../shared/messages.js';
import type { PopupApi, TabInfo } from './api.js';

export const FIXTURE_URL = 'https://www.example-news.com/2026/03/city-budget';

export const fixtureAnalysis: PageAnalysis = {
  url: FIXTURE_URL,
  isArticle: true,
  title: 'City approves a €1.2 billion budget for transit',
  byline: 'Anna Petrova',
  siteName: 'Example News',
  lang: 'en',
  publishedTime: '2026-03-14T09:30:00Z',
  text: 'The council approved the budget on Tuesday.',
  wordCount: 812,
  readingMinutes: 4,
  summary: [
    'The council approved a €1.2 billion transit budget on Tuesday.',
    'Fares will rise by 5% from July.',
  ],
  figures: [
    { text: '€1.2 billion', value: 1.2e9, unit: 'EUR', context: 'transit budget for 2026' },
    { text: '5%', value: 5, unit: '%', context: 'fare rise from July' },
  ],
  quotes: [
    { text: 'This is the largest investment in a generation', speaker: 'Mayor Lena Ortiz', context: '' },
    { text: 'Riders will pay more for the same service', speaker: null, context: '' },
  ],
  hidden: [
    { kind: 'donation', selector: '#support', text: 'Support independent journalism today with a monthly gift of any size', reasons: ['phrase "support independent journalism"'] },
    { kind: 'newsletter', selector: '.nl-box', text: 'Get the morning briefing in your inbox', reasons: ['email field', 'phrase "in your inbox"'] },
  ],
};

const site = 'example-news.com';
const base = { url: FIXTURE_URL, site, hidingEnabled: true };

/** One fixture per PageState the content script can report. */
export const fixtureStates = {
  ready: { status: 'ready', ...base, revealed: false, analysis: fixtureAnalysis },
  notArticle: {
    status: 'ready', ...base, revealed: false,
    analysis: { ...fixtureAnalysis, isArticle: false, title: 'Example News — Home', summary: [], figures: [], quotes: [] },
  },
  analyzing: { status: 'analyzing', ...base },
  gaveUp: { status: 'gave-up', ...base, reason: 'The page has 210,000 elements; Plainsight skips pages over 150,000.' },
  error: { status: 'error', ...base, message: 'Readability failed: unexpected document' },
} satisfies Record<string, PageState>;

export interface MockOptions {
  tab?: TabInfo | null;
  /** States returned by successive getPageState calls (the last one repeats); an Error rejects. */
  states?: (PageState | Error)[];
  siteAccess?: boolean;
  siteEnabled?: boolean;
}

/** A mock API that records every call in `calls`. */
export function createMockApi(options: MockOptions = {}): PopupApi & { calls: [string, ...unknown[]][] } {
  const calls: [string, ...unknown[]][] = [];
  const states = [...(options.states ?? [fixtureStates.ready])];
  let siteEnabled = options.siteEnabled ?? true;
  let revealed = false;
  const next = (): PageState => {
    const state = states.length > 1 ? states.shift()! : states[0]!;
    if (state instanceof Error) throw state;
    return state.status === 'ready' ? { ...state, revealed, hidingEnabled: siteEnabled } : state;
  };
  return {
    calls,
    getTab: async () => (options.tab === undefined ? { id: 7, url: FIXTURE_URL } : options.tab),
    getPageState: async (tabId) => (calls.push(['getPageState', tabId]), next()),
    analyzeAgain: async (tabId) => (calls.push(['analyzeAgain', tabId]), next()),
    setRevealed: async (tabId, on) => (calls.push(['setRevealed', tabId, on]), (revealed = on), next()),
    scrollTo: async (tabId, text) => (calls.push(['scrollTo', tabId, text]), !text.startsWith('missing')),
    isSiteEnabled: async () => siteEnabled,
    setSiteEnabled: async (name, on) => {
      calls.push(['setSiteEnabled', name, on]);
      siteEnabled = on;
    },
    hasSiteAccess: async () => options.siteAccess ?? true,
    requestSiteAccess: async (origin) => (calls.push(['requestSiteAccess', origin]), true),
    reloadTab: async (tabId) => void calls.push(['reloadTab', tabId]),
    openOptions: async () => void calls.push(['openOptions']),
    copyText: async (text) => void calls.push(['copyText', text]),
    close: () => void calls.push(['close']),
  };
}
