/**
 * Content script entry. Runs in every http(s) top frame at document_end.
 *
 *   settings ──▶ ContentSession ──idle──▶ analyzeDocument (core) ──▶ hiding (marks + one stylesheet)
 *                     ▲                                              │
 *   popup/background messages ◀──────── PageState ◀──────────────────┘ ──▶ badge counts
 *
 * Nothing here may throw into the page: every entry point is guarded.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isMessage, type ContentMessage, type Responses } from '../shared/messages.js';
import { ContentSession } from './content-session.js';

const session = new ContentSession(document, window);
session.start().catch((error: unknown) => console.warn('[Plainsight] could not start:', error));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
  // Only the extension itself talks to us; the page cannot reach runtime.onMessage.
  if (sender.id !== browser.runtime.id || !isMessage(message)) return undefined;
  return handle(message as ContentMessage).catch((error: unknown) => {
    console.warn('[Plainsight] message failed:', error);
    throw error;
  });
});

async function handle(message: ContentMessage): Promise<Responses[ContentMessage['type']]> {
  switch (message.type) {
    case 'getPageState':
      return session.pageState();
    case 'analyzeAgain':
      session.analyzeAgain();
      return session.pageState();
    case 'setRevealed':
      session.setRevealed(message.revealed);
      return session.pageState();
    case 'scrollToText':
      return session.scrollToText(message.text);
    case 'startPicker':
      return session.startPicker();
  }
}
