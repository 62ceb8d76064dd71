/**
 * Evidence an element carries itself: appeal words in its class, id, data-*
 * and aria attributes, where its link or form sends the reader, a provider's
 * form embedded as an iframe, its form controls and picker choices.
 */
import { attributeTokenHits } from './attribute-tokens.js';
import { countChoice, ownControls } from './form-evidence.js';
import { classifyLinkTarget, mayBeAppealTarget } from './link-targets.js';
import { addNodeEvidence, type NodeStats, type ScanContext } from './node-stats.js';
import type { PhraseMatcher } from './phrases/phrase-matcher.js';
import { collapseWhitespace } from '../text-utils.js';

export function addOwnEvidence(node: NodeStats, context: ScanContext): void {
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

function hasKindPhrase(text: string, phrases: PhraseMatcher): boolean {
  return phrases.find(text).some((entry) => entry.kind !== null);
}

/**
 * A provider's form embedded as an iframe (Donorbox, beehiiv, Ko-fi, Brevo):
 * its text is out of reach, so its source speaks for the element around it.
 * Only providers: a video or a map from a path with "subscribe" in it is no ask.
 * It counts as a link to the provider, so a block with both counts it once.
 */
export function addEmbedEvidence(frame: Element, around: NodeStats | undefined): void {
  const source = frame.getAttribute('src') || frame.getAttribute('data-src');
  if (!around || !source || !mayBeAppealTarget(source)) return;
  const target = classifyLinkTarget(source);
  if (target?.provider) addNodeEvidence(around, { kind: target.kind, category: 'link', weight: 2, reason: target.label });
}
