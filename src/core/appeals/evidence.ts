/** The unit of evidence the detector collects, and how a block's evidence adds up. */
import type { AppealKind } from '../types.js';

export type EvidenceCategory = 'phrase' | 'structure' | 'link' | 'attribute' | 'layout';

export interface Evidence {
  /** `null` = kind-neutral: counts only for a kind that has evidence of its own. */
  kind: AppealKind | null;
  category: EvidenceCategory;
  /** > 0; see `scoring.ts` for the scale. */
  weight: number;
  /** Human-readable, shown to users: `phrase "support us monthly"`. Also the de-duplication key. */
  reason: string;
}

/** Adds `item` unless the same reason is already there (a BEM block repeats its token on every child). */
export function addEvidence(list: Evidence[], item: Evidence): void {
  for (const existing of list) if (existing.reason === item.reason) return;
  list.push(item);
}
