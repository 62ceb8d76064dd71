/**
 * One pass over a subtree that sums, for every element, what lies inside it:
 * text length, link text, article text, form controls, and the evidence found
 * on it and below it. Elements are listed in document order with a plain DFS,
 * then folded from the last to the first, so each child is complete before
 * its parent reads it.
 *
 *   DFS (pre-order list) ──▶ reverse fold: own evidence + text runs + children ──▶ NodeStats[]
 */
import { attributeTokenHits } from './attribute-tokens.js';
import { addEvidence, type Evidence } from './evidence.js';
import { addCounts, countChoice, emptyCounts, formEvidence, isForeignWidget, ownControls, type ControlCounts } from './form-evidence.js';
import { classifyLinkTarget } from './link-targets.js';
import type { ArticleGuard } from './article-guard.js';
import { normalizeForPhrases, type PhraseMatcher } from './phrases/phrase-matcher.js';
import { collapseWhitespace } from '../text-utils.js';

export interface NodeStats {
  element: Element;
  tag: string;
  /** Index of the parent's stats, -1 for the scan root. */
  parent: number;
  textChars: number;
  linkChars: number;
  links: number;
  articleChars: number;
  /** Article runs with no appeal wording in them: plain article prose. */
  plainArticleRuns: number;
  counts: ControlCounts;
  evidence: Evidence[];
  containsBlock: boolean;
  /** Inside a share, comment or sign-in widget: nothing in here is an appeal. */
  inForeignWidget: boolean;
  /** More text than any appeal has; its evidence is no longer collected (saves time on big containers). */
  tooBig: boolean;
}

/** Appeals are short; a block with more text is a page section (or the article). */
export const MAX_APPEAL_CHARS = 2000;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'META', 'LINK', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE']);
const BLOCK_TAGS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY']);

export interface ScanContext {
  guard: ArticleGuard;
  phrases: PhraseMatcher;
}

/** Lists the elements of `root` (root first) in document order, skipping scripts, styles and the like. */
function listElements(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (SKIPPED.has(element.tagName)) continue;
    out.push(element);
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return out;
}

/** Scans `root`; the result is in document order, `[0]` being the root. */
export function scanSubtree(root: Element, context: ScanContext): NodeStats[] {
  const elements = listElements(root);
  const index = new Map<Element, number>();
  const stats: NodeStats[] = [];
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    index.set(element, i);
    const parentElement = element.parentElement;
    const parent = i === 0 || !parentElement ? -1 : (index.get(parentElement) ?? -1);
    const tag = element.tagName.toUpperCase();
    stats.push({
      element, tag, parent, textChars: 0, linkChars: 0, links: 0, articleChars: 0, plainArticleRuns: 0,
      counts: emptyCounts(), evidence: [], containsBlock: false, tooBig: false,
      inForeignWidget: (stats[parent]?.inForeignWidget ?? false) || isForeignWidget(element, tag),
    });
  }
  for (let i = stats.length - 1; i >= 0; i--) {
    const node = stats[i]!;
    addOwnEvidence(node, context);
    addTextRuns(node, i === 0, stats, index, context);
    if (node.textChars > MAX_APPEAL_CHARS) node.tooBig = true;
    if (!node.tooBig) for (const item of formEvidence(node.counts)) addEvidence(node.evidence, item);
    const parent = stats[node.parent];
    if (parent) foldInto(parent, node);
  }
  return stats;
}

function foldInto(parent: NodeStats, child: NodeStats): void {
  parent.textChars += child.textChars;
  parent.linkChars += child.linkChars;
  parent.links += child.links;
  parent.articleChars += child.articleChars;
  parent.plainArticleRuns += child.plainArticleRuns;
  addCounts(parent.counts, child.counts);
  if (child.tooBig || parent.textChars > MAX_APPEAL_CHARS) {
    parent.tooBig = true;
    parent.evidence = [];
  } else {
    for (const item of child.evidence) addEvidence(parent.evidence, item);
  }
  if (child.containsBlock || BLOCK_TAGS.has(child.tag)) parent.containsBlock = true;
}

function addOwnEvidence(node: NodeStats, context: ScanContext): void {
  const { element, tag } = node;
  for (const hit of attributeTokenHits(element)) {
    addEvidence(node.evidence, { kind: hit.rule.kind, category: 'attribute', weight: hit.rule.weight, reason: `${hit.attribute} token "${hit.token}"` });
  }
  const target = tag === 'A' ? element.getAttribute('href') : tag === 'FORM' ? element.getAttribute('action') : null;
  if (target) {
    const link = classifyLinkTarget(target);
    if (link) addEvidence(node.evidence, { kind: link.kind, category: 'link', weight: link.provider ? 2 : 1.5, reason: link.label });
    // "Get New York Today in your inbox" as the text of a link to /newsletters/: a call to action, not a citation.
    if (link && tag === 'A' && context.phrases.match(normalizeForPhrases(element.textContent ?? '')).some((entry) => entry.kind !== null)) {
      addEvidence(node.evidence, { kind: link.kind, category: 'link', weight: 1, reason: 'call-to-action link text' });
    }
  }
  if (tag === 'A') {
    node.links++;
    node.linkChars += collapseWhitespace(element.textContent ?? '').length;
  }
  ownControls(element, tag, node.counts);
  countChoice(element, tag, node.counts);
}

/** Every text belongs to exactly one run: a block without blocks inside, or loose text/inline leaves of a container. */
function addTextRuns(node: NodeStats, isRoot: boolean, stats: NodeStats[], index: Map<Element, number>, context: ScanContext): void {
  if (!node.containsBlock) {
    if (BLOCK_TAGS.has(node.tag) || isRoot) addRun(node, visibleText(node.element), context);
    return;
  }
  let loose = '';
  for (let child = node.element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      loose += child.nodeValue ?? '';
      continue;
    }
    if (child.nodeType !== 1) continue;
    const childStats = stats[index.get(child as Element) ?? -1];
    if (!childStats) continue; // skipped tag
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
    node.evidence = [];
    return;
  }
  const hits = context.phrases.match(normalizeForPhrases(text));
  if (context.guard.isArticleText(text)) {
    node.articleChars += text.length;
    if (hits.length === 0) node.plainArticleRuns++;
  }
  for (const entry of hits) {
    addEvidence(node.evidence, { kind: entry.kind, category: 'phrase', weight: entry.weight, reason: `phrase "${entry.text}"` });
  }
}

/** Text as a reader sees it: like `textContent`, without script, style and similar contents. */
export function visibleText(element: Element): string {
  let text = '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const tag = (child as Element).tagName;
      if (SKIPPED.has(tag)) continue;
      // Blocks and line breaks separate words even when the markup has no space between them.
      text += BLOCK_TAGS.has(tag) || tag === 'BR' ? ` ${visibleText(child as Element)} ` : visibleText(child as Element);
    }
  }
  return text;
}
