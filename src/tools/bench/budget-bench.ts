/**
 * Huge and pathological pages against the engine's budgets (src/core/page-budget.ts):
 * how long jsdom takes to parse each, how long analyzeDocument then takes,
 * and whether the page was analysed or refused. Pages are generated here.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzeDocument, PageTooLargeError } from '../../core/index.js';

export interface BudgetRow {
  page: string;
  htmlMegabytes: number;
  elements: number;
  parseMs: number;
  analyzeMs: number;
  outcome: string;
}

const PARAGRAPH = (i: number) => `<p>Paragraph ${i}: the regional council said on Tuesday that spending on roads rose by 4.5 percent to $12 million, officials said.</p>`;

/** Generated pages: name → HTML. jsdom's parser is quadratic in depth, so nesting stops at 1,000 levels. */
function pages(): Array<[string, string]> {
  const article = (body: string) => `<html><head><title>Huge</title></head><body><article>${body}</article></body></html>`;
  return [
    ['50,000 paragraphs', article(Array.from({ length: 50_000 }, (_, i) => PARAGRAPH(i)).join(''))],
    ['200,000 elements', `<html><body>${'<span>x</span>'.repeat(200_000)}</body></html>`],
    ['1,000 levels of nesting', `<html><body>${'<div>'.repeat(1000)}<p>Deep.</p>${'</div>'.repeat(1000)}</body></html>`],
    ['10 MB attribute', article(`<div data-blob="${'x'.repeat(10_000_000)}">${Array.from({ length: 40 }, (_, i) => PARAGRAPH(i)).join('')}</div>`)],
  ];
}

export function benchBudgets(): BudgetRow[] {
  return pages().map(([page, html]) => {
    let started = performance.now();
    const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
    const parseMs = performance.now() - started;
    const document = dom.window.document;
    const elements = document.getElementsByTagName('*').length;
    started = performance.now();
    let outcome: string;
    try {
      const { analysis } = analyzeDocument(document);
      outcome = `analysed: ${analysis.wordCount.toLocaleString('en')} words, ${analysis.summary.length} summary sentences`;
    } catch (error) {
      outcome = error instanceof PageTooLargeError ? `refused: ${error.message}` : `error: ${String(error)}`;
    }
    const analyzeMs = performance.now() - started;
    dom.window.close();
    return { page, htmlMegabytes: html.length / 1e6, elements, parseMs, analyzeMs, outcome };
  });
}

export function budgetMarkdown(rows: readonly BudgetRow[]): string {
  const lines = ['### Huge pages (Node, jsdom)', '', '| page | HTML MB | elements | jsdom parse ms | analyzeDocument ms | outcome |', '|---|---:|---:|---:|---:|---|'];
  for (const row of rows) lines.push(`| ${row.page} | ${row.htmlMegabytes.toFixed(1)} | ${row.elements.toLocaleString('en')} | ${row.parseMs.toFixed(0)} | ${row.analyzeMs.toFixed(0)} | ${row.outcome} |`);
  return lines.join('\n') + '\n';
}
