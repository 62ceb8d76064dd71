/**
 * Scores summarisers on PTB-tokenized datasets.
 *
 *   article (PTB) ─detokenize─▶ prose ─system─▶ sentences ─tokenize─▶ PTB sentences ─┐
 *   references (PTB) ─────────────────────────────────split at . ! ?──────────────────┴─▶ ROUGE
 *
 * Each system is scored against the original reference and, separately, as the
 * mean over all references, then averaged over articles.
 */
import { detokenizePtb, ptbSentences, tokenizePtb } from './lib/ptb-text.js';
import { meanScores, rougeScores, type RougeScores } from './lib/rouge-scores.js';
import type { SummaryRecord } from './summary-dataset.js';

/** A summariser under test: article prose in, summary sentences out. */
export type Summarizer = (prose: string) => string[];

export interface SystemResult {
  /** Against the original CNN/DailyMail highlights. */
  original: RougeScores;
  /** Mean over all references of each article. */
  allReferences: RougeScores;
  /** Mean summary length in words (PTB tokens). */
  meanTokens: number;
  /** Mean summary length in sentences. */
  meanSentences: number;
  /** Mean time the system took per article, in milliseconds (wall clock, includes analyzeText's other stages). */
  meanMs: number;
  /** Per-article scores against the original reference, in dataset order (for paired comparisons). */
  perArticle: RougeScores[];
}

/** Scores every system on every record. */
export function scoreSystems(records: readonly SummaryRecord[], systems: Record<string, Summarizer>): Record<string, SystemResult> {
  const prose = records.map((record) => detokenizePtb(record.article));
  const results: Record<string, SystemResult> = {};
  for (const [name, summarizer] of Object.entries(systems)) {
    const original: RougeScores[] = [];
    const all: RougeScores[] = [];
    let tokens = 0;
    let sentences = 0;
    let milliseconds = 0;
    records.forEach((record, index) => {
      const started = performance.now();
      const output = summarizer(prose[index]!);
      milliseconds += performance.now() - started;
      const summary = output.map(tokenizePtb);
      tokens += summary.join(' ').split(' ').filter(Boolean).length;
      sentences += summary.length;
      original.push(rougeScores(summary, ptbSentences(record.reference)));
      all.push(meanScores(record.references.map((reference) => rougeScores(summary, ptbSentences(reference)))));
    });
    const count = records.length || 1;
    results[name] = {
      original: meanScores(original),
      allReferences: meanScores(all),
      meanTokens: tokens / count,
      meanSentences: sentences / count,
      meanMs: milliseconds / count,
      perArticle: original,
    };
  }
  return results;
}
