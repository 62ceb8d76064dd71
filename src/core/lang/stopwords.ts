/**
 * Function words per language. The summariser ignores them when it compares
 * sentences, and the sentence splitter takes a capitalised one after an
 * ambiguous abbreviation ("… in the U.S. The …") as the start of a new sentence.
 */
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from './language.js';

const WORDS: Record<SupportedLanguage, string> = {
  en:
    'a about above after again against all also although am an and another any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each either else even ever every few for from ' +
    'further had has have having he her here hers herself him himself his how however i if in into is it its itself ' +
    'just last least less many may me might more most much must my myself neither never no nor not now of off often ' +
    'on once one only or other others our ours ourselves out over own per rather same she should since so some such ' +
    'than that the their theirs them themselves then there these they this those though through thus to too under ' +
    'until up upon us very was we were what when where whether which while who whom whose why will with within ' +
    'without would yet you your yours yourself yourselves said says say told according also still just already ' +
    "mr mrs ms dr it's he's she's that's there's they're we're i'm don't didn't doesn't won't can't isn't wasn't",
  ru:
    'а без более бы был была были было быть в вам вас весь во вот все всё всего всех вы где да даже для до его ее её ' +
    'если есть еще ещё же за здесь и из или им их к как какой когда кто ли либо лишь между меня мне много может мы на ' +
    'над надо наш не него нее неё нет ни них но ну о об однако он она они оно от очень по под после потому при про ' +
    'с сам свой себя себе со так также такой там те тем то того тоже той только том ты у уже хотя чего чей чем что ' +
    'чтобы эта эти это этого этой этом этот я заявил заявила сказал сказала сообщил сообщила который которая которые которых',
  de:
    'aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis bist da damit ' +
    'dann das dass dem den denn der des dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine ' +
    'einem einen einer eines er es etwa euch für gegen gewesen hab habe haben hat hatte hätte ich ihm ihn ihnen ihr ihre ' +
    'im in ist ja jede jedem jeden jeder jedes jetzt kann kein keine können könnte machen man mehr mein mit muss nach ' +
    'nicht nichts noch nun nur ob oder ohne schon sehr sei sein seine seit sich sie sind so soll sondern sowie über um ' +
    'und uns unter vom von vor war waren was weil welche wenn werden wie wieder will wir wird wurde wurden zu zum zur sagte',
  fr:
    'à au aux avec ce ces cet cette dans de des du elle elles en est et été être eux il ils je la le les leur leurs lui ' +
    'ma mais me même mes moi mon ne nos notre nous on ont ou où par pas pour qu que qui sa sans se selon ses si son sont ' +
    'sur ta te tes toi ton tous tout toute toutes très tu un une vos votre vous y a ai avait avons aussi car comme ' +
    'depuis donc dont encore entre fait faire ici lors mais ni peu plus puis quand sera seront ainsi alors déjà après avant a-t-il',
  es:
    'a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el él ella ellas ellos en ' +
    'entre era es esa esas ese eso esos esta estaba están este esto estos fue fueron ha había han hasta hay la las le ' +
    'les lo los más me mi mientras muy ni no nos nosotros o otra otras otro otros para pero poco por porque que qué ' +
    'quien se sea ser si sí sin sobre son su sus también tan te tiene tienen todo todos tras tu un una uno unos y ya dijo según',
  it:
    'a ad al alla alle allo agli ai anche avere c che chi ci come con contro cui da dal dalla dalle dei del della delle ' +
    'dello degli di dopo dove e è ed era erano essere gli ha hanno ho i il in io la le lei lo loro lui ma mi mio molto ' +
    'ne negli nei nel nella nelle nello noi non nostro o ogni per perché più poi quale quando quanto quella quelle quello ' +
    'questa queste questo se sei si sia sono su sua sue sui sul sulla suo suoi tra tutti tutto un una uno vi già ha detto secondo',
};

const SETS = new Map<SupportedLanguage, ReadonlySet<string>>(
  SUPPORTED_LANGUAGES.map((lang) => [lang, new Set(WORDS[lang].split(' '))]),
);

const ALL = new Set(SUPPORTED_LANGUAGES.flatMap((lang) => WORDS[lang].split(' ')));

/** The stopwords of `lang`, lower-case; every list together when the language is unknown. */
export function stopwordsFor(lang: SupportedLanguage | null): ReadonlySet<string> {
  return lang ? (SETS.get(lang) ?? ALL) : ALL;
}
