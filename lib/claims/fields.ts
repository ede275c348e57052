/**
 * Pattern-based fields of a claim: who is it about (subject), who acts (authority), whom the
 * sentence credits (attribution), where (jurisdiction) and the punishment (penalty). All of it
 * works on the sentence's tokens with bounded scans, so it is linear in the sentence length.
 */
import type { ClaimType } from '../report';
import type { Token } from './tokens';

/** A span of tokens [start, end). */
interface Span {
  start: number;
  end: number;
}

/** The fields extraction can fill. */
export interface ClaimFields {
  subject?: string;
  authority?: string;
  attribution?: string;
  jurisdiction?: string;
  penalty?: string;
}

/** Words that open a noun phrase: where a subject like "the head of an online company" begins. */
const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'some', 'all', 'each', 'every', 'both', 'several', 'many', 'two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'no', 'another', 'one',
  'former', 'federal',
]);

/** Pronouns that may stand as a whole subject ("He was arrested in April"). */
const PRONOUNS = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'who',
]);

/** Words that end a noun phrase read leftwards: clause openers and verbs of saying. */
const LEFT_STOPS = new Set([
  'that', 'when', 'after', 'before', 'because', 'while', 'since', 'if', 'although', 'though',
  'where', 'which', 'whom', 'as', 'but', 'said', 'says', 'told', 'say', 'so', 'than', 'then',
  'until', 'unless', 'whether', 'also', 'however', 'meanwhile', 'instead', 'marks', 'is', 'was',
  'are', 'were', 'has', 'have', 'had', 'be', 'been', 'will', 'would', 'could', 'should', 'might',
  'may', 'can', 'did', 'does', 'do', 'by', 'over', 'following', 'among', 'against', 'to', 'see',
  'saw', 'get', 'let', 'make', 'made', 'want', 'wants', 'asked', 'urged', 'saying', 'citing',
  'noting', 'adding', 'means', 'meant',
]);

/** Words that end a noun phrase read rightwards: prepositions, clause openers, time words. */
const RIGHT_STOPS = new Set([
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
const AUX = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', "'s", 'will', 'would',
  'could', 'should', 'might', 'may', 'can', 'also', 'later', 'then', 'previously', 'reportedly',
  'allegedly', 'still', 'currently', 'now', 'already', 'first', 'not', 'never', 'since', 'get',
  'got', 'getting', 'just', 'recently', 'formally', 'eventually', 'subsequently', 'did', 'does',
  'do', 'always', 'initially', 'once',
]);

/** Titles whose period stays inside a name ("Christopher D. Battin", "Patrick W. Carlineo Jr."). */
const NAME_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'lt', 'col', 'gen', 'gov', 'sen', 'rep', 'sgt',
  'capt', 'prof', 'u.s', 'inc', 'co', 'corp', 'ltd',
]);

/** Legal acts whose grammatical object is the claim's subject ("arrested Burton"). */
const ACT_VERBS = new Set([
  'arrested', 'arrest', 'arresting', 'charged', 'charge', 'charging', 'sued', 'sue', 'suing',
  'sues', 'accused', 'accuse', 'accuses', 'accusing', 'summoned', 'summon', 'questioned',
  'question', 'questioning', 'indicted', 'indict', 'convicted', 'convicting', 'convict',
  'sentenced', 'sentence', 'sentencing', 'detained', 'detain', 'fined', 'fine', 'investigated',
  'investigate', 'investigating', 'investigates', 'deported', 'deport', 'extradited',
  'extradite', 'prosecuted', 'prosecute', 'prosecuting', 'jailed', 'jail', 'grilled', 'raided',
  'stopped', 'subpoenaed', 'interrogated', 'acquitted', 'acquit', 'impeach', 'impeached',
  'evicted', 'brought', 'held', 'ordered', 'released', 'dragged', 'hauled', 'rescued', 'find',
  'found', 'scrutinized', 'examined', 'examining', 'convicting', 'grounded',
]);

/** Subjects of verbs that report what the subject did or suffered ("X pleaded guilty"). */
const SUBJECT_VERBS = new Set([
  'faces', 'face', 'faced', 'facing', 'pleaded', 'pleads', 'plead', 'pled', 'denied', 'denies',
  'deny', 'admitted', 'admits', 'confessed', 'confesses', 'violated', 'violates', 'signed',
  'failed', 'lied', 'falsified', 'stole', 'committed', 'threatened', 'refused', 'obliged',
  'required', 'prohibited', 'barred', 'banned', 'forbidden', 'asked', 'served', 'serving',
  'remains', 'remain', 'acknowledged', 'agreed', 'chose', 'avoided', 'battling', 'hanged',
  'possessed', 'took', 'kidnapped', 'murdered', 'assaulted', 'grabbed',
]);

/** Nouns whose "against/into/of" object is the subject ("charges against the two staffers"). */
const OBJECT_NOUNS = new Set([
  'investigation', 'investigations', 'probe', 'inquiry', 'allegation', 'allegations',
  'accusation', 'accusations', 'charges', 'charge', 'lawsuit', 'suit', 'case', 'cases',
  'proceedings', 'complaint', 'complaints', 'indictment', 'conviction', 'sentencing', 'arrest',
  'extradition', 'prosecution', 'trial', 'impeachment', 'scrutiny', 'moves', 'action',
]);

