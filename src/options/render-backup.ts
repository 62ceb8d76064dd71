/** Export, import and reset, with an inline confirmation for reset. */
import { button, el } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import type { OptionsActions } from './options-actions.js';

export function renderBackup(actions: OptionsActions): HTMLElement {
  const file = el('input', { type: 'file', id: 'import-file', accept: '.json,application/json', class: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true' });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) actions.importFile(chosen);
    file.value = '';
  });
  const confirm = el('div', { id: 'reset-confirm', class: 'confirm', role: 'group', 'aria-labelledby': 'reset-question', hidden: true },
    el('p', { id: 'reset-question' }, t('optionsResetQuestion')));
  const resetButton = button(t('optionsReset'), () => {
    confirm.hidden = false;
    confirm.querySelector<HTMLButtonElement>('#reset-cancel')?.focus();
  }, { id: 'reset', class: 'danger', 'aria-controls': 'reset-confirm' });
  const closeConfirm = () => {
    confirm.hidden = true;
    resetButton.focus();
  };
  confirm.append(
    button(t('optionsResetConfirm'), () => { confirm.hidden = true; actions.resetAll(); }, { id: 'reset-yes', class: 'danger' }),
    button(t('cancel'), closeConfirm, { id: 'reset-cancel' }),
  );
  confirm.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeConfirm();
  });
  return el('section', { class: 'card', 'aria-labelledby': 'backup-heading' },
    el('h2', { id: 'backup-heading' }, t('optionsBackupHeading')),
    el('p', { class: 'muted' }, t('optionsBackupHelp')),
    el('div', { class: 'buttons' },
      button(t('optionsExport'), () => actions.exportSettings(), { id: 'export' }),
      button(t('optionsImport'), () => file.click(), { id: 'import' }),
      resetButton),
    file, confirm,
    el('p', { id: 'import-error', class: 'error', role: 'alert' }),
    el('p', { id: 'backup-status', class: 'status', role: 'status' }));
}
