/**
 * Removes appeal text from the article blocks Readability produced, so the
 * article text (and the summary, figures and quotes built on it) never
 * carries "Sign up for our newsletter" or "support us monthly from $2".
 */
import type { ArticleBlock } from '../article-blocks.js';

/** Blocks shorter than this ("Subscribe", "Once") are dropped only next to a dropped block. */
const SHORT_BLOCK_CHARS = 25;

/** `blocks` without those whose text lies inside one of `appealTexts`. */
export function stripAppealText(blocks: readonly ArticleBlock[], appealTexts: readonly string[]): ArticleBlock[] {
  if (appealTexts.length === 0) return [...blocks];
  const haystacks = appealTexts.map((text) => text.toLowerCase());
  const inside = blocks.map((block) => {
    const key = block.text.toLowerCase();
    return key.length > 0 && haystacks.some((haystack) => haystack.includes(key));
  });
  const drop = inside.map((isInside, i) => isInside && blocks[i]!.text.length >= SHORT_BLOCK_CHARS);
  // Short pieces of an appeal (its "Once / Monthly" labels, a "Subscribe" button) go with their neighbours.
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < blocks.length; i++) {
      if (inside[i] && !drop[i] && (drop[i - 1] || drop[i + 1])) drop[i] = true;
    }
    for (let i = blocks.length - 1; i >= 0; i--) {
      if (inside[i] && !drop[i] && (drop[i - 1] || drop[i + 1])) drop[i] = true;
    }
  }
  return blocks.filter((_, i) => !drop[i]);
}
