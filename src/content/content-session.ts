/**
 * One page's Plainsight state in the content script: settings for its site,
 * the latest analysis, and what the popup is told. Analysis runs at idle time
 * after load and again after a single-page-app navigation, so the popup only
 * has to ask for it.
 */
import { PageTooLargeError, analyzeDocument, type DocumentAnalysis } from '../core/index.js';
import type { HiddenCounts, PageState } from '../shared/messages.js';
import { sendToBackground } from '../shared/messages.js';
import { cloneDefaults, type Settings } from '../shared/settings-schema.js';
import { isSiteEnabled } from '../shared/settings-codec.js';
import { loadSettings, onSettingsChanged } from '../shared/settings-store.js';
import { siteKeyFromUrl } from '../shared/site-key.js';
import { whenIdle } from './idle.js';
import { scrollToText } from './scroll-to-text.js';
import { watchNavigation } from './watch-navigation.js';
import { t } from '../shared/i18n.js';
import { buildSelector } from './picker/css-selector.js';
import { startElementPicker } from './picker/element-picker.js';
import { applySiteRules } from './site-rules-style.js';

export class ContentSession {
  private settings: Settings = cloneDefaults();
  private analysis: DocumentAnalysis | null = null;
  /** The address `analysis` belongs to; after an SPA navigation the old results are not shown. */
  private analyzedUrl: string | null = null;
  private failure: { status: 'gave-up' | 'error'; text: string } | null = null;
  private revealed = false;
  private readonly lifetime = new AbortController();
  private analysisRun: AbortController | null = null;
  private stopPicker: (() => void) | null = null;
  /** Rules picked on this page that storage has not echoed back yet. */
  private pendingRules: string[] = [];

  constructor(private readonly document: Document, private readonly window: Window) {}

  private get site(): string {
    return siteKeyFromUrl(this.window.location.href) ?? this.window.location.hostname;
  }

  private get hidingEnabled(): boolean {
    return isSiteEnabled(this.settings, this.site);
  }

  async start(): Promise<void> {
    this.settings = (await loadSettings()).settings;
    this.applyRules();
    onSettingsChanged(({ settings }) => this.applySettings(settings), this.lifetime.signal);
    watchNavigation(this.window, () => this.scheduleAnalysis(), this.lifetime.signal);
    this.scheduleAnalysis();
  }

  pageState(): PageState {
    const base = { url: this.window.location.href, site: this.site, hidingEnabled: this.hidingEnabled };
    if (this.failure?.status === 'gave-up') return { status: 'gave-up', ...base, reason: this.failure.text };
    if (this.failure?.status === 'error') return { status: 'error', ...base, message: this.failure.text };
    if (!this.analysis || this.analyzedUrl !== base.url) return { status: 'analyzing', ...base };
    return { status: 'ready', ...base, revealed: this.revealed, analysis: this.analysis.analysis };
  }

  /** Drops the last result and analyses again at the next idle moment. */
  analyzeAgain(): void {
    this.analysis = null;
    this.failure = null;
    this.scheduleAnalysis();
  }

  setRevealed(revealed: boolean): void {
    this.revealed = revealed;
    this.applyRules();
  }

  scrollToText(text: string): boolean {
    return scrollToText(this.document, text);
  }

  /** Starts the element picker; the picked block becomes a rule for this site (stored by the background). */
  startPicker(): boolean {
    if (this.stopPicker) return true;
    this.stopPicker = startElementPicker(this.document, {
      hint: t('pickerHint'),
      onPick: (element) => {
        this.stopPicker = null;
        const selector = buildSelector(element);
        if (!selector) return;
        this.pendingRules.push(selector);
        this.applyRules();
        sendToBackground({ type: 'addSiteRule', selector }).catch(() => {
          // Not stored (background restarting): the block stays hidden until the page reloads.
        });
      },
      onCancel: () => {
        this.stopPicker = null;
      },
    });
    return true;
  }

  /**
   * Manual rules follow the site switch and "Show them". The lead folds this
   * into the hiding stylesheet (src/content/hiding/) when that lands.
   */
  private applyRules(): void {
    const stored = this.settings.rules[this.site] ?? [];
    this.pendingRules = this.pendingRules.filter((rule) => !stored.includes(rule));
    applySiteRules(this.document, [...stored, ...this.pendingRules], this.hidingEnabled && !this.revealed);
  }

  private applySettings(settings: Settings): void {
    const summaryChanged = settings.summaryLength !== this.settings.summaryLength;
    this.settings = settings;
    this.applyRules();
    if (summaryChanged) this.scheduleAnalysis();
  }

  /** (Re)analyses the page at the next idle moment; a newer request cancels an older one. */
  private scheduleAnalysis(): void {
    this.analysisRun?.abort();
    const run = new AbortController();
    this.analysisRun = run;
    whenIdle(() => this.analyzeNow(), run.signal);
  }

  private analyzeNow(): void {
    const started = performance.now();
    try {
      this.analyzedUrl = this.window.location.href;
      this.analysis = analyzeDocument(this.document, { url: this.analyzedUrl });
      this.failure = null;
    } catch (error) {
      this.analysis = null;
      this.failure = error instanceof PageTooLargeError
        ? { status: 'gave-up', text: error.message }
        : { status: 'error', text: error instanceof Error ? error.message : String(error) };
    } finally {
      recordTiming(started);
      this.reportCounts();
    }
  }

  private reportCounts(): void {
    const counts: HiddenCounts = { donation: 0, newsletter: 0, subscription: 0 };
    for (const block of this.analysis?.analysis.hidden ?? []) counts[block.kind] += 1;
    sendToBackground({ type: 'hiddenCountsChanged', counts }).catch(() => {
      // The background may be restarting (MV3 service worker); the next change reports again.
    });
  }
}

/** Leaves a performance entry, so benchmarks can read the main-thread time Plainsight took. */
function recordTiming(started: number): void {
  try {
    performance.measure('plainsight:analyze', { start: started, end: performance.now() });
  } catch {
    // Some pages replace `performance`; timing is only a diagnostic.
  }
}
