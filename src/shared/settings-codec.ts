/**
 * Converting between the flat storage record and `Settings`. Pure functions,
 * so the rules for corrupted, partial, foreign or future data are unit-tested:
 * a broken item falls back to its default and is reported; nothing else is lost.
 */
import {
  APPEAL_KINDS, RULES_PREFIX, SITE_PREFIX, SETTINGS_VERSION, VERSION_KEY,
  cloneDefaults, defaults, isRuleList, isSummaryLength, isValidSiteKey, type Settings,
} from './settings-schema.js';

export interface DecodedSettings {
  settings: Settings;
  /** One line per item that was ignored, for the options page and the console. */
  problems: string[];
}

/** Reads settings from a storage record, keeping every valid item. */
export function decodeSettings(record: Record<string, unknown>): DecodedSettings {
  const settings = cloneDefaults();
  const problems: string[] = [];
  const reject = (key: string) => problems.push(`Ignored invalid setting "${key}".`);
  for (const [key, value] of Object.entries(record)) {
    if (key === VERSION_KEY) continue;
    if (key.startsWith(SITE_PREFIX)) {
      const site = key.slice(SITE_PREFIX.length);
      if (isValidSiteKey(site) && typeof value === 'boolean') settings.sites[site] = value;
      else reject(key);
    } else if (key.startsWith(RULES_PREFIX)) {
      const site = key.slice(RULES_PREFIX.length);
      if (isValidSiteKey(site) && isRuleList(value)) settings.rules[site] = [...value];
      else reject(key);
    } else if (!decodeGlobal(settings, key, value)) {
      reject(key);
    }
  }
  const version = record[VERSION_KEY];
  if (typeof version === 'number' && version > SETTINGS_VERSION) {
    problems.push(`Settings were written by a newer version (${version}); unknown items were ignored.`);
  }
  return { settings, problems };
}

function decodeGlobal(settings: Settings, key: string, value: unknown): boolean {
  switch (key) {
    case 'hideByDefault':
    case 'showBadge':
      if (typeof value !== 'boolean') return false;
      settings[key] = value;
      return true;
    case 'summaryLength':
      if (!isSummaryLength(value)) return false;
      settings.summaryLength = value;
      return true;
    case 'kinds': {
      if (!value || typeof value !== 'object') return false;
      for (const kind of APPEAL_KINDS) {
        const on = (value as Record<string, unknown>)[kind];
        if (typeof on === 'boolean') settings.kinds[kind] = on;
      }
      return true;
    }
    default:
      return false;
  }
}

/** The storage record for `settings`: only what differs from the defaults. */
export function encodeSettings(settings: Settings): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  if (settings.hideByDefault !== defaults.hideByDefault) record.hideByDefault = settings.hideByDefault;
  if (settings.showBadge !== defaults.showBadge) record.showBadge = settings.showBadge;
  if (settings.summaryLength !== defaults.summaryLength) record.summaryLength = settings.summaryLength;
  if (APPEAL_KINDS.some((kind) => settings.kinds[kind] !== defaults.kinds[kind])) record.kinds = { ...settings.kinds };
  for (const [site, on] of Object.entries(settings.sites)) record[SITE_PREFIX + site] = on;
  for (const [site, rules] of Object.entries(settings.rules)) if (rules.length > 0) record[RULES_PREFIX + site] = [...rules];
  return record;
}

export interface StorageDiff {
  set: Record<string, unknown>;
  remove: string[];
}

/** The minimal writes that turn the stored record `before` into `after`. */
export function diffRecords(before: Record<string, unknown>, after: Record<string, unknown>): StorageDiff {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) set[key] = value;
  }
  for (const key of Object.keys(before)) if (!(key in after) && key !== VERSION_KEY) remove.push(key);
  return { set, remove };
}

/** Whether hiding is on for a site, given the global default and the site's exception. */
export function isSiteEnabled(settings: Settings, site: string | null): boolean {
  if (!site) return false;
  return settings.sites[site] ?? settings.hideByDefault;
}
