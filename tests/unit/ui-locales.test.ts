/** Every string the UI asks for exists in English and Russian, and both locales have the same keys and placeholders. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocale } from './helpers/fake-locale.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const en = readLocale('en');
const ru = readLocale('ru');

describe('UI locales', () => {
  it('en and ru have the same keys', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });

  it('every ru message keeps the placeholders of its en message and is non-empty', () => {
    for (const [key, entry] of Object.entries(en)) {
      const placeholders = (text: string) => [...text.matchAll(/\$[A-Z_]+\$/g)].map((m) => m[0]).sort();
      expect(ru[key]?.message.trim(), key).not.toBe('');
      expect(placeholders(ru[key]?.message ?? ''), key).toEqual(placeholders(entry.message));
    }
  });

  it('every key used by t(…) in src exists', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(process.cwd(), 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:t|getMessage)\(\s*'([A-Za-z0-9_]+)'/g)) used.add(match[1]!);
    }
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });
});