/** Heads of noun phrases that name a legal authority. */
const AUTHORITY_HEADS = new Set([
  'police', 'prosecutors', 'prosecutor', 'court', 'courts', 'judge', 'judges', 'jury', 'justices',
  'regulator', 'regulators', 'commission', 'agency', 'fbi', 'sec', 'ftc', 'doj', 'fcc', 'epa',
  'icc', 'investigators', 'officers', 'officer', 'sheriff', "sheriff's", 'authorities',
  'committee', 'congress', 'senate', 'ministry', 'department', 'attorney', 'attorney-general',
  'counsel', 'detectives', 'deputies', 'troopers', 'tribunal', 'magistrate', 'nyag',
  "attorney's", "prosecutor's", "prosecutors'", 'inquisitors', 'interpol', 'cbp', 'dhs',
  'lawmakers', 'enforcement', 'sergeant', 'plaintiff', 'plaintiffs',
]);

/** Verbs that credit a source. */
const REPORTING = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'explained', 'announced', 'reported',
  'reports', 'noted', 'warned', 'stated', 'wrote', 'alleged', 'alleges', 'asserted', 'claimed',
  'claims', 'acknowledged', 'argued', 'confirmed', 'speculated', 'believe', 'believes',
  'insisted', 'testified', 'reiterated', 'suggested', 'revealed', 'tweeted', 'declared',
  'contended', 'maintained', 'alleging', 'saying', 'telling', 'testifying', 'insists', 'contends',
]);

/** Country and state names with their adjectives, for `jurisdiction`. */
const PLACES: Record<string, string> = {
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
};

/** Legal nouns a place adjective can qualify ("South Korean law", "Swedish prosecutors"). */
const PLACE_QUALIFIED = new Set([
  'law', 'laws', 'court', 'courts', 'police', 'prosecutors', 'prosecutor', 'authorities',
  'government', 'judge', 'judges', 'legislation', 'officials', 'prosecution', 'justice',
  'regulators', 'regulator', 'department', 'investigation', 'jury', 'constitution',
]);

/** The text of a span, without punctuation at its edges (a name's final dot stays). */
function text(tokens: Token[], src: string, span: Span): string {
  let s = span.start;
  let e = span.end;
  while (s < e && !tokens[s]!.word && tokens[s]!.t !== '$') s++;
  while (e > s && !tokens[e - 1]!.word && tokens[e - 1]!.t !== ')' && !isNameDot(tokens, e - 1)) e--;
  const a = tokens[s];
  const b = tokens[e - 1];
  if (!a || !b || e <= s) return '';
  return src.slice(a.start, b.end);
}

/** The period after an initial or a title is part of the name ("Elizabeth A. Burton"). */
function isNameDot(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || t.t !== '.' || !prev || !prev.word) return false;
  return (prev.raw.length === 1 && prev.cap) || NAME_ABBREVIATIONS.has(prev.t);
}

function isPossessive(t: Token): boolean {
  return t.word && (t.t.endsWith("'s") || t.t.endsWith("s'"));
}

function isDeterminer(t: Token): boolean {
  return DETERMINERS.has(t.t) || t.num || isPossessive(t);
}

/** Articles and possessive pronouns: a phrase may climb "of"/"for" to one of these. */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our']);

/**
 * The noun phrase that ends just before token `end`, read leftwards up to 12 tokens. Picks the
 * phrase start at a determiner ("the head of an online service company") or a run of capitalized
 * words ("Sirgoo Lee"), and resolves appositives ("Sirgoo Lee, CEO of Daum Kakao, was…").
 */
