/**
 * Every message between the content script, the background, the popup and the
 * options page: one discriminated union, one response map, one send helper per
 * direction. Receivers validate with `isMessage` and check the sender.
 */
import browser from 'webextension-polyfill';
import type { AppealKind, PageAnalysis } from '../core/types.js';

/** Facts every PageState carries: where the page is and whether hiding is on there. */
interface PageStateBase {
  /** The page's address (location.href); the popup cannot read tab URLs without broader permissions. */
  url: string;
  site: string;
  hidingEnabled: boolean;
}

/** What the content script knows about its page, as the popup shows it. */
export type PageState = PageStateBase & (
  | { status: 'analyzing' }
  | {
      status: 'ready';
      /** The user pressed "Show them": hidden blocks are visible until "Hide again". */
      revealed: boolean;
      analysis: PageAnalysis;
    }
  | { status: 'gave-up'; reason: string }
  | { status: 'error'; message: string }
);

export type HiddenCounts = Record<AppealKind, number>;

/** Sent by the popup (or background) to a tab's content script. */
export type ContentMessage =
  | { type: 'getPageState' }
  /** Analyse the page again (the popup's "Try again" after an error). */
  | { type: 'analyzeAgain' }
  | { type: 'setRevealed'; revealed: boolean }
  /** Scroll the page to the passage holding `text` (a figure or quote) and flash it. */
  | { type: 'scrollToText'; text: string }
  /** Start the element picker (from the context menu). */
  | { type: 'startPicker' };

/** Sent to the background. */
export type BackgroundMessage =
  /** From a content script: its current hidden-block counts, for the badge. */
  | { type: 'hiddenCountsChanged'; counts: HiddenCounts }
  /** From a content script's picker: hide `selector` on the sender tab's site from now on. */
  | { type: 'addSiteRule'; selector: string };

export type Message = ContentMessage | BackgroundMessage;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

export interface Responses {
  getPageState: PageState;
  analyzeAgain: PageState;
  setRevealed: PageState;
  scrollToText: boolean;
  startPicker: boolean;
  hiddenCountsChanged: void;
  addSiteRule: boolean;
}

const MESSAGE_TYPES: ReadonlySet<string> = new Set<MessageType>([
  'getPageState', 'analyzeAgain', 'setRevealed', 'scrollToText', 'startPicker', 'hiddenCountsChanged', 'addSiteRule',
]);

/** Shape check for anything that arrives on `runtime.onMessage`. */
export function isMessage(value: unknown): value is Message {
  if (!value || typeof value !== 'object') return false;
  const { type } = value as { type?: unknown };
  if (typeof type !== 'string' || !MESSAGE_TYPES.has(type)) return false;
  const message = value as Record<string, unknown>;
  switch (type as MessageType) {
    case 'setRevealed':
      return typeof message.revealed === 'boolean';
    case 'scrollToText':
      return typeof message.text === 'string' && message.text.length <= 2000;
    case 'addSiteRule':
      return typeof message.selector === 'string' && message.selector.length <= 500;
    case 'hiddenCountsChanged':
      return isCounts(message.counts);
    default:
      return true;
  }
}

function isCounts(value: unknown): value is HiddenCounts {
  if (!value || typeof value !== 'object') return false;
  const counts = value as Record<string, unknown>;
  return ['donation', 'newsletter', 'subscription'].every((kind) => Number.isInteger(counts[kind]) && (counts[kind] as number) >= 0);
}

export function sendToTab<M extends ContentMessage>(tabId: number, message: M): Promise<Responses[M['type']]> {
  return browser.tabs.sendMessage(tabId, message) as Promise<Responses[M['type']]>;
}

export function sendToBackground<M extends BackgroundMessage>(message: M): Promise<Responses[M['type']]> {
  return browser.runtime.sendMessage(message) as Promise<Responses[M['type']]>;
}
