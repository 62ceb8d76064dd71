/**
 * One page's Plainsight state in the content script: settings for its site,
 * the latest analysis, the live hiding, and what the popup is told. Analysis
 * runs at idle time after load and again after a single-page-app navigation,
 * so the popup only has to ask for it.
 */
import { PageTooLargeError, completeAnalysis, computedStyleProbe, preparePage, type DocumentAnalysis, type LayoutProbe, type PreparedPage } from '../core/index.js';
import type { HiddenCounts, PageState } from '../shared/messages.js';
import { sendToBackground } from '../shared/messages.js';
import { APPEAL_KINDS, cloneDefaults, type Settings } from '../shared/settings-schema.js';
import { isSiteEnabled } from '../shared/settings-codec.js';
import { loadSettings, onSettingsChanged } from '../shared/settings-store.js';
import { siteKeyFromUrl } from '../shared/site-key.js';
import { t } from '../shared/i18n.js';
import { whenIdle } from './idle.js';
import { LiveHiding } from './live-hiding.js';
import { buildSelector } from './picker/css-selector.js';
import { startElementPicker } from './picker/element-picker.js';
import { scrollToText } from './scroll-to-text.js';
import { watchNavigation } from './watch-navigation.js';

export class ContentSession {
  private settings: Settings = cloneDefaults();
  private analysis: DocumentAnalysis | null = null;
  /** The address `analysis` belongs to; after an SPA navigation the old results are not shown. */
  private analyzedUrl: string | null = null;
  private failure: { status: 'gave-up' | 'error'; text: string } | null = null;
  private readonly lifetime = new AbortController();
  private analysisRun: AbortController | null = null;
  private stopPicker: (() => void) | null = null;
  /** Rules picked on this page that storage has not echoed back yet. */
  private pendingRules: string[] = [];
  private readonly probe: LayoutProbe | undefined;
  private readonly hiding: LiveHiding;

  constructor(private readonly document: Document, private readonly window: Window) {
    this.probe = typeof window.getComputedStyle === 'function' ? computedStyleProbe(window) : undefined;
    this.hiding = new LiveHiding(document, this.probe, (counts) => this.reportCounts(counts));
  }

  private get site(): string {
    return siteKeyFromUrl(this.window.location.href) ?? this.window.location.hostname;
  }

  private get hidingEnabled(): boolean {
    return isSiteEnabled(this.settings, this.site);
  }

  async start(): Promise<void> {
    this.settings = (await loadSettings()).settings;
    this.hiding.setConfig(this.hidingConfig());
    onSettingsChanged(({ settings }) => this.applySettings(settings), this.lifetime.signal);
    watchNavigation(this.window, () => this.scheduleAnalysis(), this.lifetime.signal);
    this.scheduleAnalysis();
  }

  pageState(): PageState {
    const base = { url: this.window.location.href, site: this.site, hidingEnabled: this.hidingEnabled };
    if (this.failure?.status === 'gave-up') return { status: 'gave-up', ...base, reason: this.failure.text };
    if (this.failure?.status === 'error') return { status: 'error', ...base, message: this.failure.text };
    if (!this.analysis || this.analyzedUrl !== base.url) return { status: 'analyzing', ...base };
    // What is hidden now, including blocks the page added after the analysis.
    const analysis = { ...this.analysis.analysis, hidden: this.hiding.blocks };
    return { status: 'ready', ...base, revealed: this.hiding.revealed, analysis };
  }

  /** Drops the last result and analyses again at the next idle moment. */
  analyzeAgain(): void {
    this.analysis = null;
    this.failure = null;
    this.scheduleAnalysis();
  }

  setRevealed(revealed: boolean): void {
    this.hiding.setRevealed(revealed);
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
        this.hiding.setConfig(this.hidingConfig());
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

  private hidingConfig() {
    const stored = this.settings.rules[this.site] ?? [];
    this.pendingRules = this.pendingRules.filter((rule) => !stored.includes(rule));
    return {
      enabled: this.hidingEnabled,
      kinds: APPEAL_KINDS.filter((kind) => this.settings.kinds[kind]),
      rules: [...stored, ...this.pendingRules],
    };
  }

  private applySettings(settings: Settings): void {
    const summaryChanged = settings.summaryLength !== this.settings.summaryLength;
    this.settings = settings;
    this.hiding.setConfig(this.hidingConfig());
    if (summaryChanged) this.scheduleAnalysis();
  }

  /**
   * (Re)analyses the page in two idle slots, so no single task is long:
   * extraction and appeal detection first (hiding follows at once), then the
   * summary, figures and quotes. A newer request cancels an older one.
   */
  private scheduleAnalysis(): void {
    this.analysisRun?.abort();
    const run = new AbortController();
    this.analysisRun = run;
    whenIdle(this.window, () => this.prepareNow(run.signal), run.signal);
  }

  private prepareNow(signal: AbortSignal): void {
    const started = performance.now();
    let prepared: PreparedPage | null = null;
    this.analysis = null;
    try {
      this.analyzedUrl = this.window.location.href;
      prepared = preparePage(this.document, { url: this.analyzedUrl, layoutProbe: this.probe });
      this.failure = null;
    } catch (error) {
      this.failure = describeFailure(error);
    }
    this.hiding.setAnalysis(prepared);
    recordTiming('plainsight:prepare', started);
    if (prepared) {
      // Readability's and the detector's shares of the prepare slot, for the live benchmark.
      recordTiming('plainsight:readability', prepared.timings.extract.start, prepared.timings.extract.end);
      recordTiming('plainsight:detect', prepared.timings.detect.start, prepared.timings.detect.end);
    }
    if (prepared) whenIdle(this.window, () => this.understandNow(prepared), signal);
  }

  private understandNow(prepared: PreparedPage): void {
    const started = performance.now();
    try {
      this.analysis = completeAnalysis(prepared, { summaryLength: this.settings.summaryLength });
    } catch (error) {
      this.failure = describeFailure(error);
    }
    recordTiming('plainsight:understand', started);
  }

  private reportCounts(counts: HiddenCounts): void {
    sendToBackground({ type: 'hiddenCountsChanged', counts }).catch(() => {
      // The background may be restarting (MV3 service worker); the next change reports again.
    });
  }
}

function describeFailure(error: unknown): { status: 'gave-up' | 'error'; text: string } {
  return error instanceof PageTooLargeError
    ? { status: 'gave-up', text: error.message }
    : { status: 'error', text: error instanceof Error ? error.message : String(error) };
}

/** Leaves a performance entry, so benchmarks can read the main-thread time Plainsight took. */
function recordTiming(name: string, started: number, ended = performance.now()): void {
  try {
    performance.measure(name, { start: started, end: ended });
  } catch {
    // Some pages replace `performance`; timing is only a diagnostic.
  }
}
