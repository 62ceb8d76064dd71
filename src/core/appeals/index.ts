/** Public face of the appeal detector (see `detect-appeals.ts` for how it works). */
export { detectAppeals, type DetectedAppeal, type DetectOptions } from './detect-appeals.js';
export { createArticleGuard, NO_ARTICLE, type ArticleGuard } from './article-guard.js';
export { computedStyleProbe, markupProbe, type LayoutProbe } from './layout-probe.js';
export { stripAppealText } from './strip-appeal-text.js';
export { cssSelectorFor } from './css-selector.js';
