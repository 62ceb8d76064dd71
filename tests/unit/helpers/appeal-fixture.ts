import { expect } from 'vitest';
import { analyzeDocument, type DocumentAnalysis } from '../../../src/core/index.js';
import { collapseWhitespace } from '../../../src/core/text-utils.js';
import { loadFixture } from './load-fixture.js';

export interface AnalysedFixture {
  document: Document;
  result: DocumentAnalysis;
}

export function analyseFixture(name: string, url?: string): AnalysedFixture {
  const document = loadFixture(name, url);
  return { document, result: analyzeDocument(document) };
}

/** Kind of each detected block, in document order. */
export function hiddenKinds({ result }: AnalysedFixture): string[] {
  return result.analysis.hidden.map((block) => block.kind);
}

/** The detected block (live element) whose element matches `selector`, or undefined. */
export function appealAt({ document, result }: AnalysedFixture, selector: string) {
  const element = document.querySelector(selector);
  return result.appeals.find((appeal) => appeal.element === element);
}

/**
 * Every paragraph matched by `paragraphSelector` is outside all detected
 * blocks and present in the article text: what a reader of the page keeps.
 */
export function expectArticleKept({ document, result }: AnalysedFixture, paragraphSelector: string): void {
  const paragraphs = Array.from(document.querySelectorAll(paragraphSelector));
  expect(paragraphs.length).toBeGreaterThan(2);
  for (const paragraph of paragraphs) {
    const inside = result.appeals.filter((appeal) => appeal.element.contains(paragraph));
    expect(inside.map((appeal) => appeal.block.selector), collapseWhitespace(paragraph.textContent ?? '')).toEqual([]);
    expect(result.analysis.text).toContain(collapseWhitespace(paragraph.textContent ?? ''));
  }
}

/** Every block's selector finds its own element again in a fresh parse of the same page. */
export function expectSelectorsRefind(name: string, { result }: AnalysedFixture): void {
  const fresh = loadFixture(name);
  for (const { element, block } of result.appeals) {
    const found = fresh.querySelectorAll(block.selector);
    expect(found.length, block.selector).toBe(1);
    expect(found[0]!.outerHTML).toBe(element.outerHTML);
  }
}
