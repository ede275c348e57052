/**
 * Cue tables for the legal-claim detector, written against
 * ../shared/corpora/claims/GUIDELINES.md. Every group says why it exists. Patterns use the
 * token language of ./patterns.ts (`a|b` alternatives, `stem*`, `_N` gaps, `[opt]`, `#` number).
 */
import type { ClaimType } from '../report';

/**
 * How much a cue proves on its own.
 * - `strong`: the words name a legal act; enough for a claim.
 * - `weak`: legal-sounding words that are often used loosely ("illegal", "the bill", "jail");
 *   they only make a claim in an article that already reports legal matters.
 */
export type CueStrength = 'strong' | 'weak';

/**
 * Special handling for some cues.
 * - `testimony`: testimony, witnesses and hearings. In a court story they are `trial`; in an
 *   impeachment story they are the inquiry (`investigation`); before Congress on anything else
 *   they are oversight, not a legal act (guideline conventions).
 * - `epithet`: a participle that may only describe a person ("the convicted pedophile X");
 *   see EPITHET_PATTERNS.
 */
export type CueTag = 'testimony' | 'epithet';

export interface CueGroup {
  type: ClaimType;
  strength: CueStrength;
  tag?: CueTag;
  /**
   * A match of this group swallows the cues inside it even when its pattern has gaps:
   * "considers all settlement activity illegal" is a statement of law, not an allegation.
   * (Fixed phrases always swallow what they contain: "pleaded not guilty" is not "guilty".)
   */
  absorbs?: boolean;
  patterns: readonly string[];
}

/** Law-enforcement agents, used to spot police actions (stops, searches, rescues). */
const AGENTS =
  'police|officers|officer|investigators|detectives|deputies|troopers|agents|fbi|swat|cops|sergeant|sheriff|sheriff\'s|constables|marshals|authorities';

/** What those agents do during an investigation (guideline: stops, searches, raids, rescues). */
const AGENT_ACTIONS =
  'search*|stopped|stopping|raid*|rammed|ram|rescu*|respond*|locat*|seiz*|recover*|interview*|canvass*|found|discover*|inspect*|identif*|confirm*|released|rushed|traced|tracked|pursu*|converg*|banging|questioned|alerted|approached|confiscat*';

