/** Copy builders with the popup's localized labels. */
import type { PageAnalysis } from '../core/types.js';
import { t } from '../shared/i18n.js';
import { toMarkdown, toPlainText, type CopyLabels } from './copy-as.js';

export function copyLabels(): CopyLabels {
  return {
    summary: t('summaryHeading'),
    figures: t('figuresHeading'),
    quotes: t('quotesHeading'),
    unattributed: t('unattributed'),
    untitled: t('untitled'),
  };
}

export function copyAnalysis(analysis: PageAnalysis, format: 'markdown' | 'text'): string {
  return format === 'markdown' ? toMarkdown(analysis, copyLabels()) : toPlainText(analysis, copyLabels());
}
