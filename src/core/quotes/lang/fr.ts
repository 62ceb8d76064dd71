/** French word lists for quote attribution. */
import type { QuoteLanguage } from '../quote-language.js';

/** Past participles (used with "a", "a-t-il") and present forms of speech verbs. */
const PARTICIPLES = [
  'dit', 'déclaré', 'ajouté', 'affirmé', 'expliqué', 'souligné', 'indiqué', 'estimé', 'précisé', 'assuré', 'lancé',
  'confié', 'écrit', 'averti', 'prévenu', 'insisté', 'reconnu', 'répondu', 'martelé', 'dénoncé', 'rappelé',
  'poursuivi', 'noté', 'observé', 'raconté', 'regretté', 'jugé', 'commenté', 'confirmé', 'annoncé', 'tweeté',
  'résumé', 'admis', 'avoué', 'conclu', 'plaidé', 'jugé', 'ironisé', 'tranché', 'glissé',
];
const PRESENT = [
  'déclare', 'dit', 'affirme', 'explique', 'souligne', 'estime', 'assure', 'ajoute', 'précise', 'indique', 'écrit',
  'lance', 'insiste', 'confie', 'rappelle', 'poursuit', 'note', 'martèle', 'reconnaît', 'dénonce', 'résume',
  'déclara', 'dit-il', 'dit-elle', 'ajoute-t-il', 'ajoute-t-elle', 'explique-t-il', 'explique-t-elle',
];

export const FRENCH: QuoteLanguage = {
  speechVerbs: [...PARTICIPLES, ...PRESENT],
  sourcePrepositions: ['selon', "d'après", 'd’après', 'pour'],
  postposedMarkers: [],
  pronouns: { il: 'm', elle: 'f', ils: 'p', elles: 'p', 'a-t-il': 'm', 'a-t-elle': 'f', 'ont-ils': 'p', 'ont-elles': 'p' },
  groupPronouns: ['ils', 'elles', 'ont-ils', 'ont-elles'],
  titles: ['m', 'mme', 'mlle', 'me', 'dr', 'pr', 'président', 'ministre', 'maire', 'général'],
  functionWords: [
    'le', 'la', 'les', 'un', 'une', 'mais', 'et', 'ou', 'donc', 'en', 'dans', 'sur', 'pour', 'par', 'avec', 'de',
    'du', 'des', 'il', 'elle', 'ils', 'elles', 'nous', 'je', 'ce', 'cette', 'selon', 'lundi', 'mardi', 'mercredi',
    'jeudi', 'vendredi', 'samedi', 'dimanche', 'si', 'quand', 'alors', 'ainsi',
  ],
  roleNouns: [
    'porte-parole', 'ministre', 'président', 'présidente', 'responsable', 'expert', 'experte', 'maire', 'député', 'députée',
    'sénateur', 'sénatrice', 'directeur', 'directrice', 'secrétaire', 'dirigeant', 'dirigeante', 'avocat', 'avocate',
    'procureur', 'procureure', 'juge', 'ambassadeur', 'ambassadrice', 'candidat', 'candidate', 'cheffe', 'conseiller', 'conseillère',
  ],
  anonymousNouns: ['source', 'sources', 'proche', 'proches'],
  bridgeWords: ['que', "qu'", 'qu’', 'au', 'à', 'la', 'le', 'journal', 'presse', 'lors', 'conférence', 'de'],
  organizationWords: ['ministère', 'gouvernement', 'parti', 'assemblée', 'agence', 'journal', 'banque', 'conseil', 'élysée'],
  documentNouns: ['rapport', 'communiqué', 'déclaration', 'étude', 'lettre', 'document', 'arrêt'],
  labelVerbs: ['qualifié', 'qualifie', 'traité', 'traite', 'baptisé'],
};
