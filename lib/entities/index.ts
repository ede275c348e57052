/**
 * The entity stage: rule-based named-entity recognition for English news.
 *
 *   text ──tokenize──► tokens ──► money, dates, laws (claim their tokens)
 *                           └──► capitalised name runs ──► roles + type votes per mention
 *   title goes through the same path ───────────────────┘
 *   all mentions ──merge (same name, acronym, "X Group", surname)──► groups ──type, name, role,
 *   salience──► Entity[] (ids e1, e2… in salience order)
 *
 * See README.md in this folder for the rules and their known limits.
 */
import type { Entity, EntityType, Mention, TextSource } from '../report';
import { makeQuote } from '../text/quote';
import { entityType, mentionVotes, emptyVotes } from './classify';
import { findDates } from './dates';
import { lookup } from './gazetteer';
import { findLaws } from './laws';
import { typeListMembers } from './lists';
import { keyOf, mergeMentions, type Found, type Group } from './merge';
import { findMoney } from './money';
import { CAP_STOPWORDS, isTerm } from './lexicon';
import { FIRST_NAMES } from './names';
import { findNames, type NameSpan } from './recognize';
import { findRoles, type Role } from './roles';
import { scoreSalience, type SalienceFacts } from './salience';
import { docStats, surface, type DocStats } from './shape';
import { claim, isClaimed, type TokenSpan } from './spans';
import { combineNames } from './combine';
import { createTagJob, tagJobSpans, type TagJob, type TextTagJob } from './tagger/run';
import { tokenize, type Token } from './tokens';

export { createTextTagJob, tagJobDone, tagJobRange, type TextTagJob } from './tagger/run';

/** More entities than this is noise, not an article; the least salient are dropped. */
export const MAX_ENTITIES = 500;

/** Characters of the title we read; real headlines are far shorter. */
const MAX_TITLE = 1000;

/**
 * A capitalised run the tagger does not call a name stays only with this much evidence from
 * its context (a role or an age: 3; a "said": 1 is not enough). Measured, 2 vs 1: WikiEvents
 * dev F1 0.822 vs 0.825 (corpus.test.ts), UNER EWT dev 0.564 vs 0.546 (bench/ner.ts): web
 * text is full of capitalised common words.
 */
const UNCONFIRMED_MIN_VOTE = 2;

/** Sentences at the start of the first paragraph that count as the lede. */
const LEDE_SENTENCES = 3;

/**
 * Finds people, organizations, places, products, money, dates and laws in an article.
 * `tagging`: a job from `createTextTagJob(text)` that the caller has tagged (part of) in idle
 * slices (tagger/run.ts); without it, or for another text, the tagger runs here.
 */
export function extractEntities(text: string, opts: { title?: string; tagging?: TextTagJob } = {}): Entity[] {
  const pre = opts.tagging?.text === text ? opts.tagging : undefined;
  const bodyTokens = pre ? pre.tokens : tokenize(text);
  const stats = docStats(bodyTokens);
  const found = findAll(text, bodyTokens, 'body', stats, pre?.job);
  const title = opts.title ?? '';
  // Offsets stay valid: the cut only drops the end of an absurdly long title.
  const head = title.slice(0, MAX_TITLE);
  const titleTokens = head.trim() ? tokenize(head) : [];
  if (titleTokens.length > 0) found.push(...findAll(head, titleTokens, 'title', stats));

  const groups = mergeMentions(found).filter((g) => keep(g, stats));
  typeListMembers(groups);
  if (titleTokens.length > 0) addTitleMatches(groups, head, titleTokens);
  const ledeEnd = ledeEndOffset(bodyTokens);
  const facts: SalienceFacts[] = [];
  const drafts: Omit<Entity, 'id' | 'salience'>[] = [];
  for (const g of groups) {
    const draft = toEntity(g, text, title);
    drafts.push(draft);
    const body = g.mentions.filter((m) => m.source === 'body');
    facts.push({
      type: draft.type,
      inTitle: g.mentions.some((m) => m.source === 'title'),
      inLede: body.some((m) => m.start < ledeEnd),
      weightedCount: body.reduce((n, m) => n + (m.name?.demonym ? 0.5 : 1), 0),
      firstOffset: body.reduce((min, m) => Math.min(min, m.start), text.length),
    });
  }
  const scores = scoreSalience(facts, text.length);
  const order = drafts.map((_, i) => i);
  order.sort((a, b) => scores[b]! - scores[a]! || facts[a]!.firstOffset - facts[b]!.firstOffset);
  return order.slice(0, MAX_ENTITIES).map((i, rank) => ({
    id: `e${rank + 1}`,
    ...drafts[i]!,
    salience: scores[i]!,
  }));
}

