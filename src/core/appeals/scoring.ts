/**
 * The scoring model. Evidence is summed per kind and per category; each
 * category is capped BELOW the threshold, so no single kind of evidence
 * (wording, structure, links, attribute names, layout) can hide a block alone.
 *
 *   category   cap   typical items (weights)
 *   phrase     3     "support us monthly" 2, "newsletter" 1, "subscribe" 0.5
 *   structure  3     e-mail form 2.5, amount/frequency picker 2.5 (neutral), text-field form 1
 *   link       2.5   patreon.com / list-manage.com 2, a "/donate" page 1.5, appeal wording in its text +1
 *   attribute  2.5   class "newsletter" 2, "paywall" 2, "contribute" 1.5, "promo" 1
 *   layout     2     fixed/sticky overlay 1.5, scroll-locked page 0.5
 *
 * Kind-neutral items ("remind me later", "promo", overlays) count only for a
 * kind with evidence of its own (weight ≥ 2). A block is an appeal at
 * THRESHOLD. (Search, login and comment forms are excluded outright, see
 * `choose-blocks.ts`.)
 */
import type { AppealKind } from '../types.js';
import type { Evidence, EvidenceCategory } from './evidence.js';

export const CATEGORY_CAPS: Readonly<Record<EvidenceCategory, number>> = { phrase: 3, structure: 3, link: 2.5, attribute: 2.5, layout: 2 };
export const APPEAL_THRESHOLD = 4;
/** Kind-specific weight a block needs before kind-neutral evidence counts for that kind. */
export const MIN_OWN_WEIGHT_FOR_NEUTRAL = 2;
const KINDS: readonly AppealKind[] = ['donation', 'subscription', 'newsletter'];
const CATEGORIES = Object.keys(CATEGORY_CAPS) as EvidenceCategory[];

export interface KindScore {
  kind: AppealKind;
  score: number;
  /** The capped score from everything but wording, any kind: how much the markup itself says "appeal". */
  markupScore: number;
  reasons: string[];
}

/** The best-scoring kind for this evidence, or null when no kind has evidence. */
export function scoreEvidence(evidence: readonly Evidence[]): KindScore | null {
  let best: KindScore | null = null;
  for (const kind of KINDS) {
    const own = evidence.filter((item) => item.kind === kind && item.weight > 0);
    if (own.length === 0) continue;
    const ownWeight = own.reduce((sum, item) => sum + item.weight, 0);
    // A stray weak hint ("epic", "contribution") must not let a generic modal or banner count as this kind.
    const neutral = ownWeight >= MIN_OWN_WEIGHT_FOR_NEUTRAL ? evidence.filter((item) => item.kind === null && item.weight > 0) : [];
    const counted = [...own, ...neutral];
    let score = 0;
    for (const category of CATEGORIES) score += cappedSum(counted, category);
    if (!best || score > best.score) best = { kind, score, markupScore: markupScoreOf(evidence), reasons: reasonsOf(counted) };
  }
  return best;
}

function cappedSum(evidence: readonly Evidence[], category: EvidenceCategory): number {
  let sum = 0;
  for (const item of evidence) if (item.category === category) sum += item.weight;
  return Math.min(sum, CATEGORY_CAPS[category]);
}

/** Capped evidence from everything but wording, whatever its kind: how loudly the markup says "appeal". */
function markupScoreOf(evidence: readonly Evidence[]): number {
  let total = 0;
  for (const category of CATEGORIES) if (category !== 'phrase') total += cappedSum(evidence, category);
  return total;
}

function reasonsOf(counted: readonly Evidence[]): string[] {
  return [...counted].sort((a, b) => b.weight - a.weight).map((item) => item.reason);
}
