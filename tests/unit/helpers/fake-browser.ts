/**
 * A small in-memory stand-in for `webextension-polyfill`: storage.sync/local
 * with onChanged, i18n over the real en (or ru) messages.json, and spies for
 * the rest. Use it with
 *   vi.mock('webextension-polyfill', async () => (await import('./helpers/fake-browser.js')).polyfillModule());
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
type LocaleMessages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function readLocale(lang: 'en' | 'ru'): LocaleMessages {
  return JSON.parse(readFileSync(join(process.cwd(), 'src/_locales', lang, 'messages.json'), 'utf8')) as LocaleMessages;
}

/** chrome.i18n.getMessage semantics: named placeholders → $1…, then $1… → substitutions. */
export function formatMessage(messages: LocaleMessages, key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_m, name: string) => positional(entry.placeholders?.[name.toLowerCase()]?.content ?? ''));
}

class FakeArea {
  data: Record<string, unknown> = {};
  /** Set to make `set` throw like an exceeded storage.sync quota. */
  failWrites = false;
  constructor(private readonly name: string, private readonly listeners: Set<Listener>) {}
  async get(keys: null | string | string[]): Promise<Record<string, unknown>> {
    const copy = structuredClone(this.data);
    if (keys === null) return copy;
    const list = Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(list.filter((key) => key in copy).map((key) => [key, copy[key]]));
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWrites) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: this.data[key], newValue: structuredClone(value) };
      this.data[key] = structuredClone(value);
    }
    this.emit(changes);
  }
  async remove(keys: string | string[]): Promise<void> {
    const changes: Record<string, { oldValue?: unknown }> = {};
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      if (!(key in this.data)) continue;
      changes[key] = { oldValue: this.data[key] };
      delete this.data[key];
    }
    this.emit(changes);
  }
  async clear(): Promise<void> {
    await this.remove(Object.keys(this.data));
  }
  private emit(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>): void {
    if (Object.keys(changes).length === 0) return;
    for (const listener of this.listeners) listener(changes, this.name);
  }
}

export function createFakeBrowser(lang: 'en' | 'ru' = 'en') {
  const listeners = new Set<Listener>();
  const messages = readLocale(lang);
  return {
    storage: {
      sync: new FakeArea('sync', listeners),
      local: new FakeArea('local', listeners),
      onChanged: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
        hasListener: (listener: Listener) => listeners.has(listener),
      },
    },
    i18n: {
      getMessage: (key: string, substitutions?: string | string[]) => formatMessage(messages, key, substitutions),
      getUILanguage: () => lang,
    },
    runtime: {
      id: 'plainsight-test',
      sendMessage: vi.fn(async (_message: unknown): Promise<unknown> => undefined),
      openOptionsPage: vi.fn(async () => undefined),
      getURL: (path: string) => `chrome-extension://plainsight-test/${path}`,
      onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
    },
    tabs: {
      sendMessage: vi.fn(async (_tabId: number, _message: unknown): Promise<unknown> => undefined),
      query: vi.fn(async () => [] as unknown[]),
      get: vi.fn(async (_tabId: number): Promise<unknown> => undefined),
      reload: vi.fn(async () => undefined),
    },
    permissions: {
      contains: vi.fn(async () => true),
      request: vi.fn(async () => true),
    },
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/** The one fake shared by a test file's imports (reset it with `resetFakeBrowser`). */
export const fakeBrowser: FakeBrowser = createFakeBrowser();

export function resetFakeBrowser(lang: 'en' | 'ru' = 'en'): void {
  Object.assign(fakeBrowser, createFakeBrowser(lang));
}

export function polyfillModule() {
  // A Proxy so tests that call resetFakeBrowser() are seen by modules that imported `browser` earlier.
  const proxy = new Proxy({}, { get: (_target, key: string) => (fakeBrowser as Record<string, unknown>)[key] });
  return { default: proxy };
}
