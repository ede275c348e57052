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
  'may', 'can', 'did', 'does', 'do', 'by', 'over', 'following', 'among', 'against',
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
  'found', 'alleged', 'alleges', 'allege', 'scrutinized', 'examined', 'examining',
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
  'counsel', 'detectives', 'deputies', 'troopers', 'tribunal', 'magistrate', 'nyag', 'office',
  'inquisitors', 'interpol', 'cbp', 'ice', 'dhs', 'lawmakers', 'enforcement', 'sergeant',
]);

/** Verbs that credit a source. */
const REPORTING = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'explained', 'announced', 'reported',
  'reports', 'noted', 'warned', 'stated', 'wrote', 'alleged', 'alleges', 'asserted', 'claimed',
  'claims', 'acknowledged', 'argued', 'confirmed', 'speculated', 'believe', 'believes',
  'insisted', 'testified', 'reiterated', 'suggested', 'revealed', 'tweeted', 'declared',
  'recalled', 'estimated', 'contended', 'maintained',
]);

/** Country and state names with their adjectives, for `jurisdiction`. */
const PLACES: Record<string, string> = {
  korea: 'Korea', 'south korea': 'South Korea', 'south korean': 'South Korea',
  'north korea': 'North Korea', korean: 'Korea', 'united states': 'United States',
  us: 'United States', 'u.s': 'United States', america: 'United States',
  american: 'United States', federal: 'United States', uk: 'United Kingdom',
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

function text(tokens: Token[], src: string, span: Span): string {
  const a = tokens[span.start];
  const b = tokens[span.end - 1];
  if (!a || !b || span.end <= span.start) return '';
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

/**
 * The noun phrase that ends just before token `end`, read leftwards up to 12 tokens. Picks the
 * phrase start at a determiner ("the head of an online service company") or a run of capitalized
 * words ("Sirgoo Lee"), and resolves appositives ("Sirgoo Lee, CEO of Daum Kakao, was…").
 */
export function npBefore(tokens: Token[], end: number): Span | null {
  let j = end - 1;
  const last = tokens[j];
  if (!last) return null;
  if (last.t === ',') {
    // Appositive: "X, <appositive>, verb". Find the comma that opens it.
    let k = j - 1;
    while (k >= 0 && j - k < 16 && tokens[k]!.t !== ',' && tokens[k]!.word !== false) k--;
    if (k < 0 || tokens[k]!.t !== ',') {
      // "…, citing that back in June, a 20-year old man" has no appositive: the comma ends a clause.
      return null;
    }
    const appositive = { start: k + 1, end: j };
    const head = npBefore(tokens, k);
    const appTokens = tokens.slice(appositive.start, appositive.end);
    const appIsName = appTokens.length > 0 && appTokens.length <= 5 && appTokens.every((t) => t.cap || t.t === '.');
    const appIsAge = appTokens.length === 1 && appTokens[0]!.num;
    if (appIsAge || !appIsName) return head;
    if (!head) return appositive;
    const headFirst = tokens[head.start]!;
    return headFirst.cap ? head : appositive;
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
    words.push(j);
    j--;
  }
  if (words.length === 0) return null;
  const lastWord = tokens[words[0]!]!;
  if (PRONOUNS.has(lastWord.t)) return { start: words[0]!, end };
  // Rightmost determiner; climb over "of/for/in" to an earlier determiner ("the head of an …").
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
      if (!prep || !['of', 'for', 'in', 'at', 'from', 'with', 'on'].includes(prep.t)) break;
      let k = start - 2;
      let found = -1;
      while (k >= 0 && start - k < 8 && words.includes(k)) {
        if (isDeterminer(tokens[k]!)) {
          found = k;
          break;
        }
        k--;
      }
      if (found < 0) break;
      start = found;
    }
    // "the company's representatives": a possessive may follow its own determiner.
    const before = tokens[start - 1];
    if (isPossessive(tokens[start]!) && before && words.includes(start - 1)) {
      if (DETERMINERS.has(before.t) || before.cap) start--;
    }
    // A capitalized name before the determiner word is still the same phrase ("Federal").
    while (start > 0 && words.includes(start - 1) && tokens[start - 1]!.cap && !tokens[start]!.cap) {
      start--;
    }
    return { start, end };
  }
  // No determiner: a run of capitalized words, possibly joined by "and" ("Noel and Thomas").
  let s = words[0]!;
  if (!tokens[s]!.cap) {
    // A bare plural noun ("prosecutors") with its capitalized modifiers ("Federal prosecutors").
    while (s > 0 && words.includes(s - 1) && tokens[s - 1]!.cap) s--;
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

/** The noun phrase starting at token `start`, read rightwards up to `max` tokens. */
export function npAfter(tokens: Token[], start: number, opts: { allowOf?: boolean; max?: number } = {}): Span | null {
  const max = opts.max ?? 8;
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
    if (RIGHT_STOPS.has(t.t) && !(t.cap && i > start)) break;
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

/** Subject and agent from the verb that carries the legal act. */
function rolesFromVerbs(tokens: Token[], focus: number): Roles {
  // Look at act verbs, nearest to the cue that decided the type first.
  const order: number[] = [];
  for (let d = 0; d < tokens.length; d++) {
    if (focus - d >= 0) order.push(focus - d);
    if (d > 0 && focus + d < tokens.length) order.push(focus + d);
    if (order.length > 80) break;
  }
  for (const v of order) {
    const t = tokens[v]!;
    if (!t.word) continue;
    if (ACT_VERBS.has(t.t)) {
      if (isPassive(tokens, v)) {
        const a = auxStart(tokens, v);
        const subject = npBefore(tokens, a) ?? undefined;
        const by = findTokenIndex(tokens, v + 1, v + 7, (x) => x.t === 'by');
        const authority = by >= 0 ? npAfter(tokens, by + 1, { allowOf: true }) ?? undefined : undefined;
        if (subject || authority) return { subject, authority };
        continue;
      }
      // Active: "<agent> arrested <subject>"; skip epithets and nouns ("the accused").
      const next = tokens[v + 1];
      if (!next || !next.word || RIGHT_STOPS.has(next.t)) continue;
      const subject = npAfter(tokens, v + 1) ?? undefined;
      const agentEnd = auxStart(tokens, v);
      const agent = npBefore(tokens, agentEnd) ?? undefined;
      if (subject) return { subject, authority: agent };
    }
    if (SUBJECT_VERBS.has(t.t)) {
      const subject = npBefore(tokens, auxStart(tokens, v));
      if (subject) return { subject };
    }
    if (OBJECT_NOUNS.has(t.t)) {
      const prep = tokens[v + 1];
      if (prep && (prep.t === 'against' || prep.t === 'into' || prep.t === 'of' || prep.t === 'on')) {
        const obj = npAfter(tokens, v + 2);
        if (obj && tokens[obj.start]!.word) return { subject: obj };
      }
    }
  }
  return {};
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
function authorityPhrase(tokens: Token[], exclude: Span | undefined): Span | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!AUTHORITY_HEADS.has(t.t)) continue;
    if (exclude && i >= exclude.start && i < exclude.end) continue;
    // Extend over the rest of a capitalized name ("Police Agency", "Justice Department").
    let end = i + 1;
    while (end < tokens.length && tokens[end]!.cap && tokens[end]!.word && end - i < 4) end++;
    const left = npBefore(tokens, end);
    let span: Span = left && left.start <= i ? left : { start: i, end };
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
    const tail = tokens.slice(v + 1, lastWord + 1);
    const prev = tokens[v - 1];
    if (prev && (prev.t === ',' || prev.t === '"' || prev.t === "'") && tail.length > 0 && tail[0]!.cap) {
      // Inverted: ", said Jason Foy, who represents Noel."
      const sp = npAfter(tokens, v + 1, { max: 6 });
      if (sp) return sp;
    }
    // ", Harris said." with nothing much after the verb ("in a statement", a day).
    if (tail.length <= 6) {
      let k = v - 1;
      while (k >= 0 && v - k < 14) {
        const x = tokens[k]!;
        if (x.t === '"' || x.t === "'" || x.t === ';' || x.t === ':') break;
        if (x.t === ',' && !(tokens[k + 1] && tokens[k + 1]!.cap === false && k + 1 !== v && tokens[k - 1]?.cap)) {
          // An appositive comma before the verb ("Geoffrey Berman, the U.S. attorney…, said").
          if (k === v - 1) {
            k--;
            continue;
          }
          break;
        }
        k--;
      }
      const start = k + 1;
      if (start < v && (k < 0 || !tokens[k]!.word)) {
        const sp = { start, end: v };
        // Drop a trailing auxiliary ("has explained").
        while (sp.end > sp.start && AUX.has(tokens[sp.end - 1]!.t)) sp.end--;
        if (sp.end > sp.start && sp.end - sp.start <= 12) return sp;
      }
    }
    break;
  }
  // Leading "X said (that)…", "A spokesperson for the police agency has explained that…".
  for (let v = 1; v < Math.min(tokens.length, 14); v++) {
    const t = tokens[v]!;
    if (!t.word) {
      if (t.t === ',' && v < 4) continue;
      if (isNameDot(tokens, v)) continue;
      break;
    }
    if (!REPORTING.has(t.t)) continue;
    const end = auxStart(tokens, v);
    const sp = npBefore(tokens, end);
    if (sp && sp.start <= 3) return sp;
    break;
  }
  return null;
}

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
    // "US" and "U.S" only when written in capitals, "federal" is not capitalized as a place.
    if (one && a.t !== 'federal') return { name: one, len: 1 };
    return null;
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
export function extractFields(tokens: Token[], src: string, type: ClaimType, focus: number): ClaimFields {
  const out: ClaimFields = {};
  const attribution = attributionSpan(tokens);
  if (attribution) out.attribution = text(tokens, src, attribution);

  let roles = rolesFromVerbs(tokens, focus);
  if (!roles.subject) {
    const named = colonName(tokens);
    if (named) roles = { ...roles, subject: named };
  }
  if (roles.subject) {
    const s = text(tokens, src, roles.subject);
    if (s && s.length <= 80) out.subject = s;
  }
  let authority = roles.authority;
  // An agent counts as authority only if it names one, except for the private acts where the
  // actor is the plaintiff or the accuser.
  if (authority && type !== 'lawsuit' && type !== 'allegation') {
    const names = tokens.slice(authority.start, authority.end).some((t) => AUTHORITY_HEADS.has(t.t));
    if (!names) authority = undefined;
  }
  if (!authority) authority = authorityPhrase(tokens, attribution ?? undefined) ?? undefined;
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