export const CUE_GROUPS: readonly CueGroup[] = [
  // ── allegation ─────────────────────────────────────────────────────────────────────────
  {
    // The accusation vocabulary itself: the guideline's first cue list.
    type: 'allegation',
    strength: 'strong',
    patterns: [
      'alleg*',
      'accus*',
      'purport*',
      'wrongdoing',
      'misconduct',
      'violat*',
      'self-dealing',
      'negligence',
      'negligent',
      'cover-up',
      'coverup',
      'obstruction of justice',
      'perjury',
      'suspect',
      'suspects',
      'suspected',
      'falsely imprisoned',
      'confess*',
    ],
  },
  {
    // Named crimes stated as facts ("You were assaulted", "he admitted to threatening"): the
    // guideline files statements that someone committed a crime under allegation.
    type: 'allegation',
    strength: 'strong',
    patterns: [
      'murder*',
      'raped',
      'rape',
      'rapes',
      'raping',
      'rapist',
      'assault*',
      'kidnap*',
      'abduct*',
      'bribe*',
      'bribery',
      'fraud*',
      'embezzl*',
      'launder*',
      'extort*',
      'falsif*',
      'smuggl*',
      'traffick*',
      'stole',
      'stolen',
      'theft',
      'sexually abused|exploited|assaulted',
      'threaten*|threat _2 kill|harm|murder|assault',
      'threatening to',
      'lied to|on|about',
      'committed _2 crime|crimes|murder|fraud|suicide',
    ],
  },
  {
    // Words that put wrongdoing in the frame but are also used loosely by politicians
    // ("unlawful claims", "corrupt system"); only trusted inside a legal story.
    type: 'allegation',
    strength: 'weak',
    patterns: [
      'crime',
      'crimes',
      'criminal',
      'criminals',
      'criminally',
      'illegal',
      'illegally',
      'unlawful',
      'unlawfully',
      'illicit',
      'corrupt',
      'corruption',
      'collusion',
      'quid pro quo',
      'quid-pro-quo',
      'admitted|admits|admitting',
      'felonious',
      'case|cases against',
      'narcotics',
      'methamphetamine',
      'heroin',
      'cocaine',
      'fentanyl',
      'paraphernalia',
      'misbehavior|misbehaviour',
    ],
  },

  // ── investigation ──────────────────────────────────────────────────────────────────────
  {
    // Probes by name: the guideline's investigation cues.
    type: 'investigation',
    strength: 'strong',
    patterns: [
      'investigat*',
      'probe',
      'probes',
      'probed',
      'probing',
      'inquiry',
      'inquiries',
      'enquiry',
      'enquiries',
      'interrogat*',
      'summon*',
      'for questioning',
      'questioned',
      'questioning',
      'under scrutiny',
      'scrutiny from|by',
      'scrutinized|scrutinised by',
      'raided',
      'raids',
      'raid on',
      'audit*',
      'criminal referral|referrals',
      'special counsel|prosecutor',
      'inspector general',
      'traffic stop',
      'search of',
      'searched',
      'reopen*|re-open* _3 case|investigation|inquiry|probe',
      'dropped|drop|drops|dropping|dismissed _2 case',
      'case was|has|had been dropped|closed|shelved|reopened|re-opened',
      'shelved',
      'told|tell|telling investigators|detectives|police|the fbi',
      'interview* with|by the|_0 fbi|police|investigators|detectives|prosecutors',
      'looking|look|looked|looks into',
      'examin* whether',
      'contacted by the office',
      `${AGENTS} _4 ${AGENT_ACTIONS}`,
      `${AGENT_ACTIONS} by [the] _2 ${AGENTS}`,
      'law enforcement',
      'impeachment',
    ],
  },
  {
    // Testimony and hearings; resolved by article context (see CueTag `testimony`).
    type: 'trial',
    strength: 'strong',
    tag: 'testimony',
    patterns: [
      'testif*',
      'testimony',
      'testimonies',
      'deposition',
      'depositions',
      'under oath',
      'witness',
      'witnesses',
      'hearing',
      'hearings',
      'proceedings',
      'told|tell|telling|tells lawmakers|senators|congress|legislators',
      'told|tell|telling|tells the _2 committee',
      'faces|face|facing _2 questions',
    ],
  },
  {
    // Rescues and authorities' findings: investigation only inside a legal story.
    type: 'investigation',
    strength: 'weak',
    patterns: [
      'rescue',
      'rescued',
      'rescuing',
      'findings',
      'examin*',
      'scrutin*',
      'prosecutor',
      'prosecutors',
      'prosecutorial',
      'police',
      'detectives',
      'fbi',
      'investigators',
      'whistleblower',
      'evidence',
    ],
  },

  // ── arrest ─────────────────────────────────────────────────────────────────────────────
  {
    // Arrest, detention and custody; bail status counts as custody (guideline conventions).
    type: 'arrest',
    strength: 'strong',
    patterns: [
      'arrest',
      'arrests',
      'arrested',
      'arresting',
      'rearrested',
      'detain*',
      'detention',
      'detentions',
      'custody',
      'jailed',
      'behind bars',
      'incarcerat*',
      'imprisoned',
      'held|holding|hold _3 without bail|bond',
      'held|being held|remains|remain|kept|holding|hold _3 in|at _2 jail|prison|custody|detention',
      'in lieu of',
      'post|posted|posts|posting _3 bond|bail',
      'released|freed on _2 bail|bond',
      'denied|granted|jumped|skipped|skipping|breached|breaching _2 bail',
      'taken|taking|dragged|hauled _2 into custody',
      'dragged|hauled|led _2 out by _3 police|officers',
      'laid|lay|lays|laying siege',
      'under siege',
      'surrender*',
      'remand*',
      'house arrest',
      'extended incarcerations',
    ],
  },
  {
    // Jail as a place: custody when someone is taken there, otherwise often just scenery.
    type: 'arrest',
    strength: 'weak',
    patterns: ['jail', 'to jail', 'bail', 'bond'],
  },

  // ── charge ─────────────────────────────────────────────────────────────────────────────
  {
    // Formal charges, indictments and prosecutions, plus a House vote to impeach.
    type: 'charge',
    strength: 'strong',
    patterns: [
      'charged',
      'charges',
      'charge of|against',
      'criminal|conspiracy|murder|rape|fraud|felony|misdemeanor|federal|state|drug|terrorism|espionage|preliminary|additional|new|formal charge',
      'press|pressed|pressing|file|filed|filing|bring|brought|bringing|drop|dropped|face|faces|facing _2 charge',
      'charging _3 with',
      'charge _3 with',
      'indict*',
      'prosecut*',
      'count|counts of',
      'arraign*',
      'cited for',
      'impeach',
      'impeached',
      'impeaching',
      'impeaches',
      'articles of impeachment',
      'possession of',
      'dealing in',
      'common nuisance',
      'driving while|under',
      'operating while',
      'resisting arrest|law',
    ],
  },

  // ── lawsuit ────────────────────────────────────────────────────────────────────────────
  {
    // Civil actions: suing, complaints, class actions, taking someone to court.
    type: 'lawsuit',
    strength: 'strong',
    patterns: [
      'sue',
      'sued',
      'sues',
      'suing',
      'countersue*',
      'lawsuit',
      'lawsuits',
      'suit',
      'suits',
      'class action',
      'class-action',
      'filed|file|files|filing _3 complaint|complaints|claim|petition',
      'complaint|complaints against',
      'plaintiff',
      'plaintiffs',
      'litigation',
      'litigants',
      'dragged|drag|drags|dragging|took|take|takes|taking|taken _5 to court',
      'legal action|actions|move|moves|challenge|challenges|fight|battle',
      'praying the court',
      'petition* the court',
      'damages',
    ],
  },

  // ── trial ──────────────────────────────────────────────────────────────────────────────
  {
    // Court proceedings under way; a not-guilty plea is a proceeding, not a verdict.
    type: 'trial',
    strength: 'strong',
    patterns: [
      'trial',
      'trials',
      'retrial',
      'jury',
      'juries',
      'juror',
      'jurors',
      'plead*|pled not guilty|innocent',
      'plea of not guilty',
      'in|into|to court',
      'court hearing|hearings|appearance|date|proceedings|case|cases',
      'evidence presented',
      'cross-examin*',
      'closing arguments',
      'opening statements',
      'defense|defence attorney|attorneys|lawyer|lawyers|team',
    ],
  },
  {
    // A court named without an act: probably a proceeding, but only in a legal story.
    type: 'trial',
    strength: 'weak',
    patterns: ['court', 'courts', 'courtroom', 'judge', 'judges', 'attorney', 'lawyer', 'lawyers'],
  },

  // ── verdict ────────────────────────────────────────────────────────────────────────────
  {
    // Convictions, acquittals, guilty pleas, liability findings; Senate removal for
    // impeachment (guideline conventions).
    type: 'verdict',
    strength: 'strong',
    tag: 'epithet',
    patterns: [
      'convict',
      'convicted',
      'convicting',
      'conviction',
      'convictions',
      'guilty',
      'not guilty',
      'plead*|pled guilty|no contest',
      'guilty plea|pleas',
      'found|find|finds|finding _3 liable',
      'verdict',
      'verdicts',
      'acquit*',
      'removed|remove|removing from office',
      'justice has|was|had been served',
    ],
  },
  {
    // Removal is a verdict only in an impeachment story.
    type: 'verdict',
    strength: 'weak',
    patterns: ['removal'],
  },

  // ── sentence ───────────────────────────────────────────────────────────────────────────
  {
    // Sentences imposed or being served.
    type: 'sentence',
    strength: 'strong',
    patterns: [
      'sentenced',
      'sentencing',
      'resentenc*',
      'life|prison|jail|suspended|custodial|reduced|lenient|severe|harsh|lighter|death sentence',
      'his|her|their sentence',
      'sentence of',
      'serving|served|serve|serves _4 sentence|term|time',
      'prison|jail term',
      'probation',
      'community service',
      'released from _2 prison|jail',
    ],
  },

  // ── penalty ────────────────────────────────────────────────────────────────────────────
  {
    // Fines imposed and the punishment the law provides.
    type: 'penalty',
    strength: 'strong',
    patterns: [
      'fined',
      'fines',
      'a|the fine of',
      '# fine',
      'million|billion|thousand|dollar fine',
      'pay|paid|impose*|levied|levy|issued _3 fine|fines|penalty|penalties',
      'penalty',
      'penalties',
      'punishable',
      'up to _5 prison|jail|imprisonment|fine|fines',
      'maximum|max _5 prison|jail|imprisonment|fine|fines|sentence',
      'maximum|minimum|mandatory [minimum] sentence',
      'face|faces|facing|faced _5 prison|jail|imprisonment|years|decades|life',
      'prison|jail term of',
      'years|months|decades in prison|jail',
      'imprisonment',
    ],
  },

  // ── settlement ─────────────────────────────────────────────────────────────────────────
  {
    // Settlements and plea deals (a plea agreement offered is a settlement by convention).
    type: 'settlement',
    strength: 'strong',
    patterns: [
      'reach*|reached|agree*|announce*|accept*|approv*|negotiat*|sign* _3 settlement',
      'settlement with|of|worth|agreement|talks',
      'settle*|settling _3 lawsuit|suit|case|claims|charges|allegations|dispute',
      'settled out of court',
      'consent decree',
      'plea deal|agreement|bargain',
      'agreement _3 in|on this|the case',
      'agreed to pay _6 resolve|settle',
    ],
  },

  // ── ruling ─────────────────────────────────────────────────────────────────────────────
  {
    // Decisions and orders by courts, judges and regulators; deportation and grounding are
    // orders by authorities (guideline conventions).
    type: 'ruling',
    strength: 'strong',
    patterns: [
      'ruled',
      'ruling',
      'rulings',
      'court|courts|judge|judges|justices|tribunal|magistrate|regulator|regulators _4 ordered|declared|rejected|dismissed|upheld|blocked|struck|granted|denied|refused|approved|sided|halted|barred|allowed|decided|extended|declaring|rejects|orders',
      'judge\'s|court\'s decision|order|ruling',
      'was|were|been|is|are ordered to',
      'injunction',
      'injunctions',
      'restraining order',
      'struck down',
      'strike down',
      'upheld',
      'uphold*',
      'deport*',
      'grounded',
      'grounding',
      'unconstitutional',
      'dismiss* _3 lawsuit|suit|charges|claims|complaint',
    ],
  },

  // ── appeal ─────────────────────────────────────────────────────────────────────────────
  {
    // Appeals filed or decided, convictions overturned.
    type: 'appeal',
    strength: 'strong',
    patterns: [
      'appeal',
      'appeals',
      'appealed',
      'appealing',
      'appellate',
      'overturn* _3 conviction|convictions|verdict|sentence|ruling|decision',
      'conviction|verdict|sentence|ruling _3 overturned',
    ],
  },

  // ── law ────────────────────────────────────────────────────────────────────────────────
  {
    // Statements of what the law requires, permits or forbids, and laws passed or proposed.
    type: 'law',
    strength: 'strong',
    absorbs: true,
    patterns: [
      'according to _4 law|laws|legislation|statute|statutes|regulations|constitution',
      'under _4 law|laws|legislation|statute',
      'international law',
      'obliged|obligated to',
      'required|prohibited|forbidden|barred by law',
      'is|are|be|was|were|considered|consider|considers|deemed|declaring|declared|declare|declares _3 illegal|unlawful|legal|lawful|a crime',
      'not|no a crime',
      'illegality',
      'legality',
      'legislation',
      'statute',
      'statutes',
      'statutory',
      'first|second|fourth|fifth|sixth|eighth|fourteenth amendment',
      'extradition bill|law|treaty',
      'immunity',
      'bill|law was|is|has been|were passed|withdrawn|signed|introduced|approved|enacted|vetoed',
      'new|proposed|draft law|laws|rules|regulations|bill',
    ],
  },
  {
    // Words about law that are too common to trust outside a legal story.
    type: 'law',
    strength: 'weak',
    patterns: [
      'law',
      'laws',
      'legal',
      'legally',
      '=bill',
      '=bills',
      'regulation',
      'regulations',
      'requirement',
      'requirements',
      'constitution',
      'constitutional',
      'entitled to',
    ],
  },

  // ── warrant ────────────────────────────────────────────────────────────────────────────
  {
    // Warrants, subpoenas, court orders for data or people, extradition (by convention).
    type: 'warrant',
    strength: 'strong',
    patterns: [
      'warrant',
      'warrants',
      'subpoena*',
      'extradit*',
      'court order',
      'court orders',
      'refus* to honor|honour|comply',
    ],
  },
];

