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
import { attributeTokenHits } from './attribute-tokens.js';
import { addEvidence, type Evidence } from './evidence.js';
import { addCounts, countChoice, formEvidence, isForeignWidget, ownControls, type ControlCounts } from './form-evidence.js';
import { classifyLinkTarget, mayBeAppealTarget } from './link-targets.js';
import type { ArticleGuard } from './article-guard.js';
import { normalizeForPhrases, type PhraseMatcher } from './phrases/phrase-matcher.js';
import type { PhraseEntry } from './phrases/phrase-entry.js';
import { collapseWhitespace } from '../text-utils.js';
import { BLOCK_TAGS, SKIPPED, visibleText } from './visible-text.js';

export interface NodeStats {
  element: Element;
  tag: string;
  /** Index of the parent's stats, -1 for the scan root. */
  parent: number;
  /** Index just past this element's subtree: its descendants are the stats in between. */
  end: number;
  textChars: number;
  linkChars: number;
  links: number;
  articleChars: number;
  /** Article runs with no appeal wording in them: plain article prose. */
  plainArticleRuns: number;
  /** Form controls below; null when there are none. */
  counts: ControlCounts | null;
  /** Shared and empty (NO_EVIDENCE) until the first item: most elements never get one. */
  evidence: Evidence[];
  containsBlock: boolean;
  /** Is a share, comment or sign-in widget itself (see `isForeignWidget`). */
  foreignWidget: boolean;
  /** Inside a share, comment or sign-in widget (or is one): nothing in here is an appeal. */
  inForeignWidget: boolean;
  /** More text than any appeal has; its evidence is no longer collected (saves time on big containers). */
  tooBig: boolean;
}

/** Appeals are short; a block with more text is a page section (or the article). */
export const MAX_APPEAL_CHARS = 2000;

export interface ScanContext {
  guard: ArticleGuard;
  phrases: PhraseMatcher;
}

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
      continue;
    }
    const tag = element.tagName.toUpperCase();
    const index = stats.length;
    const foreignWidget = isForeignWidget(element, tag);
    stats.push({
      element, tag, parent, end: 0, textChars: 0, linkChars: 0, links: 0, articleChars: 0, plainArticleRuns: 0,
      counts: null, evidence: NO_EVIDENCE, containsBlock: false, tooBig: false,
      foreignWidget, inForeignWidget: (stats[parent]?.inForeignWidget ?? false) || foreignWidget,
    });
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) {
      pending.push(child);
      pendingParents.push(index);
    }
  }
  return stats;
}

/** The evidence list every element starts with; frozen, so a stray push fails loudly in tests. */
const NO_EVIDENCE = Object.freeze([]) as unknown as Evidence[];

function addNodeEvidence(node: NodeStats, item: Evidence): void {
  if (node.evidence === NO_EVIDENCE) node.evidence = [];
  addEvidence(node.evidence, item);
}

/**
 * A provider's form embedded as an iframe (Donorbox, beehiiv, Ko-fi, Brevo):
 * its text is out of reach, so its source speaks for the element around it.
 * Only providers: a video or a map from a path with "subscribe" in it is no ask.
 * It counts as a link to the provider, so a block with both counts it once.
 */
function addEmbedEvidence(frame: Element, around: NodeStats | undefined): void {
  const source = frame.getAttribute('src') || frame.getAttribute('data-src');
  if (!around || !source || !mayBeAppealTarget(source)) return;
  const target = classifyLinkTarget(source);
  if (target?.provider) addNodeEvidence(around, { kind: target.kind, category: 'link', weight: 2, reason: target.label });
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
}

function addOwnEvidence(node: NodeStats, context: ScanContext): void {
  const { element, tag } = node;
  for (const hit of attributeTokenHits(element)) {
    addNodeEvidence(node, { kind: hit.rule.kind, category: 'attribute', weight: hit.rule.weight, reason: `${hit.attribute} token "${hit.token}"` });
  }
  const target = tag === 'A' ? element.getAttribute('href') : tag === 'FORM' ? element.getAttribute('action') : null;
  if (target && mayBeAppealTarget(target)) {
    const link = classifyLinkTarget(target);
    if (link) addNodeEvidence(node, { kind: link.kind, category: 'link', weight: link.provider ? 2 : 1.5, reason: link.label });
    // "Get New York Today in your inbox" as the text of a link to /newsletters/: a call to action, not a citation.
    if (link && tag === 'A' && hasKindPhrase(element.textContent ?? '', context.phrases)) {
      addNodeEvidence(node, { kind: link.kind, category: 'link', weight: 1, reason: 'call-to-action link text' });
    }
  }
  if (tag === 'A') {
    node.links++;
    node.linkChars += collapseWhitespace(element.textContent ?? '').length;
  }
  ownControls(element, tag, node.foreignWidget, node);
  countChoice(element, tag, node);
}

const NO_PHRASES: readonly PhraseEntry[] = [];

function hasKindPhrase(text: string, phrases: PhraseMatcher): boolean {
  return phrases.mayMatch(text) && phrases.match(normalizeForPhrases(text)).some((entry) => entry.kind !== null);
}

/** Every text belongs to exactly one run: a block without blocks inside, or loose text/inline leaves of a container. */
function addTextRuns(node: NodeStats, index: number, stats: NodeStats[], context: ScanContext): void {
  if (!node.containsBlock) {
    if (BLOCK_TAGS.has(node.tag) || index === 0) addRun(node, visibleText(node.element), context);
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
      loose += visibleText(child as Element);
    }
  }
  addRun(node, loose, context);
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
  const hits = context.phrases.mayMatch(text) ? context.phrases.match(normalizeForPhrases(text)) : NO_PHRASES;
  if (context.guard.isArticleText(text)) {
    node.articleChars += text.length;
    if (hits.length === 0) node.plainArticleRuns++;
  }
  for (const entry of hits) {
    addNodeEvidence(node, { kind: entry.kind, category: 'phrase', weight: entry.weight, reason: `phrase "${entry.text}"` });
  }
}
