/**
 * The entity stage: rule-based named-entity recognition for English news.
 *
 *   text ──tokenize──► tokens ──► money, dates, laws (claim their tokens)
 *                           └──► capitalised name runs ──► not a name? (non-names.ts) ──► roles + type votes per mention
 *   title goes through the same path ───────────────────┘
 *   all mentions ──merge (same name, acronym, "X Group", surname)──► groups ──"the company"
 *   (nominals.ts)──► type, name, role, salience──► Entity[] (ids e1, e2… in salience order)
 *
 * See README.md in this folder for the rules and their known limits.
 */
import { isNameMention, type Entity, type EntityType, type Mention, type TextSource } from '../report';
import { makeQuote } from '../text/quote';
import { entityType, mentionVotes, emptyVotes, namesGeography, namesTownClub, TAGGER_VOTE } from './classify';
import { findDates } from './dates';
import { findLaws } from './laws';
import { listHeadAfter, typeListMembers } from './lists';
import { findAircraftModels, MAKER_VOTE, modelMakers, typeMakers } from './makers';
import { namesKnownFamily, typeFamilies } from './families';
import { keyOf, mergeMentions, type Found, type Group } from './merge';
import { lookup } from './gazetteer';
import { findMoney } from './money';
import { CAP_STOPWORDS, NAME_PARTICLES, REMIT_WORDS } from './lexicon';
import { addressTokens, isNotAName, nonNameContext, withoutQuoteCodes } from './non-names';
import { findNominalReferences } from './nominals';
import { findNames, type NameSpan } from './recognize';
import { isNationalSide } from './results';
import { FIRST_NAMES, isGivenName } from './names';
import { findRoles, type Role } from './roles';
import { findStates } from './states';
import { scoreSalience, type SalienceFacts } from './salience';
import { isTown } from './towns';
import { docStats, holdsDigit, isGluedParticle, isHyphenTail, isRoman, leadsNamedPerson, pastSuffixStop, playerMarkAt, surface, type DocStats } from './shape';
import { claim, isClaimed, type TokenSpan } from './spans';
import { combineNames } from './combine';
import { COMMON_WORDS, COMMON_WORDS_NAMES_TOO } from './common-words';
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
  const candidates = findAll(text, bodyTokens, 'body', stats, pre?.job);
  const title = opts.title ?? '';
  // Offsets stay valid: the cut only drops the end of an absurdly long title.
  const head = title.slice(0, MAX_TITLE);
  const titleTokens = head.trim() ? tokenize(head) : [];
  if (titleTokens.length > 0) candidates.push(...findAll(head, titleTokens, 'title', stats));

  const groups = mergeMentions(candidates, { chat: stats.casual }).filter((g) => keep(g, stats));
  typeListMembers(groups);
  typeMakers(groups);
  typeFamilies(groups);
  // "Daum Kakao" … "the company", "the Police Agency" … "the police agency" (nominals.ts):
  // mentions, never names or aliases.
  for (const n of findNominalReferences(bodyTokens, groups, (g) => !g.fixedType && entityType(g.votes) === 'organization')) {
    const f = found(text, bodyTokens, 'body', n.from, n.to);
    f.nominal = true;
    n.group.mentions.push(f);
  }
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
      weightedCount: body.reduce((n, m) => n + (m.name?.demonym || m.nominal ? 0.5 : 1), 0),
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
 * The merge key of a name mention: the gazetteer's entry, or the name as written. A club on a
 * results line named as its town is not the town ("BOSTON 2024-03-20" is a dateline, "Boston
 * 121 Miami 89" the Celtics' score), so it groups apart, as a team; so does one in a match
 * report (`club`: "LIVERPOOL, England" is the city, "Liverpool thrashed Tottenham" the club).
 */
function keyOfName(n: NameSpan, surface: string, club: boolean): string {
  if ((n.resultSide === 'team' || club) && n.gazetteer?.type === 'place' && !isNationalSide(n.gazetteer)) return `team:${n.gazetteer.canonical}`;
  return n.gazetteer ? `gaz:${n.gazetteer.canonical}` : `name:${keyOf(surface)}`;
}

/**
 * Drops groups that are not entities after all: names seen only in headline-cased lines
 * (unless the gazetteer knows them), lone letters, people never written with a capital, words
 * capitalised only where a sentence starts and written in lower case elsewhere, and untyped
 * single words the text also uses in lower case ("Bomb", "Security"): common nouns
 * capitalised by a heading.
 */
function keep(g: Group, stats: DocStats): boolean {
  if (g.fixedType || g.gazetteer) return true;
  const type = entityType(g.votes);
  const onlyTaggerHint = Math.max(...Object.values(g.votes)) <= TAGGER_VOTE;
  if (g.mentions.every((m) => m.name?.weak)) return false;
  // A longer name's short form that joined no name is no entity of its own.
  if (g.mentions.every((m) => m.shortForm)) return false;
  // "Eating Plan C", "Plan D", a heading's "I.": a letter alone names nothing a reader looks up.
  if (g.mentions.every((m) => /^\p{L}\.?$/u.test(m.surface))) return false;
  // Nor a numeral: "II. Hearing" numbers a heading, and "II" was a person.
  if (type === 'person' && g.mentions.every((m) => isRoman(m.surface.replace(/\.$/, '')))) return false;
  // Nor a code of capitals and digits alone that nothing but a tagger's hint typed: a model
  // number ("Q45"), a rating ("IP66", "350W"), a part (makers.ts). Brands write small letters
  // too: "Qwen3", "Point32Health".
  if (onlyTaggerHint && g.mentions.every((m) => isBareCode(m.surface))) return false;
  // A person never written with a capital: chat words ("huh", "lol", "pls") that the tagger,
  // meeting a comment thread, reads as people. (Web text writes places in lower case often
  // enough, "vietnam", "san francisco", that those stay.) A given name stays where the text
  // writes "i" in lower case: chat writes "max and jen are looking for you", "jill allen
  // finishes her cpa today" (UNER). Not a common word: "worth every penny", "nil".
  const chatName = (m: Found): boolean => stats.casual && isGivenName(m.words[0]!) && !COMMON_WORDS.has(m.words[0]!);
  if (type === 'person' && g.mentions.every((m) => !/\p{Lu}/u.test(m.surface) && !chatName(m))) return false;
  // Nor a phrase of common words that only the tagger's hint calls a person: a review's title
  // line ("Great Meal", "Rip Off", "Wrong Information", UNER), a heading's "Handbook", a
  // game's "Fallen Order" (Zyte AEB). Not one with a given name ("Bill Gates"), nor one
  // that ends in a surname ("Brown 4 points" in a results line, "Tiger Woods").
  if (type === 'person' && onlyTaggerHint && g.mentions.every(isCommonPhrase)) return false;
  // Nor one whose name goes on in lower case past a capital: a plant's Latin name ("Begonia
  // masoniana", "Calathea louisae") or a list item ("Lightweight hammock") on a line of its own
  // (WCXB dev houseplant and packing guides). Particles aside: "Osama bin Laden".
  if (type === 'person' && g.mentions.every(goesOnInLowerCase)) return false;
  // "Brick kilns that burn …" opening two sentences, "brick" inside others and never "Brick":
  // a common word that only the sentence capitalised (the tagger read it as an organization).
  // Capitalised inside a longer name only is no name of its own: the heading "Cleanser" over
  // "Cleanser is the first step", beside "Kiehl's Ultra Facial Cleanser" (a person, WCXB dev 0186).
  const commonWord = (w: string): boolean => stats.lowercase.has(w) && !stats.capitalisedAlone.has(w);
  if (g.mentions.every((m) => m.words.length === 1 && m.tokens[m.from]!.cap && commonWord(m.words[0]!))) return false;
  if (type !== 'misc') return true;
  return !g.mentions.every((m) => m.words.length === 1 && stats.lowercase.has(m.words[0]!));
}

/**
 * A mention made of common English words only: no given name, and not ending in a word that is
 * a surname too ("Brown" alone, "Tiger Woods").
 */
function isCommonPhrase(m: Found): boolean {
  if (COMMON_WORDS_NAMES_TOO.has(m.words[m.words.length - 1]!)) return false;
  return m.words.every((w) => COMMON_WORDS.has(w) && !isGivenName(w));
}

/** One word of digits and capitals only: "IP66", "350W", "T10". */
function isBareCode(surface: string): boolean {
  return !/[\s\p{Ll}]/u.test(surface) && holdsDigit(surface);
}

/** A mention that opens on a capital and has a later word in lower case, no name particle. */
function goesOnInLowerCase(m: Found): boolean {
  if (!m.tokens[m.from]?.cap) return false;
  for (let k = m.from + 1; k < m.to; k++) {
    const t = m.tokens[k]!;
    // Not a syllable after a hyphen: "Chen Shui-bian", "Tsai Ing-wen".
    if (t.kind === 'word' && !t.cap && !NAME_PARTICLES.has(t.lower) && !isHyphenTail(m.tokens, k)) return true;
  }
  return false;
}

/** Runs every recogniser over one text (body or title). */
function findAll(text: string, tokens: readonly Token[], source: TextSource, stats: DocStats, job?: TagJob): Found[] {
  const claimed = new Uint8Array(tokens.length);
  const out: Found[] = [];
  const fixed = <S extends TokenSpan>(spans: S[], finish?: (f: Found, s: S) => void): void => {
    for (const s of spans) {
      // Recognisers run in order; an earlier one owns its tokens.
      if (isClaimed(claimed, s.from, s.to)) continue;
      claim(claimed, s);
      const f = found(text, tokens, source, s.from, s.to);
      f.fixedType = s.type;
      f.key = `${s.type}:${keyOf(f.surface).toLowerCase()}`;
      finish?.(f, s);
      out.push(f);
    }
  };
  for (const address of addressTokens(text, tokens)) claim(claimed, address);
  fixed(findMoney(tokens));
  fixed(findDates(tokens));
  fixed(findLaws(tokens));
  fixed(findAircraftModels(tokens));
  fixed(findStates(tokens), (f, s) => {
    // The state's own key, so "Calif." and "California" are one place.
    f.key = `gaz:${s.state}`;
    f.abbreviates = s.state;
  });
  const tagged = tagJobSpans(job ?? createTagJob(tokens));
  const page = nonNameContext(text, tokens, stats);
  const titleCased = source === 'title' && isTitleCase(tokens);
  const questions = new Set<number>();
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.text === '?' && tokens[k + 1]?.sent !== tokens[k]!.sent) questions.add(tokens[k]!.sent);
  const spans = combineNames(findNames(text, tokens, claimed, stats), tagged, claimed, {
    decide: source === 'body',
    surfaceOf: (from, to) => surface(text, tokens, from, to),
    isTownAt: (from, to) => isTown(tokens, from, to),
    isCommonAt: (k) => stats.lowercase.has(tokens[k]!.lower),
    inQuestion: (k) => questions.has(tokens[k]!.sent),
    opensSentence: (k) => tokens[k]!.initial,
    playerMarkAt: (k) => playerMarkAt(text, tokens, k),
  });
  const tails = nameTails(tokens, spans, stats);
  const makers = modelMakers(tokens, spans);
  // Initials the tagger confirmed somewhere: its vote counts for the name, not for one mention
  // ("a BART train" … "Interim BART Police Chief Ed Alvarez", where it saw no name). Only
  // initials: for words, counting it so cost UNER's stage 0.004 (chat repeats capitalised words).
  const confirmedAcronyms = new Set(spans.filter((s) => !s.unconfirmed && !s.weak && s.to - s.from === 1 && tokens[s.from]!.acronym).map((s) => tokens[s.from]!.text));
  for (const span of spans) {
    const n = withoutQuoteCodes(tokens, span);
    if (!n || isNotAName(page, n)) continue;
    // The place, not the company named for it: an entity of its own, typed by its context.
    if (namesGeography(tokens, n)) {
      n.gazetteer = undefined;
      n.tagged = 'place';
    }
    // A headline in Title Case proves nothing by its capitals: its names stay only if the body
    // or the gazetteer knows them ("Is Football Violence a Crime?" made a person "Football
    // Violence", "… Following Trump to Nowhere" an entity "Nowhere").
    if (titleCased) n.weak = true;
    if (n.title && titlesPersonBefore(tokens, n)) {
      n.title = undefined;
      n.heldAt = true;
    }
    const f = found(text, tokens, source, n.from, n.to);
    f.name = n;
    f.roles = findRoles(text, tokens, n.from, n.to, n.title);
    f.votes = mentionVotes(tokens, n, f.roles, stats);
    // A name the tagger denied stays when its list's plural head names its kind (lists.ts), or
    // when it is a known person's family ("the Obamas", families.ts).
    if (n.unconfirmed && Math.max(...Object.values(f.votes)) < UNCONFIRMED_MIN_VOTE && !listHeadAfter(tokens, n.to) && !namesKnownFamily(tokens, n.from, n.to) && !confirmedAcronyms.has(f.surface)) {
      // "al-Sharaa" after "Ahmed al-Sharaa" is his surname alone too, its particle glued on
      // (was dropped, news written for the tests, fourteenth round).
      const glued = n.to - n.from === 3 && isGluedParticle(tokens, n.from);
      const alone = n.to - n.from === 1;
      if (alone && makers.has(tokens[n.from]!.text)) {
        // So does the first word of a model the text names, alone: its maker (makers.ts).
        f.votes.organization += MAKER_VOTE;
      } else if ((alone || glued) && tails.has(tokens[n.to - 1]!.text)) {
        // So does the last word of a longer name the text gives, as that name's short form, if
        // it joins it (keep): "Oilers captain Connor McDavid" after "the Edmonton Oilers". Its
        // type is the name's; its own context ("in V4" beside "Editor V4") says nothing.
        f.shortForm = true;
        f.votes = emptyVotes();
      } else continue;
    }
    // A portfolio alone is what a body is for, not a body: "Health officials say …" in a story
    // about the Health Ministry (GMB), where "officials" voted for an organization.
    // Unless it leads a person: "Labor leader Dean Winter" is a party (news-dev's Australian news).
    if (n.unconfirmed && n.to - n.from === 1 && REMIT_WORDS.has(tokens[n.from]!.lower) && !leadsNamedPerson(tokens, n.to)) continue;
    f.key = keyOfName(n, f.surface, namesTownClub(tokens, n));
    out.push(f);
  }
  return out;
}

