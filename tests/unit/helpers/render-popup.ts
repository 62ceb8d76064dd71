/** Renders the popup into the jsdom document against a mock API and waits until it has painted. */
import { vi } from 'vitest';
import type { PopupApi } from '../../../src/popup/api.js';
import { closeDisclosureOnEscape } from '../../../src/popup/keyboard.js';
import { PopupController } from '../../../src/popup/popup-controller.js';

let escapeInstalled = false;

export async function renderPopup(api: PopupApi, options: { pollLimit?: number } = {}): Promise<HTMLElement> {
  document.body.replaceChildren();
  delete document.body.dataset.ready;
  delete document.body.dataset.state;
  const root = document.createElement('main');
  root.id = 'app';
  document.body.append(root);
  if (!escapeInstalled) {
    closeDisclosureOnEscape(document);
    escapeInstalled = true;
  }
  await new PopupController(root, api, { locale: 'en-GB', pollMs: 1, pollLimit: options.pollLimit ?? 5 }).start();
  await waitForReady();
  return root;
}

export async function waitForReady(): Promise<void> {
  await vi.waitFor(() => {
    if (document.body.dataset.ready !== '1') throw new Error('popup not painted yet');
  });
}

/** Lets pending promise callbacks (api calls and re-renders) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

export function text(selector: string): string {
  return document.querySelector(selector)?.textContent ?? '';
}
