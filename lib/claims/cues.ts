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
 * - `impeachment`: only counts in an impeachment story ("removal" means removal from office).
 */
export type CueTag = 'testimony' | 'impeachment';

/** A group of cue patterns that stand for one claim type. */
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
  'police|officers|officer|investigators|detectives|deputies|troopers|fbi|swat|cops|sergeant|sheriff|sheriff\'s|constables|marshals|authorities';

/** What those agents do during an investigation (guideline: stops, searches, raids, rescues). */
const AGENT_ACTIONS =
  'invited|invite|summoned|search*|stopped|stopping|raid*|rammed|ram|rescu*|respond*|locat*|seiz*|recover*|interview*|canvass*|found|inspect*|identif*|confirm*|released|rushed|traced|tracked|pursu*|converg*|banging|questioned|alerted|approached|confiscat*';

/** Every positive cue, grouped by type and strength. */
export const CUE_GROUPS: readonly CueGroup[] = [
  // ── allegation ─────────────────────────────────────────────────────────────────────────
  {
    // The accusation vocabulary itself: the guideline's first cue list.
    type: 'allegation',
    strength: 'strong',
    patterns: [
      'allege',
      'alleged',
      'alleges',
      'alleging',
      'allegation',
      'allegations',
      'accuse',
      'accused',
      'accuses',
      'accusing',
      'accusation',
      'accusations',
      'accuser',
      'accusers',
      'accusatory',
      'wrongdoing',
      'misconduct',
      'violat* _3 law|laws|act|statute|statutes|rules|regulations|order|orders|sanctions|constitution|rights|probation|parole|bail|treaty|ceasefire|code|ordinance|amendment|norms|conditions',
      'self-dealing',
      'cover-up',
      'coverup',
      'obstruction of justice',
      'perjury',
      'suspected of|in',
      'is|was|were|are|been|being suspected',
      'falsely imprisoned',
      'false _2 certifications|certification|statements|statement|records|documents|reports|testimony|pretenses|pretences',
    ],
  },
  {
    // Crimes reported as done ("You were assaulted", "he stole", "threatened to kill"): the
    // guideline files statements that someone committed a crime under allegation.
    type: 'allegation',
    strength: 'strong',
    patterns: [
      'murdered',
      'raped',
      'assaulted',
      'kidnapped',
      'abducted',
      'bribed',
      'defrauded',
      'embezzled',
      'laundered',
      'extorted',
      'falsified',
      'falsifying',
      'smuggled',
      'trafficked',
      'stole',
      'sexually abused|exploited|assaulted|harassed',
      'threaten*|threat|threats _2 kill|harm|murder|assault|shoot|bomb|attack|hurt|rape|stab',
      'lied to|on|about',
      'committed _2 crime|crimes|murder|fraud|suicide',
    ],
  },
  {
    // Names of crimes: in a news story about a case they are the accusation, but guides and
    // ads use them too ("fraud detection", "theft protection", "Assault Fitness").
    type: 'allegation',
    strength: 'weak',
    patterns: [
      'murder',
      'murders',
      'murderer',
      'rape',
      'rapes',
      'rapist',
      'assault',
      'kidnapping',
      'abduction',
      'bribery',
      'bribes',
      'fraud',
      'fraudulent',
      'embezzlement',
      'laundering',
      'extortion',
      'smuggling',
      'trafficking',
      'trafficker',
      'theft',
      'stolen',
      'violation',
      'violations',
      'violated',
      'violating',
      'negligence',
      'negligent',
    ],
  },
  {
    // What court papers and prosecutors say about a defendant is the accusation; the phrase
    // swallows its "court" and "prosecutors" so they do not read as a proceeding.
    type: 'allegation',
    strength: 'strong',
    absorbs: true,
    patterns: [
      // Reporting something to the police is an accusation in the guideline's sense.
      'go|went|going|gone|call|called|calling|contact|contacted|contacting|notify|notified|alert|alerted|report|reported|reporting _2 the|to police',
      'go|went|going|gone|report|reported|reporting to the police',
      'court documents|records|papers|filings|document|record',
      "prosecutors|prosecutor|prosecutor's|investigators|attorney's _2 asserted|assert|asserts|said|say|says|claimed|claim|claims|contend|contends|contended|argued|argue|argues",
    ],
  },
  {
    // Words that put wrongdoing in the frame but are also used loosely by politicians
    // ("unlawful claims", "corrupt system"); only trusted inside a legal story.
    type: 'allegation',
    strength: 'weak',
    patterns: [
      // "allegedly" hedges a claim; alone it is often gossip ("allegedly unhappy").
      'allegedly',
      'suspected',
      'suspect',
      'confess*',
      'suspects',
      'injured party',
      'denial',
      'denials',
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
      'admitted|admits|admitting|admit to|that|having|guilt|wrongdoing|responsibility|lying|killing|stealing|taking',
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
    // Probes by an authority, or probes of wrongdoing: the guideline's investigation cues.
    // (A bare "investigation" is weak: scientists and reporters investigate too.)
    type: 'investigation',
    strength: 'strong',
    patterns: [
      `${AGENTS}|prosecutors|prosecutor|attorney|regulators|regulator|commission|committee|department|sec|ftc|doj|fcc|nyag|congress|house|senate|democrats|republicans|lawmakers _4 investigat*|probe|probes|probed|probing|inquiry|inquiries|examining|questioned|questioning|interrogat*|raided|searched|audit*`,
      `investigat*|probe|probes|inquiry|inquiries|questioned|questioning|interrogat*|raided|searched|summoned _1 by [the] _3 ${AGENTS}|prosecutors|regulators|commission|committee|department|sec|ftc|doj|fcc|nyag|congress|house|senate|lawmakers|attorney|court|judge`,
      'criminal|federal|police|fbi|corruption|fraud|bribery|murder|rape|sex|antitrust|ethics|impeachment|congressional|judicial|official|preliminary|ongoing|internal|state|separate|formal _1 investigation|investigations|probe|probes|inquiry|inquiries|enquiry',
      'investigation|investigations|probe|probes|inquiry|inquiries|investigate|investigating|investigated into|of|over|regarding',
      'investigat*|probe|probes|probed|probing|inquiry|inquiries _2 whether',
      'under investigation',
      'interrogated|interrogation _1 by',
      'summon|summoned|summons|summoning',
      'for questioning',
      'was|were|been|being|is|are questioned',
      'under scrutiny',
      'scrutiny from|by',
      'scrutinized|scrutinised by',
      'raided',
      'raid|raids on',
      'criminal referral|referrals',
      'special counsel|prosecutor',
      'inspector general',
      'traffic stop',
      'reopen*|re-open* _3 case|investigation|inquiry|probe',
      'dropped|drop|drops|dropping|dismissed _2 case',
      'case|investigation|probe|inquiry was|has|had [been] dropped|closed|shelved|reopened|re-opened|dismissed',
      'investigation|probe|inquiry|case _3 shelved',
      'told|tell|telling [the] investigators|detectives|police|fbi',
      'interview* with|by [the] fbi|police|investigators|detectives|prosecutors',
      'examin* _1 whether',
      'contacted by the office',
      `${AGENTS} _4 ${AGENT_ACTIONS}`,
      `${AGENT_ACTIONS} by [the] _2 ${AGENTS}`,
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
      'hearing',
      'hearings',
      'court|legal|criminal|judicial|impeachment|extradition|bankruptcy|disciplinary|civil|formal|these|the proceedings',
      'told|tell|telling|tells lawmakers|senators|congress|legislators',
      'told|tell|telling|tells the _2 committee',
      'faces|face|facing _2 questions',
      'lawmakers|senators|committee|congress|republicans|democrats _3 grilled|questioned|pressed',
    ],
  },
  {
    // Witnesses: part of a probe unless a court or Congress is in the picture.
    type: 'investigation',
    strength: 'strong',
    tag: 'testimony',
    patterns: ['witness', 'witnesses'],
  },
  {
    // Probe words and law-enforcement nouns with no act named: scientists investigate and
    // shoppers search too, so these count only inside a legal story.
    type: 'investigation',
    strength: 'weak',
    patterns: [
      'rescue',
      'rescued',
      'rescuing',
      'looking|look|looked|looks into',
      'investigat*',
      'probe',
      'probes',
      'probed',
      'probing',
      'inquiry',
      'inquiries',
      'enquiry',
      'enquiries',
      'questioned',
      'questioning',
      'audit|audits|audited|auditing',
      'search of',
      'searched',
      'findings',
      'examin*',
      'scrutin*',
      'prosecutor',
      'prosecutors',
      "prosecutor's",
      "prosecutors'",
      'prosecutorial',
      'police',
      'detectives',
      'fbi',
      'investigators',
      'interrogat*',
      'raids',
      'evidence',
      'law enforcement',
      'legal troubles|woes|problems|jeopardy',
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
      'held|remains|remain|kept|holding|hold _3 in|at _2 jail|prison|custody|detention',
      'in lieu of',
      'post|posted|posts|posting _3 bond|bail',
      'released|freed on _2 bail|bond',
      'denied|granted|jumped|skipped|skipping|breached|breaching _2 bail',
      'taken|taking|dragged|hauled _2 into custody',
      'dragged|hauled|led _2 out by _3 police|officers',
      'laid|lay|lays|laying siege',
      'under siege',
      'remand*',
      'house arrest',
      'apprehend*',
      'besieg*',
      'transport*|taken|took|booked|brought _4 to|into jail|custody|prison',
      'booked into',
      'holding|hold|held|holds people|migrants|immigrants|children|families|detainees|asylum-seekers',
    ],
  },
  {
    // Jail as a place: custody when someone is taken there, otherwise often just scenery.
    type: 'arrest',
    strength: 'weak',
    patterns: ['jail', 'bail', 'surrender*'],
  },

  // ── charge ─────────────────────────────────────────────────────────────────────────────
  {
    // Formal charges, indictments and prosecutions, plus a House vote to impeach.
    type: 'charge',
    strength: 'strong',
    patterns: [
      'was|were|been|is|are|be|being|get|got charged',
      'charged _4 with',
      'arrested|detained|indicted|questioned|booked|caught and charged',
      'charged in connection|the',
      'charged over|after',
      'charges|charge of|against|including|related|stemming|alleging|in',
      'on _3 charges|charge|counts',
      'charges were|have|had|are|will [been|be] filed|dropped|unsealed|brought|laid|pending|dismissed|announced',
      'the charges',
      'what|which charges',
      'charges _3 face|faces|facing|faced',
      'criminal|conspiracy|murder|rape|fraud|felony|misdemeanor|federal|state|drug|terrorism|espionage|preliminary|additional|new|formal charge',
      'press|pressed|pressing|file|filed|filing|bring|brought|bringing|drop|dropped|face|faces|facing|fight|fighting|deny|denies|denied|dismiss|dismissed|answer|laid|lay _3 charge|charges',
      'charging _3 with',
      'charge _3 with',
      'indict*',
      'prosecute|prosecuted|prosecutes|prosecuting|prosecution|prosecutions',
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
      'file|filed|files|filing|bring|brought|brings|settle|settled|settles|dismissed|dismiss|won|lost _2 suit|suits',
      'suit|suits against|seeking|alleging|alleges|claiming|filed|accusing',
      'suit|suits _8 filed|dismissed|settled',
      'class-action|civil|federal|antitrust|defamation|libel|wrongful-death|slander|discrimination suit|suits',
      'class action',
      'class-action',
      'filed|file|files|filing _3 complaint|complaints|petition',
      'complaint|complaints against',
      'plaintiff',
      'plaintiffs',
      'litigants',
      'dragged|drag|drags|dragging|took|take|takes|taking|taken _8 to court',
      'went|go|goes|going|gone _1 to court',
      'legal action|actions|move|moves|challenge|challenges|fight|battle',
      'praying the court',
      'petition* the court',
    ],
  },
  {
    // Suits, damages and litigation are also clothes, insurance and risk talk.
    type: 'lawsuit',
    strength: 'weak',
    patterns: ['suit', 'suits', 'damages', 'litigation', 'sued'],
  },

  // ── trial ──────────────────────────────────────────────────────────────────────────────
  {
    // Court proceedings under way; a not-guilty plea is a proceeding, not a verdict.
    type: 'trial',
    strength: 'strong',
    patterns: [
      'stand|stood|standing|face|faces|facing|await|awaits|awaiting|go|goes|went|going|gone|on|at|during|before|after|until _2 trial',
      'trial began|begins|opened|opens|started|starts|date|judge|court|jury|testimony|verdict|proceedings|continues|resumed|ended|ends|is|was|will|set',
      'murder|criminal|civil|jury|federal|impeachment|senate|fraud|corruption|rape|terrorism|espionage|war-crimes|bench|speedy|fair trial|trials',
      'his|her|their trial',
      'retrial',
      'mistrial',
      'jury',
      'juries',
      'juror',
      'jurors',
      'plead*|pled not guilty|innocent',
      'plea of not guilty',
      'in|into court',
      'court hearing|hearings|appearance|date|proceedings|case|cases',
      'evidence _2 presented',
      'cross-examin*',
      'closing arguments',
      'opening statements',
    ],
  },
  {
    // A court or a lawyer named without an act: probably a proceeding, but only in a legal story.
    type: 'trial',
    strength: 'weak',
    patterns: ['court', 'courts', 'courtroom', 'judge', 'judges', 'trial', 'trials'],
  },
  {
    // Lawyers speak for the accused: in a legal story their statements answer an accusation.
    type: 'allegation',
    strength: 'weak',
    patterns: [
      'attorney',
      'attorneys',
      'lawyer',
      'lawyers',
      'defense|defence attorney|attorneys|lawyer|lawyers|team',
    ],
  },

  // ── verdict ────────────────────────────────────────────────────────────────────────────
  {
    // Convictions, acquittals, guilty pleas, liability findings; Senate removal for
    // impeachment (guideline conventions).
    type: 'verdict',
    strength: 'strong',
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
      'justice has|was|had [been] served',
    ],
  },
  {
    // Removal (from office) is the Senate's verdict, but only in an impeachment story.
    type: 'verdict',
    strength: 'strong',
    tag: 'impeachment',
    patterns: ['removal', 'impeachment and [even] removal'],
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
      'sentence|sentences _2 to',
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
      'a|the fine of',
      '# fine',
      'million|billion|thousand|dollar fine',
      'fines|penalties of|totaling|totalling|worth|amounting',
      'million|billion|thousand|dollars|euros|pounds|won|yen|yuan|rupees in fines|penalties',
      'paid|impose*|imposing|levied|levies|levy|issued|ordered _3 fine|fines|penalty|penalties',
      'civil|criminal|death|monetary|financial [maximum] penalty|penalties',
      'penalty of',
      'punishable',
      'up to _5 prison|jail|imprisonment|fine|fines',
      'maximum|max _5 prison|jail|imprisonment|fine|fines|sentence',
      'maximum|minimum|mandatory [minimum] sentence',
      'maximum|minimum|mandatory [minimum] sentence of',
      'face|faces|facing|faced _5 prison|jail|imprisonment|years|decades|life',
      'prison|jail term of',
      'years|months|decades in prison|jail',
      'imprisonment',
    ],
  },

  {
    // Penalties and fines as a risk ("avoid penalties", "Google penalties"): only in a legal story.
    type: 'penalty',
    strength: 'weak',
    patterns: ['fines', 'penalty', 'penalties'],
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
      'agreement _3 in|on [this|the] case',
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
      'court|courts|judge|judges|justices|tribunal|magistrate|regulator|regulators _4 ordered|declared|rejected|dismissed|upheld|upholds|blocked|struck|granted|denied|refused|approved|sided|halted|barred|allowed|decided|extended|declaring|rejects|orders',
      "judge's|court's|court|courts|tribunal's|judges' _2 decision|decisions|order|judgment|judgement|ruling",
      'landmark|summary|default _1 judgment|judgement',
      'issu* _3 edict|edicts|decree|decrees|injunction|injunctions',
      'was|were|been|is|are ordered to',
      'injunction',
      'injunctions',
      'restraining order',
      'struck down',
      'strike down',
      'upheld|uphold|upholds|upholding the|a|his|her|its _2 ruling|conviction|verdict|sentence|decision|ban|law|order|injunction',
      'deport|deported|deporting|deports|deportation|deportations',
      'jets|planes|aircraft|airplanes|fleet|fleets|flights|max|737s|737|airliners|helicopters|drones _6 grounded',
      'grounding|grounded _0 of|the _3 jets|planes|aircraft|fleet|max|737|737s|airliners',
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
      'appeal|appeals|appealed|appealing _3 ruling|verdict|conviction|decision|sentence|judgment|judgement|order|case|decisions|rulings',
      'appeals|appellate court|courts|judge|judges|panel',
      'court of appeal|appeals',
      'on appeal',
      'file|filed|files|filing|lodge|lodged|launch|launched|lost|lose|loses|won|win|wins|reject|rejected|dismiss|dismissed|hear|heard|grant|granted|deny|denied|an _2 appeal|appeals',
      'appeal against',
      'appeal to the|a _2 court|supreme|tribunal|judge|judges|higher|appeals',
      'appellate',
      'plans|plan|planned|vowed|vows|will|would|intends|intend _2 to appeal',
      'overturn* _3 conviction|convictions|verdict|sentence|ruling|decision',
      'conviction|verdict|sentence|ruling _3 overturned',
    ],
  },

  {
    // "Appeal" and "appealed" alone are mostly about attraction; only in a legal story.
    type: 'appeal',
    strength: 'weak',
    patterns: ['appeal', 'appeals', 'appealed'],
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
      'is|are|be|was|were|considered|consider|considers|deemed|declaring|declared|declare|declares _3 illegal|unlawful|legal|lawful',
      'is|are|be|was|were|considered|consider|considers|deemed|declaring|declared|declare|declares _3 a crime',
      'not|no a crime',
      'illegality',
      'legality',
      'legislation',
      'statute',
      'statutes',
      'statutory',
      'first|second|fourth|fifth|sixth|eighth|fourteenth amendment',
      'extradition bill|law|treaty',
      'diplomatic|legal|sovereign|qualified|prosecutorial|presidential|parliamentary|criminal|absolute _0 immunity',
      'immunity from prosecution|suit|arrest|lawsuits',
      'entitled to _3 immunity',
      'bill|law|legislation|measure [was|is|were|has|have] [been] passed|withdrawn|signed|introduced|approved|enacted|vetoed',
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
      'legal footing|basis|status|position|obligation|obligations|requirement|requirements|duty',
      'legally binding|required|obliged|obligated|barred|allowed|entitled|prohibited',
      '=bill',
      '=bills',
      'regulation',
      'regulations',
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
  'fully|partially|half|overnight|wirelessly charged',
  'charged overnight|fully|up|wirelessly',
  // "fine" as quality or weather.
  'fine weather|day|days|morning|evening|print|line|lines|art|arts|dining|wine|wines|tuning|example|balance|job|person|man|woman|player|form',
  'fine-tune*',
  'just|perfectly|very|so|pretty|quite fine',
  "i'm|it's|that's|you're|we're|is|was|are|be|feel|feels|felt fine",
  // "appeal" as attraction or plea.
  'appeal|appeals to [the|his|her|its|their] voters|public|supporters|consumers|buyers|fans|women|men|audiences|readers|viewers|people|younger|older|young|investors|base',
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
  'in search of',
  'tax|taxes|fee|fees|vat|interest|rate|rates|price|prices|amount|amounts|cost|costs|commission _4 charged',
  'charged a|an _2 fee|penalty|rate|premium|surcharge|commission',
  'lead|leads|leading|led the charge',
  'charged with overseeing|evaluating|managing|developing|protecting|ensuring|implementing|coordinating|enforcing|designing|reviewing|monitoring|supervising|responsibility',
  '=Sue',
  'jury duty|service|summons',
  'to|would|will|can|could|might|may witness',
  'witness the|a|an|how',
  'google|algorithmic|seo|search|manual _0 penalty|penalties',
  'appeal|appeals|appealing to [the|your|their|our|its|a|many|most|all|various|potential|diverse|each|every] customers|customer|guests|guest|sponsors|demographics|buyers|users|shoppers|clients|visitors|families|kids|children|travelers|travellers|audiences|everyone|anyone|you|them|us|me|him|her',
  'trial lesson|lessons|class|classes|session|sessions|membership|offer|account|version|period|pack',
  'phone|phones|laptop|laptops|iphone|iphones|camera|cameras|devices|device|battery|batteries|car|cars|ev|evs|headphones|earbuds|watch _6 charged',
  'not|never obligated|obliged',
  'illegal|undocumented immigrants|immigrant|aliens|alien|migrants|migrant',
  'additional|extra|unexpected|surprise|hidden|late|monthly|annual|service|delivery|shipping|finance|interest|overdraft|one-time|flat|added _1 charge|charges',
  'charges|charged|charge per|extra|nothing|flat|fees|fee',
  'charges|charged a|an fee|premium|flat|fixed|monthly|small|one-time|commission|surcharge|markup',
  'warrants|warrant an|a|further|more|closer|attention|consideration|concern|mention|caution|scrutiny|review|action',
  'doctor|hospital|medical|lodging|energy|utility|credit|card|grocery|phone|water|gas|electric|cable _0 bill|bills',
  'suit|suits|suited you|me|him|her|them|us|everyone|anyone|your|his|their|my|our|all|everybody',
  'charged|charges|charge using|via|quickly|fast|faster|slowly|wirelessly|overnight|fully',
  'can|could|be charged using|via|wirelessly|with a|from',
  'hearing and|aid|aids|protection|health|loss|impairment',
  'our ruling|rating',
  'sent|send|sends|receive|received|pay|paid|paying|foot|split|electricity|phone|utility|medical _2 bill|bills',
  'summon*|summons _2 strength|courage|energy|up|memories|spirit|will|nerve',
  'investigative journalism|journalist|journalists|reporting|reporter|reporters|report|team|unit|series|piece|story|podcast|website|outlet',
  'fast|rapid|dc|ac|wireless|home|public|ev|electric|overnight _0 charging|charger|chargers',
  'charging support|speed|speeds|network|networks|point|points|infrastructure|port|ports|cable|cables|station|stations',
  'charge|charged|charging|charges into|at|ahead|forward|toward|towards|down|onto|across|up',
  'charge|charges|charging|charged [users|customers|patrons|visitors|buyers|shoppers|consumers|members|riders|passengers|fans|almost|about|around|nearly|up|just|only|more|less|extra] $|rs|£|€|¥|#',
  'prevent*|combat*|fight*|curb*|stop|stopping|tackl*|counter|countering _2 trafficking|smuggling|crime|corruption|fraud|terrorism',
  'festival|competition|awards|award|prize|contest|film|art|architecture|design jury|juries|jurors',
  'jury|juries of experts|architects|critics|professionals|designers',
  'jury is|was still out',
  'appealing about|for|and|,|.|"|enough|option|idea|prospect|alternative|offer|choice|target|way|place|destination',
  'in case',
  'case study|studies',
  'law|laws of physics|nature|gravity|averages|thermodynamics|motion|attraction|supply|diminishing',
  "murphy's|moore's|parkinson's|sod's law",
  'law firm|firms|school|schools|student|students|professor|degree|graduate',
  'practicing|practising law',
  'criminal justice',
  'public prosecution|prosecutions',
  'prosecution authority|service|office|agency',
  'fight|fighting|combat|combating|combatting|tackle|tackling|battle|war|crackdown [against|on] corruption|crime|crimes',
  'financial|corporate|bank|government|bailout rescue',
  'rescue package|packages|deal|plan|loan|financing|bid|talks|fund',
  'rescue by its|their|a|an',
  // Figurative legal words (guideline: "indictment of the system", "death sentence", "testimony to").
  'damning|profound|scathing|searing|stinging|devastating|withering|blistering|harsh|powerful|sweeping|stark|brutal indictment',
  'testimony|testament to',
  'professional|political|virtual|career|effective [\'|"] death sentence',
  'death sentence for',
  'penalty kick|kicks|box|area|spot|shot|shots|shootout|shoot-out|corner|minutes|killing|kill|try|goal|call|flag|yards|stroke|strokes|point|points|rate',
  'match|game|major|minor|misconduct|double|roughing|holding|interference|tripping|slashing penalty|penalties',
  'hearing aid|aids|loss|impaired|test',
  'was|were|am|are|is|been|be|i\'m|we\'re|you\'re|they\'re|keep|kept|keeps|stop|start|started|after|from|of|upon|on|without|by|reported|recalled|remember|remembers hearing',
  'hearing the|his|her|their|a|an|about|that|from|gunfire|shots|news|voices|it|them|him|you|me|this',
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
  'in|of regulation',
  'end of regulation',
  'settle|settles|settled|settling in|into|down|on|for|back',
  'settlement|settlements bloc|blocs|building|buildings|construction|expansion|activity|movement|homes|housing',
  'israeli|jewish settlement|settlements',
  'west bank settlement|settlements',
  'witness|witnessed|witnessing history',
  'witness|witnessed|witnessing the birth|rise|end|return',
  'prison|jail cell|cells|suicide|suicides|official|officials|staff|staffers|guard|guards|system|systems|workers|union|records|officers|employees|population|reform|conditions|facility|facilities|authorities',
  'bureau of prisons',
  'detention center|centers|centre|centres|facility|facilities|camp|camps|conditions',
  'alleged|allegedly|reportedly unhappy|upset|angry|furious|frustrated|annoyed|fuming|livid|disappointed|thrilled|delighted|happy|dating|split|feuding',
  'suspect|suspects|suspected that',
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
  // Reviews, guides and essays (WCXB dev): "Final Verdict", "we're all guilty of it", "writes
  // code with complete conviction", "an 80% charge", "the first sentence of your essay",
  // "ruled the roost", "does the program warrant the cost", "warrant canaries".
  'final|our|my verdict',
  'verdict is|was that',
  'feel|feels|felt|feeling guilty',
  'guilty pleasure|pleasures|conscience',
  'guilty of it|that',
  'guilty by association',
  'all guilty',
  'complete|firm|deep|moral|religious|personal|political|quiet|absolute conviction|convictions',
  '% charge',
  'dc|ac|fast|quick charge',
  'first|opening|topic sentence|sentences',
  'sentence level|structure|length|fragment|fragments',
  'sentence|sentences of your|the essay|paragraph',
  'ruled|rules|ruling the roost',
  'ruling out',
  'warrant|warrants the cost|price|investment|upgrade|purchase|premium|extra|hype|going|nourishment|determining',
  'studies|findings|results|data warrant|warrants',
  'warrant canary|canaries',
  'feel|feels|felt|feeling obligated|obliged',
  'without complaint|complaints|complaining',
  'summon*|summons _3 army|armies|undead|dragon|dragons|demon|demons|spirit|spirits|ghost|ghosts',
];

