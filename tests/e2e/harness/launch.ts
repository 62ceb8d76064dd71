import { launchChromium } from './chromium.js';
import { launchFirefox } from './firefox.js';
import type { BrowserName, TestBrowser } from './test-browser.js';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export function launch(name: BrowserName, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
