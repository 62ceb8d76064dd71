/** Every unit test gets the in-memory browser API instead of webextension-polyfill (which refuses to load outside an extension). */
import { beforeEach, vi } from 'vitest';
import { fakeBrowser, resetFakeBrowser } from './helpers/fake-browser.js';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(async () => {
  await resetFakeBrowser();
});