/**
 * Frames that put a sentence inside a story (a film, a novel, a series): arrests and trials
 * in a plot summary are fiction, not legal matters. Any of these cancels every cue.
 */
export const FICTION_PATTERNS: readonly string[] = [
  'in the film|movie|novel|series|episode|sitcom|drama|thriller|musical|play|show|game',
  'the plot',
  'fictional',
  'stars as',
  'starring',
  'the character|characters',
  'film|movie|novel|series|episode|thriller|drama|story follows|tells|centers|centres|revolves',
];

/**
 * League discipline is not law (guideline: "sports discipline" is none). In a sentence with
 * these words, fines and penalties are the league's.
 */
export const SPORTS_PATTERNS: readonly string[] = [
  'nfl|nba|nhl|mlb|mls|fifa|uefa|ncaa|league|quarterback|referee|referees|umpire|commissioner',
  '#-game|one-game|two-game|three-game|four-game|five-game|six-game|multi-game|game suspension|ban',
];

/**
 * A law described by what it would do ("legislation that would have meant criminal suspects
 * could be extradited"): the acts after it, in the same clause, are the law's content, not
 * events (guideline tricky case 5), so they do not count.
 */
export const LAW_SCOPE_PATTERNS: readonly string[] = [
  'law|laws|legislation|bill|bills|rule|rules|regulation|regulations|treaty|amendment that|which|allowing|permitting|requiring|requires|require|forbids|bans',
  'law|laws|legislation|bill|bills|rule|rules|regulation|regulations|treaty|amendment to allow|permit|require',
];

