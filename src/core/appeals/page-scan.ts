/**
 * One pass over a subtree that sums, for every element, what lies inside it:
 * text length, link text, article text, form controls, and the evidence found
 * on it and below it. Elements are listed in document order with a plain DFS,
 * then folded from the last to the first, so each child is complete before
 * its parent reads it.
 *
 *   DFS (pre-order list) ──▶ reverse fold: own evidence + text runs + children ──▶ NodeStats[]
 *
 * It runs on every element of every page, so the common case is kept cheap:
 * quick hint tests before splitting class names, classifying links or
 * matching phrases, and no element→index map (subtree ranges instead).
 */
import { addCounts, formEvidence, isForeignWidget } from './form-evidence.js';
import { addNodeEvidence, MAX_APPEAL_CHARS, NO_EVIDENCE, type NodeStats, type ScanContext } from './node-stats.js';
import { addEmbedEvidence, addOwnEvidence } from './own-evidence.js';
import { addTextRuns } from './text-runs.js';
import { BLOCK_TAGS, SKIPPED } from './visible-text.js';


/** Scans `root`; the result is in document order, `[0]` being the root. */
export function scanSubtree(root: Element, context: ScanContext): NodeStats[] {
  const stats = listStats(root);
  for (let i = stats.length - 1; i >= 0; i--) {
    const node = stats[i]!;
    if (node.end <= i) node.end = i + 1;
    addOwnEvidence(node, context);
    addTextRuns(node, i, stats, context);
    if (node.textChars > MAX_APPEAL_CHARS) node.tooBig = true;
    if (!node.tooBig) for (const item of formEvidence(node.counts)) addNodeEvidence(node, item);
    const parent = stats[node.parent];
    if (parent) {
      foldInto(parent, node);
      if (parent.end < node.end) parent.end = node.end;
    }
  }
  return stats;
}

/** Empty stats for `root` and its elements in document order (plain DFS; each entry knows its parent's index). */
function listStats(root: Element): NodeStats[] {
  const stats: NodeStats[] = [];
  const pending: Element[] = [root];
  const pendingParents: number[] = [-1];
  while (pending.length > 0) {
    const element = pending.pop()!;
    const parent = pendingParents.pop()!;
    if (SKIPPED.has(element.tagName)) {
      if (element.tagName === 'IFRAME') addEmbedEvidence(element, stats[parent]);
      if (parent >= 0) stats[parent]!.plainText = false;
      continue;
    }
    const tag = element.tagName.toUpperCase();
    const index = stats.length;
    const foreignWidget = isForeignWidget(element, tag);
    stats.push({
      element, tag, parent, end: 0, textChars: 0, linkChars: 0, links: 0, articleChars: 0, plainArticleRuns: 0,
      counts: null, evidence: NO_EVIDENCE, containsBlock: false, plainText: tag !== 'BR', tooBig: false,
      foreignWidget, inForeignWidget: (stats[parent]?.inForeignWidget ?? false) || foreignWidget,
    });
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) {
      pending.push(child);
      pendingParents.push(index);
    }
  }
  return stats;
}

function foldInto(parent: NodeStats, child: NodeStats): void {
  parent.textChars += child.textChars;
  parent.linkChars += child.linkChars;
  parent.links += child.links;
  parent.articleChars += child.articleChars;
  parent.plainArticleRuns += child.plainArticleRuns;
  addCounts(parent, child.counts);
  if (child.tooBig || parent.textChars > MAX_APPEAL_CHARS) {
    parent.tooBig = true;
    parent.evidence = NO_EVIDENCE;
  } else {
    for (const item of child.evidence) addNodeEvidence(parent, item);
  }
  if (child.containsBlock || BLOCK_TAGS.has(child.tag)) parent.containsBlock = true;
  if (!child.plainText) parent.plainText = false;
}
