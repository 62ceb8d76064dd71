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
  title: string | null;
  lang: string | null;
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

type Module = Record<string, unknown>;
type AnyFunction = (...args: unknown[]) => unknown;

interface OptionalStage {
  name: string;
  /** Module paths relative to src/core/ (`.js` suffix, as in imports), tried in order. */
  modules: string[];
  /** Binds the stage to the module's exports, or says which export is missing. */
  bind: (mod: Module) => StageRun | string;
}

/** The named functions of `mod`, or a message naming the first one missing. */
function exported(mod: Module, ...names: string[]): AnyFunction[] | string {
  const missing = names.find((name) => typeof mod[name] !== 'function');
  return missing ? `no ${missing}() export` : names.map((name) => mod[name] as AnyFunction);
}

// How each stage is called in Plainsight (see src/core/index.ts and
// analyze-blocks.ts): appeals scan the live body, guarded by the article's
// blocks; the language stages read the article blocks.
const OPTIONAL: OptionalStage[] = [
  {
    name: 'appeals',
    modules: ['appeals/index.js'],
    bind: (mod) => {
      const fns = exported(mod, 'detectAppeals', 'createArticleGuard');
      if (typeof fns === 'string') return fns;
      const [detect, guardFor] = fns as [AnyFunction, AnyFunction];
      return ({ document, blocks }) => detect(document.body, { guard: guardFor(blocks) });
    },
  },
  {
    name: 'summary',
    modules: ['summary/index.js'],
    bind: (mod) => {
      const fns = exported(mod, 'summarize');
      if (typeof fns === 'string') return fns;
      return ({ blocks, title, lang }) => fns[0]!(blocks, { title, lang });
    },
  },
  {
    name: 'figures',
    modules: ['figures/index.js', 'figures/extract-figures.js'],
    bind: (mod) => {
      const fns = exported(mod, 'extractFigures');
      if (typeof fns === 'string') return fns;
      return ({ blocks, lang }) => fns[0]!(blocks, { lang });
    },
  },
  {
    name: 'quotes',
    modules: ['quotes/index.js', 'quotes/extract-quotes.js'],
    bind: (mod) => {
      const fns = exported(mod, 'extractQuotes');
      if (typeof fns === 'string') return fns;
      return ({ blocks, lang }) => fns[0]!(blocks, { lang });
    },
  },
];

const WHOLE: Stage = { name: 'analyzePage', source: 'src/core/index.ts', run: ({ document, url }) => analyzePage(document, { url }) };

/** Resolves the stage table: built-in stages, the optional ones that exist, then the whole analysis. */
export async function loadStages(): Promise<{ stages: Stage[]; absent: AbsentStage[] }> {
  const stages = [...BUILT_IN];
  const absent: AbsentStage[] = [];
  for (const spec of OPTIONAL) {
    const found = await bindStage(spec);
    if ('absent' in found) absent.push(found);
    else stages.push(found);
  }
  stages.push(WHOLE);
  return { stages, absent };
}

async function bindStage(spec: OptionalStage): Promise<Stage | AbsentStage> {
  const reasons: string[] = [];
  for (const module of spec.modules) {
    const source = `src/core/${module.replace(/\.js$/, '.ts')}`;
    let mod: Module;
    try {
      // A computed specifier, so the typechecker does not require modules that have not landed yet.
      mod = (await import(new URL(`../../core/${module}`, import.meta.url).href)) as Module;
    } catch (error) {
      const code = (error as { code?: string }).code;
      reasons.push(`${source}: ${code === 'ERR_MODULE_NOT_FOUND' ? 'not found' : `failed to load: ${(error as Error).message}`}`);
      continue;
    }
    const run = spec.bind(mod);
    if (typeof run !== 'string') return { name: spec.name, source, run };
    reasons.push(`${source}: ${run}`);
  }
  return { name: spec.name, source: spec.modules.join(' | '), absent: reasons.join('; ') };
}

/** Builds the shared input of one page: parsed once, article extracted once. */
export function stageInput(html: string, url: string): StageInput {
  const { window } = new JSDOM(html, { url });
  const extracted = extractArticle(window.document);
  const text = extracted.blocks.map((block) => block.text).join('\n\n');
  return { html, url, document: window.document, blocks: extracted.blocks, text, title: extracted.title, lang: extracted.lang, close: () => window.close() };
}
