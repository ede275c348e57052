/**
 * Word lists for the field rules (subject, authority, attribution, jurisdiction, penalty), as
 * commented data. Each list says what it is for; ./phrases.ts, ./roles.ts and ./fields.ts read
 * them. Everything is lower case, as tokens compare (`Token.t`).
 */
import type { ClaimType } from '../report';

/** Words that open a noun phrase: where a subject like "the head of an online company" begins. */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'some', 'all', 'each', 'every', 'both', 'several', 'many', 'two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'no', 'another', 'one',
  'former', 'federal',
]);

/** Pronouns that may stand as a whole subject ("He was arrested in April"). */
export const PRONOUNS = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'who',
]);

/** Words that end a noun phrase read leftwards: clause openers and verbs of saying. */
export const LEFT_STOPS = new Set([
  'that', 'when', 'after', 'before', 'because', 'while', 'since', 'if', 'although', 'though',
  'where', 'which', 'whom', 'as', 'but', 'said', 'says', 'told', 'say', 'so', 'than', 'then',
  'until', 'unless', 'whether', 'also', 'however', 'meanwhile', 'instead', 'marks', 'is', 'was',
  'are', 'were', 'has', 'have', 'had', 'be', 'been', 'will', 'would', 'could', 'should', 'might',
  'may', 'can', 'did', 'does', 'do', 'by', 'over', 'following', 'among', 'against', 'to', 'see',
  'saw', 'get', 'let', 'make', 'made', 'want', 'wants', 'asked', 'urged', 'saying', 'citing',
  'noting', 'adding', 'means', 'meant',
]);

/** Words that end a noun phrase read rightwards: prepositions, clause openers, time words. */
export const RIGHT_STOPS = new Set([
  'of', 'with', 'for', 'on', 'in', 'at', 'to', 'after', 'before', 'during', 'over', 'from',
  'since', 'by', 'as', 'who', 'which', 'when', 'where', 'because', 'while', 'that', 'into',
  'about', 'under', 'without', 'until', 'if', 'but', 'or', 'than', 'last', 'this', 'earlier',
  'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'today', 'yesterday', 'tonight', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'said',
  'says', 'told', 'will', 'would', 'could', 'and', 'not', 'be', 'been', 'being', 'did', 'do',
  'does', 'also', 'then', 'because', 'following', 'near', 'shortly', 'while', 'amid', 'over',
  'against', 'so', 'again', 'allegedly', 'reportedly', 'formally', 'last', 'next', 'who',
  'there', 'here', 'now', 'yesterday', 'afternoon', 'morning', 'evening', 'night', 'both', 'driven',
  'made', 'assigned', 'involved', 'between', 'through', 'via', 'per',
]);

/** Auxiliaries and adverbs between a subject and its verb ("has previously been"). */
export const AUX = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', "'s", 'will', 'would',
  'could', 'should', 'might', 'may', 'can', 'also', 'later', 'then', 'previously', 'reportedly',
  'allegedly', 'still', 'currently', 'now', 'already', 'first', 'not', 'never', 'since', 'get',
  'got', 'getting', 'just', 'recently', 'formally', 'eventually', 'subsequently', 'did', 'does',
  'do', 'always', 'initially', 'once', 'either', 'neither', "isn't", "aren't", "wasn't", "weren't",
  "hasn't", "haven't", "hadn't", "won't", "wouldn't", "couldn't", "didn't", "doesn't", 'usually',
]);

/** Verbs that pass their subject on to an infinitive ("Ukraine needed to investigate"). */
export const CONTROL_VERBS = new Set([
  'want', 'wants', 'wanted', 'need', 'needs', 'needed', 'decide', 'decides', 'decided', 'plan',
  'plans', 'planned', 'try', 'tries', 'tried', 'seek', 'seeks', 'sought', 'agree', 'agrees',
  'agreed', 'refuse', 'refuses', 'refused', 'move', 'moved', 'vote', 'voted', 'expect', 'expects',
  'expected', 'hope', 'hopes', 'hoped', 'intend', 'intends', 'intended', 'begin', 'began',
  'continue', 'continues', 'continued', 'attempt', 'attempts', 'attempted', 'threatened',
  'threatens', 'vowed', 'vows', 'promised', 'pledged', 'declined', 'failed', 'sought', 'chose',
  'prepared', 'preparing', 'able', 'unable', 'set', 'going', 'likely', 'about', 'supposed', 'due',
  'ready', 'willing', 'poised',
]);

/** The ending of a contracted pronoun ("they're", "he's"). */
export const CONTRACTION = /'(s|re|ve|d|ll|m)$/;

/** Titles whose period stays inside a name ("Christopher D. Battin", "Patrick W. Carlineo Jr."). */
export const NAME_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'lt', 'col', 'gen', 'gov', 'sen', 'rep', 'sgt',
  'capt', 'prof', 'u.s', 'inc', 'co', 'corp', 'ltd',
]);

