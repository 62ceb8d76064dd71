/**
 * Keeps the page's hiding in step with the session: starts the hiding
 * controller when an analysis arrives and hiding is on for the site, updates it
 * when settings change, and stops it (leaving the page as it was) when the
 * site is switched off or the page navigates away.
 */
import type { LayoutProbe, PreparedPage } from '../core/index.js';
import type { AppealKind, HiddenBlock } from '../core/types.js';
import type { HiddenCounts } from '../shared/messages.js';
import { startHiding, type HidingController, type HidingState } from './hiding/index.js';

export interface HidingConfig {
  enabled: boolean;
  kinds: AppealKind[];
  /** The site's manual rules (picked blocks). */
  rules: string[];
}

const NO_COUNTS: HiddenCounts = { donation: 0, newsletter: 0, subscription: 0 };

export class LiveHiding {
  private controller: HidingController | null = null;
  private lifetime: AbortController | null = null;
  private analysis: PreparedPage | null = null;
  private config: HidingConfig = { enabled: false, kinds: [], rules: [] };

  constructor(
    private readonly document: Document,
    private readonly probe: LayoutProbe | undefined,
    private readonly onChange: (counts: HiddenCounts) => void,
  ) {}

  get blocks(): HiddenBlock[] {
    return this.controller?.state.blocks ?? [];
  }

  get revealed(): boolean {
    return this.controller?.state.revealed ?? false;
  }

  /** A new analysis of the page (or null when it could not be analysed: manual rules still apply). */
  setAnalysis(analysis: PreparedPage | null): void {
    this.analysis = analysis;
    this.restart();
  }

  setConfig(config: HidingConfig): void {
    const previous = this.config;
    this.config = config;
    if (!this.controller || previous.enabled !== config.enabled) return this.restart();
    if (previous.kinds.join() !== config.kinds.join()) this.controller.setKinds(config.kinds);
    if (previous.rules.join('\n') !== config.rules.join('\n')) this.controller.setExtraSelectors(config.rules);
  }

  setRevealed(revealed: boolean): void {
    if (revealed) this.controller?.reveal();
    else this.controller?.conceal();
  }

  private restart(): void {
    const wasRevealed = this.revealed;
    this.lifetime?.abort(); // Stops the old controller: marks, sheet and observer go.
    this.lifetime = null;
    this.controller = null;
    if (!this.config.enabled) return this.onChange(NO_COUNTS);
    this.lifetime = new AbortController();
    this.controller = startHiding(this.document, {
      appeals: this.analysis?.appeals ?? [],
      detect: this.analysis?.detectAppeals,
      kinds: this.config.kinds,
      extraSelectors: this.config.rules,
      signal: this.lifetime.signal,
      layoutProbe: this.probe,
      onChange: (state: HidingState) => this.onChange(state.counts),
    });
    if (wasRevealed) this.controller.reveal();
  }
}