/**
 * Drops groups that are not entities after all: names seen only in headline-cased lines
 * (unless the gazetteer knows them), and untyped single words the text also uses in lower
 * case ("Bomb", "Security"): common nouns capitalised by a heading.
 */
function keep(g: Group, stats: DocStats): boolean {
  if (g.fixedType || g.gazetteer) return true;
  if (g.mentions.every((m) => m.name?.weak)) return false;
  if (entityType(g.votes) !== 'misc') return true;
  return !g.mentions.every((m) => m.words.length === 1 && stats.lowercase.has(m.words[0]!));
}

/** Runs every recogniser over one text (body or title). */
function findAll(text: string, tokens: readonly Token[], source: TextSource, stats: DocStats, job?: TagJob): Found[] {
  const claimed = new Uint8Array(tokens.length);
  const out: Found[] = [];
  const fixed = (spans: TokenSpan[]): void => {
    for (const s of spans) {
      // Recognisers run in order; an earlier one owns its tokens.
      if (isClaimed(claimed, s.from, s.to)) continue;
      claim(claimed, s);
      const f = found(text, tokens, source, s.from, s.to);
      f.fixedType = s.type;
      f.key = `${s.type}:${keyOf(f.surface).toLowerCase()}`;
      out.push(f);
    }
  };
  fixed(findMoney(tokens));
  fixed(findDates(tokens));
  fixed(findLaws(tokens));
  const tagged = tagJobSpans(job ?? createTagJob(tokens));
  const headings = headingStats(tokens);
  for (const n of combineNames(findNames(text, tokens, claimed, stats), tagged, claimed, {
    decide: source === 'body',
    surfaceOf: (from, to) => surface(text, tokens, from, to),
  })) {
    if (isLabelLine(tokens, n, stats) || isHeadingWords(tokens, n, stats, headings) || isBracketedLetter(tokens, n) || isMasked(tokens, n) || isLoneTerm(tokens, n) || isContraction(tokens, n) || namesPeopleOfPlace(text, tokens, n)) continue;
    const f = found(text, tokens, source, n.from, n.to);
    f.name = n;
    f.roles = findRoles(text, tokens, n.from, n.to, n.title);
    f.votes = mentionVotes(tokens, n, f.roles, stats);
    if (n.unconfirmed && Math.max(...Object.values(f.votes)) < UNCONFIRMED_MIN_VOTE) continue;
    f.key = n.gazetteer ? `gaz:${n.gazetteer.canonical}` : `name:${keyOf(f.surface)}`;
    out.push(f);
  }
  return out;
}

/**
 * A lone capitalised word that is a paragraph of its own (maybe with a colon) and is never
 * capitalised inside a sentence is a label: Snopes's "Claim", "Rating", "Unproven", "Origin"
 * were people (Zyte AEB), reviews' "Pros", "Cons", "FAQs" too (WCXB). A known name stays, a
 * given name (a greeting, a signature: "Traci,"), and a name the text also writes
 * mid-sentence ("Hubspot" heading its own section of a review).
 */