export function npBefore(tokens: Token[], end: number, depth = 0): Span | null {
  let j = end - 1;
  const last = tokens[j];
  if (!last || depth > 2) return null;
  if (last.t === 'to') {
    // "The envoy is likely to face": the subject is before the verb group that takes "to".
    for (let k = j - 1; k >= 0 && j - k <= 3; k--) {
      if (AUX.has(tokens[k]!.t)) return npBefore(tokens, auxStart(tokens, k + 1), depth + 1);
    }
    return null;
  }
  if (last.t === ',') {
    // Appositive: "X, <appositive>, verb". Find the comma that opens it.
    let k = j - 1;
    while (k >= 0 && j - k < 16 && tokens[k]!.t !== ',') {
      if (!tokens[k]!.word && !isNameDot(tokens, k)) return null;
      k--;
    }
    if (k < 0 || tokens[k]!.t !== ',') return null;
    const appositive = { start: k + 1, end: j };
    const opening = leadingName(tokens);
    if (opening && opening.end <= k) {
      // "Patrick W. Carlineo Jr., 55, of Addison, a village near Ithaca, pleaded…".
      let onlyAppositives = true;
      for (let x = opening.end; x < k; x++) if (LEFT_STOPS.has(tokens[x]!.t)) onlyAppositives = false;
      if (onlyAppositives && k - opening.end < 20) return opening;
    }
    const head = npBefore(tokens, k, depth + 1);
    const appTokens = tokens.slice(appositive.start, appositive.end);
    const appIsName =
      appTokens.length > 0 && appTokens.length <= 5 && appTokens.every((t) => t.cap || t.t === '.');
    if (!appIsName) return head;
    if (!head) return appositive;
    // "The CEO of …, Sirgoo Lee," and "the man who…, Michael Webb,": the name is the subject.
    return DETERMINERS.has(tokens[head.start]!.t) ? appositive : head;
  }
  const words: number[] = [];
  while (j >= 0 && end - j <= 12) {
    const t = tokens[j]!;
    if (!t.word) {
      if (isNameDot(tokens, j)) {
        j--;
        continue;
      }
      break;
    }
    if (LEFT_STOPS.has(t.t) && !(t.cap && j > 0 && words.length > 0)) break;
    // "failed to conduct checks … and falsified records": "and" joins verbs, not names.
    if (t.t === 'and' && !(tokens[j - 1]?.cap && tokens[j + 1]?.cap)) break;
    if (t.t.endsWith("'s") && PRONOUNS.has(t.t.slice(0, -2))) break; // "he's pleased to see"
    words.push(j);
    j--;
  }
  if (words.length === 0) return null;
  const lastWord = tokens[words[0]!]!;
  if (PRONOUNS.has(lastWord.t)) {
    // "Assange, who denies…": the relative pronoun stands for the phrase before the comma.
    // "Epstein who reportedly…": the same without the comma. A bare "who" is never a subject.
    if (lastWord.t === 'who') {
      const before = tokens[words[0]! - 1];
      if (before?.t === ',') return npBefore(tokens, words[0]! - 1, depth + 1);
      return before?.word ? npBefore(tokens, words[0]!, depth + 1) : null;
    }
    return { start: words[0]!, end };
  }
  const inPhrase = (k: number): boolean => words.includes(k);
  // Rightmost determiner; climb over "of/for" to an earlier article ("the head of an …").
  let start = -1;
  for (const w of words) {
    if (isDeterminer(tokens[w]!)) {
      start = w;
      break;
    }
  }
  if (start >= 0) {
    for (;;) {
      const prep = tokens[start - 1];
      if (!prep || (prep.t !== 'of' && prep.t !== 'for')) break;
      let k = start - 2;
      let found = -1;
      while (k >= 0 && start - k < 8 && inPhrase(k)) {
        if (ARTICLES.has(tokens[k]!.t) || (isPossessive(tokens[k]!) && !tokens[k]!.cap)) {
          found = k;
          break;
        }
        k--;
      }
      if (found < 0) break;
      start = found;
    }
    // "a 20-year old man": an article before a number or another determiner word.
    while (start > 0 && inPhrase(start - 1) && DETERMINERS.has(tokens[start - 1]!.t)) start--;
    // Capitalized words before the start belong to the same name ("Bartholomew County
    // Sheriff's Department", "Federal prosecutors"), and so does an article before them.
    while (start > 0 && inPhrase(start - 1) && tokens[start - 1]!.cap) start--;
    if (start > 0 && inPhrase(start - 1) && ARTICLES.has(tokens[start - 1]!.t)) start--;
    return { start, end };
  }
  // No determiner: a run of capitalized words, possibly joined by "and" ("Noel and Thomas").
  let s = words[0]!;
  if (!tokens[s]!.cap) {
    // A bare noun with its modifiers: "online service providers", "Federal prosecutors".
    const PREPS = ['from', 'of', 'by', 'with', 'in', 'on', 'for', 'at', 'into', 'about'];
    while (s > 0 && inPhrase(s - 1) && words[0]! - s < 3 && !PREPS.includes(tokens[s - 1]!.t)) s--;
    return { start: s, end };
  }
  for (const w of words) {
    const t = tokens[w]!;
    if (t.cap || (t.t === 'and' && tokens[w - 1]?.cap)) s = w;
    else break;
  }
  // Walk back over name dots ("Patrick W. Carlineo").
  while (s > 1 && isNameDot(tokens, s - 1) && tokens[s - 2]!.cap) s -= 2;
  while (s > 0 && tokens[s - 1]!.cap && tokens[s - 1]!.word) s--;
  return { start: s, end };
}

/** A capitalized name that opens the sentence and is followed by a comma ("Sirgoo Lee, CEO…"). */
function leadingName(tokens: Token[]): Span | null {
  let i = 0;
  while (i < tokens.length && i < 6 && (tokens[i]!.cap || isNameDot(tokens, i))) i++;
  if (i === 0 || tokens[i]?.t !== ',') return null;
  if (DETERMINERS.has(tokens[0]!.t) || LEAD_INS.has(tokens[0]!.t)) return null;
  return { start: 0, end: i };
}

/** The noun phrase starting at token `start`, read rightwards up to `max` tokens. */
export function npAfter(tokens: Token[], start: number, opts: { allowOf?: boolean; max?: number } = {}): Span | null {
  const max = opts.max ?? 8;
  const first = tokens[start];
  if (first && PRONOUNS.has(first.t)) return { start, end: start + 1 }; // "find him guilty"
  let i = start;
  let usedOf = false;
  while (i < tokens.length && i - start < max) {
    const t = tokens[i]!;
    if (!t.word) {
      if (isNameDot(tokens, i) && i + 1 < tokens.length && tokens[i + 1]!.cap) {
        i++;
        continue;
      }
      break;
    }
    if (t.t === 'and' && tokens[i + 1]?.cap && i > start) {
      i++;
      continue;
    }
    if ((t.t === 'of' || t.t === 'for' || t.t === 'in') && opts.allowOf && !usedOf && i > start) {
      const next = tokens[i + 1];
      if (next && (next.cap || next.t === 'the')) {
        usedOf = true;
        i++;
        continue;
      }
    }
    if (RIGHT_STOPS.has(t.t) && i > start) break;
    if (RIGHT_STOPS.has(t.t) && !DETERMINERS.has(t.t)) break;
    i++;
  }
  if (i === start) return null;
  return { start, end: i };
}