/**
 * Phrases that mention an act without reporting it: "if convicted" is a hedge, not a verdict
 * (guideline conventions). They cancel the cue but keep the hedge.
 */
export const NON_ACT_PATTERNS: readonly string[] = [
  'if|unless convicted|charged|indicted|extradited|arrested|prosecuted',
  'if|unless found guilty',
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
  'migrants|immigrants|children|people|families|detainees|those|kids|minors|asylum-seekers in _2 custody|detention',
  'detainee|detainees',
];

/**
 * How far a hedge reaches.
 * - `unproven`: marks the wrongdoing itself as unproven (alleged, purported, reportedly,
 *   suspected, accused, denied…); counts wherever it stands in the sentence.
 * - `modal`: a conditional or hypothetical verb (could, would, might…); counts only when a
 *   legal act follows within a few words ("might be indicted", not "would play in Washington").
 * - `condition`: "if", "whether", "should the House…": counts when a legal act follows in the
 *   conditional clause.
 */
export type HedgeKind = 'unproven' | 'modal' | 'condition';

/** Hedge patterns of one kind. */
export interface HedgeGroup {
  kind: HedgeKind;
  patterns: readonly string[];
}

/**
 * Hedges: the guideline marks a claim unproven with alleged/purported/reported/suspected/
 * accused/"if convicted"; the labels add denials, "whether" and conditional acts.
 */
