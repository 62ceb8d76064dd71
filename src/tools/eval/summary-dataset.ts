/**
 * Summarisation datasets in the SummEval / CNN-DailyMail JSON Lines layout:
 * `{id, article, reference, references}` with PTB-tokenized text.
 */
import { readJsonl } from './lib/jsonl.js';

export interface SummaryRecord {
  id: string;
  /** The article, PTB-tokenized, no paragraph breaks. */
  article: string;
  /** The original highlights, PTB-tokenized. */
  reference: string;
  /** All reference summaries (the original and any written by annotators). */
  references: string[];
}

function isSummaryRecord(value: unknown): value is SummaryRecord {
  const record = value as Partial<SummaryRecord> | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    typeof record.id === 'string' &&
    typeof record.article === 'string' &&
    typeof record.reference === 'string' &&
    Array.isArray(record.references) &&
    record.references.every((reference) => typeof reference === 'string')
  );
}

/** Which part of the dataset to use: all of it, or alternate halves for tuning and hold-out checks. */
export type Split = 'all' | 'even' | 'odd';

/** Loads the records of `path`, keeping the `split` half and at most `limit` records. */
export function loadSummaryRecords(path: string, split: Split = 'all', limit?: number): SummaryRecord[] {
  const records = readJsonl(path, isSummaryRecord).filter((_, index) => split === 'all' || index % 2 === (split === 'even' ? 0 : 1));
  return limit === undefined ? records : records.slice(0, limit);
}