function findTokenIndex(tokens: Token[], from: number, to: number, pred: (t: Token) => boolean): number {
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) if (pred(tokens[i]!)) return i;
  return -1;
}

/** Index of the first auxiliary of a verb group ending just before `verb` ("has been" in "has been questioned"). */
function auxStart(tokens: Token[], verb: number): number {
  let k = verb;
  while (k > 0 && AUX.has(tokens[k - 1]!.t) && verb - k < 4) k--;
  return k;
}

function isPassive(tokens: Token[], verb: number): boolean {
  for (let k = verb - 1; k >= 0 && verb - k <= 3; k--) {
    const t = tokens[k]!.t;
    if (t === 'was' || t === 'were' || t === 'been' || t === 'being' || t === 'is' || t === 'are' || t === 'be' || t === 'get' || t === 'got') {
      return true;
    }
    if (!AUX.has(t)) return false;
  }
  return false;
}

interface Roles {
  subject?: Span;
  authority?: Span;
}

/** Verbs of accusing whose "that" clause names the accused ("Prosecutors alleged that X…"). */
const ACCUSING = new Set([
  'alleged', 'alleges', 'allege', 'alleging', 'asserted', 'asserts', 'claimed', 'claims',
  'contend', 'contends', 'contended', 'charged', 'argued', 'argues', 'accusing', 'claiming',
]);

/** Nouns whose "of" object is a person ("the arrest of X"); "charges of" names the offense. */
const OF_PERSON_NOUNS = new Set([
  'investigation', 'arrest', 'extradition', 'prosecution', 'conviction', 'sentencing',
  'indictment', 'impeachment', 'questioning', 'detention', 'deportation', 'removal',
]);

/** Token indices ordered by distance from `focus`, nearest first (bounded). */
function byDistance(n: number, focus: number): number[] {
  const order: number[] = [];
  for (let d = 0; d < n && order.length < 120; d++) {
    if (focus - d >= 0) order.push(focus - d);
    if (d > 0 && focus + d < n) order.push(focus + d);
  }
  return order;
}

/** One construction that may read the roles off the word at `v`, or return null. */
type Construction = (tokens: Token[], v: number) => Roles | null;

/** "X was summoned by Y", "charges being brought against X": a passive act. */
function passiveAct(tokens: Token[], v: number): Roles | null {
  const t = tokens[v]!;
  if (!ACT_VERBS.has(t.t) || !isPassive(tokens, v)) return null;
  const against = findTokenIndex(tokens, v + 1, v + 3, (x) => x.t === 'against');
  const by = findTokenIndex(tokens, v + 1, v + 7, (x) => x.t === 'by');
  const authority = by >= 0 ? npAfter(tokens, by + 1, { allowOf: true }) ?? undefined : undefined;
  const subject =
    (against >= 0 ? npAfter(tokens, against + 1) : null) ?? npBefore(tokens, auxStart(tokens, v)) ?? undefined;
  return subject ? { subject, authority } : null;
}

/** "<agent> arrested <subject>": an active act with its object. */
function activeAct(tokens: Token[], v: number): Roles | null {
  const t = tokens[v]!;
  if (!ACT_VERBS.has(t.t) || t.cap) return null;
  const next = tokens[v + 1];
  if (!next || !next.word || RIGHT_STOPS.has(next.t)) return null;
  const prev = tokens[v - 1];
  // "the accused", "a charged atmosphere": a participle used as a noun or an adjective.
  if (prev && (ARTICLES.has(prev.t) || isPossessive(prev))) return null;
  const subject = npAfter(tokens, v + 1);
  if (!subject) return null;
  const agent = npBefore(tokens, auxStart(tokens, v)) ?? undefined;
  return { subject, authority: agent };
}

/** "X pleaded guilty", "X faces charges": the person the act happens to, before the verb. */
function subjectVerb(tokens: Token[], v: number): Roles | null {
  if (!SUBJECT_VERBS.has(tokens[v]!.t)) return null;
  const subject = npBefore(tokens, auxStart(tokens, v));
  return subject ? { subject } : null;
}

/** "Prosecutors alleged that X…", "charges against X", "Assange's arrest". */
function accusingOrAgainst(tokens: Token[], v: number): Roles | null {
  const t = tokens[v]!;
  const next = tokens[v + 1];
  if (ACCUSING.has(t.t) && next && next.t === 'that') {
    const subject = npAfter(tokens, v + 2);
    if (subject) return { subject, authority: npBefore(tokens, auxStart(tokens, v)) ?? undefined };
  }
  if (!OBJECT_NOUNS.has(t.t) || t.cap) return null;
  if (next && next.t === 'against') {
    const obj = npAfter(tokens, v + 2);
    if (obj) return { subject: obj };
  }
  const prev = tokens[v - 1];
  if (prev && isPossessive(prev) && prev.cap) {
    const name = npBefore(tokens, v);
    if (name) return { subject: name };
  }
  return null;
}

/** "investigation into X", "the arrest of X". */
function objectOfNoun(tokens: Token[], v: number): Roles | null {
  const t = tokens[v]!;
  if (!OBJECT_NOUNS.has(t.t) || t.cap) return null;
  const prep = tokens[v + 1];
  if (!prep) return null;
  if (prep.t === 'into' || (prep.t === 'of' && OF_PERSON_NOUNS.has(t.t))) {
    const obj = npAfter(tokens, v + 2);
    if (obj && tokens[obj.start]!.word) return { subject: obj };
  }
  return null;
}

