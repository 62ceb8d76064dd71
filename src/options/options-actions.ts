import type { Settings } from '../shared/settings-schema.js';

/** What the options page's sections can ask for. */
export interface OptionsActions {
  /** Applies a change to the stored settings (only the changed items are written). */
  change(edit: (settings: Settings) => void): void;
  /** Remembers the site search text, so re-renders keep it. */
  search(query: string): void;
  exportSettings(): void;
  importFile(file: File): void;
  resetAll(): void;
}