/**
 * Non-legal senses of legal words. A cue that overlaps one of these spans is dropped.
 * Each line is a sense the guideline (or everyday English) keeps out.
 */
export const NEGATIVE_PATTERNS: readonly string[] = [
  // "court" in sport and shopping, and the verb "to court" someone.
  'tennis|centre|center|basketball|food|volleyball|squash|badminton|clay|grass|hard|indoor|outdoor|magic|home court|courts',
  'court|courting|courted voters|donors|investors|supporters|fans|customers|women|men|buyers|allies|favor|favour|controversy|disaster',
  'courting',
  'courted',
  // "trial" outside court: medicine, software, sport.
  'clinical|drug|vaccine|medical|randomized|randomised|field|time|free|weeklong|week-long|month-long|beta|phase _2 trial|trials',
  'trial and error',
  'trial run|runs|period|version|subscription|balloon',
  'trial|trials of|in _2 patients|participants|mice',
  // "charge" as electricity, price, command or attack.
  'battery|electric|electrical|full|single|static|positive|negative|cover|service|extra|delivery|no|free _1 charge|charges',
  'per charge',
  'charged|charging|recharg* _3 battery|batteries|phone|phones|car|cars|vehicle|vehicles|device|devices|station|stations|port|cable',
  'charging station|stations|port|cable|time',
  'in charge',
  'take|took|taking|takes charge',
  'charge|charges|charged|charging _3 $|fee|fees|price|prices|interest|rent|customers|users',
  'free of charge',
  'empty|baseless|false|partisan charges that',
  'charged atmosphere|up',
  'politically|emotionally charged',
  // "fine" as quality or weather.
  'fine weather|day|days|morning|evening|print|line|lines|art|arts|dining|wine|wines|tuning|example|balance|job|person|man|woman|player|form',
  'fine-tune*',
  'just|perfectly|very|so|pretty|quite fine',
  "i'm|it's|that's|you're|we're|is|was|are|be|feel|feels|felt fine",
  // "appeal" as attraction or plea.
  'appeal|appeals to voters|the public|supporters|consumers|buyers|fans|women|men|audiences|readers|viewers|people|younger|older|young|investors|the base|his base|her base',
  'appeal|appeals|appealed for calm|help|information|witnesses|donations|unity|restraint|patience',
  'holds|has|have|had|broad|wide|mass|sex|curb|popular|widespread|universal|global|cross-party|electoral|its|their|his|her appeal',
  'an|more|most|less|very|so|too|particularly|especially appealing',
  'appealing to',
  // "suit" as clothes, cards or imitation.
  'suit and tie',
  'follow|follows|followed|following suit',
  'space|swim|wet|dry|diving|flight|hazmat|pressure|business|three-piece|two-piece|birthday|bathing|strong|long suit|suits',
  'suit|suits jacket|jackets|pants|trousers',
  'suited',
  // Cases and laws that are not legal matters.
  'in any case',
  'in case',
  'case study|studies',
  'law|laws of physics|nature|gravity|averages|thermodynamics|motion|attraction|supply|diminishing',
  "murphy's|moore's|parkinson's|sod's law",
  'law firm|firms|school|schools|student|students|professor|degree|graduate',
  'practicing|practising law',
  'criminal justice',
  // Figurative legal words (guideline: "indictment of the system", "death sentence", "testimony to").
  'damning|profound|scathing|searing|stinging|devastating|withering|blistering|harsh|powerful|sweeping|stark|brutal indictment',
  'testimony|testament to',
  'professional|political|virtual|career|effective [\'|"] death sentence',
  'death sentence for',
  'penalty kick|kicks|box|area|spot|shot|shots|shootout|shoot-out|corner|minutes|killing|kill|try|goal|call|flag|yards|stroke|strokes|point|points|rate',
  'match|game|major|minor|misconduct|double|roughing|holding|interference|tripping|slashing penalty|penalties',
  'hearing aid|aids|loss|impaired|test',
  'was|were|am|are|is|been|be|i\'m|we\'re|you\'re|they\'re|keep|kept|keeps|stop|start|started|after|from hearing',
  'cardiac|respiratory arrest',
  'arrested development',
  'arrest|arrests the _1 decline|slide|spread',
  'warrant officer',
  'to|not|would|does|did|could|might|may|will|doesn\'t|didn\'t|must _2 warrant',
  'warranted',
  'ruling party|parties|coalition|class|classes|elite|elites|junta|family|families|communist|government|body|bloc',
  'ruled out',
  'grounded in',
  'well-grounded',
  // Proceedings of sport or industry, not of law.
  'regulation time|play|length|size',
  'in|of|end of regulation',
  'settle|settles|settled|settling in|into|down|on|for|back',
  'settlement|settlements bloc|blocs|building|buildings|construction|expansion|activity|movement|homes|housing',
  'israeli|jewish|west bank settlement|settlements',
  'witness|witnessed|witnessing history|the birth|the rise|the end',
  'prison|jail cell|cells|suicide|suicides|official|officials|staff|staffers|guard|guards|system|systems|workers|union|records|officers|employees|population|reform|conditions|facility|facilities',
  'bureau of prisons',
  'detention center|centers|centre|centres|facility|facilities|camp|camps|conditions',
  'alleged|allegedly|reportedly unhappy|upset|angry|furious|frustrated|annoyed|fuming|livid|disappointed|thrilled|delighted|happy|dating|split|feuding',
  'suspect that|suspects that',
  'evidence-based',
  'the evidence suggests|shows',
  'admitted|admits|admitting to hospital',
  'admitted|admits to the|a hospital',
  'bond market|markets|yields|yield|prices|price|investors|buyers|sale|sales|issue|fund|funds|rating|ratings',
  'government|treasury|corporate|junk|municipal|james bond',
  'bail out|bailout|bailouts',
  'legal counsel|guardian|tender|age|drinking|limit|immigrant|immigrants|resident|residents|status',
  'on legal grounds',
  'removal of snow|debris|trees|waste|trash|rubble',
  'examination|examine _0 room',
];

