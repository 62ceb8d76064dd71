/**
 * One page's Plainsight state in the content script: settings for its site,
 * the latest analysis, and what the popup is told. Analysis runs at idle time
 * after load and again after a single-page-app navigation, so the popup only
 * has to ask for it.
 */
import { analyzeDocument, type DocumentAnalysis } from '../core/index.js';
import type { HiddenCounts, PageState } from '../shared/messages.js';
import { sendToBackground } from '../shared/messages.js';
import { cloneDefaults, type Settings } from '../shared/settings-schema.js';
import { isSiteEnabled } from '../shared/settings-codec.js';
import { loadSettings, onSettingsChanged } from '../shared/settings-store.js';
import { siteKeyFromUrl } from '../shared/site-key.js';
import { whenIdle } from './idle.js';
import { pageOverBudget } from './page-budget.js';
import { scrollToText } from './scroll-to-text.js';
import { watchNavigation } from './watch-navigation.js';

export class ContentSession {
  private settings: Settings = cloneDefaults();
  private analysis: DocumentAnalysis | null = null;
  private failure: { status: 'gave-up' | 'error'; text: string } | null = null;
  private revealed = false;
  private readonly lifetime = new AbortController();
  private analysisRun: AbortController | null = null;

  constructor(private readonly document: Document, private readonly window: Window) {}

  private get site(): string {
    return siteKeyFromUrl(this.window.location.href) ?? this.window.location.hostname;
  }

  private get hidingEnabled(): boolean {
    return isSiteEnabled(this.settings, this.site);
  }

  async start(): Promise<void> {
    this.settings = (await loadSettings()).settings;
    onSettingsChanged(({ settings }) => this.applySettings(settings), this.lifetime.signal);
    watchNavigation(this.window, () => this.scheduleAnalysis(), this.lifetime.signal);
    this.scheduleAnalysis();
  }

  pageState(): PageState {
    const base = { url: this.window.location.href, site: this.site, hidingEnabled: this.hidingEnabled };
    if (this.failure?.status === 'gave-up') return { status: 'gave-up', ...base, reason: this.failure.text };
    if (this.failure?.status === 'error') return { status: 'error', ...base, message: this.failure.text };
    if (!this.analysis) return { status: 'analyzing', ...base };
    return { status: 'ready', ...base, revealed: this.revealed, analysis: this.analysis.analysis };
  }

  setRevealed(revealed: boolean): void {
    this.revealed = revealed;
  }

  scrollToText(text: string): boolean {
    return scrollToText(this.document, text);
  }

  startPicker(): boolean {
    return false;
  }

  private applySettings(settings: Settings): void {
    const summaryChanged = settings.summaryLength !== this.settings.summaryLength;
    this.settings = settings;
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
      const reason = pageOverBudget(this.document);
      if (reason) {
        this.failure = { status: 'gave-up', text: reason };
        return;
      }
      this.analysis = analyzeDocument(this.document, { url: this.window.location.href });
      this.failure = null;
    } catch (error) {
      this.failure = { status: 'error', text: error instanceof Error ? error.message : String(error) };
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
