/** Reads JSON Lines datasets for the evaluation tools. */
import { readFileSync } from 'node:fs';

/**
 * Parses a JSON Lines file: one JSON value per non-blank line. Each value is
 * checked with `accept`, and a bad line fails with its line number, so a
 * malformed dataset stops the tool instead of skewing its figures.
 */
export function readJsonl<T>(path: string, accept: (value: unknown) => value is T): T[] {
  const rows: T[] = [];
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (!line.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new Error(`${path}:${index + 1}: not JSON (${(error as Error).message})`);
      }
      if (!accept(value)) throw new Error(`${path}:${index + 1}: unexpected record shape`);
      rows.push(value);
    });
  return rows;
}
