/** English word lists for quote attribution. */
import type { QuoteLanguage } from '../quote-language.js';

/** Verbs reporting speech, in their -s, -ed and bare forms. */
const VERB_STEMS = [
  'say:said', 'tell:told', 'write:wrote', 'add', 'warn', 'argue', 'ask', 'note', 'insist', 'explain', 'tweet',
  'post', 'state', 'declare', 'announce', 'claim', 'continue', 'reply:replied', 'respond', 'recall', 'remark',
  'observe', 'acknowledge', 'admit:admitted', 'concede', 'contend', 'counter', 'caution', 'stress', 'emphasize',
  'emphasise', 'suggest', 'predict', 'promise', 'vow', 'pledge', 'urge', 'complain', 'lament', 'boast', 'joke',
  'quip:quipped', 'shout', 'yell', 'scream', 'exclaim', 'whisper', 'conclude', 'agree', 'confirm', 'report',
  'testify:testified', 'wonder', 'muse', 'charge', 'allege', 'assert', 'maintain', 'proclaim', 'text', 'email',
  'blog:blogged', 'comment', 'reiterate', 'recount', 'deny:denied', 'predict', 'reason', 'retort',
  'scoff', 'snap:snapped', 'thunder', 'sigh', 'laugh', 'tell:told', 'add', 'mention', 'point', 'advise', 'assure',
  'concur:concurred', 'declare', 'demand', 'elaborate', 'interject', 'muse', 'plead', 'propose', 'rant', 'remind',
  'reflect', 'reveal', 'vent', 'acknowledge', 'chant', 'question', 'challenge',
];

/** Speech verbs that name or judge rather than report: "called it “a disaster”", "branded them “traitors”". */
const LABEL_STEMS = [
  'call', 'dub:dubbed', 'brand', 'label:labeled', 'attack', 'blast', 'slam:slammed', 'mock', 'criticize', 'criticise',
  'accuse', 'dismiss', 'praise', 'hail', 'decry:decried', 'denounce', 'condemn', 'rate', 'term', 'scold',
  'rip:ripped', 'describe',
];

function inflect(entry: string): string[] {
  const [stem = '', past] = entry.split(':');
  const consonantY = /[^aeiou]y$/.test(stem);
  const third = /(s|sh|ch|x)$/.test(stem) ? `${stem}es` : consonantY ? `${stem.slice(0, -1)}ies` : `${stem}s`;
  const regularPast = stem.endsWith('e') ? `${stem}d` : consonantY ? `${stem.slice(0, -1)}ied` : `${stem}ed`;
  const doubled = past !== undefined && /([bdgmnprt])\1ed$/.test(past);
  const participle = doubled ? `${stem}${stem.slice(-1)}ing` : /[^e]e$/.test(stem) ? `${stem.slice(0, -1)}ing` : `${stem}ing`;
  // Bare stems are mostly nouns in news ("the report", "a mental state"); keep only the unambiguous ones.
  return [...(UNAMBIGUOUS_STEMS.has(stem) ? [stem] : []), third, past ?? regularPast, participle];
}

const UNAMBIGUOUS_STEMS = new Set(['say', 'tell', 'ask', 'add', 'write', 'warn', 'insist', 'explain', 'argue', 'declare', 'admit', 'acknowledge']);

