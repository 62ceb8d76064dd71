/**
 * The engine stages the benchmark times, as a small table. Stages that live
 * in modules other branches are still building are looked up at run time:
 * a stage is timed only when its module exists and exports one of the listed
 * functions, otherwise it is reported as absent. After a merge, adapt a row
 * (module path, export names, how to call it) — nothing else needs to change.
 */
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { analyzePage } from '../../core/index.js';
import { extractArticle } from '../../core/extract-article.js';
import type { ArticleBlock } from '../../core/article-blocks.js';

/** What every stage may use: the page, parsed once, and its extracted article. */
export interface StageInput {
  html: string;
  url: string;
  document: Document;
  blocks: ArticleBlock[];
  text: string;
  /** Frees the page's jsdom window. */
  close: () => void;
}

export type StageRun = (input: StageInput) => unknown;

export interface Stage {
  name: string;
  /** Where the stage comes from, for the report. */
  source: string;
  run: StageRun;
}

export interface AbsentStage {
  name: string;
  source: string;
  absent: string;
}

/** The denominator of every ratio: a bare Readability parse (of a clone, as any caller must). */
export const READABILITY_STAGE = 'readability';

const BUILT_IN: Stage[] = [
  {
    name: 'parse',
    source: 'jsdom',
    run: ({ html, url }) => new JSDOM(html, { url }).window.close(),
  },
  {
    name: READABILITY_STAGE,
    source: '@mozilla/readability',
    run: ({ document }) => new Readability(document.cloneNode(true) as Document).parse(),
  },
  { name: 'extraction', source: 'src/core/extract-article.ts', run: ({ document }) => extractArticle(document) },
];

interface OptionalStage {
  name: string;
  /** Module path relative to src/core/, with the `.js` suffix tsx resolves to `.ts`. */
  module: string;
  /** Export names tried in order; the first function found is timed. */
  exports: string[];
  call: (fn: (...args: unknown[]) => unknown, input: StageInput) => unknown;
}

// Signatures follow the engine's split: appeals read the live document, the
// language stages read article blocks (see src/core/analyze-blocks.ts).
const OPTIONAL: OptionalStage[] = [
  { name: 'appeals', module: 'appeals/index.js', exports: ['detectAppeals', 'findAppeals'], call: (fn, i) => fn(i.document) },
  { name: 'summary', module: 'summary/index.js', exports: ['summarize', 'summarizeBlocks', 'buildSummary'], call: (fn, i) => fn(i.blocks) },
  { name: 'figures', module: 'figures/index.js', exports: ['extractFigures', 'findFigures'], call: (fn, i) => fn(i.blocks) },
  { name: 'quotes', module: 'quotes/index.js', exports: ['extractQuotes', 'findQuotes'], call: (fn, i) => fn(i.blocks) },
];

const WHOLE: Stage = { name: 'analyzePage', source: 'src/core/index.ts', run: ({ document, url }) => analyzePage(document, { url }) };

/** Resolves the stage table: built-in stages, the optional ones that exist, then the whole analysis. */
export async function loadStages(): Promise<{ stages: Stage[]; absent: AbsentStage[] }> {
  const stages = [...BUILT_IN];
  const absent: AbsentStage[] = [];
  for (const spec of OPTIONAL) {
    const source = `src/core/${spec.module.replace(/\.js$/, '.ts')}`;
    const found = await findExport(spec);
    if (typeof found === 'string') absent.push({ name: spec.name, source, absent: found });
    else stages.push({ name: spec.name, source: `${source} ${found.exportName}()`, run: (input) => spec.call(found.fn, input) });
  }
  stages.push(WHOLE);
  return { stages, absent };
}

async function findExport(spec: OptionalStage): Promise<{ fn: (...args: unknown[]) => unknown; exportName: string } | string> {
  let mod: Record<string, unknown>;
  try {
    // A computed specifier, so the typechecker does not require modules that have not landed yet.
    const specifier = new URL(`../../core/${spec.module}`, import.meta.url).href;
    mod = (await import(specifier)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === 'ERR_MODULE_NOT_FOUND' ? 'module not found' : `module failed to load: ${(error as Error).message}`;
  }
  for (const exportName of spec.exports) {
    const fn = mod[exportName];
    if (typeof fn === 'function') return { fn: fn as (...args: unknown[]) => unknown, exportName };
  }
  return `none of ${spec.exports.join(', ')} exported`;
}

/** Builds the shared input of one page: parsed once, article extracted once. */
export function stageInput(html: string, url: string): StageInput {
  const { window } = new JSDOM(html, { url });
  const extracted = extractArticle(window.document);
  const text = extracted.blocks.map((block) => block.text).join('\n\n');
  return { html, url, document: window.document, blocks: extracted.blocks, text, close: () => window.close() };
}
