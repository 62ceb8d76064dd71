/** Global options: where to hide, which kinds, summary length, badge. */
import type { AppealKind } from '../core/types.js';
import { el } from '../shared/dom.js';
import { t, type MessageKey } from '../shared/i18n.js';
import { APPEAL_KINDS, type Settings, type SummaryLength } from '../shared/settings-schema.js';
import type { OptionsActions } from './options-actions.js';

const KIND_LABEL: Record<AppealKind, MessageKey> = { donation: 'optionKindDonation', newsletter: 'optionKindNewsletter', subscription: 'optionKindSubscription' };
const LENGTH_LABEL: Record<SummaryLength, MessageKey> = { short: 'summaryShort', medium: 'summaryMedium', long: 'summaryLong' };

export function renderGeneral(settings: Settings, actions: OptionsActions): HTMLElement {
  const radio = (value: 'all' | 'listed', label: MessageKey) => {
    const input = el('input', { type: 'radio', name: 'hide-default', id: `hide-${value}`, value });
    input.checked = settings.hideByDefault === (value === 'all');
    input.addEventListener('change', () => actions.change((s) => { s.hideByDefault = value === 'all'; }));
    return el('div', { class: 'choice' }, input, el('label', { for: input.id }, t(label)));
  };
  const kinds = APPEAL_KINDS.map((kind) => checkbox(`kind-${kind}`, t(KIND_LABEL[kind]), settings.kinds[kind],
    (on) => actions.change((s) => { s.kinds[kind] = on; })));
  const length = el('select', { id: 'summary-length' });
  for (const value of ['short', 'medium', 'long'] as const) {
    const option = el('option', { value }, t(LENGTH_LABEL[value]));
    option.selected = settings.summaryLength === value;
    length.append(option);
  }
  length.addEventListener('change', () => actions.change((s) => { s.summaryLength = length.value as SummaryLength; }));
  return el('section', { class: 'card', 'aria-labelledby': 'general-heading' },
    el('h2', { id: 'general-heading' }, t('optionsGeneralHeading')),
    el('fieldset', {}, el('legend', {}, t('optionsWhereLegend')), radio('all', 'optionsHideEverywhere'), radio('listed', 'optionsHideListed')),
    el('fieldset', {}, el('legend', {}, t('optionsKindsLegend')), ...kinds),
    el('div', { class: 'field' }, el('label', { for: 'summary-length' }, t('optionsSummaryLength')), length),
    checkbox('show-badge', t('optionsShowBadge'), settings.showBadge, (on) => actions.change((s) => { s.showBadge = on; })));
}

function checkbox(id: string, label: string, checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  const input = el('input', { type: 'checkbox', id });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return el('div', { class: 'choice' }, input, el('label', { for: id }, label));
}
