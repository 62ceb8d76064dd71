/**
 * Structural evidence from form controls: a sign-up form (an e-mail or plain
 * text field and a submit button) and an amount or frequency picker
 * (Once / Monthly / Annual, $5 / $10). Forms that are clearly something else
 * (search, login, comments) give none.
 */
import type { Evidence } from './evidence.js';

/** Control counts of a subtree, summed bottom-up by the detector. */
export interface ControlCounts {
  emailInputs: number;
  textInputs: number;
  buttons: number;
  passwords: number;
  textareas: number;
  searches: number;
  /** Share-by-e-mail, comment and sign-in widgets: they ask for an e-mail address too. */
  foreign: number;
  choices: number;
}

/** Where a subtree's counts are kept: null until its first control (most subtrees have none, and pages have thousands). */
export interface CountsHolder {
  counts: ControlCounts | null;
}

function emptyCounts(): ControlCounts {
  return { emailInputs: 0, textInputs: 0, buttons: 0, passwords: 0, textareas: 0, searches: 0, foreign: 0, choices: 0 };
}

function bump(holder: CountsHolder, control: keyof ControlCounts): void {
  holder.counts ??= emptyCounts();
  holder.counts[control]++;
}

/** Adds a child's counts to its parent's. */
export function addCounts(holder: CountsHolder, from: ControlCounts | null): void {
  if (!from) return;
  const into = (holder.counts ??= emptyCounts());
  into.emailInputs += from.emailInputs;
  into.textInputs += from.textInputs;
  into.buttons += from.buttons;
  into.passwords += from.passwords;
  into.textareas += from.textareas;
  into.searches += from.searches;
  into.foreign += from.foreign;
  into.choices += from.choices;
}

const EMAIL_HINT = /e-?mail|courriel|correo|почт|posta|adresse/i;
const FOREIGN_WIDGET = /(^|[^a-z])(sharing|share-?by-?email|email-?share|comments?|comment-?form|respond|repl(y|ies)|log-?in|sign-?in|contact-?form)([^a-z]|$)/;
const SEARCH_HINT = /^(q|s|query|search|keywords?|suche|recherche|buscar|cerca|поиск)$/i;
const TEXT_TYPES = new Set(['', 'text', 'tel', 'url']);

/** Amounts that make up donation pickers ("$10", "5 €", "€5 / month"); matched against a whole short label. */
const AMOUNT = String.raw`(?:(?:[$€£₽¥]|usd|eur|gbp|rub|chf)\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:[$€£₽]|usd|eur|gbp|rub|руб\.?|chf))`;
const PERIOD = String.raw`(?:\s?(?:/|per|a|par|pro|al|в)\s?(?:month|mo|year|yr|week|mois|an|monat|jahr|mes|año|mese|anno|месяц|год))?`;
const AMOUNT_CHOICE = new RegExp(`^${AMOUNT}${PERIOD}$`);
/** Frequencies and "other amount", as whole labels: a set lookup, no pattern to compile on a cold page. */
const WORD_CHOICES = new Set(['once', 'one-time', 'one time', 'single', 'monthly', 'annual', 'annually', 'yearly', 'weekly',
  'einmalig', 'monatlich', 'jährlich', 'une fois', 'ponctuel', 'mensuel', 'annuel', 'una vez', 'única', 'mensual', 'anual',
  'una tantum', 'mensile', 'annuale', 'разово', 'единоразово', 'ежемесячно', 'ежегодно', 'other amount', 'other',
  'anderer betrag', 'andere betrag', 'anderes betrag', 'autre montant', 'otra cantidad', 'altro importo']);

/** Whether a whole short label is a picker choice. */
function isChoiceLabel(label: string): boolean {
  const lower = label.toLowerCase();
  return WORD_CHOICES.has(lower) || (/\d/.test(lower) && AMOUNT_CHOICE.test(lower));
}

