/**
 * Settings in extension storage. `storage.sync` follows the user across
 * devices; when its quota is exceeded the write goes to `storage.local`
 * instead (reported, never dropped), and a key written to sync again is
 * cleared from local so the newest value wins.
 */
import browser from 'webextension-polyfill';
import { decodeSettings, diffRecords, encodeSettings, type DecodedSettings } from './settings-codec.js';
import { VERSION_KEY, type Settings } from './settings-schema.js';
import { migrateRecord } from './settings-migrations.js';

export interface SaveResult {
  /** Set when the change had to be kept on this device only. */
  warning: string | null;
}

/** The raw stored record (sync and local merged, local newest). */
export async function readRecord(): Promise<Record<string, unknown>> {
  const [synced, local] = await Promise.all([
    browser.storage.sync.get(null).catch(() => ({})),
    browser.storage.local.get(null).catch(() => ({})),
  ]);
  return { ...synced, ...local };
}

export async function loadSettings(): Promise<DecodedSettings> {
  return decodeSettings(await readRecord());
}

/**
 * Applies `change` to the current settings and writes only the items that
 * differ, so concurrent changes to different items from two windows both survive.
 */
export async function updateSettings(change: (settings: Settings) => void): Promise<SaveResult> {
  const before = await readRecord();
  const { settings } = decodeSettings(before);
  change(settings);
  return writeDiff(before, encodeSettings(settings));
}

/** Replaces all settings at once (import, reset). */
export async function replaceSettings(settings: Settings): Promise<SaveResult> {
  return writeDiff(await readRecord(), encodeSettings(settings));
}

/** Brings stored settings to the current schema version; run by the background on install and update. */
export async function migrateStoredSettings(): Promise<void> {
  const before = await readRecord();
  const { record, changed } = migrateRecord(before);
  if (changed) await writeDiff(before, record, true);
}

async function writeDiff(before: Record<string, unknown>, after: Record<string, unknown>, includeVersion = false): Promise<SaveResult> {
  const { set, remove } = diffRecords(before, after);
  if (!includeVersion) delete set[VERSION_KEY];
  if (remove.length > 0) {
    await Promise.all([browser.storage.sync.remove(remove), browser.storage.local.remove(remove)]);
  }
  if (Object.keys(set).length === 0) return { warning: null };
  try {
    await browser.storage.sync.set(set);
    await browser.storage.local.remove(Object.keys(set));
    return { warning: null };
  } catch (error) {
    await browser.storage.local.set(set);
    return { warning: `Saved on this device only: browser sync storage refused it (${errorMessage(error)}).` };
  }
}

/** Calls `listener` with fresh settings whenever they change, until `signal` aborts. */
export function onSettingsChanged(listener: (decoded: DecodedSettings) => void, signal: AbortSignal): void {
  const handle = (_changes: unknown, area: string) => {
    if (area !== 'sync' && area !== 'local') return;
    void loadSettings().then((decoded) => {
      if (!signal.aborted) listener(decoded);
    });
  };
  browser.storage.onChanged.addListener(handle);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handle), { once: true });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
