/**
 * Ordered settings migrations, run by the background on install and update.
 * Each entry upgrades a storage record from `from` to `from + 1`; add a
 * dated TODO to drop it once every user has updated past it. The list is
 * empty while the schema is at its first version.
 */
import { SETTINGS_VERSION, VERSION_KEY } from './settings-schema.js';

export interface Migration {
  from: number;
  /** Returns the record at version `from + 1`; must not throw on odd input. */
  migrate(record: Record<string, unknown>): Record<string, unknown>;
}

export const migrations: readonly Migration[] = [];

export interface MigrationResult {
  record: Record<string, unknown>;
  changed: boolean;
}

/**
 * Brings a stored record up to `target`. Records from a newer version are left
 * alone (the codec ignores what it does not know), so a downgrade loses nothing.
 */
export function migrateRecord(
  stored: Record<string, unknown>,
  list: readonly Migration[] = migrations,
  target = SETTINGS_VERSION,
): MigrationResult {
  const rawVersion = stored[VERSION_KEY];
  let version = typeof rawVersion === 'number' && Number.isInteger(rawVersion) && rawVersion >= 1 ? rawVersion : 1;
  if (version >= target) return { record: stored, changed: false };
  let record = { ...stored };
  while (version < target) {
    const step = list.find((migration) => migration.from === version);
    if (step) record = step.migrate(record);
    version += 1;
  }
  record[VERSION_KEY] = target;
  return { record, changed: true };
}
