/**
 * ISO 4217 codes for the currency names Recognizers-Text writes in its
 * `Resolution.unit` when it gives no `isoCurrency` ("Dollar", "Livre", "Dólar
 * canadiense"). A bare "Dollar" or "Franc" does not say which country's, so
 * it stands for a set of codes; sub-units ("Cent", "Pence") have no code.
 */

const DOLLARS = ['USD', 'CAD', 'AUD', 'HKD', 'NZD', 'SGD', 'TWD'];
const FRANCS = ['CHF', 'FRF', 'BEF'];

const BY_NAME: Record<string, readonly string[]> = {
  'dollar': DOLLARS, 'dólar': DOLLARS,
  'franc': FRANCS, 'franco': FRANCS,
  'united states dollar': ['USD'], 'dollar états-unis': ['USD'], 'dólar estadounidense': ['USD'],
  'canadian dollar': ['CAD'], 'dollar canadien': ['CAD'], 'dólar canadiense': ['CAD'],
  'australian dollar': ['AUD'], 'dollar australien': ['AUD'], 'dólar australiano': ['AUD'],
  'hong kong dollar': ['HKD'], 'dollar de hong kong': ['HKD'], 'dólar de hong kong': ['HKD'],
  'euro': ['EUR'], 'pound': ['GBP'], 'livre': ['GBP'], 'libra': ['GBP'],
  'japanese yen': ['JPY'], 'yen japonais': ['JPY'], 'yen': ['JPY'],
  'chinese yuan': ['CNY'], 'yuan chinois': ['CNY'], 'yuan chino': ['CNY'],
  'swiss franc': ['CHF'], 'franc suisse': ['CHF'], 'franco suizo': ['CHF'],
  'finnish markka': ['FIM'], 'mark finlandais': ['FIM'], 'marco finlandés': ['FIM'],
  'netherlands guilder': ['NLG'], 'florins néerlandais': ['NLG'], 'florín neerlandés': ['NLG'],
  'peseta': ['ESP'], 'cambodian riel': ['KHR'],
};

/** Names of hundredths of a currency: the labelled value counts them, not the main unit. */
const SUBUNITS = new Set(['cent', 'centavo', 'centimes', 'pence', 'penny', 'penique', 'pesewa', 'sen']);

/** The ISO codes a labelled currency may be reported as; empty when it has none (sub-units, unknown names). */
export function isoCodesFor(unit: string | undefined, isoCurrency: string | undefined): readonly string[] {
  if (isoCurrency) return [isoCurrency.toUpperCase()];
  return BY_NAME[(unit ?? '').toLowerCase()] ?? [];
}

/** Whether a labelled unit is a hundredth of a currency ("50 cents" is labelled 50 Cent). */
export function isSubunit(unit: string | undefined): boolean {
  return SUBUNITS.has((unit ?? '').toLowerCase());
}
