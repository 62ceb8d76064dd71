/**
 * "Copy as Markdown" / "Copy as plain text": pure builders over a
 * `PageAnalysis`, with the section labels passed in (already localized).
 */
import type { PageAnalysis } from '../core/types.js';

export interface CopyLabels {
  summary: string;
  figures: string;
  quotes: string;
  /** Shown instead of a speaker when the article does not name one. */
  unattributed: string;
  /** Title used when the page has none. */
  untitled: string;
}

/** Backslash-escapes characters that would turn page text into Markdown syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (char) => `\\${char}`).replace(/^(\s*)([-+])(\s)/, '$1\\$2$3').replace(/^(\s*\d+)([.)])(\s)/, '$1\\$2$3');
}

function speakerOf(speaker: string | null, labels: CopyLabels): string {
  return speaker ?? labels.unattributed;
}

export function toMarkdown(analysis: PageAnalysis, labels: CopyLabels): string {
  const title = escapeMarkdown(analysis.title ?? labels.untitled);
  const lines: string[] = [analysis.url ? `# [${title}](<${analysis.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : `# ${title}`];
  if (analysis.summary.length > 0) {
    lines.push('', `## ${labels.summary}`, '', ...analysis.summary.map((point) => `- ${escapeMarkdown(point)}`));
  }
  if (analysis.figures.length > 0) {
    lines.push('', `## ${labels.figures}`, '');
    for (const figure of analysis.figures) {
      const context = figure.context ? ` — ${escapeMarkdown(figure.context)}` : '';
      lines.push(`- **${escapeMarkdown(figure.text)}**${context}`);
    }
  }
  if (analysis.quotes.length > 0) {
    lines.push('', `## ${labels.quotes}`);
    for (const quote of analysis.quotes) {
      lines.push('', `> “${escapeMarkdown(quote.text)}”`, `> — ${escapeMarkdown(speakerOf(quote.speaker, labels))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function toPlainText(analysis: PageAnalysis, labels: CopyLabels): string {
  const lines: string[] = [analysis.title ?? labels.untitled];
  if (analysis.url) lines.push(analysis.url);
  if (analysis.summary.length > 0) lines.push('', `${labels.summary}:`, ...analysis.summary.map((point) => `• ${point}`));
  if (analysis.figures.length > 0) {
    lines.push('', `${labels.figures}:`);
    for (const figure of analysis.figures) lines.push(figure.context ? `• ${figure.text} — ${figure.context}` : `• ${figure.text}`);
  }
  if (analysis.quotes.length > 0) {
    lines.push('', `${labels.quotes}:`);
    for (const quote of analysis.quotes) lines.push(`“${quote.text}” — ${speakerOf(quote.speaker, labels)}`);
  }
  return `${lines.join('\n')}\n`;
}