/** The constructions, from the most to the least reliable. */
const CONSTRUCTIONS: readonly Construction[] = [passiveAct, activeAct, subjectVerb, accusingOrAgainst, objectOfNoun];

/** Tokens around the deciding cue that are tried first (the cue's own words and one either side). */
const FOCUS_MARGIN = 1;

/**
 * Subject and agent from the words that carry the legal act. The words of the cue that decided
 * the type come first, so the roles belong to the act the claim reports; then every word of the
 * sentence, in passes from the most to the least reliable construction, nearest the cue first.
 */
function rolesFromVerbs(tokens: Token[], focus: Span): Roles {
  const near: number[] = [];
  for (let v = Math.max(0, focus.start - FOCUS_MARGIN); v < Math.min(tokens.length, focus.end + FOCUS_MARGIN); v++) near.push(v);
  const usable = (r: Roles | null): Roles | null => {
    if (!r || !r.subject) return null;
    const subject = partyOf(tokens, r.subject);
    return subject ? { ...r, subject } : null;
  };
  for (const v of near) {
    for (const c of CONSTRUCTIONS) {
      const r = usable(c(tokens, v));
      if (r) return r;
    }
  }
  const order = byDistance(tokens.length, focus.start);
  for (const c of CONSTRUCTIONS) {
    for (const v of order) {
      const r = usable(c(tokens, v));
      if (r) return r;
    }
  }
  return {};
}

/** Possessive pronouns that can stand for the party of an act ("His sentencing is scheduled"). */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/**
 * The party a span stands for: the span itself when {@link isParty}; the possessor when the
 * span is an act or a thing of someone ("His sentencing" gives "His", "Epstein's sudden death"
 * gives "Epstein's"); the object of "against" after an accusation ("a rape allegation against
 * Julian Assange" gives "Julian Assange"); else null.
 */
function partyOf(tokens: Token[], sp: Span): Span | null {
  if (isParty(tokens, sp)) return sp;
  for (let i = sp.start; i < sp.end && i - sp.start < 3; i++) {
    const t = tokens[i]!;
    if (POSSESSIVE_PRONOUNS.has(t.t) || (isPossessive(t) && t.cap)) {
      let start = i;
      while (start > sp.start && (tokens[start - 1]!.cap || isNameDot(tokens, start - 1))) start--;
      return { start, end: i + 1 };
    }
  }
  const next = tokens[sp.end];
  if (next && next.t === 'against') {
    const obj = npAfter(tokens, sp.end + 1);
    if (obj && isParty(tokens, obj)) return obj;
  }
  return null;
}

/**
 * Head nouns that name a legal act, a document or a statement rather than a party: "The
 * conspiracy charge is punishable…", "These arrests are important", "The denials were…".
 */
const NON_PARTY_HEADS = new Set([
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
]);

/**
 * True when a span can stand for a party: it has a word that is not a determiner, and its last
 * word is not an act, a document or a time ({@link NON_PARTY_HEADS}).
 */
function isParty(tokens: Token[], sp: Span): boolean {
  let last: Token | undefined;
  let content = false;
  for (let i = sp.start; i < sp.end; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    last = t;
    if (!DETERMINERS.has(t.t) && !ARTICLES.has(t.t)) content = true;
  }
  if (!last || !content) return false;
  return !NON_PARTY_HEADS.has(last.t);
}

/** Acts that happen to a person, where the sentence's own subject is a good guess. */
const PERSON_ACTS: ReadonlySet<ClaimType> = new Set<ClaimType>([
  'allegation', 'arrest', 'charge', 'trial', 'verdict', 'sentence', 'penalty', 'warrant',
]);

/**
 * Words that open an adverbial phrase before the clause subject, up to a comma: "In June,",
 * "Later that evening,", "As alleged,", "According to court records,".
 */
const LEAD_PHRASE_OPENERS = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'later', 'earlier', 'last', 'since', 'following',
  'when', 'while', 'as', 'if', 'although', 'though', 'with', 'without', 'under', 'from', 'for',
  'despite', 'among', 'now', 'then', 'yesterday', 'today', 'separately', 'meanwhile', 'however',
  'shortly', 'once', 'upon', 'according', 'over', 'within', 'until', 'amid', 'instead', 'back',
  'this', 'that', 'early', 'late', 'previously', 'ultimately', 'eventually', 'initially',
]);

/** Pronouns that can be a clause subject (not "him", "her", "it", "who"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you']);

/** Common irregular past forms, so "Trump thought…" and "Webb took…" read as subject + verb. */
const IRREGULAR_VERBS = new Set([
  'thought', 'took', 'made', 'got', 'left', 'went', 'gave', 'came', 'ran', 'fled', 'stole', 'shot',
  'hit', 'kept', 'sent', 'brought', 'found', 'held', 'sought', 'knew', 'met', 'paid', 'put', 'set',
  'spent', 'stood', 'told', 'said', 'won', 'lost', 'became', 'began', 'broke', 'drove', 'fell',
  'forced', 'wrote', 'sold', 'bought', 'led', 'heard', 'saw', 'felt', 'chose', 'did', 'must',
]);

