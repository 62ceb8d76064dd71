/**
 * Every user-visible string goes through `_locales` (en and ru are complete).
 * `t` returns the key itself when a message is missing, so a gap shows up in
 * tests and screenshots instead of an empty label.
 */
import browser from 'webextension-polyfill';
import type enMessages from '../_locales/en/messages.json';

export type MessageKey = keyof typeof enMessages;

/** The localized message for `key`, with `$1`… substitutions. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  let text = '';
  try {
    text = browser.i18n.getMessage(key, substitutions);
  } catch {
    // Not in an extension page (plain tab preview): fall through to the key.
  }
  return text || key;
}

/** The browser's UI language, for Intl date formatting. */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return typeof navigator === 'undefined' ? 'en' : navigator.language;
  }
}