/**
 * Last words of the names of two words or more that the tagger or the rules confirmed, that
 * the text never writes in lower case and that are no common words ("Oilers" of "Edmonton
 * Oilers"; not "Union" of "European Union"): a sentence may open on one alone, which the
 * tagger may not confirm. A known name's model confirms itself by its maker: "Instagram
 * Reels" … "Reels can run longer". A person's given name counts too ("Welcome Jose" after
 * "Jose Mourinho"); it joins that person only if one person in the text has it (merge.ts).
 */
function nameTails(tokens: readonly Token[], spans: readonly NameSpan[], stats: DocStats): Set<string> {
  const tails = new Set<string>();
  for (const s of spans) {
    if ((s.unconfirmed && !lookup(tokens[s.from]!.text)) || s.weak || s.to - s.from < 2) continue;
    const last = tokens[s.to - 1]!;
    if (last.kind === 'word' && last.cap && !last.acronym && !stats.lowercase.has(last.lower) && !COMMON_WORDS.has(last.lower)) tails.add(last.text);
    // A person's given name, alone, is that person's too: "Jose Mourinho" … "Welcome Jose".
    const first = tokens[s.from]!;
    if (s.tagged === 'person' && isGivenName(first.lower) && !stats.lowercase.has(first.lower)) tails.add(first.text);
  }
  return tails;
}

