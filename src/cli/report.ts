/** The human-readable report printed by `plainsight analyze` without --json. */
import type { PageAnalysis } from '../core/index.js';

const KIND_LABEL = { donation: 'donation appeal', newsletter: 'newsletter sign-up', subscription: 'subscription upsell' } as const;

export function formatReport(file: string, analysis: PageAnalysis): string {
  const lines: string[] = [`== ${file}`];
  lines.push(`Title:    ${analysis.title ?? '(none)'}`);
  const meta = [analysis.byline, analysis.siteName, analysis.publishedTime].filter(Boolean).join(' · ');
  if (meta) lines.push(`Source:   ${meta}`);
  if (analysis.url) lines.push(`URL:      ${analysis.url}`);
  lines.push(`Article:  ${analysis.isArticle ? 'yes' : 'no'} · ${analysis.wordCount} words · ${analysis.readingMinutes} min read`);
  section(lines, 'Summary', analysis.summary.map((sentence) => `• ${sentence}`));
  section(lines, 'Key figures', analysis.figures.map((figure) => `• ${figure.text}${figure.context ? ` — ${figure.context}` : ''}`));
  section(lines, 'Quotes', analysis.quotes.map((quote) => `• “${quote.text}” — ${quote.speaker ?? 'unattributed'}`));
  section(lines, 'Hidden', analysis.hidden.map((block) => `• ${KIND_LABEL[block.kind]}: ${excerpt(block.text)}\n    ${block.selector}\n    why: ${block.reasons.join('; ')}`));
  return lines.join('\n') + '\n';
}

function section(lines: string[], title: string, items: string[]): void {
  lines.push('', `${title}:`);
  lines.push(...(items.length > 0 ? items : ['  (none)']));
}

function excerpt(text: string, words = 14): string {
  const parts = text.split(' ');
  return parts.length > words ? `${parts.slice(0, words).join(' ')} …` : text;
}

/** The --json line: the PageAnalysis contract in its documented key order, plus `file`. */
export function toJsonLine(file: string, analysis: PageAnalysis): string {
  const { url, isArticle, title, byline, siteName, lang, publishedTime, text, wordCount, readingMinutes, summary, figures, quotes, hidden } = analysis;
  return JSON.stringify({ file, url, isArticle, title, byline, siteName, lang, publishedTime, text, wordCount, readingMinutes, summary, figures, quotes, hidden });
}