export const HEDGE_GROUPS: readonly HedgeGroup[] = [
  {
    kind: 'unproven',
    patterns: [
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
      'suspicion',
      'suspicions',
      'accused',
      'accuses',
      'accusing',
      'accusation',
      'accusations',
      'if convicted',
      'unproven',
      // "whether" puts the wrongdoing itself in question ("examining whether X indulged in…").
      'whether',
      'conspiracy theory|theories',
      // A denial only hedges when it denies something ("denied the allegations", "denies having").
      'deny|denies|denied|denying [the|any|all|both|these|those|his|her|their] allegation|allegations|accusation|accusations|charges|charge|wrongdoing|claims|claim|having|that|it|being|involvement|guilt|responsibility',
      // Exposure to a possible act ("vulnerable to extradition", "open to prosecution").
      'open|vulnerable|exposed|subject to _1 prosecution|charges|extradition|lawsuits|lawsuit|arrest|investigation|suit|indictment',
    ],
  },
  {
    kind: 'modal',
    patterns: [
      'could',
      'would',
      'might',
      '=may',
      "couldn't",
      "wouldn't",
      'likely',
      'possibly',
      'potential',
      'potentially',
      'wish i had',
      'tempted to',
    ],
  },
  {
    kind: 'condition',
    patterns: ['if', 'unless', 'if and when'],
  },
];

/** Words after a modal or a condition within which a legal act makes it a hedge. */
export const HEDGE_REACH: Readonly<Record<Exclude<HedgeKind, 'unproven'>, number>> = {
  modal: 5,
  condition: 8,
};

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

/** Words that put testimony in a courtroom. */
export const COURT_WORDS: ReadonlySet<string> = new Set([
  'court',
  'courtroom',
  'judge',
  'jury',
  'jurors',
  'trial',
  'prosecutor',
  'prosecutors',
  'defendant',
  'defendants',
  'indictment',
  'indicted',
  'charged',
  'plaintiff',
  'lawsuit',
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
