/**
 * The article: title, byline, date, reading time, the summary as bullets, key
 * figures (number emphasised, what it counts beside it) and quotes with their
 * speaker. Figures and quotes are buttons that scroll the page to them.
 */
import type { KeyFigure, PageAnalysis, Quote } from '../core/types.js';
import { button, el } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import type { PopupActions } from './popup-actions.js';

/** `publishedTime` as a date in the UI locale, or null when it is not a date. */
export function formatDate(value: string | null, locale: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(date);
  }
}

export function renderArticle(analysis: PageAnalysis, locale: string, actions: PopupActions): HTMLElement {
  const article = el('article', { class: 'article', 'aria-labelledby': 'article-title' });
  article.append(el('h1', { id: 'article-title', class: 'title', lang: analysis.lang ?? false }, analysis.title ?? t('untitled')));
  const meta = [analysis.byline, formatDate(analysis.publishedTime, locale), analysis.readingMinutes > 0 ? t('readingMinutes', String(analysis.readingMinutes)) : null]
    .filter((part): part is string => Boolean(part));
  if (meta.length > 0) article.append(el('p', { class: 'meta muted' }, meta.join(' · ')));
  const lang = analysis.lang ?? false;
  if (analysis.summary.length > 0) {
    const list = el('ul', { class: 'summary', lang });
    for (const point of analysis.summary) list.append(el('li', {}, point));
    article.append(section('summary', t('summaryHeading'), list));
  }
  if (analysis.figures.length > 0) {
    const list = el('ul', { class: 'figures', lang });
    for (const figure of analysis.figures) list.append(el('li', {}, renderFigure(figure, actions)));
    article.append(section('figures', t('figuresHeading'), list));
  }
  if (analysis.quotes.length > 0) {
    const list = el('ul', { class: 'quotes', lang });
    for (const quote of analysis.quotes) list.append(el('li', {}, renderQuote(quote, actions)));
    article.append(section('quotes', t('quotesHeading'), list));
  }
  return article;
}

function section(id: string, heading: string, body: HTMLElement): HTMLElement {
  return el('section', { class: `part part-${id}`, 'aria-labelledby': `${id}-heading` }, el('h2', { id: `${id}-heading` }, heading), body);
}

function renderFigure(figure: KeyFigure, actions: PopupActions): HTMLButtonElement {
  const label = el('span', {}, el('strong', { class: 'figure-number' }, figure.text), figure.context ? el('span', { class: 'figure-context' }, figure.context) : null);
  return button(label, () => actions.scrollTo(figure.text), { class: 'jump figure', title: t('showInPage') });
}

function renderQuote(quote: Quote, actions: PopupActions): HTMLButtonElement {
  const speaker = quote.speaker ? `— ${quote.speaker}` : `— ${t('unattributed')}`;
  const label = el('span', {}, el('q', { class: 'quote-text' }, quote.text), el('span', { class: 'speaker' }, speaker));
  return button(label, () => actions.scrollTo(quote.text), { class: 'jump quote', title: t('showInPage') });
}