/** Legal acts whose grammatical object is the claim's subject ("arrested Burton"). */
export const ACT_VERBS = new Set([
  'arrested', 'arrest', 'arresting', 'charged', 'charge', 'charging', 'sued', 'sue', 'suing',
  'sues', 'accused', 'accuse', 'accuses', 'accusing', 'summoned', 'summon', 'questioned',
  'question', 'questioning', 'indicted', 'indict', 'convicted', 'convicting', 'convict',
  'sentenced', 'sentence', 'sentencing', 'detained', 'detain', 'fined', 'fine', 'investigated',
  'investigate', 'investigating', 'investigates', 'deported', 'deport', 'extradited',
  'extradite', 'prosecuted', 'prosecute', 'prosecuting', 'jailed', 'jail', 'grilled', 'raided',
  'stopped', 'subpoenaed', 'interrogated', 'acquitted', 'acquit', 'impeach', 'impeached',
  'evicted', 'brought', 'held', 'ordered', 'released', 'dragged', 'hauled', 'find', 'found',
  'scrutinized', 'examined', 'examining', 'convicting', 'grounded', 'caught', 'transported',
  'invited', 'booked', 'handcuffed', 'apprehended', 'expelled', 'removed', 'banned', 'barred',
  'approached', 'contacted', 'interviewed', 'searched', 'frisked', 'rejected', 'dismissed',
  'transporting', 'booking', 'pursuing', 'pursued', 'targeting', 'targeted', 'arrests', 'charges',
  'convicts', 'indicts', 'sentences', 'fines', 'jails', 'detains', 'questions', 'raids', 'summons',
  'deports', 'extradites', 'prosecutes', 'acquits', 'subpoenas', 'struck', 'strikes', 'strike',
  'threw', 'throws', 'tossed', 'locked',
  'upheld', 'overturned', 'blocked', 'granted', 'holding', 'hold', 'holds', 'keeping',
]);

/** Act verbs that take their object after a particle ("struck down the ban", "threw out the case"). */
export const PARTICLE_VERBS: ReadonlyMap<string, string> = new Map([
  ['struck', 'down'], ['strikes', 'down'], ['strike', 'down'], ['threw', 'out'], ['throws', 'out'],
  ['tossed', 'out'], ['locked', 'up'], ['shut', 'down'],
]);

/** Words after an act verb that open a clause naming the party ("examining whether X…"). */
export const CLAUSE_OBJECTS = new Set(['whether', 'if', 'how', 'why', 'what']);

/** Act verbs whose object must look like people to count ("holding people", not "holding a vote"). */
export const PEOPLE_OBJECT_ONLY = new Set(['holding', 'hold', 'holds', 'keeping', 'caught']);

/** Plural nouns for people, as objects of {@link PEOPLE_OBJECT_ONLY} verbs. */
export const PEOPLE_NOUNS = new Set([
  'people', 'migrants', 'suspects', 'men', 'women', 'children', 'detainees', 'prisoners',
  'protesters', 'students', 'demonstrators', 'immigrants', 'refugees', 'asylum-seekers', 'inmates',
  'journalists', 'activists', 'families', 'minors', 'teenagers', 'workers', 'officials',
]);

/**
 * Act verbs that are everyday verbs in the active voice; their object is a party only in the
 * passive ("was held without bail", "was released on bond") or, for "find", with a verdict
 * ("found him guilty"), not in "held a press conference" or "released a video".
 */
export const PASSIVE_ONLY = new Set(['held', 'released', 'brought', 'removed', 'transported']);

/** Words after "find X" that make it a verdict ("found him guilty"). */
export const FINDINGS = new Set(['guilty', 'liable', 'responsible', 'innocent', 'not']);

/** Subjects of verbs that report what the subject did or suffered ("X pleaded guilty"). */
export const SUBJECT_VERBS = new Set([
  'faces', 'face', 'faced', 'facing', 'pleaded', 'pleads', 'plead', 'pled', 'denied', 'denies',
  'deny', 'admitted', 'admits', 'confessed', 'confesses', 'violated', 'violates', 'signed',
  'failed', 'lied', 'falsified', 'stole', 'committed', 'threatened', 'refused', 'obliged',
  'required', 'prohibited', 'barred', 'banned', 'forbidden', 'asked', 'served', 'serving',
  'remains', 'remain', 'acknowledged', 'agreed', 'chose', 'avoided', 'battling', 'hanged',
  'possessed', 'took', 'kidnapped', 'murdered', 'assaulted', 'grabbed',
  // Predicates of what the law does to someone ("X is not entitled to immunity").
  'entitled', 'allowed', 'permitted', 'exempt', 'immune', 'eligible', 'liable', 'vulnerable',
  'subject', 'escaped', 'fled',
]);