/** Reporting verbs whose complement clause holds the claim's subject ("Boesky said Epstein was…"). */
const SAY_VERBS = new Set([
  'said', 'says', 'say', 'added', 'explained', 'announced', 'noted', 'stated', 'wrote', 'argued',
  'confirmed', 'believe', 'believes', 'believed', 'insisted', 'acknowledged', 'claimed', 'alleged',
  'alleges', 'asserted', 'contended', 'maintained', 'suggested', 'revealed', 'thinks', 'think',
]);

/** Verbs of telling whose object comes before the complement ("told reporters that X…"). */
const TELL_VERBS = new Set(['told', 'tells', 'tell', 'informed', 'assured', 'reminded']);

/** True when token `k` reads as the finite verb after a clause subject. */
function looksLikeVerb(tokens: Token[], k: number, name: boolean): boolean {
  const t = tokens[k];
  if (!t || !t.word || t.cap) return false;
  if (AUX.has(t.t) || ACT_VERBS.has(t.t) || SUBJECT_VERBS.has(t.t) || REPORTING.has(t.t) || IRREGULAR_VERBS.has(t.t)) {
    return true;
  }
  if (/[a-z]ed$/.test(t.t)) return true;
  // Present tense "-s" is common for nouns too; accept it only after a name ("Assange denies").
  return name && /[a-z]s$/.test(t.t) && !t.t.endsWith('ss');
}

/**
 * The subject of the clause that starts at `from` (a name, a pronoun or a determiner phrase),
 * when a verb follows it. Lead-ins ("But", "In June,") are skipped; after a verb of saying the
 * subject of the reported clause is returned instead ("Boesky said Epstein was…" gives Epstein).
 */
