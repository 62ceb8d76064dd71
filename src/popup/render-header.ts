/** The popup header: the site and its live "Hide clutter on <site>" switch. */
import { el } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import type { PopupActions } from './popup-actions.js';

export function renderHeader(site: string | null, hidingEnabled: boolean, actions: PopupActions): HTMLElement {
  const header = el('header', { class: 'header' }, el('p', { class: 'brand' }, t('extShortName')));
  if (!site) return header;
  const toggle = el('input', { type: 'checkbox', role: 'switch', id: 'site-switch', class: 'switch' });
  toggle.checked = hidingEnabled;
  toggle.addEventListener('change', () => actions.setSiteEnabled(toggle.checked));
  const label = el('label', { for: 'site-switch', class: 'switch-label' }, t('popupHideOnSite', site));
  header.append(el('div', { class: 'switch-row' }, label, toggle));
  return header;
}