/** Adjectives in {@link SUBJECT_VERBS} that count only after "be" ("he is vulnerable to…"). */
export const PREDICATES = new Set([
  'entitled', 'exempt', 'immune', 'eligible', 'liable', 'vulnerable', 'subject',
]);

/** Verbs whose subject receives the act named by their object ("received a subpoena"). */
export const RECEIVE_VERBS = new Set([
  'received', 'receives', 'receive', 'receiving', 'handed', 'served', 'got', 'gets',
]);

/** Nouns whose "against/into/of" object is the subject ("charges against the two staffers"). */
export const OBJECT_NOUNS = new Set([
  'investigation', 'investigations', 'probe', 'inquiry', 'allegation', 'allegations',
  'accusation', 'accusations', 'charges', 'charge', 'lawsuit', 'suit', 'case', 'cases',
  'proceedings', 'complaint', 'complaints', 'indictment', 'conviction', 'sentencing', 'arrest',
  'extradition', 'prosecution', 'trial', 'impeachment', 'scrutiny', 'moves', 'action',
  'invitation', 'summons', 'detention', 'deportation', 'interrogation', 'questioning',
]);

/** Heads of noun phrases that name a legal authority. */
export const AUTHORITY_HEADS = new Set([
  'police', 'prosecutors', 'prosecutor', 'court', 'courts', 'judge', 'judges', 'jury', 'justices',
  'regulator', 'regulators', 'commission', 'agency', 'fbi', 'sec', 'ftc', 'doj', 'fcc', 'epa',
  'icc', 'investigators', 'officers', 'officer', 'sheriff', "sheriff's", 'authorities',
  'committee', 'congress', 'senate', 'ministry', 'department', 'attorney', 'attorney-general',
  'counsel', 'detectives', 'deputies', 'troopers', 'tribunal', 'magistrate', 'nyag',
  "attorney's", "prosecutor's", "prosecutors'", 'inquisitors', 'interpol', 'cbp', 'dhs',
  'lawmakers', 'enforcement', 'sergeant', 'plaintiff', 'plaintiffs', 'inspector', 'inspectors',
  'inspector-general', 'marshals', 'coroner', 'ombudsman', 'watchdog', 'regulators', 'agents',
  'agent', 'constables', 'gendarmes', 'cops', 'swat',
]);

/** Verbs that credit a source. */
export const REPORTING = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'explained', 'announced', 'reported',
  'reports', 'noted', 'warned', 'stated', 'wrote', 'alleged', 'alleges', 'asserted', 'claimed',
  'claims', 'acknowledged', 'argued', 'confirmed', 'speculated', 'believe', 'believes',
  'insisted', 'testified', 'reiterated', 'suggested', 'revealed', 'tweeted', 'declared',
  'contended', 'maintained', 'alleging', 'saying', 'telling', 'testifying', 'insists', 'contends',
  'stressed', 'called', 'denounced', 'condemned', 'welcomed', 'protested', 'showed', 'shows',
  'recalled', 'emphasised', 'emphasized', 'fear', 'fears', 'feared', 'worry', 'worries',
  'worried', 'posted', 'indicated', 'estimated', 'observed', 'remarked',
]);

/** Verbs of saying that put their source after them (", said a spokesperson"). */
export const INVERTING = new Set([
  'said', 'says', 'added', 'told', 'explained', 'wrote', 'asked', 'noted', 'warned', 'continued',
]);

/** Words that may follow an inverted source ("…, said a spokesperson when contacted"). */
export const INVERTED_ENDS = new Set(['when', 'who', 'in', 'on', 'at', 'during', 'after', 'via']);

/** Heads of pictures, which show but do not report ("The video shows officers…"). */
export const PICTURE_NOUNS = new Set([
  'video', 'videos', 'footage', 'photo', 'photos', 'image', 'images', 'picture', 'pictures',
  'clip',
]);

/** Participles that credit the subject of the clause they follow (", saying that…"). */
export const REPORTING_PARTICIPLES = new Set([
  'saying', 'warning', 'noting', 'adding', 'arguing', 'telling', 'claiming', 'insisting',
  'stressing',
]);

/** Nouns that, before a colon, name the source of what follows ("Internal memo: …"). */
export const SOURCE_NOUNS = new Set([
  'memo', 'report', 'documents', 'document', 'records', 'police', 'prosecutors', 'court',
  'filing', 'filings', 'lawsuit', 'sources', 'officials', 'indictment', 'complaint', 'affidavit',
  'statement', 'letter', 'study', 'audit', 'review', 'investigation', 'probe', 'inquiry',
]);

