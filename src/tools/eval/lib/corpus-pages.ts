/**
 * Loads a corpus folder laid out like Readability's test pages:
 * `<page>/source.html`, `<page>/expected.html`, `<page>/expected-metadata.json`.
 * Pages are read one at a time so a broken page only breaks itself.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Pages under this size are Readability's one-behaviour fixtures, not real pages. */
export const SMALL_PAGE_BYTES = 5 * 1024;

export interface CorpusPage {
  name: string;
  sourceHtml: string;
  expectedHtml: string;
  /** `expected-metadata.json`, or null when missing or not valid JSON. */
  metadata: Record<string, unknown> | null;
  sourceBytes: number;
  /** Under SMALL_PAGE_BYTES: a fixture that tests one behaviour. */
  small: boolean;
}

/** Names of the page folders in `dir`, sorted; throws when `dir` is not a folder. */
export function listCorpusPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Reads one page; throws (with the page's name) when source.html or expected.html is unreadable. */
export function loadCorpusPage(dir: string, name: string): CorpusPage {
  const folder = join(dir, name);
  const sourcePath = join(folder, 'source.html');
  const sourceHtml = readFileSync(sourcePath, 'utf8');
  const expectedHtml = readFileSync(join(folder, 'expected.html'), 'utf8');
  const sourceBytes = statSync(sourcePath).size;
  return { name, sourceHtml, expectedHtml, metadata: readMetadata(join(folder, 'expected-metadata.json')), sourceBytes, small: sourceBytes < SMALL_PAGE_BYTES };
}

function readMetadata(path: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null; // Metadata is informative only; scoring does not need it.
  }
}

/** Outcome of processing one page: a result, or the error that stopped it. */
export type PageOutcome<T> = { name: string; ok: true; value: T } | { name: string; ok: false; error: string };

/**
 * Runs `process` on each page of `dir` that passes `filter` (the first `limit`), catching
 * every error per page so one bad page never stops the run.
 */
export async function forEachCorpusPage<T>(
  dir: string,
  process: (page: CorpusPage) => T | Promise<T>,
  options: { limit?: number; filter?: (page: CorpusPage) => boolean; onPage?: (outcome: PageOutcome<T>) => void } = {},
): Promise<PageOutcome<T>[]> {
  const outcomes: PageOutcome<T>[] = [];
  for (const name of listCorpusPages(dir)) {
    if (outcomes.length >= (options.limit ?? Infinity)) break;
    let outcome: PageOutcome<T>;
    try {
      const page = loadCorpusPage(dir, name);
      if (options.filter && !options.filter(page)) continue;
      outcome = { name, ok: true, value: await process(page) };
    } catch (error) {
      outcome = { name, ok: false, error: errorMessage(error) };
    }
    outcomes.push(outcome);
    options.onPage?.(outcome);
  }
  return outcomes;
}

/** First line of an error's message, for a table cell. */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 200);
}
