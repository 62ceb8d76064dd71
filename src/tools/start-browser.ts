/**
 * `npm start`: opens Chromium (or Firefox with `-- --firefox`) with the freshly
 * built extension and the bundled sample news page, served from 127.0.0.1.
 * Needs a display; without one, use `npm run demo` for the CLI report.
 */
import { createServer } from 'node:http';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';

const SAMPLE = resolve('tests/fixtures/pages/moscow-times-article.html');
const useFirefox = process.argv.includes('--firefox');

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('npm start needs a display (no DISPLAY set). Try "npm run demo" for the command-line report.');
  process.exit(1);
}

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(readFileSync(SAMPLE));
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sample-article.html`;
console.log(`Sample article: ${url}`);

if (useFirefox) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: false });
  await browser.installExtension(resolve('dist/firefox'));
  const page = await browser.newPage();
  await page.goto(url);
  browser.on('disconnected', () => server.close());
} else {
  const extension = resolve('dist/chrome');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'plainsight-start-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  context.on('close', () => server.close());
}
console.log('Close the browser window to stop.');