/** Country and state names with their adjectives, for `jurisdiction`. */
export const PLACES: Record<string, string> = {
  korea: 'Korea', 'south korea': 'South Korea', 'south korean': 'South Korea',
  'north korea': 'North Korea', korean: 'Korea', 'united states': 'United States',
  us: 'United States', 'u.s': 'United States', america: 'United States',
  american: 'United States', uk: 'United Kingdom',
  'united kingdom': 'United Kingdom', britain: 'United Kingdom', british: 'United Kingdom',
  england: 'England', english: 'England', sweden: 'Sweden', swedish: 'Sweden', china: 'China',
  chinese: 'China', 'hong kong': 'Hong Kong', japan: 'Japan', japanese: 'Japan', india: 'India',
  indian: 'India', israel: 'Israel', israeli: 'Israel', russia: 'Russia', russian: 'Russia',
  ukraine: 'Ukraine', ukrainian: 'Ukraine', france: 'France', french: 'France',
  germany: 'Germany', german: 'Germany', italy: 'Italy', italian: 'Italy', spain: 'Spain',
  spanish: 'Spain', canada: 'Canada', canadian: 'Canada', australia: 'Australia',
  australian: 'Australia', nigeria: 'Nigeria', nigerian: 'Nigeria', mexico: 'Mexico',
  mexican: 'Mexico', brazil: 'Brazil', brazilian: 'Brazil', ireland: 'Ireland', irish: 'Ireland',
  scotland: 'Scotland', scottish: 'Scotland', ecuador: 'Ecuador', ecuadorean: 'Ecuador',
  vietnam: 'Vietnam', vietnamese: 'Vietnam', pakistan: 'Pakistan', pakistani: 'Pakistan',
  turkey: 'Turkey', turkish: 'Turkey', iran: 'Iran', iranian: 'Iran', egypt: 'Egypt',
  egyptian: 'Egypt', 'south africa': 'South Africa', singapore: 'Singapore', taiwan: 'Taiwan',
  philippines: 'Philippines', indonesia: 'Indonesia', eu: 'European Union',
  'european union': 'European Union', european: 'European Union', netherlands: 'Netherlands',
  dutch: 'Netherlands', switzerland: 'Switzerland', swiss: 'Switzerland', norway: 'Norway',
  norwegian: 'Norway', denmark: 'Denmark', danish: 'Denmark', poland: 'Poland', polish: 'Poland',
  'new york': 'New York', texas: 'Texas', california: 'California', florida: 'Florida',
  indiana: 'Indiana', illinois: 'Illinois', ohio: 'Ohio', michigan: 'Michigan',
  virginia: 'Virginia', washington: 'Washington', arizona: 'Arizona', georgia: 'Georgia',
  pennsylvania: 'Pennsylvania', massachusetts: 'Massachusetts', 'new jersey': 'New Jersey',
  louisiana: 'Louisiana', kentucky: 'Kentucky', mississippi: 'Mississippi', manhattan: 'New York',
  'palm beach': 'Florida', 'fort worth': 'Texas', abuja: 'Nigeria', london: 'United Kingdom',
  // The other US states (two-word names are looked up as pairs).
  alabama: 'Alabama', alaska: 'Alaska', arkansas: 'Arkansas', colorado: 'Colorado',
  connecticut: 'Connecticut', delaware: 'Delaware', hawaii: 'Hawaii', idaho: 'Idaho', iowa: 'Iowa',
  kansas: 'Kansas', maine: 'Maine', maryland: 'Maryland', minnesota: 'Minnesota',
  missouri: 'Missouri', montana: 'Montana', nebraska: 'Nebraska', nevada: 'Nevada',
  'new hampshire': 'New Hampshire', 'new mexico': 'New Mexico', 'north carolina': 'North Carolina',
  'north dakota': 'North Dakota', oklahoma: 'Oklahoma', oregon: 'Oregon', 'rhode island': 'Rhode Island',
  'south carolina': 'South Carolina', 'south dakota': 'South Dakota', tennessee: 'Tennessee',
  utah: 'Utah', vermont: 'Vermont', 'west virginia': 'West Virginia', wisconsin: 'Wisconsin',
  wyoming: 'Wyoming',
  // More countries and their adjectives.
  venezuela: 'Venezuela', venezuelan: 'Venezuela', colombia: 'Colombia', colombian: 'Colombia',
  argentina: 'Argentina', argentine: 'Argentina', chile: 'Chile', chilean: 'Chile', peru: 'Peru',
  peruvian: 'Peru', cuba: 'Cuba', cuban: 'Cuba', belgium: 'Belgium', belgian: 'Belgium',
  austria: 'Austria', austrian: 'Austria', greece: 'Greece', greek: 'Greece', portugal: 'Portugal',
  portuguese: 'Portugal', finland: 'Finland', finnish: 'Finland', hungary: 'Hungary',
  hungarian: 'Hungary', romania: 'Romania', romanian: 'Romania', belarus: 'Belarus',
  'saudi arabia': 'Saudi Arabia', saudi: 'Saudi Arabia', iraq: 'Iraq', iraqi: 'Iraq', syria: 'Syria',
  syrian: 'Syria', lebanon: 'Lebanon', lebanese: 'Lebanon', jordan: 'Jordan', qatar: 'Qatar',
  kenya: 'Kenya', kenyan: 'Kenya', ghana: 'Ghana', ethiopia: 'Ethiopia', ethiopian: 'Ethiopia',
  malaysia: 'Malaysia', malaysian: 'Malaysia', thailand: 'Thailand', thai: 'Thailand',
  bangladesh: 'Bangladesh', 'new zealand': 'New Zealand', afghanistan: 'Afghanistan',
  afghan: 'Afghanistan', kyrgyzstan: 'Kyrgyzstan', kazakhstan: 'Kazakhstan', 'sri lanka': 'Sri Lanka',
  myanmar: 'Myanmar', 'united arab emirates': 'United Arab Emirates', uae: 'United Arab Emirates',
  palestinian: 'Palestine', palestine: 'Palestine', 'czech republic': 'Czech Republic', czech: 'Czech Republic',
};

