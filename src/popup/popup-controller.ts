/**
 * The popup's flow, over `PopupApi`:
 *
 *   tab URL ──restricted?──▶ "can't run here"
 *      │
 *   getPageState ──fails──▶ no site access (Firefox) │ content script missing ("reload")
 *      │
 *   analyzing ──poll──▶ ready (article │ not an article) │ gave-up │ error
 *
 * Each painted state sets `body[data-state]`, then `body[data-ready="1"]`.
 */
import type { PageState } from '../shared/messages.js';
import { siteKeyFromUrl } from '../shared/site-key.js';
import type { PopupApi, TabInfo } from './api.js';
import type { PopupActions } from './popup-actions.js';
import { restrictedReason } from './restricted-page.js';
import { errorPaint, markPainted, messageOf, paintPage, type PagePaint, type PopupStateName } from './paint-page.js';
import { pollWhileAnalyzing } from './poll-analysis.js';
import { copyAnalysis } from './copy-analysis.js';
import { showStatus } from './render-actions.js';
import { t } from '../shared/i18n.js';

export interface ControllerOptions {
  locale: string;
  pollMs?: number;
  /** How many polls while the page is still being analysed before the popup says so. */
  pollLimit?: number;
}

export class PopupController implements PopupActions {
  private tab: TabInfo | null = null;
  private site: string | null = null;
  private paint: PagePaint = { kind: 'loading' };
  private siteEnabled = false;

  constructor(private readonly root: HTMLElement, private readonly api: PopupApi, private readonly options: ControllerOptions) {}

  async start(): Promise<void> {
    this.show({ kind: 'loading' });
    try {
      this.tab = await this.api.getTab();
      this.paint = await this.resolve(this.tab);
    } catch (error) {
      this.paint = errorPaint(this.paint, error, this.tab?.url ?? '');
    }
    this.show(this.paint);
  }

  private async resolve(tab: TabInfo | null): Promise<PagePaint> {
    if (!tab) return { kind: 'restricted', reason: 'unknown' };
    const reason = restrictedReason(tab.url);
    if (reason) return { kind: 'restricted', reason };
    this.site = siteKeyFromUrl(tab.url);
    // Both in parallel: the popup should paint within a frame or two of opening.
    const [enabled, state] = await Promise.all([
      this.site ? this.api.isSiteEnabled(this.site) : false,
      this.api.getPageState(tab.id).catch(() => null),
    ]);
    this.siteEnabled = enabled;
    if (!state) {
      if (!tab.url || !this.site) return { kind: 'restricted', reason: 'unknown' };
      const origin = new URL(tab.url).origin;
      return (await this.api.hasSiteAccess(origin)) ? { kind: 'no-content-script' } : { kind: 'no-access', origin };
    }
    // Without the "tabs" permission the tab URL can be hidden; the content script knows its site.
    if (state.site && state.site !== this.site) {
      this.site = state.site;
      this.siteEnabled = await this.api.isSiteEnabled(state.site);
    }
    return { kind: 'page', state: await this.waitWhileAnalyzing(tab.id, state) };
  }

  /** While the content script is still analysing, shows the skeleton and asks again, briefly. */
  private async waitWhileAnalyzing(tabId: number, first: PageState): Promise<PageState> {
    if (first.status === 'analyzing') this.show({ kind: 'page', state: first }, false);
    return pollWhileAnalyzing(() => this.api.getPageState(tabId), first, this.options.pollMs ?? 200, this.options.pollLimit ?? 25);
  }

  private show(paint: PagePaint, settled = paint.kind !== 'loading'): void {
    const focusedId = (this.root.ownerDocument.activeElement as HTMLElement | null)?.id;
    const name: PopupStateName = paintPage(this.root, paint, { site: this.site, siteEnabled: this.siteEnabled, locale: this.options.locale, settled }, this);
    markPainted(this.root.ownerDocument.body, name, settled);
    if (focusedId) this.root.ownerDocument.getElementById(focusedId)?.focus();
  }

  setSiteEnabled(enabled: boolean): void {
    if (!this.site) return;
    const site = this.site;
    this.siteEnabled = enabled;
    void this.api.setSiteEnabled(site, enabled).then(async () => {
      if (this.paint.kind === 'page' && this.tab) this.paint = { kind: 'page', state: await this.api.getPageState(this.tab.id) };
      this.show(this.paint);
      showStatus(this.root, enabled ? t('statusHidingOn', site) : t('statusHidingOff', site));
    }, (error: unknown) => showStatus(this.root, messageOf(error)));
  }

  setRevealed(revealed: boolean): void {
    if (!this.tab) return;
    void this.api.setRevealed(this.tab.id, revealed).then((state) => {
      this.paint = { kind: 'page', state };
      this.show(this.paint);
    }, (error: unknown) => showStatus(this.root, messageOf(error)));
  }

  scrollTo(text: string): void {
    if (!this.tab) return;
    void this.api.scrollTo(this.tab.id, text).then(
      (found) => showStatus(this.root, found ? '' : t('statusNotFound')),
      () => showStatus(this.root, t('statusNotFound')),
    );
  }

  copy(format: 'markdown' | 'text'): void {
    if (this.paint.kind !== 'page' || this.paint.state.status !== 'ready') return;
    void this.api.copyText(copyAnalysis(this.paint.state.analysis, format)).then(
      () => showStatus(this.root, t('statusCopied')),
      () => showStatus(this.root, t('statusCopyFailed')),
    );
  }

  openOptions(): void {
    void this.api.openOptions().then(() => this.api.close());
  }

  retry(): void {
    if (this.paint.kind === 'page' && this.paint.state.status === 'error' && this.tab) {
      const tabId = this.tab.id;
      this.show({ kind: 'loading' });
      void this.api.analyzeAgain(tabId)
        .then((state) => this.waitWhileAnalyzing(tabId, state))
        .then((state) => { this.paint = { kind: 'page', state }; }, (error: unknown) => { this.paint = errorPaint(this.paint, error); })
        .then(() => this.show(this.paint));
      return;
    }
    void this.start();
  }

  requestAccess(): void {
    if (this.paint.kind !== 'no-access') return;
    void this.api.requestSiteAccess(this.paint.origin).then((granted) => {
      // A granted site still needs a reload: content scripts only start with a page load.
      if (granted) this.show(this.paint = { kind: 'no-content-script' });
      else showStatus(this.root, t('statusAccessDenied'));
    }, (error: unknown) => showStatus(this.root, messageOf(error)));
  }

  reloadTab(): void {
    if (!this.tab) return;
    void this.api.reloadTab(this.tab.id).then(() => this.api.close());
  }
}
