/**
 * Renders icons/plainsight.svg to the PNG sizes the manifest lists, in headless
 * Chromium (Debian's /usr/bin/chromium). Run after editing the SVG: `npm run icons`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync('icons/plainsight.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    writeFileSync(`icons/icon-${size}.png`, await page.screenshot({ omitBackground: true }));
    console.log(`icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
