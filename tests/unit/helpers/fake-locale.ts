/** Reading the real locale catalogues in tests, and switching the fake browser's UI language. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from './fake-browser.js';

type LocaleMessages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function readLocale(lang: 'en' | 'ru'): LocaleMessages {
  return JSON.parse(readFileSync(join(process.cwd(), 'src/_locales', lang, 'messages.json'), 'utf8')) as LocaleMessages;
}

/** chrome.i18n.getMessage semantics: named placeholders → $1…, then $1… → substitutions. */
function formatMessage(messages: LocaleMessages, key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_m, name: string) => positional(entry.placeholders?.[name.toLowerCase()]?.content ?? ''));
}

/** Runs `body` with the fake browser speaking `lang`, then restores it. */
export async function withLocale(lang: 'en' | 'ru', body: () => Promise<void>): Promise<void> {
  const { getMessage, getUILanguage } = fakeBrowser.i18n;
  const messages = readLocale(lang);
  fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | string[]) => formatMessage(messages, key, substitutions);
  fakeBrowser.i18n.getUILanguage = () => lang;
  try {
    await body();
  } finally {
    Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage });
  }
}
