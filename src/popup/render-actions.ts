/** The popup footer: copy as Markdown / plain text, options, and a live status line. */
import { button, el } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import type { PopupActions } from './popup-actions.js';

export function renderFooter(actions: PopupActions, canCopy: boolean): HTMLElement {
  const footer = el('footer', { class: 'actions' });
  if (canCopy) {
    footer.append(
      button(t('copyMarkdown'), () => actions.copy('markdown'), { id: 'copy-markdown' }),
      button(t('copyText'), () => actions.copy('text'), { id: 'copy-text' }),
    );
  }
  footer.append(
    button(t('openOptions'), () => actions.openOptions(), { id: 'open-options', class: 'secondary' }),
    el('p', { id: 'status', class: 'status', role: 'status' }),
  );
  return footer;
}

/** Announces `text` in the footer's status line (screen readers hear it). */
export function showStatus(root: ParentNode, text: string): void {
  const status = root.querySelector<HTMLElement>('#status');
  if (status) status.textContent = text;
}