function isLabelLine(tokens: readonly Token[], n: NameSpan, stats: DocStats): boolean {
  if (n.to - n.from !== 1 || n.gazetteer) return false;
  const t = tokens[n.from]!;
  // A given name alone on a line is a greeting or a signature ("Traci", "Krystyna").
  if (t.acronym || stats.capitalisedInside.has(t.lower) || FIRST_NAMES.has(t.lower)) return false;
  const before = tokens[n.from - 1];
  let after = tokens[n.to];
  if (after?.text === ':' && after.para === t.para) after = tokens[n.to + 1];
  // The text's last line is a signature more often than a label ("Traci" under an e-mail).
  if (!after) return false;
  return (!before || before.para !== t.para) && after.para !== t.para;
}

/** "Kristi Noem (R)", "(A)": one letter in brackets is a party or a list marker, not a name. */
function isBracketedLetter(tokens: readonly Token[], n: NameSpan): boolean {
  return n.to - n.from === 1 && tokens[n.from]!.text.length === 1 && tokens[n.from - 1]?.text === '(' && tokens[n.to]?.text === ')';
}

/**
 * "Ali***", "Jo** Al****": a reviewer's name the site masked is no one the reader can look up.
 * Not a name in asterisks for bold ("**Apple**").
 */
function isMasked(tokens: readonly Token[], n: NameSpan): boolean {
  const after = tokens[n.to];
  const bold = tokens[n.from - 1]?.text.endsWith('*') === true && !tokens[n.from]!.space;
  return after !== undefined && !after.space && after.text.startsWith('*') && !bold;
}

/**
 * "AI", "APIs", "SEO", "SaaS" alone: terms written in capitals (or in lower case: "json"),
 * from the rules or the tagger alike. Written as a name they may be one: "Ram" (a truck, a
 * given name), "Led".
 */
function isLoneTerm(tokens: readonly Token[], n: NameSpan): boolean {
  const t = tokens[n.from]!;
  return n.to - n.from === 1 && !n.gazetteer && isTerm(t.lower) && !/^\p{Lu}\p{Ll}+$/u.test(t.text);
}

/** Words a heading or table-header line may have. */
const HEADING_MAX_WORDS = 5;

/** Nouns that head sections of guides and reviews, common even where the text never writes them in lower case. */
const HEADING_NOUNS: ReadonlySet<string> = new Set([
  'questions', 'answers', 'overview', 'summary', 'conclusion', 'introduction', 'verdict', 'pros',
  'cons', 'specs', 'specifications', 'features', 'price', 'pricing', 'takeaways', 'resources',
  'references', 'sources', 'notes', 'tips', 'steps', 'methodology', 'contents', 'details',
  'comparison', 'alternatives', 'benefits', 'drawbacks', 'requirements', 'ingredients',
  'instructions', 'directions',
]);

/** What tells a heading's words from names: paragraph lengths, and words capitalised mid-sentence in prose. */
interface HeadingStats {
  /** Word tokens per paragraph index. */
  paraWords: Map<number, number>;
  /** Lower-case forms of words capitalised inside a sentence of a paragraph longer than a heading. */
  proseCaps: Set<string>;
}

function headingStats(tokens: readonly Token[]): HeadingStats {
  const paraWords = new Map<number, number>();
  for (const t of tokens) if (t.kind === 'word') paraWords.set(t.para, (paraWords.get(t.para) ?? 0) + 1);
  const proseCaps = new Set<string>();
  for (const t of tokens) {
    if (t.kind === 'word' && t.cap && !t.initial && (paraWords.get(t.para) ?? 0) > HEADING_MAX_WORDS) proseCaps.add(t.lower);
  }
  return { paraWords, proseCaps };
}

/**
 * Common words capitalised as a heading, a table header or a label: "Frequently Asked
 * Questions", "Pros and Cons", "Price Range", "Resale Value" on a short line of their own,
 * or "Pro Tip:" opening a paragraph. Reviews and guides in WCXB had "Questions" a person on
 * 12 pages. Every word must be a common word of the text: written in lower case somewhere and
 * never capitalised inside a sentence of prose ("Mintlify" is in a URL in lower case, and a
 * name in the prose). Known names, given names and names written in lower case stay.
 */