/** Legal nouns a place adjective can qualify ("South Korean law", "Swedish prosecutors"). */
export const PLACE_QUALIFIED = new Set([
  'law', 'laws', 'court', 'courts', 'police', 'prosecutors', 'prosecutor', 'authorities',
  'government', 'judge', 'judges', 'legislation', 'officials', 'prosecution', 'justice',
  'regulators', 'regulator', 'department', 'investigation', 'jury', 'constitution',
]);

/**
 * Prepositions inside a noun phrase read leftwards: "the head of an online company", "the
 * demonstrators inside the university", "Its fleet of 400 jets around the world".
 */
export const CLIMB_PREPS = new Set([
  'of', 'for', 'in', 'at', 'on', 'around', 'inside', 'from', 'near', 'across', 'outside', 'within',
  'throughout',
]);

/** Prepositions between an authority and its place ("Prosecutors in Manhattan"). */
export const PLACE_PREPS = new Set(['in', 'from', 'at', 'of']);

/** Articles and possessive pronouns: a phrase may climb "of"/"for" to one of these. */
export const ARTICLES = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our',
]);

/** Forms of "be" (and "get") that make a following participle passive. */
export const BE_FORMS = new Set([
  'was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got', "isn't", "aren't", "wasn't", "weren't",
]);

/** Verbs of accusing whose "that" clause names the accused ("Prosecutors alleged that X…"). */
export const ACCUSING = new Set([
  'alleged', 'alleges', 'allege', 'alleging', 'asserted', 'asserts', 'claimed', 'claims',
  'contend', 'contends', 'contended', 'charged', 'argued', 'argues', 'accusing', 'claiming',
]);

/** Acts that happen to the person named before them ("an Assange conviction"). */
export const PATIENT_NOUNS = new Set([
  'arrest', 'extradition', 'conviction', 'sentencing', 'indictment', 'impeachment', 'detention',
  'deportation', 'acquittal', 'trial', 'invitation', 'summons', 'interrogation',
]);

/** Verbs whose "against" object is the accused ("testified against X"). */
export const AGAINST_VERBS = new Set([
  'testify', 'testified', 'testifies', 'testifying', 'witness', 'ruled', 'rule', 'rules', 'ruling',
  'proceed', 'proceeded', 'proceeding', 'move', 'moved', 'moving', 'act', 'acted', 'go', 'goes',
  'went', 'going', 'come', 'came', 'coming',
]);

/** Verbs that take "after" as "pursue" ("prosecutors could go after his inner circle"). */
export const GO_VERBS = new Set(['go', 'goes', 'went', 'going', 'come', 'came', 'coming']);

/** Verbs of deciding whose "that" clause names the party bound ("ruled that X must"). */
export const DECIDING = new Set([
  'ruled', 'rules', 'ordered', 'orders', 'decided', 'decides', 'held', 'holds', 'determined',
  'concluded', 'found', 'finds', 'declared',
]);

/** Nouns of wrongdoing whose "by" phrase names the wrongdoer ("violations … by China"). */
export const WRONG_NOUNS = new Set([
  'violation', 'violations', 'abuse', 'abuses', 'crimes', 'crime', 'misconduct', 'wrongdoing',
  'attacks', 'attack', 'fraud', 'breach', 'breaches', 'infringement',
]);

/** Nouns whose "of" object is a person ("the arrest of X"); "charges of" names the offense. */
export const OF_PERSON_NOUNS = new Set([
  'investigation', 'arrest', 'extradition', 'prosecution', 'conviction', 'sentencing',
  'indictment', 'impeachment', 'questioning', 'detention', 'deportation', 'removal',
]);

/** Words before a subject-less passive that hand it the main clause's subject. */
export const ADJUNCT_OPENERS = new Set([
  'after', 'before', 'while', 'since', 'upon', 'without', 'but', 'and', 'then', 'until',
]);

