/** The Markdown and plain-text builders behind the popup's copy buttons. */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown, toPlainText, type CopyLabels } from '../../src/popup/copy-as.js';
import { fixtureAnalysis } from '../../src/popup/api.mock.js';

const labels: CopyLabels = { summary: 'Summary', figures: 'Key figures', quotes: 'Quotes', unattributed: 'unattributed', untitled: 'Untitled' };

describe('copy as Markdown', () => {
  it('writes title with link, summary, figures and quotes', () => {
    expect(toMarkdown(fixtureAnalysis, labels)).toBe([
      '# [City approves a €1.2 billion budget for transit](<https://www.example-news.com/2026/03/city-budget>)',
      '', '## Summary', '',
      '- The council approved a €1.2 billion transit budget on Tuesday.',
      '- Fares will rise by 5% from July.',
      '', '## Key figures', '',
      '- **€1.2 billion** — transit budget for 2026',
      '- **5%** — fare rise from July',
      '', '## Quotes', '',
      '> “This is the largest investment in a generation”',
      '> — Mayor Lena Ortiz',
      '',
      '> “Riders will pay more for the same service”',
      '> — unattributed',
      '',
    ].join('\n'));
  });

  it('escapes page text that would become Markdown syntax or break the link', () => {
    const analysis = { ...fixtureAnalysis, title: 'Why [this] *matters*', url: 'https://example.com/a b>c', summary: ['# not a heading', '1. not a list'], figures: [], quotes: [] };
    const markdown = toMarkdown(analysis, labels);
    expect(markdown.split('\n')[0]).toBe('# [Why \\[this\\] \\*matters\\*](<https://example.com/a%20b%3Ec>)');
    expect(markdown).toContain('- \\# not a heading');
    expect(markdown).toContain('- 1\\. not a list');
    expect(escapeMarkdown('a_b `c` <d>')).toBe('a\\_b \\`c\\` \\<d\\>');
  });

  it('leaves out empty sections and uses the untitled label without a title or URL', () => {
    const markdown = toMarkdown({ ...fixtureAnalysis, title: null, url: null, summary: [], figures: [], quotes: [] }, labels);
    expect(markdown).toBe('# Untitled\n');
  });
});

describe('copy as plain text', () => {
  it('writes readable text without Markdown', () => {
    expect(toPlainText(fixtureAnalysis, labels)).toBe([
      'City approves a €1.2 billion budget for transit',
      'https://www.example-news.com/2026/03/city-budget',
      '', 'Summary:',
      '• The council approved a €1.2 billion transit budget on Tuesday.',
      '• Fares will rise by 5% from July.',
      '', 'Key figures:',
      '• €1.2 billion — transit budget for 2026',
      '• 5% — fare rise from July',
      '', 'Quotes:',
      '“This is the largest investment in a generation” — Mayor Lena Ortiz',
      '“Riders will pay more for the same service” — unattributed',
      '',
    ].join('\n'));
  });
});