/**
 * A law described by what it would do ("legislation that would have meant criminal suspects
 * could be extradited"): the acts after it, in the same clause, are the law's content, not
 * events (guideline tricky case 5), so they do not count.
 */
export const LAW_SCOPE_PATTERNS: readonly string[] = [
  'law|laws|legislation|bill|bills|rule|rules|regulation|regulations|treaty|amendment that|which|allowing|permitting|requiring|requires|require|forbids|bans|to allow',
];

/**
 * Words that describe a person rather than report an act ("the convicted sex offender Jeffrey
 * Epstein", "detained migrants"). The guideline says these epithets do not count as acts when
 * the sentence is about something else. Kept out of the type and the hedge.
 */
export const EPITHET_PATTERNS: readonly string[] = [
  'convicted|accused|alleged|suspected|detained|jailed|indicted|imprisoned|incarcerated|disgraced|admitted|confessed [sex|child|drug|serial|mass|war|cop|spy] offender|offenders|felon|felons|pedophile|pedophiles|paedophile|killer|killers|murderer|murderers|rapist|rapists|trafficker|traffickers|terrorist|terrorists|migrants|immigrants|children|families|people|persons|detainees|inmates|molester|abuser|criminal|criminals|bomber|gunman|spy|financier|fraudster|mobster|kingpin',
  'convicted|accused|alleged|suspected sex trafficker|offender|abuser',
  'alleged victim|victims',
  'alleged sex victims',
];

