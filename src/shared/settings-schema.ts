/**
 * The one settings schema: `defaults` is the schema, `decodeSettings` the
 * validation. Storage holds only what differs from the defaults, one item per
 * global field and one per site (`site:<key>`, `rules:<key>`), so two windows
 * changing different sites never overwrite each other and no item nears the
 * storage.sync per-item quota.
 */
import type { AppealKind, SummaryLength } from '../core/types.js';
import { isValidSiteKey } from './site-key.js';

export type { SummaryLength };

export interface Settings {
  /** Hide appeals on every site unless switched off there (true), or only where switched on (false). */
  hideByDefault: boolean;
  /** Which kinds of appeal to hide. */
  kinds: Record<AppealKind, boolean>;
  summaryLength: SummaryLength;
  /** Show the number of hidden blocks on the toolbar button. */
  showBadge: boolean;
  /** Per-site exceptions to `hideByDefault`: site key → hiding on or off. */
  sites: Record<string, boolean>;
  /** Per-site manual rules: site key → CSS selectors of blocks the user picked. */
  rules: Record<string, string[]>;
}

export const SETTINGS_VERSION = 1;

export const defaults: Readonly<Settings> = Object.freeze({
  hideByDefault: true,
  kinds: { donation: true, newsletter: true, subscription: true },
  summaryLength: 'medium',
  showBadge: true,
  sites: {},
  rules: {},
});

export const APPEAL_KINDS: readonly AppealKind[] = ['donation', 'newsletter', 'subscription'];
const SUMMARY_LENGTHS: readonly SummaryLength[] = ['short', 'medium', 'long'];

/** Storage item names. */
export const VERSION_KEY = 'schemaVersion';
export const SITE_PREFIX = 'site:';
export const RULES_PREFIX = 'rules:';

/** Limits that keep a hostile or corrupted store from growing without bound. */
export const MAX_RULES_PER_SITE = 50;
export const MAX_SELECTOR_LENGTH = 500;

export function cloneDefaults(): Settings {
  return { ...defaults, kinds: { ...defaults.kinds }, sites: {}, rules: {} };
}

export function isSummaryLength(value: unknown): value is SummaryLength {
  return SUMMARY_LENGTHS.includes(value as SummaryLength);
}

/** A user rule selector worth storing: a bounded, non-empty string (syntax is checked where a DOM exists). */
export function isStorableSelector(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_SELECTOR_LENGTH;
}

export function isRuleList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_RULES_PER_SITE && value.every(isStorableSelector);
}

export { isValidSiteKey };
