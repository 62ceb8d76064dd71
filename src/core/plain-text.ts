/**
 * Plain text as an article: one paragraph a line. Appeal lines at the head
 * and tail are left out (see appeals/plain-text-appeals.ts), and a first line
 * that reads like a headline becomes the title, so the summary does not repeat
 * it. The line stays in the text, where quotes in headlines are still found.
 */
import type { ArticleBlock } from './article-blocks.js';
import { findPlainTextAppeals } from './appeals/plain-text-appeals.js';

export interface PlainTextArticle {
  title: string | null;
  blocks: ArticleBlock[];
}

const MAX_HEADLINE_WORDS = 20;

export function readPlainText(text: string): PlainTextArticle {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const appeals = new Set(findPlainTextAppeals(lines).map((line) => line.index));
  const kept = lines.filter((_, index) => !appeals.has(index));
  return {
    title: looksLikeHeadline(kept[0], kept[1]) ? kept[0]! : null,
    blocks: kept.map((line) => ({ kind: 'paragraph', text: line })),
  };
}

/** Short, no sentence-ending full stop, and followed by a longer paragraph. */
function looksLikeHeadline(line: string | undefined, next: string | undefined): boolean {
  if (!line || !next) return false;
  const words = line.split(/\s+/).length;
  return words >= 3 && words <= MAX_HEADLINE_WORDS && !/[.:;,]$/.test(line) && next.split(/\s+/).length > words;
}
