import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

const PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

/** Path of a hand-written fixture page under tests/fixtures/pages/. */
export function fixturePath(name: string): string {
  return PAGES_DIR + name;
}

/** Parses a fixture page the way the CLI does: no scripts run, a real URL. */
export function loadFixture(name: string, url = 'https://example.com/news/article.html'): Document {
  return parseHtml(readFileSync(fixturePath(name), 'utf8'), url);
}

export function parseHtml(html: string, url = 'https://example.com/news/article.html'): Document {
  return new JSDOM(html, { url }).window.document;
}
