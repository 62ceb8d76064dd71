/**
 * Picks the appeal blocks from scanned stats: every element that scores as an
 * appeal is a seed, and each seed grows to the smallest ancestor that holds
 * the whole appeal (heading, text, form, buttons, "remind me later") — it
 * climbs while the parent still qualifies and adds either appeal evidence or
 * only a little text, and stops below anything holding article prose.
 */
import type { ArticleGuard } from './article-guard.js';
import { guardAllows } from './guard-policy.js';
import { isAppealToken, splitTokens } from './attribute-tokens.js';
import type { Evidence } from './evidence.js';
import type { LayoutProbe } from './layout-probe.js';
import { MAX_APPEAL_CHARS, type NodeStats } from './node-stats.js';
import { APPEAL_THRESHOLD, scoreEvidence, type KindScore } from './scoring.js';

/** Text a wrapper may add around an appeal without evidence of its own (a caption, "Remind me later"). */
const SMALL_EXTRA_CHARS = 150;
/** Evidence weight per 100 characters the rest of a wrapper must carry to be part of the appeal. */
const MIN_EXTRA_DENSITY = 0.8;
/** Inline bits are parts of an appeal; page landmarks and lists are containers of other things. */
const NEVER_APPEAL = new Set(['HTML', 'BODY', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'MENU', 'UL', 'OL', 'TABLE', 'TBODY', 'TR',
  'A', 'SPAN', 'LABEL', 'INPUT', 'BUTTON', 'STRONG', 'EM', 'B', 'I']);
/** Class/id words of page landmarks; such an element is an appeal only if it also names one. */
const LANDMARK_TOKENS = new Set(['header', 'footer', 'nav', 'navigation', 'menu', 'masthead', 'navbar', 'topbar']);

export interface ChosenBlock {
  node: NodeStats;
  score: KindScore;
  overlay: boolean;
}

export interface ChooseContext {
  guard: ArticleGuard;
  probe: LayoutProbe;
}

export function chooseBlocks(stats: readonly NodeStats[], context: ChooseContext): ChosenBlock[] {
  // One slot per element (undefined = not evaluated yet); most elements fail at the first, cheapest test.
  const memo: (ChosenBlock | null | undefined)[] = new Array(stats.length);
  const qualify = (i: number): ChosenBlock | null => {
    let chosen = memo[i];
    if (chosen === undefined) chosen = memo[i] = evaluate(stats[i]!, context);
    return chosen;
  };
  // Seeds are the smallest qualifying elements: evidence scattered over a
  // footer or a sidebar must not add up to one big "appeal".
  const hasQualifyingChild = new Set<number>();
  for (let i = stats.length - 1; i >= 0; i--) {
    if ((qualify(i) || hasQualifyingChild.has(i)) && stats[i]!.parent >= 0) hasQualifyingChild.add(stats[i]!.parent);
  }
  const tops = new Map<number, ChosenBlock>();
  for (let i = 0; i < stats.length; i++) {
    if (!qualify(i) || hasQualifyingChild.has(i)) continue;
    let current = i;
    for (let parent = stats[current]!.parent; parent >= 0; parent = stats[current]!.parent) {
      if (!qualify(parent) || !addsOnlyAppeal(stats[parent]!, stats[current]!)) break;
      current = parent;
    }
    tops.set(current, qualify(current)!);
  }
  return [...tops.entries()].filter(([i]) => !hasChosenAncestor(stats, i, tops)).map(([, block]) => block);
}

/** Whether the parent adds only appeal around the child: little text, or text dense with new evidence. */
function addsOnlyAppeal(parent: NodeStats, child: NodeStats): boolean {
  const extra = parent.textChars - child.textChars;
  // A short caption may join freely, but article prose only when the rest is dense with appeal evidence.
  if (extra <= SMALL_EXTRA_CHARS && parent.plainArticleRuns === child.plainArticleRuns) return true;
  if (parent.links - child.links > 3) return false;
  const known = new Set(child.evidence.map((item) => item.reason));
  let added = 0;
  for (const item of parent.evidence) if (!known.has(item.reason) && item.weight > 0) added += item.weight;
  return (added * 100) / extra >= MIN_EXTRA_DENSITY;
}

function hasChosenAncestor(stats: readonly NodeStats[], i: number, tops: Map<number, ChosenBlock>): boolean {
  for (let p = stats[i]!.parent; p >= 0; p = stats[p]!.parent) if (tops.has(p)) return true;
  return false;
}

function evaluate(node: NodeStats, context: ChooseContext): ChosenBlock | null {
  if (node.evidence.length === 0 || NEVER_APPEAL.has(node.tag) || node.tooBig || node.inForeignWidget || node.textChars < 2 || node.textChars > MAX_APPEAL_CHARS) return null;
  // Menus, footers and "read more" lists: an appeal has a link or two, not a link list.
  if (node.links > 10 || (node.links >= 4 && node.linkChars > 0.35 * node.textChars)) return null;
  // Search, login and comment forms are never appeals, nor is anything around them.
  const counts = node.counts;
  if (counts && (counts.searches > 0 || counts.passwords > 0 || counts.textareas > 0 || counts.foreign > 0)) return null;
  const rough = scoreEvidence(node.evidence);
  if (!rough || rough.score < APPEAL_THRESHOLD - 2) return null;
  const overlay = context.probe.isOverlay(node.element);
  const evidence = overlay ? [...node.evidence, ...layoutEvidence(context.probe)] : node.evidence;
  const score = overlay ? scoreEvidence(evidence)! : rough;
  if (score.score < APPEAL_THRESHOLD) return null;
  if (!guardAllows(node, score, context.guard)) return null;
  if (isNavigationItem(node) || isLandmark(node.element)) return null;
  return { node, score, overlay };
}

function layoutEvidence(probe: LayoutProbe): Evidence[] {
  const items: Evidence[] = [{ kind: null, category: 'layout', weight: 1.5, reason: 'fixed or sticky overlay' }];
  if (probe.isScrollLocked()) items.push({ kind: null, category: 'layout', weight: 0.5, reason: 'page scrolling locked' });
  return items;
}

/** A site header, footer or menu (by its names, or holding a nav), unless it names an appeal itself. */
function isLandmark(element: Element): boolean {
  if (element.querySelector('nav, [role="navigation"]')) return true;
  const tokens = splitTokens(`${element.id} ${element.getAttribute('class') ?? ''}`);
  return tokens.some((token) => LANDMARK_TOKENS.has(token)) && !tokens.some((token) => isAppealToken(token));
}

/** A short entry of the site's menu ("Subscribe", "Newsletters") is navigation, not an appeal. */
function isNavigationItem(node: NodeStats): boolean {
  if (node.textChars > 60) return false;
  const menu = node.element.closest('nav, [role="navigation"], [role="menubar"], [role="menu"]');
  if (menu) return true;
  const item = node.element.closest('li');
  const list = item?.parentElement;
  return !!list && list.children.length >= 4 && list.querySelectorAll(':scope > li > a').length >= 4;
}
