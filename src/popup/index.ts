/** Popup entry: asks the active tab's content script for its PageState and shows it. */
import browser from 'webextension-polyfill';
import { sendToTab } from '../shared/messages.js';

async function main(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const heading = document.createElement('h1');
  heading.textContent = 'Plainsight';
  app.replaceChildren(heading);
  if (tab?.id === undefined) return;
  try {
    const state = await sendToTab(tab.id, { type: 'getPageState' });
    const title = document.createElement('p');
    title.textContent = state.status === 'ready' ? state.analysis.title ?? '' : state.status;
    app.append(title);
  } finally {
    document.body.dataset.ready = '1';
  }
}

void main();
