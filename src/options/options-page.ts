/**
 * The options page. Settings sections are re-rendered from storage after every
 * change (ours or another window's); the backup section and the status lines
 * stay put so their messages survive re-renders.
 */
import { el } from '../shared/dom.js';
import { t, type MessageKey } from '../shared/i18n.js';
import { parseSettingsFile, serializeSettings, type SettingsFileError } from '../shared/settings-file.js';
import { cloneDefaults, type Settings } from '../shared/settings-schema.js';
import { loadSettings, onSettingsChanged, replaceSettings, updateSettings, type SaveResult } from '../shared/settings-store.js';
import type { OptionsActions } from './options-actions.js';
import { renderBackup } from './render-backup.js';
import { renderGeneral } from './render-general.js';
import { renderRules, renderSites } from './render-sites.js';

export interface OptionsEnvironment {
  /** Offers `text` as a file download. */
  download(fileName: string, text: string): void;
  readFile(file: File): Promise<string>;
  now(): Date;
}

const IMPORT_ERROR: Record<SettingsFileError, MessageKey> = {
  'too-big': 'importErrorTooBig',
  'not-json': 'importErrorNotJson',
  foreign: 'importErrorForeign',
  'newer-version': 'importErrorNewer',
  invalid: 'importErrorInvalid',
};

export class OptionsPage implements OptionsActions {
  private settings: Settings = cloneDefaults();
  private problems: string[] = [];
  private query = '';
  private readonly sections = el('div', { id: 'sections' });
  private readonly lifetime = new AbortController();

  constructor(private readonly root: HTMLElement, private readonly env: OptionsEnvironment) {}

  async start(): Promise<void> {
    ({ settings: this.settings, problems: this.problems } = await loadSettings());
    this.root.replaceChildren(
      el('h1', {}, t('optionsTitle')),
      this.sections,
      renderBackup(this),
      el('p', { id: 'save-status', class: 'status', role: 'status' }),
    );
    this.render();
    onSettingsChanged(({ settings, problems }) => {
      this.settings = settings;
      this.problems = problems;
      this.render();
    }, this.lifetime.signal);
    this.root.ownerDocument.body.dataset.ready = '1';
  }

  stop(): void {
    this.lifetime.abort();
  }

  private render(): void {
    const document = this.root.ownerDocument;
    const focused = document.activeElement as HTMLInputElement | null;
    const focusedId = focused && this.sections.contains(focused) ? focused.id : null;
    this.sections.replaceChildren(...[
      this.problems.length > 0 ? renderProblems(this.problems) : null,
      renderGeneral(this.settings, this),
      renderSites(this.settings, this.query, this),
      renderRules(this.settings, this),
    ].filter((section): section is HTMLElement => section !== null));
    const again = focusedId ? document.getElementById(focusedId) : null;
    if (again instanceof HTMLElement) {
      again.focus();
      if (again instanceof HTMLInputElement && again.type === 'search') again.setSelectionRange(again.value.length, again.value.length);
    }
  }

  change(edit: (settings: Settings) => void): void {
    void this.save(updateSettings(edit), t('statusSaved'), 'save-status');
  }

  search(query: string): void {
    this.query = query;
    this.render();
  }

  exportSettings(): void {
    const now = this.env.now();
    this.env.download(`plainsight-settings-${now.toISOString().slice(0, 10)}.json`, serializeSettings(this.settings, now));
    this.status('backup-status', t('statusExported'));
  }

  importFile(file: File): void {
    void this.importText(file);
  }

  private async importText(file: File): Promise<void> {
    this.status('import-error', '');
    let text: string;
    try {
      text = await this.env.readFile(file);
    } catch {
      this.status('import-error', t('importErrorUnreadable'));
      return;
    }
    const parsed = parseSettingsFile(text, this.root.ownerDocument);
    if (!parsed.ok) {
      // Nothing has been written: the stored settings stay exactly as they were.
      this.status('import-error', t(IMPORT_ERROR[parsed.error], parsed.detail));
      return;
    }
    await this.save(replaceSettings(parsed.settings), t('statusImported'), 'backup-status');
  }

  resetAll(): void {
    void this.save(replaceSettings(cloneDefaults()), t('statusReset'), 'backup-status');
  }

  private async save(write: Promise<SaveResult>, done: string, statusId: string): Promise<void> {
    try {
      const { warning } = await write;
      ({ settings: this.settings, problems: this.problems } = await loadSettings());
      this.render();
      this.status(statusId, warning ?? done);
    } catch (error) {
      this.status(statusId, t('statusSaveFailed', error instanceof Error ? error.message : String(error)));
    }
  }

  private status(id: string, text: string): void {
    const line = this.root.ownerDocument.getElementById(id);
    if (line) line.textContent = text;
  }
}

function renderProblems(problems: string[]): HTMLElement {
  const list = el('ul', {});
  for (const problem of problems) list.append(el('li', {}, problem));
  return el('section', { class: 'card problems', role: 'alert', 'aria-labelledby': 'problems-heading' },
    el('h2', { id: 'problems-heading' }, t('optionsProblemsHeading')), el('p', {}, t('optionsProblemsBody')), list);
}