function clauseSubject(tokens: Token[], from = 0, depth = 0): Span | null {
  let i = from;
  // Skip a lead-in ("Tuesday,", "But", an opening quote).
  while (i < tokens.length && i - from < 3 && (!tokens[i]!.word || LEAD_INS.has(tokens[i]!.t))) i++;
  // And an adverbial phrase up to a comma ("In June,", "As alleged,").
  if (tokens[i] && LEAD_PHRASE_OPENERS.has(tokens[i]!.t)) {
    const comma = findTokenIndex(tokens, i + 1, i + 10, (t) => t.t === ',');
    let plain = comma > 0;
    for (let k = i + 1; plain && k < comma; k++) if (!tokens[k]!.word && !isNameDot(tokens, k)) plain = false;
    if (plain) i = comma + 1;
    while (i < tokens.length && i - from < 14 && !tokens[i]!.word) i++;
  }
  const first = tokens[i];
  if (!first || !first.word) return null;
  let np: Span | null = null;
  let name = false;
  if (SUBJECT_PRONOUNS.has(first.t.replace(/'(s|re|ve|d|ll|m)$/, ''))) np = { start: i, end: i + 1 };
  else if (DETERMINERS.has(first.t) && first.t !== 'no') np = npAfter(tokens, i, { max: 8 });
  else if (first.cap && !RIGHT_STOPS.has(first.t) && !LEFT_STOPS.has(first.t)) {
    let e = i;
    while (
      e < tokens.length &&
      e - i < 6 &&
      (tokens[e]!.cap || isNameDot(tokens, e) || (tokens[e]!.t === 'and' && tokens[e + 1]?.cap))
    ) {
      e++;
    }
    // A shouted or title-case headline is not a name ("WHAT SAY YOU", "Video Shows Dramatic Rescue").
    const run = tokens.slice(i, e).filter((t) => t.word);
    const shouting = run.length > 1 && run.every((t) => t.raw === t.raw.toUpperCase());
    if (!shouting && e > i) {
      np = { start: i, end: e };
      name = true;
    }
  }
  if (!np) return null;
  let k = np.end;
  // An appositive: "Sirgoo Lee, CEO of Korean Internet giant Daum Kakao, was…".
  if (tokens[k]?.t === ',') {
    const close = findTokenIndex(tokens, k + 1, k + 16, (t) => t.t === ',' || (!t.word && t.t !== '.'));
    if (close > 0 && tokens[close]!.t === ',') k = close + 1;
  }
  let aux = 0;
  while (k < tokens.length && (AUX.has(tokens[k]!.t) || /^[a-z]+ly$/.test(tokens[k]!.t)) && aux < 4) {
    k++;
    aux++;
  }
  if (aux === 0 && !looksLikeVerb(tokens, k, name)) return null;
  const verb = tokens[aux > 0 ? k - aux : k]!;
  const main = tokens[k];
  if (depth === 0 && main && (SAY_VERBS.has(main.t) || TELL_VERBS.has(main.t)) && aux <= 1) {
    // "Boesky said Epstein was…": the reported clause holds the subject, not the speaker.
    let c = k + 1;
    if (TELL_VERBS.has(main.t)) {
      const obj = npAfter(tokens, c, { max: 4 });
      if (!obj) return null;
      c = obj.end;
    }
    if (tokens[c]?.t === 'that') c++;
    return clauseSubject(tokens, c, depth + 1);
  }
  void verb;
  return np;
}

/** "Elizabeth A. Burton: Possession of methamphetamine…" (a police blotter line). */
function colonName(tokens: Token[]): Span | null {
  const colon = findTokenIndex(tokens, 1, 8, (t) => t.t === ':');
  if (colon < 0) return null;
  for (let i = 0; i < colon; i++) {
    const t = tokens[i]!;
    if (!(t.cap || isNameDot(tokens, i))) return null;
  }
  return { start: 0, end: colon };
}

/** An authority phrase around the first authority noun ("the Daejeon Provincial Police Agency"). */
function authorityPhrase(tokens: Token[], exclude: (Span | undefined)[]): Span | null {
  const excluded = (i: number): boolean => exclude.some((e) => e !== undefined && i >= e.start && i < e.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!AUTHORITY_HEADS.has(t.t) || excluded(i)) continue;
    // Prison officers and prison authorities run a jail; they do not enforce the law.
    const before = tokens[i - 1];
    if (before && (before.t === 'prison' || before.t === 'jail')) continue;
    // Extend over the rest of a capitalized name ("Police Agency", "Justice Department").
    let end = i + 1;
    while (end < tokens.length && tokens[end]!.cap && tokens[end]!.word && end - i < 4) end++;
    const left = npBefore(tokens, end);
    let span: Span = left && left.start <= i && !excluded(left.start) ? left : { start: i, end };
    // "Prosecutors in Sweden", "the office of the New York State Attorney General".
    const prep = tokens[span.end];
    if (prep && (prep.t === 'in' || prep.t === 'of' || prep.t === 'for') && tokens[span.end + 1]?.cap) {
      const more = npAfter(tokens, span.end + 1, { max: 6 });
      if (more) span = { start: span.start, end: more.end };
    }
    return span;
  }
  return null;
}

/** A phrase a reader can take as a source: a name, a determiner phrase or a pronoun. */
function looksLikeSource(tokens: Token[], sp: Span): boolean {
  const first = tokens[sp.start];
  if (!first || !first.word || sp.end - sp.start > 16) return false;
  if (first.cap || DETERMINERS.has(first.t) || PRONOUNS.has(first.t)) return true;
  // A bare plural ("prosecutors said"), not a clause ("saying he…", "that they…").
  return !first.t.endsWith('ing') && !LEFT_STOPS.has(first.t) && !RIGHT_STOPS.has(first.t);
}

/** Scans left from `from` over words (and name dots) to the first other token. */
function wordsLeftOf(tokens: Token[], from: number, limit: number): number {
  let k = from;
  while (k >= 0 && from - k < limit && (tokens[k]!.word || isNameDot(tokens, k))) k--;
  return k;
}

/** The source a sentence credits: "according to X", "…, X said." or "X said that…". */
function attributionSpan(tokens: Token[]): Span | null {
  const acc = findTokenIndex(tokens, 0, tokens.length, (t) => t.t === 'according');
  if (acc >= 0 && tokens[acc + 1]?.t === 'to') {
    const sp = npAfter(tokens, acc + 2, { allowOf: true, max: 10 });
    if (sp) return sp;
  }
  // Sentence-final "…, Harris said." / "…, said Jason Foy."
  let lastWord = tokens.length - 1;
  while (lastWord >= 0 && !tokens[lastWord]!.word) lastWord--;
  for (let v = lastWord; v >= 0 && lastWord - v < 14; v--) {
    const t = tokens[v]!;
    if (!REPORTING.has(t.t)) continue;
    const prev = tokens[v - 1];
    const next = tokens[v + 1];
    if (prev && !prev.word && next && next.cap) {
      // Inverted: ", said Jason Foy, who represents Noel."
      const sp = npAfter(tokens, v + 1, { max: 6 });
      if (sp && looksLikeSource(tokens, sp)) return sp;
    }
    if (lastWord - v > 6) break; // Too much after the verb: not a closing attribution.
    let end = v;
    while (end > 0 && AUX.has(tokens[end - 1]!.t)) end--;
    let k: number;
    if (tokens[end - 1]?.t === ',') {
      // Appositive before the verb: "Geoffrey Berman, the U.S. attorney for …, said".
      const opener = wordsLeftOf(tokens, end - 2, 16);
      if (tokens[opener]?.t !== ',') break;
      k = wordsLeftOf(tokens, opener - 1, 8);
      end -= 1;
    } else {
      k = wordsLeftOf(tokens, end - 1, 12);
    }
    const sp = { start: k + 1, end };
    if (sp.end > sp.start && (k < 0 || !tokens[k]!.word) && looksLikeSource(tokens, sp)) return sp;
    break;
  }
  // Leading "X said (that)…", "A spokesperson for the police agency has explained that…".
  let commas = 0;
  for (let v = 1; v < Math.min(tokens.length, 20); v++) {
    const t = tokens[v]!;
    if (!t.word) {
      if (t.t === ',' && commas++ < 2) continue;
      if (isNameDot(tokens, v)) continue;
      break;
    }
    if (!REPORTING.has(t.t)) continue;
    const verbStart = auxStart(tokens, v);
    if (tokens[verbStart - 1]?.t === ',' && commas === 2 && tokens[0]!.cap) {
      // "Montell Figgins, who represents Thomas, said…": the whole opening phrase.
      const sp = { start: 0, end: verbStart - 1 };
      if (looksLikeSource(tokens, sp)) return sp;
      break;
    }
    const sp = npBefore(tokens, verbStart);
    if (!sp || !looksLikeSource(tokens, sp)) break;
    // The source must open the sentence, perhaps after a lead-in ("Tuesday, …", "But …").
    const lead = tokens.slice(0, sp.start);
    const last = lead[lead.length - 1];
    if (lead.length === 0 || last!.t === ',' || lead.every((x) => LEAD_INS.has(x.t))) return sp;
    break;
  }
  return null;
}

/** Words that may open a sentence before its reporting subject ("But she acknowledged…"). */
const LEAD_INS = new Set([
  'but', 'and', 'yet', 'so', 'however', 'meanwhile', 'still', 'later', 'earlier', 'also',
  'instead', 'now', 'then', 'separately', 'afterward', 'afterwards',
]);

/** Extends a penalty phrase from `from` to the end of its clause, or null without an amount. */
function penaltyFrom(tokens: Token[], from: number): Span | null {
  let end = from;
  let amount = false;
  while (end < tokens.length && end - from < 40) {
    const t = tokens[end]!;
    if (t.t === '(' || t.t === ';' || t.t === ':' || t.t === '.' || t.t === '"') break;
    if (t.t === ',' ) break;
    if (['if', 'after', 'when', 'because', 'while', 'unless', 'according', 'which'].includes(t.t)) break;
    // "for breaching his bail conditions" is the reason, not the punishment.
    const next = tokens[end + 1];
    if (t.t === 'for' && next && next.t.endsWith('ing')) break;
    if (t.num || t.t === '$' || ['life', 'death', 'decades', 'years', 'months', 'weeks', 'million', 'billion', 'probation'].includes(t.t)) {
      amount = true;
    }
    end++;
  }
  if (!amount || end === from) return null;
  return { start: from, end };
}

/** Punishment the sentence names ("up to 3 years in prison … or 20 million won in fines"). */
function penaltySpan(tokens: Token[]): Span | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.t;
    const next = tokens[i + 1]?.t;
    let from = -1;
    if (t === 'up' && next === 'to') from = i;
    else if (t === 'maximum' || t === 'minimum') from = i > 0 && tokens[i - 1]!.t === 'a' ? i - 1 : i;
    else if ((t === 'sentenced' || t === 'sentence') && next === 'to') from = i + 2;
    else if (t === 'sentence' && next === 'of') from = i + 2;
    else if (t === 'fined') from = i + 1;
    else if ((t === 'fine' || t === 'term') && next === 'of') from = i + 2;
    else if (t === 'face' || t === 'faces' || t === 'facing') from = i + 1;
    else if (t === 'punishable' && next === 'by') from = i + 2;
    else if (t === 'serving' || t === 'served') from = i + 1;
    if (from < 0) continue;
    const sp = penaltyFrom(tokens, from);
    if (sp) return sp;
  }
  return null;
}

