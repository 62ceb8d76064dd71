/** Spanish word lists for quote attribution. */
import type { QuoteLanguage } from '../quote-language.js';

export const SPANISH: QuoteLanguage = {
  speechVerbs: [
    'dijo', 'afirmó', 'aseguró', 'declaró', 'señaló', 'explicó', 'añadió', 'agregó', 'indicó', 'manifestó',
    'sostuvo', 'advirtió', 'subrayó', 'destacó', 'apuntó', 'comentó', 'reconoció', 'respondió', 'insistió',
    'escribió', 'precisó', 'expresó', 'dice', 'afirma', 'asegura', 'explica', 'señala', 'añade', 'agrega', 'indica',
    'destaca', 'sostiene', 'advierte', 'dicho', 'afirmado', 'asegurado', 'declarado', 'señalado', 'explicado',
    'añadido', 'indicado', 'manifestado', 'subrayado', 'destacado', 'reconocido', 'escrito', 'lamentó', 'denunció',
    'concluyó', 'recordó', 'apostilló', 'sentenció', 'zanjó', 'tuiteó', 'admitió', 'puntualizó', 'remarcó',
  ],
  sourcePrepositions: ['según', 'de acuerdo con', 'a juicio de', 'en palabras de'],
  postposedMarkers: [],
  pronouns: { 'él': 'm', ella: 'f', ellos: 'p', ellas: 'p' },
  groupPronouns: ['ellos', 'ellas'],
  titles: ['sr', 'sra', 'srta', 'don', 'doña', 'dr', 'dra', 'presidente', 'presidenta', 'ministro', 'ministra'],
  functionWords: [
    'el', 'la', 'los', 'las', 'un', 'una', 'pero', 'y', 'o', 'en', 'con', 'por', 'para', 'de', 'del', 'al', 'según',
    'él', 'ella', 'ellos', 'este', 'esta', 'si', 'cuando', 'también', 'lunes', 'martes', 'miércoles', 'jueves',
    'viernes', 'sábado', 'domingo', 'además', 'sin', 'embargo',
  ],
  roleNouns: [
    'portavoz', 'ministro', 'ministra', 'presidente', 'presidenta', 'responsable', 'experto', 'experta', 'alcalde', 'alcaldesa',
    'secretario', 'secretaria', 'director', 'directora', 'jefe', 'jefa', 'diputado', 'diputada', 'senador', 'senadora',
    'concejal', 'concejala', 'consejero', 'consejera', 'gobernador', 'gobernadora', 'candidato', 'candidata', 'líder',
    'dirigente', 'abogado', 'abogada', 'juez', 'jueza', 'embajador', 'embajadora', 'vicepresidente', 'vicepresidenta',
  ],
  anonymousNouns: ['fuente', 'fuentes'],
  bridgeWords: ['que', 'a', 'la', 'el', 'los', 'periodistas', 'en', 'rueda', 'prensa', 'de', 'este', 'ha', 'había'],
  organizationWords: ['ministerio', 'gobierno', 'partido', 'congreso', 'agencia', 'banco', 'consejo', 'tribunal', 'moncloa'],
  documentNouns: ['informe', 'comunicado', 'declaración', 'estudio', 'carta', 'documento', 'sentencia'],
  labelVerbs: ['calificó', 'califica', 'tildó', 'tilda', 'llamó', 'denominó'],
};
