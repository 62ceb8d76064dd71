/**
 * The text of a page, read as the detector reads it: every piece of text
 * belongs to exactly one run (a block with no blocks inside, or the loose
 * text between the blocks of a container), and each run is matched against
 * the appeal phrases and the article once.
 */
import { addNodeEvidence, MAX_APPEAL_CHARS, NO_EVIDENCE, type NodeStats, type ScanContext } from './node-stats.js';
import { collapseWhitespace } from '../text-utils.js';
import { BLOCK_TAGS, SKIPPED, visibleText } from './visible-text.js';

/** Every text belongs to exactly one run: a block without blocks inside, or loose text/inline leaves of a container. */
export function addTextRuns(node: NodeStats, index: number, stats: NodeStats[], context: ScanContext): void {
  if (!node.containsBlock) {
    if (BLOCK_TAGS.has(node.tag) || index === 0) addRun(node, readerText(node), context);
    return;
  }
  let loose = '';
  // Element children are listed in the same order as the DOM's, each followed by its subtree.
  let next = index + 1;
  for (let child = node.element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      loose += child.nodeValue ?? '';
      continue;
    }
    if (child.nodeType !== 1 || SKIPPED.has((child as Element).tagName)) continue;
    const childStats = stats[next]!;
    next = childStats.end;
    if (BLOCK_TAGS.has(childStats.tag) || childStats.containsBlock) {
      addRun(node, loose, context);
      loose = '';
    } else {
      loose += readerText(childStats);
    }
  }
  addRun(node, loose, context);
}

/** The element's visible text; the engine's own `textContent` when nothing in it differs (most elements, and much faster). */
function readerText(node: NodeStats): string {
  return node.plainText ? node.element.textContent ?? '' : visibleText(node.element);
}

function addRun(node: NodeStats, raw: string, context: ScanContext): void {
  const text = collapseWhitespace(raw);
  if (text.length === 0) return;
  node.textChars += text.length;
  if (node.textChars > MAX_APPEAL_CHARS) {
    // A block too big to be an appeal: nothing about its wording can count, so skip the matching.
    node.tooBig = true;
    node.evidence = NO_EVIDENCE;
    return;
  }
  const hits = context.phrases.find(text);
  if (context.guard.isArticleText(text)) {
    node.articleChars += text.length;
    if (hits.length === 0) node.plainArticleRuns++;
  }
  for (const entry of hits) {
    addNodeEvidence(node, { kind: entry.kind, category: 'phrase', weight: entry.weight, reason: `phrase "${entry.text}"` });
  }
}