export const ENGLISH: QuoteLanguage = {
  speechVerbs: [
    ...VERB_STEMS.flatMap(inflect), ...LABEL_STEMS.flatMap(inflect),
    'pointed out', 'points out', 'went on', 'goes on', 'told reporters', 'wrote on twitter', 'said in a statement',
  ],
  sourcePrepositions: ['according to', 'in the words of', 'quoting'],
  postposedMarkers: [],
  pronouns: { he: 'm', she: 'f', they: 'p', it: 'n', we: 'p', i: 'p' },
  groupPronouns: ['they'],
  titles: [
    'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor',
    'president', 'vice', 'secretary', 'minister', 'prime', 'mayor', 'gen', 'general', 'lt', 'col', 'colonel', 'maj',
    'major', 'capt', 'captain', 'sgt', 'adm', 'admiral', 'rev', 'reverend', 'judge', 'justice', 'chief', 'speaker',
    'house', 'senate', 'attorney', 'retired', 'former', 'republican', 'democrat', 'democratic', 'gop', 'sir', 'dame',
    'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'pope', 'chancellor', 'ambassador', 'commissioner',
    'director', 'ceo', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'nominee',
    'candidate', 'presidential', 'sheriff', 'officer', 'detective', 'coach', 'st', 'u.s.', 'us', 'foreign', 'defense',
    'defence', 'state', 'white', 'press', 'campaign', 'first', 'then', 'sens', 'reps', 'msgr', 'father', 'sister',
    'brother', 'dean', 'prosecutor', 'counsel', 'leader', 'majority', 'minority', 'whip', 'congressman', 'congresswoman',
    'lawmaker', 'activist', 'author', 'historian', 'economist', 'analyst', 'strategist', 'pollster', 'adviser', 'advisor',
  ],
  functionWords: [
    'the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'of', 'to', 'by', 'with', 'from', 'as',
    'after', 'before', 'when', 'while', 'if', 'then', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we',
    'i', 'his', 'her', 'their', 'our', 'my', 'however', 'meanwhile', 'still', 'also', 'asked', 'speaking', 'according',
    'later', 'earlier', 'now', 'there', 'here', 'what', 'why', 'how', 'who', 'where', 'yes', 'no', 'not', 'even',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
    'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'ok', 'oh', 'well', 'instead',
    'last', 'next', 'both', 'all', 'some', 'many', 'most', 'such', 'other', 'another', 'one', 'two', 'three',
    'during', 'despite', 'since', 'until', 'although', 'though', 'because', 'unlike', 'like', 'among', 'amid', 'under', 'over',
    'only', 'just', 'following', 'citing', 'asked', 'speaking', 'responding', 'writing', 'addressing', 'even', 'every', 'each',
  ],
  roleNouns: [
    'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'mayor', 'governor',
    'senator', 'lawmaker', 'congressman', 'congresswoman', 'candidate', 'nominee', 'lawyer', 'attorney', 'adviser',
    'advisor', 'aide', 'analyst', 'expert', 'economist', 'professor', 'director', 'chief', 'head', 'executive',
    'chairman', 'chairwoman', 'secretary', 'ambassador', 'diplomat', 'officer', 'commander', 'general', 'researcher',
    'scientist', 'doctor', 'witness', 'resident', 'author', 'historian', 'judge', 'prosecutor', 'leader', 'manager',
    'founder', 'owner', 'ceo', 'chancellor', 'premier', 'representative', 'activist', 'strategist', 'pollster',
    'businessman', 'businesswoman', 'woman', 'man', 'mother', 'father', 'veteran', 'teacher', 'student', 'pastor',
    'reverend', 'sheriff', 'chairperson', 'deputy', 'envoy', 'negotiator', 'organizer', 'candidate', 'billionaire', 'ally', 'friend', 'partner', 'colleague', 'critic', 'supporter',
    'member', 'surrogate', 'source', 'sources', 'insider', 'questioner', 'nurse', 'officer', 'worker', 'farmer', 'voter', 'writer', 'journalist', 'reporter', 'editor',
    // Plural groups: never one earlier person, so they speak unnamed.
    'critics', 'protesters', 'demonstrators', 'residents', 'experts', 'analysts', 'observers', 'witnesses', 'prosecutors',
    'investigators', 'lawmakers', 'researchers', 'scientists', 'economists', 'authorities', 'supporters', 'opponents', 'voters',
    'leaders', 'aides', 'advisers', 'diplomats', 'organizers', 'activists', 'doctors', 'teachers', 'parents', 'students', 'workers',
  ],
  anonymousNouns: ['source', 'sources', 'insider', 'insiders'],
  bridgeWords: [
    'that', 'reporters', 'journalists', 'us', 'me', 'him', 'her', 'them', 'the', 'a', 'an', 'in', 'on', 'at', 'to',
    'statement', 'interview', 'press', 'conference', 'news', 'briefing', 'speech', 'rally', 'post', 'tweet', 'letter',
    'email', 'later', 'also', 'then', 'again', 'simply', 'recently', 'earlier', 'previously', 'repeatedly', 'once',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'night',
    'morning', 'afternoon', 'evening', 'week', 'last', 'this', 'during', 'with', 'his', 'her', 'their', 'its', 'of',
    'crowd', 'audience', 'supporters', 'television', 'radio', 'twitter', 'facebook', 'it', 'bluntly', 'flatly',
  ],
  organizationWords: ['service', 'ministry', 'agency', 'party', 'committee', 'office', 'department', 'times', 'news', 'post',
    'university', 'association', 'council', 'foundation', 'bank', 'inc', 'corp', 'company', 'group', 'union', 'house',
    'court', 'congress', 'senate', 'government', 'army', 'force', 'forces', 'police', 'street', 'center', 'centre',
    'institute', 'journal', 'press', 'network', 'commission', 'board', 'bureau', 'fund', 'county', 'city', 'state',
    'states', 'republic', 'kingdom', 'federation', 'club', 'church', 'school', 'hospital', 'airport', 'tower',
    'campaign', 'administration', 'organization', 'organisation', 'project', 'research', 'reuters', 'ap',
    'interfax', 'tass', 'cnn', 'bbc', 'fox', 'twitter', 'facebook', 'google', 'kremlin', 'pentagon', 'ministry'],
  documentNouns: ['report', 'statement', 'study', 'letter', 'memo', 'survey', 'filing', 'complaint', 'lawsuit', 'ruling', 'analysis', 'release', 'document', 'communique', 'bulletin',
    'article', 'book', 'video', 'ad', 'clip', 'editorial', 'website'],
  // Writers vary the noun for the same document: "a web video … The ad … The clip says". Not "spot": "on the spot".
  documentKinds: ['video ad clip commercial', 'article piece story column editorial op-ed', 'book memoir'],
  labelVerbs: [...LABEL_STEMS.flatMap(inflect), 'labelled', 'labelling'],
  adjectivalNames: [
    'republican', 'democratic', 'democrat', 'gop', 'libertarian', 'presidential', 'congressional', 'american', 'british',
    'european', 'russian', 'chinese', 'french', 'german', 'israeli', 'palestinian', 'iranian', 'ukrainian', 'mexican',
    'canadian', 'japanese', 'korean', 'african-american', 'hispanic', 'latino', 'muslim', 'christian', 'catholic',
  ],
};