function isHeadingWords(tokens: readonly Token[], n: NameSpan, stats: DocStats, headings: HeadingStats): boolean {
  if (n.gazetteer) return false;
  for (let k = n.from; k < n.to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    const common = stats.lowercase.has(t.lower) || HEADING_NOUNS.has(t.lower);
    if (!t.cap || t.acronym || FIRST_NAMES.has(t.lower) || !common || headings.proseCaps.has(t.lower)) return false;
  }
  const first = tokens[n.from]!;
  const after = tokens[n.to];
  const lineEnds = !after || after.para !== first.para || (/^[:?]$/.test(after.text) && tokens[n.to + 1]?.para !== first.para);
  if (lineEnds && (headings.paraWords.get(first.para) ?? 0) <= HEADING_MAX_WORDS) return true;
  // A label opening its paragraph: "Pro Tip: Some plans…", "Bottom Line: …".
  const before = tokens[n.from - 1];
  return (!before || before.para !== first.para) && after?.text === ':';
}

/** "don't", "can't": the negated auxiliaries, without their "'t". */
const NEGATED: ReadonlySet<string> = new Set([
  'don', 'doesn', 'didn', 'can', 'won', 'isn', 'aren', 'wasn', 'weren', 'shouldn', 'couldn', 'wouldn', 'haven', 'hasn', 'hadn', 'ain', 'mustn',
]);

/**
 * "I’ll", "It’s", "Don’t" opening a sentence: apostrophes keep a word whole ("O'Brien"), so a
 * contraction is one capitalised word, and "I’ll" was a person on three WCXB pages.
 */
function isContraction(tokens: readonly Token[], n: NameSpan): boolean {
  if (n.to - n.from !== 1) return false;
  const m = /^([\p{L}]+)['’ʼ](ll|m|ve|d|re|s|t)$/u.exec(tokens[n.from]!.lower);
  if (!m) return false;
  return m[2] === 't' ? NEGATED.has(m[1]!) : CAP_STOPWORDS.has(m[1]!);
}

/** How a place's people are named after it: Dakota-ns, Ohio-ans, Paris-ians, London-ers, Brooklyn-ites. */
const PEOPLE_SUFFIXES: readonly string[] = ['ns', 'ans', 'ians', 'ers', 'ites'];

/**
 * "South Dakotans", "New Yorkers", "Kentuckians": the people of a known place, which make no
 * entity, like "Palestinians" (the tagger called "South Dakotans" an organization, The Hill in
 * Zyte AEB).
 */
function namesPeopleOfPlace(text: string, tokens: readonly Token[], n: NameSpan): boolean {
  if (n.gazetteer) return false;
  const name = text.slice(tokens[n.from]!.start, tokens[n.to - 1]!.end);
  for (const suffix of PEOPLE_SUFFIXES) {
    if (!name.endsWith(suffix) || name.length < suffix.length + 3) continue;
    const stem = name.slice(0, -suffix.length);
    for (const place of suffix === 'ians' ? [stem, `${stem}y`] : [stem]) {
      const hit = lookup(place);
      if (hit?.type === 'place' && !hit.demonym) return true;
    }
  }
  return false;
}

function found(text: string, tokens: readonly Token[], source: TextSource, from: number, to: number): Found {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const words: string[] = [];
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'word') words.push(tokens[k]!.lower.replace(/\./g, ''));
  return {
    source,
    tokens,
    from,
    to,
    start,
    end,
    surface: text.slice(start, end).replace(/\s+/g, ' '),
    key: '',
    votes: emptyVotes(),
    roles: [],
    words,
  };
}

/**
 * Headlines are often Title Case, where capitals prove nothing, so the recogniser may cut a
 * name differently there ("Police Question Daum Kakao CEO"). Every name the body settled is
 * looked for in the title as a whole word, and found places become title mentions.
 */
