/** Italian word lists for quote attribution. */
import type { QuoteLanguage } from '../quote-language.js';

export const ITALIAN: QuoteLanguage = {
  speechVerbs: [
    'detto', 'dichiarato', 'spiegato', 'aggiunto', 'affermato', 'sottolineato', 'commentato', 'osservato', 'scritto',
    'ammesso', 'precisato', 'ribadito', 'annunciato', 'assicurato', 'evidenziato', 'concluso', 'avvertito',
    'dice', 'spiega', 'aggiunge', 'afferma', 'sottolinea', 'dichiara', 'commenta', 'scrive', 'osserva', 'ribadisce',
    'disse', 'dichiarò', 'aggiunse', 'spiegò', 'affermò', 'replicato', 'replica', 'attaccato', 'attacca',
  ],
  sourcePrepositions: ['secondo', 'a detta di', 'stando a'],
  postposedMarkers: [],
  pronouns: { lui: 'm', lei: 'f', loro: 'p' },
  groupPronouns: ['loro'],
  titles: ['sig', 'sig.ra', 'dott', 'dott.ssa', 'prof', 'on', 'presidente', 'ministro', 'ministra', 'sindaco'],
  functionWords: [
    'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'ma', 'e', 'o', 'in', 'con', 'per', 'di', 'del', 'della', 'al',
    'secondo', 'lui', 'lei', 'questo', 'questa', 'se', 'quando', 'anche', 'lunedì', 'martedì', 'mercoledì',
    'giovedì', 'venerdì', 'sabato', 'domenica', 'però', 'inoltre',
  ],
  roleNouns: [
    'portavoce', 'ministro', 'ministra', 'presidente', 'presidentessa', 'responsabile', 'esperto', 'esperta', 'sindaco',
    'sindaca', 'premier', 'segretario', 'segretaria', 'direttore', 'direttrice', 'deputato', 'deputata', 'senatore',
    'senatrice', 'avvocato', 'avvocata', 'procuratore', 'giudice', 'ambasciatore', 'ambasciatrice', 'candidato', 'candidata', 'leader',
  ],
  anonymousNouns: ['fonte', 'fonti'],
  bridgeWords: ['che', 'ha', 'hanno', 'ai', 'giornalisti', 'in', 'una', 'nota', 'conferenza', 'stampa', 'a', 'al'],
  organizationWords: ['ministero', 'governo', 'partito', 'camera', 'senato', 'agenzia', 'banca', 'consiglio', 'tribunale'],
  documentNouns: ['rapporto', 'comunicato', 'dichiarazione', 'studio', 'lettera', 'documento', 'sentenza'],
  labelVerbs: ['definito', 'definisce', 'chiamato', 'bollato', 'attaccato', 'attacca'],
};
