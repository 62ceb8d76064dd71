/**
 * The settings export file, and the strict reader for it. Import validates
 * the WHOLE file before anything is written: a broken, foreign or
 * newer-version file is refused with a reason, and the stored settings stay
 * as they were. Missing fields take their defaults (hand-edited files).
 *
 *   { "app": "plainsight", "version": 1, "exportedAt": "…", "settings": { …Settings } }
 */
import {
  APPEAL_KINDS, MAX_RULES_PER_SITE, SETTINGS_VERSION, cloneDefaults, isSummaryLength, isValidSiteKey, type Settings,
} from './settings-schema.js';
import { isSafeSelector } from './selector-check.js';

export const FILE_APP = 'plainsight';
/** Refuse files beyond this size before parsing them. */
export const MAX_FILE_CHARS = 2_000_000;
const MAX_SITES = 10_000;

export type SettingsFileError = 'too-big' | 'not-json' | 'foreign' | 'newer-version' | 'invalid';

export type ParsedSettingsFile =
  | { ok: true; settings: Settings }
  /** `detail` names the first offending field, e.g. `settings.rules.example.com[2]`. */
  | { ok: false; error: SettingsFileError; detail: string };

export function serializeSettings(settings: Settings, now = new Date()): string {
  return `${JSON.stringify({ app: FILE_APP, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings }, null, 2)}\n`;
}

class Invalid extends Error {}

/** `document` is used to check rule selectors' syntax (the options page passes its own). */
export function parseSettingsFile(text: string, document: Document | undefined = globalThis.document): ParsedSettingsFile {
  if (text.length > MAX_FILE_CHARS) return { ok: false, error: 'too-big', detail: `${text.length} characters` };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: 'not-json', detail: error instanceof Error ? error.message : '' };
  }
  if (!isObject(file) || file.app !== FILE_APP) return { ok: false, error: 'foreign', detail: '' };
  const { version } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: 'invalid', detail: 'version' };
  if (version > SETTINGS_VERSION) return { ok: false, error: 'newer-version', detail: String(version) };
  try {
    return { ok: true, settings: readSettings(file.settings, document) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: 'invalid', detail: error.message };
    throw error;
  }
}

function readSettings(value: unknown, document: Document | undefined): Settings {
  const settings = cloneDefaults();
  if (!isObject(value)) throw new Invalid('settings');
  for (const [key, field] of Object.entries(value)) {
    const path = `settings.${key}`;
    switch (key) {
      case 'hideByDefault':
      case 'showBadge':
        settings[key] = expect(typeof field === 'boolean', field as boolean, path);
        break;
      case 'summaryLength':
        settings.summaryLength = expect(isSummaryLength(field), field as Settings['summaryLength'], path);
        break;
      case 'kinds':
        settings.kinds = readKinds(field, path);
        break;
      case 'sites':
        settings.sites = readSiteMap(field, path, (on, at) => expect(typeof on === 'boolean', on as boolean, at));
        break;
      case 'rules':
        settings.rules = readSiteMap(field, path, (rules, at) => readRules(rules, at, document));
        break;
      default:
        throw new Invalid(path);
    }
  }
  return settings;
}

function readKinds(value: unknown, path: string): Settings['kinds'] {
  if (!isObject(value)) throw new Invalid(path);
  const kinds = { ...cloneDefaults().kinds };
  for (const [kind, on] of Object.entries(value)) {
    if (!(APPEAL_KINDS as readonly string[]).includes(kind) || typeof on !== 'boolean') throw new Invalid(`${path}.${kind}`);
    kinds[kind as keyof typeof kinds] = on;
  }
  return kinds;
}

function readSiteMap<T>(value: unknown, path: string, read: (item: unknown, at: string) => T): Record<string, T> {
  if (!isObject(value) || Object.keys(value).length > MAX_SITES) throw new Invalid(path);
  const out: Record<string, T> = {};
  for (const [site, item] of Object.entries(value)) {
    if (!isValidSiteKey(site)) throw new Invalid(`${path}.${site}`);
    out[site] = read(item, `${path}.${site}`);
  }
  return out;
}

function readRules(value: unknown, path: string, document: Document | undefined): string[] {
  if (!Array.isArray(value) || value.length > MAX_RULES_PER_SITE) throw new Invalid(path);
  value.forEach((selector, index) => {
    if (typeof selector !== 'string' || !isSafeSelector(selector, document)) throw new Invalid(`${path}[${index}]`);
  });
  return [...new Set(value as string[])];
}

function expect<T>(ok: boolean, value: T, path: string): T {
  if (!ok) throw new Invalid(path);
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
