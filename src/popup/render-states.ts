/**
 * The popup's non-article states: a skeleton while loading (same footprint as
 * the article, so nothing jumps), and a plain explanation for every page where
 * there is no summary to show, with the one action that helps.
 */
import { button, el } from '../shared/dom.js';
import { t, type MessageKey } from '../shared/i18n.js';
import type { PopupActions } from './popup-actions.js';
import type { RestrictedReason } from './restricted-page.js';

export function renderSkeleton(): HTMLElement {
  const bar = (width: string) => el('div', { class: `skeleton-bar w-${width}` });
  return el('div', { class: 'skeleton', 'aria-busy': 'true' },
    el('p', { class: 'visually-hidden' }, t('loading')),
    bar('80'), bar('50'), el('div', { class: 'skeleton-gap' }),
    bar('100'), bar('95'), bar('90'), bar('70'), el('div', { class: 'skeleton-gap' }),
    bar('60'), bar('65'));
}

function notice(id: string, heading: string, body: string, ...extra: (HTMLElement | null)[]): HTMLElement {
  return el('section', { class: `notice notice-${id}`, 'aria-labelledby': `${id}-heading` },
    el('h1', { id: `${id}-heading` }, heading), el('p', {}, body), ...extra);
}

const RESTRICTED_TEXT: Record<RestrictedReason, MessageKey> = {
  'browser-page': 'restrictedBrowserPage',
  store: 'restrictedStore',
  pdf: 'restrictedPdf',
  file: 'restrictedFile',
  'view-source': 'restrictedViewSource',
};

export function renderRestricted(reason: RestrictedReason | 'unknown'): HTMLElement {
  return notice('restricted', t('restrictedHeading'), t(reason === 'unknown' ? 'restrictedUnknown' : RESTRICTED_TEXT[reason]));
}

export function renderNotArticle(): HTMLElement {
  return notice('not-article', t('notArticleHeading'), t('notArticleBody'));
}

export function renderNoAccess(site: string, actions: PopupActions): HTMLElement {
  return notice('no-access', t('noAccessHeading'), t('noAccessBody', site),
    button(t('allowOnSite'), () => actions.requestAccess(), { id: 'allow-site', class: 'primary' }));
}

export function renderNoContentScript(actions: PopupActions): HTMLElement {
  return notice('no-content-script', t('reloadHeading'), t('reloadBody'),
    button(t('reloadPage'), () => actions.reloadTab(), { id: 'reload-page', class: 'primary' }));
}

export function renderGaveUp(reason: string): HTMLElement {
  return notice('gave-up', t('gaveUpHeading'), t('gaveUpBody'), el('p', { class: 'muted reason' }, reason));
}

export function renderError(message: string, actions: PopupActions): HTMLElement {
  return notice('error', t('errorHeading'), t('errorBody'),
    el('p', { class: 'muted reason' }, message),
    button(t('retry'), () => actions.retry(), { id: 'retry', class: 'primary' }));
}

/** Analysis is taking longer than the popup waits: say so, offer to look again. */
export function renderStillAnalyzing(actions: PopupActions): HTMLElement {
  return notice('analyzing', t('analyzingHeading'), t('analyzingBody'),
    button(t('retry'), () => actions.retry(), { id: 'retry', class: 'primary' }));
}
