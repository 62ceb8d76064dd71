/** The public shapes of the live-page hiding controller. */
import type { AppealKind, HiddenBlock } from '../../core/types.js';
import type { DetectedAppeal, LayoutProbe } from '../../core/appeals/index.js';
import type { KindCounts } from './marked-blocks.js';

export const ALL_KINDS: readonly AppealKind[] = ['donation', 'newsletter', 'subscription'];

export interface HidingState {
  /** Blocks currently marked for hiding (enabled kinds only), in document order. */
  blocks: HiddenBlock[];
  counts: KindCounts;
  /** True after `reveal()`: blocks are marked but shown. */
  revealed: boolean;
}

export interface HidingOptions {
  /** Appeals found when the page was analysed (`analyzeDocument().appeals`). */
  appeals: readonly DetectedAppeal[];
  /** Detector for subtrees added later (`analyzeDocument().detectAppeals`), sharing the article guard. */
  detect?: (root: Element) => DetectedAppeal[];
  kinds?: readonly AppealKind[];
  /** User rules: extra CSS selectors hidden by the same sheet. */
  extraSelectors?: readonly string[];
  signal?: AbortSignal;
  onChange?: (state: HidingState) => void;
  /** Real-browser layout, to tell whether the page locked scrolling. */
  layoutProbe?: LayoutProbe;
  /** Main-thread time one batch of later-added nodes may take. */
  budgetMs?: number;
}

export interface HidingController {
  readonly state: HidingState;
  /** Shows every hidden block (the sheet is disabled, marks stay). */
  reveal(): void;
  /** Hides them again. */
  conceal(): void;
  setKinds(kinds: readonly AppealKind[]): void;
  /** Removes the sheet, the marks and the observer: the page is as it was. */
  stop(): void;
  /** Resolves once queued additions are processed (tests, e2e). */
  settled(): Promise<void>;
}