function addTitleMatches(groups: Group[], title: string, tokens: readonly Token[]): void {
  const taken: [number, number][] = [];
  for (const g of groups) for (const m of g.mentions) if (m.source === 'title') taken.push([m.start, m.end]);
  const forms: { surface: string; group: Group }[] = [];
  for (const g of groups) {
    if (g.fixedType) continue;
    const seen = new Set<string>();
    for (const m of g.mentions) {
      if (m.source !== 'body' || seen.has(m.surface) || m.surface.length < 2) continue;
      seen.add(m.surface);
      forms.push({ surface: m.surface, group: g });
    }
  }
  forms.sort((a, b) => b.surface.length - a.surface.length);
  for (const { surface, group } of forms) {
    for (let at = title.indexOf(surface); at >= 0; at = title.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (isWordChar(title.charAt(at - 1)) || isWordChar(title.charAt(end))) continue;
      if (taken.some(([s, e]) => at < e && s < end)) continue;
      const from = tokens.findIndex((t) => t.start === at);
      const to = tokens.findIndex((t) => t.end === end) + 1;
      if (from < 0 || to <= from) continue;
      taken.push([at, end]);
      group.mentions.push(found(title, tokens, 'title', from, to));
    }
  }
}

function isWordChar(c: string): boolean {
  return c !== '' && /[\p{L}\p{N}]/u.test(c);
}

/** End offset of the lede: the first few sentences of the first paragraph. */
function ledeEndOffset(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!first) return 0;
  let end = 0;
  for (const t of tokens) {
    if (t.para !== first.para || t.sent >= first.sent + LEDE_SENTENCES) break;
    end = t.end;
  }
  return end;
}

function toEntity(g: Group, body: string, title: string): Omit<Entity, 'id' | 'salience'> {
  const type: EntityType = g.fixedType ?? entityType(g.votes);
  const mentions = [...g.mentions].sort((a, b) => (a.source === b.source ? a.start - b.start : a.source === 'title' ? -1 : 1));
  const name = type === 'place' ? unshout(pickName(g, mentions)) : pickName(g, mentions);
  const aliases = [...new Set(mentions.map((m) => m.surface))].filter((a) => a.toLowerCase() !== name.toLowerCase());
  const entity: Omit<Entity, 'id' | 'salience'> = {
    type,
    name,
    aliases,
    mentions: mentions.map((m): Mention => ({ ...makeQuote(m.source === 'title' ? title : body, m.start, m.end), in: m.source })),
  };
  const role = pickRole(type, mentions);
  if (role) entity.role = role;
  return entity;
}

/**
 * The fullest surface form; on ties the one not in capitals ("Washington" over a dateline's
 * "WASHINGTON"), then the most frequent. A place named only by its demonym gets the
 * gazetteer's name.
 */
function pickName(g: Group, mentions: readonly Found[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions) if (!m.name?.demonym) counts.set(m.surface, (counts.get(m.surface) ?? 0) + 1);
  const shouted = (s: string): number => (s === s.toUpperCase() && s !== s.toLowerCase() && s.length > 3 ? 1 : 0);
  let best = '';
  for (const [surface, count] of counts) {
    if (
      !best ||
      surface.length > best.length ||
      (surface.length === best.length &&
        (shouted(surface) < shouted(best) || (shouted(surface) === shouted(best) && count > (counts.get(best) ?? 0))))
    ) {
      best = surface;
    }
  }
  if (best) return best;
  return g.gazetteer?.canonical ?? mentions[0]?.surface ?? '';
}

/**
 * A place the text only gives in capitals, as a dateline does ("BUFFALO", "ST. JOSEPH"), named
 * the way a reader writes it ("Buffalo", "St. Joseph"). Short forms stay ("US", "UAE", "U.S.").
 */
function unshout(name: string): string {
  if (name.length <= 3 || name !== name.toUpperCase() || name === name.toLowerCase()) return name;
  return name.replace(/\p{L}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
}

/** The most telling role whose head agrees with the entity's type; the earliest on ties. */
function pickRole(type: EntityType, mentions: readonly Found[]): string | undefined {
  let best: Role | undefined;
  for (const m of mentions) {
    for (const r of m.roles) {
      if (r.head && r.head !== type) continue;
      if (!best || r.rank < best.rank) best = r;
    }
  }
  return best?.text;
}
