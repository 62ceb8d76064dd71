/** Options page entry. */
import { loadSettings } from '../shared/settings-store.js';

async function main(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  const { settings } = await loadSettings();
  const heading = document.createElement('h1');
  heading.textContent = 'Plainsight';
  const summary = document.createElement('p');
  summary.textContent = `Hide on all sites: ${settings.hideByDefault ? 'yes' : 'no'}`;
  app.replaceChildren(heading, summary);
  document.body.dataset.ready = '1';
}

void main();
