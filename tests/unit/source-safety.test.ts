/**
 * Lints our own source for the few things that must never happen in an
 * extension that reads hostile pages: HTML sinks fed with strings, dynamic
 * code, remote code, and network APIs. Readability's own two re-parses are
 * rewritten at build time (see build.mjs) and checked by web-ext lint.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SHIPPED_DIRS = ['src/core', 'src/content', 'src/background', 'src/popup', 'src/options', 'src/shared'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(name) ? [path] : [];
  });
}

const FORBIDDEN: Array<[RegExp, string]> = [
  [/\.(innerHTML|outerHTML)\s*=(?!=)/, 'HTML sink assignment (use textContent / DOM nodes)'],
  [/\binsertAdjacentHTML\s*\(/, 'insertAdjacentHTML'],
  [/\bdocument\.write(ln)?\s*\(/, 'document.write'],
  [/\bcreateContextualFragment\s*\(/, 'createContextualFragment'],
  [/\beval\s*\(|\bnew Function\s*\(/, 'dynamic code'],
  [/\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\s*\(|\bsendBeacon\s*\(|\bEventSource\s*\(/, 'network API (Plainsight makes no requests)'],
  [/<script[^>]+src=["']https?:/i, 'remote script'],
  [/\bsetTimeout\s*\(\s*['"`]|\bsetInterval\s*\(\s*['"`]/, 'string timer (dynamic code)'],
];

describe('shipped source', () => {
  const files = SHIPPED_DIRS.flatMap(sourceFiles);

  it('is found', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(FORBIDDEN)('never uses %s', (pattern, what) => {
    const offenders = files.flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').flatMap((line, index) => (pattern.test(line) && !line.trim().startsWith('//') && !line.trim().startsWith('*') ? [`${file}:${index + 1}: ${what}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('has no inline script or style in extension pages (the CSP forbids them)', () => {
    for (const file of files.filter((path) => path.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(html, file).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, file).not.toMatch(/\sstyle\s*=/i);
    }
  });
});