/** Counts the form controls of one element (not its children); `foreign` is `isForeignWidget(element, tag)`, known to the caller. */
export function ownControls(element: Element, tag: string, foreign: boolean, holder: CountsHolder): void {
  if (tag === 'INPUT') {
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    const hints = `${element.getAttribute('name') ?? ''} ${element.id} ${element.getAttribute('placeholder') ?? ''} ${element.getAttribute('autocomplete') ?? ''} ${element.getAttribute('aria-label') ?? ''}`;
    if (type === 'email' || (TEXT_TYPES.has(type) && EMAIL_HINT.test(hints))) bump(holder, 'emailInputs');
    else if (type === 'search' || (TEXT_TYPES.has(type) && SEARCH_HINT.test(element.getAttribute('name') ?? ''))) bump(holder, 'searches');
    else if (type === 'password') bump(holder, 'passwords');
    else if (TEXT_TYPES.has(type)) bump(holder, 'textInputs');
    else if (type === 'submit' || type === 'button' || type === 'image') {
      bump(holder, 'buttons');
      if (isChoiceLabel((element.getAttribute('value') ?? '').trim())) bump(holder, 'choices');
    }
  } else if (tag === 'BUTTON') {
    bump(holder, 'buttons');
  } else if (tag === 'TEXTAREA') {
    bump(holder, 'textareas');
  } else if (tag === 'FORM' && /search|suche|recherche|buscar|cerca/i.test(`${element.getAttribute('action') ?? ''} ${element.id} ${element.getAttribute('class') ?? ''}`)) {
    bump(holder, 'searches');
  }
  if (foreign) bump(holder, 'foreign');
  if (element.getAttribute('role') === 'search') bump(holder, 'searches');
}

/**
 * Share-by-e-mail, comment and sign-in widgets: forms by id, class and action;
 * other elements by id only ("offer__login" links sit inside real appeals).
 */
export function isForeignWidget(element: Element, tag: string): boolean {
  const names = tag === 'FORM' ? `${element.id} ${element.getAttribute('class') ?? ''} ${element.getAttribute('action') ?? ''}` : element.id;
  // Runs on every element with an id: lower-cased and tested without `i`, the cheaper pattern on a cold page.
  return names !== '' && FOREIGN_WIDGET.test(names.toLowerCase());
}

/** Tags whose whole text may be one picker choice. */
const CHOICE_TAGS = new Set(['LABEL', 'BUTTON', 'OPTION', 'A', 'LI', 'SPAN', 'P', 'H2', 'H3', 'H4', 'H5', 'STRONG', 'B']);

/** Counts `element` as a picker choice when its entire (short) text is an amount or a frequency. */
export function countChoice(element: Element, tag: string, holder: CountsHolder): void {
  // A choice is a bare label ("Monthly", "$10", at most an input and an icon beside it); reading the text of
  // every paragraph and link of the page to find that out was one of the detector's larger costs.
  if (!CHOICE_TAGS.has(tag) || element.childElementCount > 2) return;
  const raw = element.textContent ?? '';
  if (raw.length > 200) return; // indentation inflates raw text; the label itself is short
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length <= 30 && isChoiceLabel(text)) bump(holder, 'choices');
}

/** The structural evidence a subtree with these control counts gives. */
export function formEvidence(counts: ControlCounts | null): Evidence[] {
  const found: Evidence[] = [];
  if (!counts) return found;
  // Search, login and comment forms: no sign-up evidence (the detector also refuses blocks holding them).
  if (counts.searches > 0 || counts.passwords > 0 || counts.textareas > 0 || counts.foreign > 0) return found;
  if (counts.emailInputs > 0 && counts.buttons > 0) {
    found.push({ kind: 'newsletter', category: 'structure', weight: 2.5, reason: 'form with e-mail field and submit button' });
  } else if (counts.textInputs > 0 && counts.textInputs <= 2 && counts.buttons > 0) {
    found.push({ kind: 'newsletter', category: 'structure', weight: 1, reason: 'form with text field and submit button' });
  }
  if (counts.choices >= 2) {
    // Kind-neutral: donation asks and subscription offers both show "Monthly / Annual, $7 / $70".
    found.push({ kind: null, category: 'structure', weight: 2.5, reason: 'amount or frequency picker' });
  }
  return found;
}
