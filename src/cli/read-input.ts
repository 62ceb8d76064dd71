/** Reads one CLI input file and analyses it: HTML (optionally gzipped) or plain text. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzePage, analyzeText, type PageAnalysis } from '../core/index.js';
import type { SummaryLength } from '../shared/settings-schema.js';
import { decodeHtmlBytes, decodeTextBytes } from './charset.js';

export interface AnalyzeFileOptions {
  url?: string;
  summaryLength?: SummaryLength;
}


export function analyzeFile(path: string, options: AnalyzeFileOptions = {}): PageAnalysis {
  const lower = path.toLowerCase();
  const bytes = readFileSync(path);
  if (lower.endsWith('.txt')) {
    return analyzeText(decodeTextBytes(bytes).text, { url: options.url, summaryLength: options.summaryLength });
  }
  if (lower.endsWith('.html.gz') || lower.endsWith('.htm.gz')) return analyzeHtml(gunzipSync(bytes), options);
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return analyzeHtml(bytes, options);
  throw new Error('unsupported file type (expected .html, .htm, .html.gz or .txt)');
}

function analyzeHtml(bytes: Uint8Array, options: AnalyzeFileOptions): PageAnalysis {
  const { text } = decodeHtmlBytes(bytes);
  // A silent virtual console: pages' broken CSS and markup are not the user's problem.
  const dom = new JSDOM(text, { url: options.url ?? 'about:blank', virtualConsole: new VirtualConsole() });
  try {
    return analyzePage(dom.window.document, { url: options.url, summaryLength: options.summaryLength });
  } finally {
    dom.window.close();
  }
}
