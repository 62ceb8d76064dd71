/** German word lists for quote attribution. */
import type { QuoteLanguage } from '../quote-language.js';

export const GERMAN: QuoteLanguage = {
  speechVerbs: [
    'sagte', 'sagt', 'sagten', 'sagen', 'erklärte', 'erklärt', 'erklärten', 'betonte', 'betont', 'meinte', 'meint',
    'schrieb', 'schreibt', 'warnte', 'warnt', 'kritisierte', 'forderte', 'fordert', 'berichtete', 'berichtet',
    'ergänzte', 'ergänzt', 'unterstrich', 'bekräftigte', 'versicherte', 'fügte', 'teilte', 'räumte', 'antwortete',
    'erläuterte', 'mahnte', 'sprach', 'rief', 'fragte', 'zitiert', 'zitierte', 'twitterte', 'verkündete',
    'hieß', 'bestätigte', 'kommentierte', 'stellte', 'gesagt', 'erklärt', 'betont',
  ],
  sourcePrepositions: ['laut', 'zufolge', 'nach angaben von', 'nach worten von'],
  postposedMarkers: ['so'],
  pronouns: { er: 'm', sie: 'f' },
  groupPronouns: [],
  titles: [
    'herr', 'frau', 'dr', 'prof', 'bundeskanzler', 'bundeskanzlerin', 'kanzler', 'kanzlerin', 'minister',
    'ministerin', 'präsident', 'präsidentin', 'bürgermeister', 'bürgermeisterin', 'sprecher', 'sprecherin',
    'regierungssprecher', 'regierungssprecherin', 'chef', 'chefin', 'vorsitzende', 'vorsitzender', 'abgeordnete',
    'abgeordneter', 'bundespräsident', 'außenminister', 'außenministerin', 'innenminister', 'finanzminister',
  ],
  functionWords: [
    'der', 'die', 'das', 'ein', 'eine', 'aber', 'und', 'oder', 'doch', 'in', 'im', 'am', 'auf', 'für', 'von', 'mit',
    'nach', 'bei', 'auch', 'er', 'sie', 'es', 'wir', 'ich', 'man', 'dies', 'diese', 'dieser', 'wenn', 'als', 'wie',
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'dem', 'den', 'des',
  ],
  roleNouns: [
    'sprecher', 'sprecherin', 'minister', 'ministerin', 'politiker', 'experte', 'expertin', 'chef', 'chefin',
    'bürgermeister', 'bürgermeisterin', 'kanzler', 'kanzlerin', 'präsident', 'präsidentin', 'abgeordnete', 'abgeordneter',
  ],
  anonymousNouns: ['quelle', 'quellen', 'insider'],
  bridgeWords: ['dass', 'am', 'der', 'dem', 'zeitung', 'gegenüber', 'hinzu', 'mit', 'ein', 'zu', 'fest', 'ein'],
  organizationWords: ['ministerium', 'regierung', 'partei', 'bundestag', 'amt', 'agentur', 'zeitung', 'bank', 'gericht', 'verband'],
  documentNouns: ['bericht', 'erklärung', 'mitteilung', 'studie', 'schreiben', 'gutachten', 'pressemitteilung', 'urteil'],
  labelVerbs: ['nannte', 'nennt', 'bezeichnete', 'bezeichnet', 'kritisierte'],
};
