import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, decodeTextBytes } from '../../src/cli/charset.js';
import { analyzeFile } from '../../src/cli/read-input.js';
import { fixturePath } from './helpers/load-fixture.js';

const CONTRACT_KEYS = ['file', 'url', 'isArticle', 'title', 'byline', 'siteName', 'lang', 'publishedTime', 'text', 'wordCount', 'readingMinutes', 'summary', 'figures', 'quotes', 'hidden'];

function runCli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { encoding: 'utf8' });
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'plainsight-cli-'));
}

describe('charset detection', () => {
  it('honours a legacy charset declared in a meta tag', () => {
    const cyrillic = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in windows-1251
    const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>'), cyrillic, Buffer.from('</p></body></html>')]);
    expect(decodeHtmlBytes(html).text).toContain('Привет');
  });

  it('reads the charset from an http-equiv content-type meta', () => {
    const html = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>caf\xe9</p>', 'latin1');
    expect(decodeHtmlBytes(html).text).toContain('café');
  });

  it('lets a byte-order mark win over the declaration', () => {
    const html = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="windows-1252"><p>naïve</p>')]);
    expect(decodeHtmlBytes(html)).toMatchObject({ encoding: 'utf-8' });
    expect(decodeHtmlBytes(html).text).toContain('naïve');
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    expect(decodeTextBytes(Buffer.from('Gr\xfc\xdfe', 'latin1')).text).toBe('Grüße');
    expect(decodeTextBytes(Buffer.from('Grüße')).text).toBe('Grüße');
  });
});

describe('analyzeFile', () => {
  it('reads gzipped HTML', () => {
    const dir = tempDir();
    const path = join(dir, 'page.html.gz');
    writeFileSync(path, gzipSync(Buffer.from('<html><head><title>Zipped</title></head><body><article><p>' + 'Words in a sentence. '.repeat(60) + '</p></article></body></html>')));
    expect(analyzeFile(path).text).toContain('Words in a sentence.');
  });

  it('treats .txt as paragraphs without extraction or hiding', () => {
    const dir = tempDir();
    const path = join(dir, 'story.txt');
    writeFileSync(path, 'First line of the story.\nSecond line, Subscribe to our newsletter.\n');
    const analysis = analyzeFile(path);
    expect(analysis.text).toBe('First line of the story.\n\nSecond line, Subscribe to our newsletter.');
    expect(analysis.hidden).toEqual([]);
  });

  it('rejects unknown file types with a clear message', () => {
    const dir = tempDir();
    const path = join(dir, 'notes.pdf');
    writeFileSync(path, '%PDF-1.7');
    expect(() => analyzeFile(path)).toThrow(/unsupported file type/);
  });
});

describe('plainsight analyze (process)', () => {
  it('prints one contract object a line, in input order, and carries on past a bad file', () => {
    const dir = tempDir();
    const text = join(dir, 'a.txt');
    writeFileSync(text, 'Only a line.');
    const result = runCli(['analyze', '--json', fixturePath('moscow-times-article.html'), join(dir, 'missing.html'), text]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(Object.keys(lines[0])).toEqual(CONTRACT_KEYS);
    expect(lines[0].title).toBe('Government Interested in Foreign Technology, Not Ready-Made Arms');
    expect(lines[1]).toEqual({ file: join(dir, 'missing.html'), error: 'no such file' });
    expect(lines[2]).toMatchObject({ file: text, text: 'Only a line.' });
  }, 30_000);

  it('exits 2 with the usage on bad usage', () => {
    const result = runCli(['summarise', 'x.html']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command "summarise"');
    expect(result.stderr).toContain('Usage: plainsight analyze');
  }, 30_000);

  it('documents itself with --help', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--json');
    expect(result.stdout).toContain('.html.gz');
  }, 30_000);
});
