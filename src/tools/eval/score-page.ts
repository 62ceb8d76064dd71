/**
 * Evaluates one corpus page: Plainsight's article text and a bare Readability
 * parse, both scored against `expected.html`, plus what Plainsight hides.
 */
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { analyzePage } from '../../core/index.js';
import type { HiddenBlock } from '../../core/types.js';
import { blockLines } from './lib/block-text.js';
import type { CorpusPage } from './lib/corpus-pages.js';
import { errorMessage } from './lib/corpus-pages.js';
import { scoreShingles, shingles, type ShingleScore } from './lib/shingles.js';
import { articleLineHidden, articleReference, type HiddenLineReason } from './article-line-hidden.js';

/** The URL Readability's expected output was generated with (relative links resolve against it). */
export const CORPUS_PAGE_URL = 'http://fakehost/test/page.html';

/** A hidden block that holds article text. */
export interface HiddenArticleLine {
  page: string;
  kind: HiddenBlock['kind'];
  selector: string;
  reason: HiddenLineReason;
  text: string;
}

export interface SystemResult {
  score: ShingleScore;
  /** Against the expected body text: `expected.html` without its captions (figcaption, caption). */
  bodyScore: ShingleScore;
  /** Set when the system threw; its text then counts as empty. */
  error: string | null;
}

export interface PageEval {
  name: string;
  sourceBytes: number;
  small: boolean;
  plainsight: SystemResult;
  readability: SystemResult;
  hiddenByKind: Record<string, number>;
  /** Every block Plainsight hides, for reading the JSON by hand. */
  hidden: Pick<HiddenBlock, 'kind' | 'selector' | 'text'>[];
  articleLinesHidden: HiddenArticleLine[];
}

/** Scores one page. Throws only when the page itself cannot be parsed. */
export function scorePage(page: CorpusPage): PageEval {
  const expectedDom = new JSDOM(page.expectedHtml, { url: CORPUS_PAGE_URL });
  const expectedBody = expectedDom.window.document.body;
  const lines = blockLines(expectedBody);
  for (const caption of Array.from(expectedBody.querySelectorAll('figcaption, caption'))) caption.remove();
  const bodyBag = shingles(blockLines(expectedBody).map((line) => line.text).join('\n'));
  expectedDom.window.close();
  const expectedBag = { all: shingles(lines.map((line) => line.text).join('\n')), body: bodyBag };
  const reference = articleReference(lines);

  const dom = new JSDOM(page.sourceHtml, { url: CORPUS_PAGE_URL });
  const document = dom.window.document;
  try {
    let hidden: HiddenBlock[] = [];
    const plainsight = runSystem(() => {
      const analysis = analyzePage(document, { url: CORPUS_PAGE_URL });
      hidden = analysis.hidden;
      return analysis.text;
    }, expectedBag);
    const readability = runSystem(
      () => new Readability(document.cloneNode(true) as Document).parse()?.textContent ?? '',
      expectedBag,
    );
    const hiddenByKind: Record<string, number> = {};
    const articleLinesHidden: HiddenArticleLine[] = [];
    for (const block of hidden) {
      hiddenByKind[block.kind] = (hiddenByKind[block.kind] ?? 0) + 1;
      const reason = articleLineHidden(block.text, reference);
      if (reason) articleLinesHidden.push({ page: page.name, kind: block.kind, selector: block.selector, reason, text: block.text });
    }
    const hiddenBlocks = hidden.map(({ kind, selector, text }) => ({ kind, selector, text }));
    return { name: page.name, sourceBytes: page.sourceBytes, small: page.small, plainsight, readability, hiddenByKind, hidden: hiddenBlocks, articleLinesHidden };
  } finally {
    dom.window.close();
  }
}

function runSystem(extract: () => string, expected: { all: Map<string, number>; body: Map<string, number> }): SystemResult {
  let text = '';
  let error: string | null = null;
  try {
    text = extract();
  } catch (caught) {
    error = errorMessage(caught);
  }
  const bag = shingles(text);
  return { score: scoreShingles(expected.all, bag), bodyScore: scoreShingles(expected.body, bag), error };
}