/**
 * "Rob Goldman, President Ascom North America, says" (Zyte AEB; Ascom became a person): a
 * title between a name and a comma, and a name after it that opens on no given name, that the
 * tagger does not call a person, and that a comma closes, is the first name's role, and the
 * second name is where it is held. A list of people ("Merkel, President Emmanuel Macron and
 * …") opens its next name on a given name or has the tagger's person.
 */
function titlesPersonBefore(tokens: readonly Token[], n: NameSpan): boolean {
  const title = n.title!;
  const before = tokens[title.from - 2];
  return (
    tokens[title.from - 1]?.text === ',' &&
    before?.kind === 'word' &&
    before.cap &&
    tokens[n.to]?.text === ',' &&
    n.tagged !== 'person' &&
    !FIRST_NAMES.has(tokens[n.from]!.lower)
  );
}

/**
 * A line in Title Case: after its first word, two capitalised words or more and no word of
 * four letters or more in lower case but function words ("Republicans Are Following Trump to
 * Nowhere"; not "Voters in Kentucky back Andy Beshear", "Police question Daum Kakao CEO in
 * child porn investigation").
 */
function isTitleCase(tokens: readonly Token[]): boolean {
  let caps = 0;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (t.cap && !t.acronym) caps++;
    else if (!t.cap && t.text.length >= 4 && !CAP_STOPWORDS.has(t.lower)) return false;
  }
  return caps >= 2;
}

