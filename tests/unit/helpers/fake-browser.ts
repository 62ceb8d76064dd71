/**
 * An in-memory stand-in for `webextension-polyfill`, installed for every unit
 * test by tests/unit/setup.ts. Storage behaves like the real thing (values are
 * copied, onChanged fires with the area name), so settings code runs unmodified.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

type Listener<A extends unknown[]> = (...args: A) => unknown;

export class FakeEvent<A extends unknown[]> {
  private readonly listeners = new Set<Listener<A>>();
  addListener(listener: Listener<A>): void { this.listeners.add(listener); }
  removeListener(listener: Listener<A>): void { this.listeners.delete(listener); }
  hasListener(listener: Listener<A>): boolean { return this.listeners.has(listener); }
  emit(...args: A): unknown[] { return [...this.listeners].map((listener) => listener(...args)); }
}

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
const onChanged = new FakeEvent<[Changes, string]>();

export class FakeStorageArea {
  items: Record<string, unknown> = {};
  /** Set to make the next `set` fail, e.g. to simulate a sync quota error. */
  failNextSet: Error | null = null;
  constructor(private readonly area: string) {}

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys == null ? Object.keys(this.items) : Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(wanted.filter((key) => key in this.items).map((key) => [key, structuredClone(this.items[key])]));
  }

  async set(values: Record<string, unknown>): Promise<void> {
    if (this.failNextSet) {
      const error = this.failNextSet;
      this.failNextSet = null;
      throw error;
    }
    const changes: Changes = {};
    for (const [key, value] of Object.entries(values)) {
      changes[key] = { oldValue: this.items[key], newValue: structuredClone(value) };
      this.items[key] = structuredClone(value);
    }
    onChanged.emit(changes, this.area);
  }

  async remove(keys: string | string[]): Promise<void> {
    const changes: Changes = {};
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      if (!(key in this.items)) continue;
      changes[key] = { oldValue: this.items[key] };
      delete this.items[key];
    }
    if (Object.keys(changes).length > 0) onChanged.emit(changes, this.area);
  }

  async clear(): Promise<void> {
    await this.remove(Object.keys(this.items));
  }
}

const englishMessages = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../src/_locales/en/messages.json'), 'utf8') /* a path, not `new URL`: under jsdom `URL` is jsdom's and readFileSync refuses it */) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** chrome.i18n.getMessage semantics over the English catalogue: named placeholders, then $1…$9. */
function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = englishMessages[name];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  let text = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, placeholder: string) => entry.placeholders?.[placeholder.toLowerCase()]?.content ?? '');
  text = text.replace(/\$(\d)/g, (_, index: string) => subs[Number(index) - 1] ?? '');
  return text;
}

export function createFakeBrowser() {
  return {
    storage: { sync: new FakeStorageArea('sync'), local: new FakeStorageArea('local'), session: new FakeStorageArea('session'), onChanged },
    runtime: {
      id: 'plainsight-test',
      lastError: undefined,
      onMessage: new FakeEvent<[unknown, unknown]>(),
      onInstalled: new FakeEvent<[unknown]>(),
      sendMessage: vi.fn(async () => undefined),
      getURL: (path: string) => `chrome-extension://plainsight-test/${path.replace(/^\//, '')}`,
      openOptionsPage: vi.fn(async () => undefined),
      getManifest: () => ({ version: '0.0.0-test' }),
    },
    tabs: { query: vi.fn(async () => []), sendMessage: vi.fn(async () => undefined), create: vi.fn(async () => ({})) },
    i18n: { getMessage, getUILanguage: () => 'en' },
    action: { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined), setTitle: vi.fn(async () => undefined) },
    contextMenus: { create: vi.fn(), onClicked: new FakeEvent<[unknown, unknown]>() },
    permissions: { contains: vi.fn(async () => true), request: vi.fn(async () => true) },
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/** The fake every test shares; reset between tests by setup.ts. */
export const fakeBrowser: FakeBrowser = createFakeBrowser();

export async function resetFakeBrowser(): Promise<void> {
  for (const area of [fakeBrowser.storage.sync, fakeBrowser.storage.local, fakeBrowser.storage.session]) {
    area.items = {};
    area.failNextSet = null;
  }
  vi.clearAllMocks();
}