/** A place named with the legal act: in the authority, the attribution, or "in <Place>". */
function jurisdiction(tokens: Token[], spans: (Span | undefined)[]): string | undefined {
  const placeAt = (i: number): { name: string; len: number } | null => {
    const a = tokens[i];
    if (!a || !a.word || !a.cap) return null;
    const two = tokens[i + 1];
    if (two && two.word) {
      const name = PLACES[`${a.t} ${two.t}`];
      if (name) return { name, len: 2 };
    }
    const one = PLACES[a.t];
    return one ? { name: one, len: 1 } : null;
  };
  for (const sp of spans) {
    if (!sp) continue;
    for (let i = sp.start; i < sp.end; i++) {
      const p = placeAt(i);
      if (p) return p.name;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const p = placeAt(i);
    if (!p) continue;
    const after = tokens[i + p.len];
    const after2 = tokens[i + p.len + 1];
    if ((after && PLACE_QUALIFIED.has(after.t)) || (after2 && PLACE_QUALIFIED.has(after2.t))) return p.name;
    const before = tokens[i - 1];
    if (before && before.t === 'in' && i > 1 && PLACE_QUALIFIED.has(tokens[i - 2]!.t)) return p.name;
  }
  return undefined;
}

/**
 * Fills the claim's fields from its sentence. `focus` is the token of the cue that decided
 * the type, so the roles come from the act the claim is about.
 */
export function extractFields(tokens: Token[], src: string, type: ClaimType, focus: Span): ClaimFields {
  const out: ClaimFields = {};
  const attribution = attributionSpan(tokens);
  if (attribution) out.attribution = text(tokens, src, attribution);

  let roles = rolesFromVerbs(tokens, focus);
  if (!roles.subject) {
    const named = colonName(tokens);
    if (named) roles = { ...roles, subject: named };
  }
  if (!roles.subject && PERSON_ACTS.has(type)) {
    const clause = clauseSubject(tokens);
    const party = clause ? partyOf(tokens, clause) : null;
    if (party) roles = { ...roles, subject: party };
  }
  if (roles.subject) {
    // "Assange's arrest": the person, not the possessive.
    const s = text(tokens, src, roles.subject).replace(/['’]s$/, '');
    if (s && s.length <= 80) out.subject = s;
  }
  let authority = roles.authority;
  // An agent counts as authority only if it names one, except for the private acts where the
  // actor is the plaintiff or the accuser.
  if (authority && type !== 'lawsuit' && type !== 'allegation') {
    const names = tokens.slice(authority.start, authority.end).some((t) => AUTHORITY_HEADS.has(t.t));
    if (!names) authority = undefined;
  }
  if (!authority) authority = authorityPhrase(tokens, [attribution ?? undefined, roles.subject]) ?? undefined;
  if (authority) {
    const a = text(tokens, src, authority);
    if (a && a.length <= 100) out.authority = a;
  }
  const penalty = penaltySpan(tokens);
  if (penalty) out.penalty = text(tokens, src, penalty);
  const place = jurisdiction(tokens, [authority, attribution ?? undefined]);
  if (place) out.jurisdiction = place;
  return out;
}