/** Act verbs in "-s" that are more often plural nouns ("faces charges", "the arrests"). */
export const NOUN_VERBS = new Set([
  'charges', 'arrests', 'fines', 'questions', 'raids', 'sentences', 'summons', 'subpoenas',
  'probes',
]);

/** Participles that hand a thing over to its user ("a vehicle driven by X"). */
export const USED_BY = new Set([
  'driven', 'owned', 'occupied', 'rented', 'operated', 'used', 'registered',
]);

/** Words that state what the law allows or forbids ("settlements are illegal"). */
export const LEGALITY = new Set([
  'illegal', 'legal', 'unlawful', 'lawful', 'unconstitutional', 'constitutional', 'illegitimate',
  'legitimate', 'invalid', 'valid', 'void', 'criminal', 'prohibited', 'forbidden', 'banned',
]);

/** Verbs that make their object what the following word says ("consider X illegal"). */
export const DEEMING = new Set([
  'consider', 'considers', 'considered', 'considering', 'declare', 'declares', 'declared',
  'declaring', 'deem', 'deems', 'deemed', 'ruled', 'rule', 'rules', 'found', 'find', 'finds',
  'call', 'calls', 'called', 'make', 'makes', 'made', 'making', 'rendered', 'render', 'renders',
  'judged', 'labelled', 'labeled', 'branded',
]);

/** Adverbs that hedge the verb right after them ("Thomas allegedly told a supervisor"). */
export const HEDGE_ADVERBS = new Set([
  'allegedly', 'reportedly', 'purportedly', 'supposedly', 'apparently',
]);

/** Act nouns whose "for" phrase names the person they target ("an arrest warrant for Putin"). */
export const FOR_NOUNS = new Set(['warrant', 'warrants', 'subpoena', 'subpoenas', 'summons']);

/** Verbs of granting or refusing bail and the like ("denied bail to the suspect"). */
export const GRANT_VERBS = new Set(['denied', 'denies', 'deny', 'granted', 'grants', 'grant', 'refused', 'revoked']);

/** What a court grants or refuses a person ("denied the suspect bail"). */
export const GRANTS = new Set(['bail', 'parole', 'asylum', 'release', 'probation', 'immunity', 'clemency', 'pardon']);

/** Prepositions after an act noun that name whom it is about ("the investigation regarding X"). */
export const ABOUT_PREPS = new Set([
  'regarding', 'concerning', 'targeting', 'involving', 'surrounding',
]);

/** Determiners that say nothing of who is meant ("the two" names a party; "the" does not). */
export const EMPTY_WORDS = new Set([
  'some', 'all', 'each', 'every', 'no', 'another', 'any', 'this', 'these', 'those',
]);

/** Possessive pronouns that can stand for the party of an act ("His sentencing is scheduled"). */
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/** Nouns whose "of" phrase names the person they are about ("the conduct of the staffers"). */
export const CONDUCT_NOUNS = new Set([
  'conduct', 'actions', 'behavior', 'behaviour', 'role', 'activities', 'dealings', 'case',
  'arrest', 'conviction', 'extradition', 'trial', 'prosecution', 'detention', 'deportation',
  'death', 'treatment', 'release', 'questioning', 'investigation', 'impeachment', 'sentencing',
  'offices', 'office', 'headquarters', 'premises', 'home', 'homes', 'house', 'residence',
  'property', 'accounts', 'phone', 'computer', 'records', 'documents', 'suspension', 'closure',
  'seizure', 'dissolution', 'expulsion', 'removal', 'freezing',
]);

/** Participles between an accusation and "against" ("an allegation made against X"). */
export const LODGED = new Set([
  'made', 'filed', 'brought', 'lodged', 'leveled', 'levelled', 'levied', 'pending',
]);

/**
 * Head nouns that name a legal act, a document or a statement rather than a party: "The
 * conspiracy charge is punishable…", "These arrests are important", "The denials were…".
 */
export const NON_PARTY_HEADS = new Set([
  'charge', 'charges', 'arrest', 'arrests', 'allegation', 'allegations', 'accusation',
  'accusations', 'investigation', 'investigations', 'inquiry', 'probe', 'case', 'cases', 'trial',
  'hearing', 'hearings', 'decision', 'evidence', 'denial', 'denials', 'claim', 'claims',
  'conviction', 'sentence', 'sentencing', 'ruling', 'order', 'law', 'laws', 'video', 'footage',
  'statement', 'statements', 'record', 'records', 'document', 'documents', 'testimony', 'justice',
  'indictment', 'indictments', 'lawsuit', 'suit', 'complaint', 'verdict', 'plea', 'penalty',
  'fine', 'prison', 'jail', 'custody', 'extradition', 'impeachment', 'proceedings', 'process',
  'move', 'report', 'review', 'matter', 'issue', 'issues', 'crime', 'crimes', 'collusion',
  'conduct', 'death', 'rescue', 'release', 'time', 'day', 'night', 'morning', 'evening', 'year',
  'years', 'week', 'weeks', 'month', 'months', 'way', 'fact', 'facts', 'question', 'questions',
  // Things of a party: "Webb's room", "the suspect's car" stand for their owner.
  'room', 'home', 'house', 'vehicle', 'car', 'apartment', 'residence', 'phone', 'computer',
  'garage', 'property', 'friendship', 'attempt', 'troubles', 'actions', 'behavior', 'behaviour',
  'role', 'call', 'calls', 'words', 'refusal', 'efforts', 'effort', 'offices',
  'headquarters', 'premises', 'accounts', 'emails', 'files', 'data', 'suspension', 'closure',
  'seizure', 'dissolution', 'expulsion', 'removal', 'freezing', 'bail', 'parole', 'release',
]);

