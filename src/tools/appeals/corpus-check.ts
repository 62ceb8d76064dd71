/**
 * Sanity check of the appeal detector on a folder of Readability test pages
 * (`<dir>/<page>/{source.html, expected.html}`): blocks hidden per kind, and
 * every hidden block that holds a paragraph of the expected article.
 *
 *   npx tsx src/tools/appeals/corpus-check.ts ../shared/corpus/readability-test-pages [--verbose]
 *
 * A paragraph counts as overlapping when its text (≥ 40 chars) lies inside a
 * hidden block's text. Overlaps are listed so a human can tell a swallowed
 * appeal (expected.html keeps some) from a real loss of article text.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { analyzePage } from '../../core/index.js';
import { extractArticle } from '../../core/extract-article.js';
import { createArticleGuard, detectAppeals } from '../../core/appeals/index.js';
import { collapseWhitespace } from '../../core/text-utils.js';

const MIN_PARAGRAPH_CHARS = 40;
const [corpus, flag] = process.argv.slice(2);
if (!corpus) throw new Error('usage: corpus-check.ts <corpus-dir> [--verbose]');

const totals: Record<string, number> = { donation: 0, newsletter: 0, subscription: 0 };
let overlaps = 0;
let pages = 0;
let readabilityMs = 0;
let detectMs = 0;
const ratios: number[] = [];
for (const name of readdirSync(corpus).sort()) {
  const source = join(corpus, name, 'source.html');
  if (!existsSync(source)) continue;
  pages++;
  try {
    const document = new JSDOM(readFileSync(source, 'utf8'), { url: 'http://fakehost/test/page.html' }).window.document;
    // Timed apart: Readability on a clone, then the detector alone (as analyzePage runs them).
    let started = performance.now();
    const extracted = extractArticle(document);
    const readability = performance.now() - started;
    started = performance.now();
    detectAppeals(document.body, { guard: createArticleGuard(extracted.blocks) });
    const detect = performance.now() - started;
    readabilityMs += readability;
    detectMs += detect;
    ratios.push(detect / readability);
    const analysis = analyzePage(document);
    const expected = new JSDOM(readFileSync(join(corpus, name, 'expected.html'), 'utf8')).window.document;
    const paragraphs = Array.from(expected.querySelectorAll('p, li, h2, h3, blockquote'))
      .map((element) => collapseWhitespace(element.textContent ?? '').toLowerCase())
      .filter((text) => text.length >= MIN_PARAGRAPH_CHARS);
    for (const block of analysis.hidden) {
      totals[block.kind] = (totals[block.kind] ?? 0) + 1;
      const text = block.text.toLowerCase();
      const hit = paragraphs.filter((paragraph) => text.includes(paragraph));
      overlaps += hit.length;
      console.log(`${name}\t${block.kind}\t${block.selector}\t${block.text.slice(0, 100)}${flag ? `\n\t${block.reasons.join('; ')}` : ''}`);
      for (const paragraph of hit) console.log(`\tOVERLAP: ${paragraph.slice(0, 120)}`);
    }
  } catch (error) {
    console.log(`${name}\tERROR\t${(error as Error).message}`);
  }
}
ratios.sort((a, b) => a - b);
const median = ratios[Math.floor(ratios.length / 2)] ?? 0;
console.log(`pages ${pages}; hidden ${JSON.stringify(totals)}; expected-article paragraphs inside hidden blocks ${overlaps}`);
console.log(`time: readability ${readabilityMs.toFixed(0)} ms, detector ${detectMs.toFixed(0)} ms in total; detector/readability per page median ${(median * 100).toFixed(1)} %`);
