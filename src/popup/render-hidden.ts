/**
 * What Plainsight hid on the page: counts by kind, "Show them" / "Hide again",
 * and each block as a disclosure with its kind, first words and reasons.
 */
import type { AppealKind, HiddenBlock } from '../core/types.js';
import { button, el } from '../shared/dom.js';
import { t, type MessageKey } from '../shared/i18n.js';
import { APPEAL_KINDS } from '../shared/settings-schema.js';
import type { PopupActions } from './popup-actions.js';

const KIND_LABEL: Record<AppealKind, MessageKey> = {
  donation: 'kindDonation',
  newsletter: 'kindNewsletter',
  subscription: 'kindSubscription',
};

const FIRST_WORDS = 12;

export function kindLabel(kind: AppealKind): string {
  return t(KIND_LABEL[kind]);
}

/** The first `count` words of `text`, with an ellipsis when cut. */
export function firstWords(text: string, count = FIRST_WORDS): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

export function renderHidden(hidden: HiddenBlock[], hidingEnabled: boolean, revealed: boolean, actions: PopupActions): HTMLElement {
  const section = el('section', { class: 'hidden-blocks', 'aria-labelledby': 'hidden-heading' });
  if (hidden.length === 0) {
    section.append(el('h2', { id: 'hidden-heading', class: 'visually-hidden' }, t('hiddenHeading')), el('p', { class: 'muted' }, t('hiddenNone')));
    return section;
  }
  const heading = !hidingEnabled ? t('hiddenFoundOff', String(hidden.length))
    : revealed ? t('hiddenShown', String(hidden.length)) : t('hiddenCount', String(hidden.length));
  const row = el('div', { class: 'hidden-row' }, el('h2', { id: 'hidden-heading' }, heading));
  if (hidingEnabled) {
    row.append(button(revealed ? t('hideAgain') : t('showThem'), () => actions.setRevealed(!revealed), { class: 'secondary', id: 'reveal-button' }));
  }
  section.append(row, el('p', { class: 'kind-counts muted' }, countsByKind(hidden)));
  const list = el('ul', { class: 'hidden-list' });
  for (const block of hidden) list.append(el('li', {}, renderBlock(block)));
  section.append(list);
  return section;
}

function countsByKind(hidden: HiddenBlock[]): string {
  return APPEAL_KINDS.map((kind) => [kind, hidden.filter((block) => block.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => t('kindCount', [kindLabel(kind), String(count)]))
    .join(' · ');
}

function renderBlock(block: HiddenBlock): HTMLDetailsElement {
  const summary = el('summary', {}, el('span', { class: `kind kind-${block.kind}` }, kindLabel(block.kind)), ' ', el('span', { class: 'first-words' }, firstWords(block.text)));
  const reasons = el('ul', { class: 'reasons', 'aria-label': t('hiddenReasons') });
  for (const reason of block.reasons) reasons.append(el('li', {}, reason));
  return el('details', { class: 'hidden-block' }, summary, reasons);
}