/** Acts that happen to a person, where the sentence's own subject is a good guess. */
export const PERSON_ACTS: ReadonlySet<ClaimType> = new Set<ClaimType>([
  'allegation', 'arrest', 'charge', 'trial', 'verdict', 'sentence', 'penalty', 'warrant',
  'settlement', 'appeal',
]);

/**
 * Words that open an adverbial phrase before the clause subject, up to a comma: "In June,",
 * "Later that evening,", "As alleged,", "According to court records,".
 */
export const LEAD_PHRASE_OPENERS = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'later', 'earlier', 'last', 'since', 'following',
  'when', 'while', 'as', 'if', 'although', 'though', 'with', 'without', 'under', 'from', 'for',
  'despite', 'among', 'now', 'then', 'yesterday', 'today', 'separately', 'meanwhile', 'however',
  'shortly', 'once', 'upon', 'according', 'over', 'within', 'until', 'amid', 'instead', 'back',
  'this', 'that', 'early', 'late', 'previously', 'ultimately', 'eventually', 'initially',
]);

/** Pronouns that can be a clause subject (not "him", "her", "it", "who"). */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you']);

/** Common irregular past forms, so "Trump thought…" and "Webb took…" read as subject + verb. */
export const IRREGULAR_VERBS = new Set([
  'thought', 'took', 'made', 'got', 'left', 'went', 'gave', 'came', 'ran', 'fled', 'stole', 'shot',
  'hit', 'kept', 'sent', 'brought', 'found', 'held', 'sought', 'knew', 'met', 'paid', 'put', 'set',
  'spent', 'stood', 'told', 'said', 'won', 'lost', 'became', 'began', 'broke', 'drove', 'fell',
  'forced', 'wrote', 'sold', 'bought', 'led', 'heard', 'saw', 'felt', 'chose', 'did', 'must',
]);

/** Reporting verbs whose complement clause holds the claim's subject ("Boesky said Epstein was…"). */
export const SAY_VERBS = new Set([
  'said', 'says', 'say', 'added', 'explained', 'announced', 'noted', 'stated', 'wrote', 'argued',
  'confirmed', 'believe', 'believes', 'believed', 'insisted', 'acknowledged', 'claimed', 'alleged',
  'alleges', 'asserted', 'contended', 'maintained', 'suggested', 'revealed', 'thinks', 'think',
]);

/** Verbs of telling whose object comes before the complement ("told reporters that X…"). */
export const TELL_VERBS = new Set(['told', 'tells', 'tell', 'informed', 'assured', 'reminded']);

/** Prepositions that open a phrase between a verb of saying and its "that". */
export const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'to', 'during', 'after', 'before', 'with', 'through', 'via', 'from',
]);

/** Pronouns that may stand for a name earlier in the same sentence. */
export const ANAPHORS = new Set([
  'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'it', 'its',
]);

/** Nouns an authority word may qualify without being the actor ("court records", "police video"). */
export const QUALIFIED_NOUNS = new Set([
  'papers', 'filings', 'filing', 'files', 'data', 'reports', 'custody', 'station', 'car', 'cars',
  'chief', 'records', 'record', 'documents', 'document', 'video', 'footage', 'statement', 'date',
]);

/** Counsel words that name a defence lawyer after a possessive ("his attorney"). */
export const DEFENCE_COUNSEL = new Set(['attorney', 'attorneys', 'counsel', 'lawyer', 'lawyers']);

/**
 * Authority words that also name everyday things ("a rental agency", "the organizing
 * committee"): they count only in a name ("Police Agency"), after a determiner ("the agency")
 * or after a public-authority word ("federal agency", "police department").
 */
export const AMBIGUOUS_AUTHORITY = new Set([
  'agency', 'commission', 'committee', 'department', 'ministry', 'counsel', 'enforcement',
  'inspector', 'inspectors', 'agent', 'watchdog',
]);

