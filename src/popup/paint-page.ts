/** Puts one popup state on screen: header, the state's body, footer. */
import type { PageState } from '../shared/messages.js';
import { renderArticle } from './render-article.js';
import { renderFooter } from './render-actions.js';
import { renderHeader } from './render-header.js';
import { renderHidden } from './render-hidden.js';
import {
  renderError, renderGaveUp, renderNoAccess, renderNoContentScript, renderNotArticle,
  renderRestricted, renderSkeleton, renderStillAnalyzing,
} from './render-states.js';
import type { PopupActions } from './popup-actions.js';
import type { RestrictedReason } from './restricted-page.js';

/** What the popup shows, before it is painted. */
export type PagePaint =
  | { kind: 'loading' }
  | { kind: 'restricted'; reason: RestrictedReason | 'unknown' }
  | { kind: 'no-access'; origin: string }
  | { kind: 'no-content-script' }
  | { kind: 'page'; state: PageState };

/** The value of `body[data-state]`. */
export type PopupStateName =
  | 'loading' | 'restricted' | 'no-access' | 'no-content-script'
  | 'analyzing' | 'ready' | 'not-article' | 'gave-up' | 'error';

export interface PaintContext {
  site: string | null;
  siteEnabled: boolean;
  locale: string;
  /** False while still polling an analysing page: show the skeleton, not "still analysing". */
  settled: boolean;
}

export function paintPage(root: HTMLElement, paint: PagePaint, context: PaintContext, actions: PopupActions): PopupStateName {
  const header = renderHeader(paint.kind === 'restricted' ? null : context.site, context.siteEnabled, actions);
  const [name, body, canCopy] = paintBody(paint, context, actions);
  root.replaceChildren(header, ...body, renderFooter(actions, canCopy));
  return name;
}

function paintBody(paint: PagePaint, context: PaintContext, actions: PopupActions): [PopupStateName, HTMLElement[], boolean] {
  switch (paint.kind) {
    case 'loading':
      return ['loading', [renderSkeleton()], false];
    case 'restricted':
      return ['restricted', [renderRestricted(paint.reason)], false];
    case 'no-access':
      return ['no-access', [renderNoAccess(context.site ?? paint.origin, actions)], false];
    case 'no-content-script':
      return ['no-content-script', [renderNoContentScript(actions)], false];
    case 'page':
      return paintState(paint.state, context, actions);
  }
}

function paintState(state: PageState, context: PaintContext, actions: PopupActions): [PopupStateName, HTMLElement[], boolean] {
  switch (state.status) {
    case 'analyzing':
      return ['analyzing', [context.settled ? renderStillAnalyzing(actions) : renderSkeleton()], false];
    case 'gave-up':
      return ['gave-up', [renderGaveUp(state.reason)], false];
    case 'error':
      return ['error', [renderError(state.message, actions)], false];
    case 'ready': {
      const hidden = renderHidden(state.analysis.hidden, context.siteEnabled, state.revealed, actions);
      if (!state.analysis.isArticle) return ['not-article', [renderNotArticle(), hidden], false];
      return ['ready', [renderArticle(state.analysis, context.locale, actions), hidden], true];
    }
  }
}

/** An error state that keeps what is known about the page. */
export function errorPaint(previous: PagePaint, error: unknown, url = ''): PagePaint {
  const base = previous.kind === 'page' ? previous.state : { url, site: '', hidingEnabled: false };
  return { kind: 'page', state: { status: 'error', url: base.url, site: base.site, hidingEnabled: base.hidingEnabled, message: messageOf(error) } };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Sets `body[data-state]` and, once settled, `body[data-ready="1"]` (tests and benchmarks wait on it). */
export function markPainted(body: HTMLElement, name: PopupStateName, settled: boolean): void {
  body.dataset.state = name;
  if (!settled) {
    delete body.dataset.ready;
    return;
  }
  body.dataset.ready = '1';
  // For `npm run bench`: time from opening the popup to its first settled paint.
  if (performance.getEntriesByName('plainsight:popup-ready').length === 0) performance.mark('plainsight:popup-ready');
}