/**
 * Hedges: the guideline marks a claim unproven with alleged/purported/reported/suspected/
 * accused/"if convicted", and the labels add denials, "whether" and conditional modals.
 */
export const HEDGE_PATTERNS: readonly string[] = [
  'allegedly',
  'alleged',
  'alleging',
  'alleges',
  'allegation',
  'allegations',
  'purported',
  'purportedly',
  'reportedly',
  'suspected',
  'accused',
  'accuses',
  'accusing',
  'accusation',
  'accusations',
  'if convicted',
  'deny',
  'denies',
  'denied',
  'whether',
  'could',
  'would',
  'might',
  '=may',
  'if',
  'likely',
  'possible',
  'possibly',
  'potential',
  'potentially',
  'prospective',
  'unproven',
  'claimed',
  'supposedly',
  'wish I had',
];

/** Words that cancel the act right after them ("no charges", "was not arrested"). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'no',
  'not',
  'never',
  'without',
  'nor',
  'neither',
  "didn't",
  "wasn't",
  "weren't",
  "isn't",
  "aren't",
  "hasn't",
  "haven't",
  "hadn't",
  "won't",
  "don't",
  "doesn't",
  "couldn't",
  "wouldn't",
  'cannot',
  "can't",
]);

/** Words in a sentence that put testimony before Congress (oversight, not a court). */
export const CONGRESS_WORDS: ReadonlySet<string> = new Set([
  'congress',
  'congressional',
  'senate',
  'house',
  'committee',
  'subcommittee',
  'lawmakers',
  'senators',
  'legislators',
  'representatives',
]);

/**
 * Guideline precedence: "If two acts appear, pick the most advanced stage in this order".
 * Index 0 wins.
 */
export const PRECEDENCE: readonly ClaimType[] = [
  'sentence',
  'verdict',
  'appeal',
  'ruling',
  'settlement',
  'trial',
  'charge',
  'arrest',
  'lawsuit',
  'warrant',
  'investigation',
  'penalty',
  'allegation',
  'law',
];