/** Words that make an ambiguous authority word public ("federal agency", "customs officers"). */
export const PUBLIC_MODIFIERS = new Set([
  'police', 'federal', 'state', 'government', 'intelligence', 'law', 'enforcement', 'regulatory',
  'justice', 'security', 'national', 'local', 'county', 'city', 'immigration', 'customs', 'border',
  'tax', 'antitrust', 'competition', 'judiciary', 'judicial', 'ethics', 'oversight', 'investigative',
  'prosecutorial', 'district', "sheriff's", 'fbi', 'house', 'senate', 'congressional',
  'parliamentary', 'select', 'special', 'military', 'election', 'electoral', 'narcotics', 'drug',
  'fraud', 'anti-corruption', 'corruption', 'environmental', 'health', 'safety', 'aviation',
  'transport', 'financial', 'securities', 'trade', 'treasury', 'interior', 'defense', 'defence',
  'public', 'correctional', 'prison', 'the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her',
]);

/** Nouns an authority's possessive names a part of ("the U.S. attorney's office"). */
export const OFFICE_NOUNS = new Set([
  'office', 'offices', 'department', 'bureau', 'division', 'unit', 'service', 'team', 'squad',
  'command', 'agency', 'staff',
]);

/**
 * Act nouns an authority performs or brings: the phrase that launches, drops or owns them is the
 * authority ("Sweden has dropped its investigation", "the FBI's probe", "the Judge's decision").
 */
export const AGENT_NOUNS = new Set([
  'investigation', 'investigations', 'inquiry', 'inquiries', 'probe', 'probes', 'review',
  'lawsuit', 'suit', 'complaint', 'decision', 'ruling', 'order', 'request', 'charges',
  'prosecution', 'hearing', 'hearings', 'impeachment', 'subpoena', 'subpoenas', 'warrant',
  'warrants', 'extradition', 'questioning', 'audit', 'crackdown', 'raid', 'raids', 'indictment',
  'indictments', 'case', 'testimony', 'allegations', 'accusations',
]);

/**
 * Verbs that put an authority's act in motion, carry it on or end it: "opened an
 * investigation", "approved an extradition request", "took the decision", "filed charges".
 */
export const LIGHT_VERBS = new Set([
  'open', 'opens', 'opened', 'opening', 'launch', 'launches', 'launched', 'launching', 'conduct',
  'conducts', 'conducted', 'conducting', 'begin', 'began', 'begun', 'start', 'started', 'drop',
  'drops', 'dropped', 'dropping', 'reopen', 'reopened', 'reopening', 'close', 'closed', 'announce',
  'announced', 'order', 'ordered', 'approve', 'approves', 'approved', 'file', 'files', 'filed',
  'filing', 'bring', 'brings', 'brought', 'seek', 'seeks', 'seeking', 'sought', 'pursue',
  'pursued', 'pursuing', 'limited', 'limit', 'took', 'take', 'taking', 'made', 'make', 'issue',
  'issued', 'issues', 'issuing', 'concluded', 'conclude', 'wrap', 'expand', 'expanded', 'widen',
  'widened', 'lead', 'leads', 'led', 'leading', 'run', 'runs', 'ran', 'hold', 'holds', 'held',
  'resume', 'resumed', 'discontinue', 'discontinued', 'continue', 'continued', 'declared',
  'submitted', 'submit', 'lodged', 'requested', 'granted', 'signed', 'rejected', 'denied',
]);

/** Words an agent phrase may not start with: it would be a clause, not a party. */
export const AGENT_BAD_STARTS = new Set(['it', 'this', 'that', 'which', 'who', 'there', 'what']);

/** Words before a day or a month that make a time phrase ("on Wednesday", "last March"). */
export const TIME_PREPS = new Set([
  'on', 'in', 'last', 'this', 'next', 'since', 'until', 'by', 'early', 'late',
]);

/** Capitalized words that are times, not parties. */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tomorrow', 'january', 'february', 'march', 'april', 'june', 'july', 'august',
  'september', 'october', 'november', 'december',
]);

/** Types whose authority often speaks for itself ("prosecutors alleged…, prosecutors said"). */
export const SELF_REPORTED: ReadonlySet<ClaimType> = new Set<ClaimType>([
  'allegation', 'investigation', 'arrest',
]);

/** Question words, which open a question rather than name a source. */
export const QUESTION_WORDS = new Set([
  'what', 'who', 'how', 'why', 'when', 'where', 'which', 'whose',
]);

/** Words after which a new clause (and its subject) begins. */
export const CLAUSE_OPENERS = new Set([
  'after', 'as', 'when', 'while', 'but', 'and', 'that', 'because', 'since', 'though', 'although',
  'before', 'until',
]);

/** Words that may open a sentence before its reporting subject ("But she acknowledged…"). */
export const LEAD_INS = new Set([
  'but', 'and', 'yet', 'so', 'however', 'meanwhile', 'still', 'later', 'earlier', 'also',
  'instead', 'now', 'then', 'separately', 'afterward', 'afterwards',
]);