function found(text: string, tokens: readonly Token[], source: TextSource, from: number, to: number): Found {
  const start = tokens[from]!.start;
  // "Robert F. Kennedy Jr. removed …": the suffix's own full stop is the name's, as news
  // corpora count it; one that ends the sentence is the sentence's.
  const suffixStop = pastSuffixStop(tokens, to) > to && tokens[to + 1]?.sent === tokens[to]!.sent;
  const end = suffixStop ? tokens[to]!.end : tokens[to - 1]!.end;
  const words: string[] = [];
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'word') words.push(tokens[k]!.lower.replace(/\./g, ''));
  return {
    source,
    tokens,
    from,
    to,
    start,
    end,
    surface: surface(text, tokens, from, suffixStop ? to + 1 : to),
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
  const forms: { surface: string; group: Group; demonym: boolean }[] = [];
  for (const g of groups) {
    if (g.fixedType) continue;
    const seen = new Set<string>();
    for (const m of g.mentions) {
      if (m.source !== 'body' || m.nominal || seen.has(m.surface) || m.surface.length < 2) continue;
      seen.add(m.surface);
      forms.push({ surface: m.surface, group: g, demonym: m.name?.demonym === true });
    }
  }
  forms.sort((a, b) => b.surface.length - a.surface.length);
  for (const { surface, group, demonym } of forms) {
    for (let at = title.indexOf(surface); at >= 0; at = title.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (isWordChar(title.charAt(at - 1)) || isWordChar(title.charAt(end))) continue;
      if (taken.some(([s, e]) => at < e && s < end)) continue;
      const from = tokens.findIndex((t) => t.start === at);
      const to = tokens.findIndex((t) => t.end === end) + 1;
      if (from < 0 || to <= from) continue;
      taken.push([at, end]);
      const f = found(title, tokens, 'title', from, to);
      // "Syrian" in the title is a demonym as it is in the body: the place keeps the name "Syria".
      if (demonym) f.name = { from, to, demonym: true, weak: false };
      group.mentions.push(f);
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
  // Other forms of the name; not the name itself, nor "Hill" of "The Hill" (isNameMention).
  const aliases = [...new Set(mentions.filter((m) => !m.nominal).map((m) => m.surface))].filter((a) => !isNameMention({ name, aliases: [] }, { exact: a }));
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
 * The fullest surface form, not words in capitals when the text has others ("Home Depot" over a
 * quote table's "THE HOME DEPOT INC."); on ties the one not in capitals ("Washington" over a
 * dateline's "WASHINGTON"), then one with a capital ("Jen" over a chat's "jen"), then the most
 * frequent. A place named only by its demonym gets the gazetteer's name.
 */
function pickName(g: Group, mentions: readonly Found[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions) if (!m.name?.demonym && !m.nominal && !m.abbreviates) counts.set(m.surface, (counts.get(m.surface) ?? 0) + 1);
  const capsWords = (s: string): number => (shouted(s) && (s.match(/\p{Lu}{4,}/gu)?.length ?? 0) >= 2 ? 1 : 0);
  let best = '';
  for (const [surface, count] of counts) {
    // Words in capitals name the entity only when the text has no other name: a quote table's
    // "THE HOME DEPOT INC." is longer than "Home Depot", not better (Fox Business, Zyte AEB).
    // One word is an acronym's form ("COVID-19", "BMW X5") and keeps its length's claim.
    const louder = capsWords(surface) - capsWords(best);
    if (
      !best ||
      louder < 0 ||
      (louder === 0 &&
        (surface.length > best.length ||
          (surface.length === best.length && casedBetter(surface, count, best, counts.get(best) ?? 0))))
    ) {
      best = surface;
    }
  }
  // "The Hill": a publication's mentions leave its article out, its name keeps it.
  if (best && g.gazetteer?.canonical === `The ${best}`) return g.gazetteer.canonical;
  if (best) return best;
  return g.gazetteer?.canonical ?? mentions.find((m) => m.abbreviates)?.abbreviates ?? mentions[0]?.surface ?? '';
}

/** 1 for a surface in capitals of four letters or more ("WASHINGTON"), else 0. */
function shouted(s: string): number {
  return s === s.toUpperCase() && s !== s.toLowerCase() && s.length > 3 ? 1 : 0;
}

/** Of two surfaces of one length, `a` (seen `countA` times) names the entity better than `b`. */
function casedBetter(a: string, countA: number, b: string, countB: number): boolean {
  const small = (s: string): number => (/\p{Lu}/u.test(s) ? 0 : 1);
  if (shouted(a) !== shouted(b)) return shouted(a) < shouted(b);
  if (small(a) !== small(b)) return small(a) < small(b);
  return countA > countB;
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
