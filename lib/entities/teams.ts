/**
 * Sports teams and clubs, which news names by a place and a nickname ("Chicago Cubs", "Miami
 * Heat") or by a club word ("Real Madrid"): organizations, though they open with a place.
 */
import { lookup } from './gazetteer';
import { TITLE_WORDS } from './lexicon';
import type { DocStats } from './shape';
import type { Token } from './tokens';

/** First words of Spanish clubs that are common words elsewhere. */
const CLUB_FIRST_WORDS: ReadonlySet<string> = new Set(['real', 'athletic']);

/**
 * "Real Madrid", "Real Sociedad", "Athletic Bilbao": the word and one word the text never
 * writes in lower case ("Real Estate" and "Real Weddings" are no clubs).
 */
export function isClub(words: readonly Token[], stats: DocStats): boolean {
  return words.length === 2 && CLUB_FIRST_WORDS.has(words[0]!.lower) && !stats.lowercase.has(words[1]!.lower) && !words[1]!.text.includes('-');
}

/**
 * Teams named by a place and a nickname. The tagger reads singular nicknames as places or
 * nothing ("Oklahoma City Thunder" and "Miami Heat" were places, "Minnesota Wild" a place too),
 * and plural ones only sometimes ("Chicago Cubs" was a place, "St. Louis Cardinals" too, beside
 * an organization "Cleveland Browns"). The plural nicknames are the four big North American
 * leagues'; a rule taking any plural after a place made "Indiana Jones" a team.
 */
const TEAM_NICKNAMES: ReadonlySet<string> = new Set([
  'thunder', 'heat', 'magic', 'jazz', 'wild', 'lightning', 'avalanche', 'kraken', 'fire', 'galaxy',
  'crew', 'dynamo', 'union', 'revolution', 'impact', 'sky', 'sparks', 'mercury', 'liberty', 'dream',
  'fever', 'lynx', 'aces', 'storm', 'sun', 'united', 'rovers', 'athletic', 'albion', 'wanderers',
  'hotspur', 'forest',
  // NFL
  'cardinals', 'falcons', 'ravens', 'bills', 'panthers', 'bears', 'bengals', 'browns', 'cowboys',
  'broncos', 'lions', 'packers', 'texans', 'colts', 'jaguars', 'chiefs', 'raiders', 'chargers',
  'rams', 'dolphins', 'vikings', 'patriots', 'saints', 'giants', 'jets', 'eagles', 'steelers',
  '49ers', 'seahawks', 'buccaneers', 'titans', 'commanders', 'redskins',
  // NBA
  'hawks', 'celtics', 'nets', 'hornets', 'bulls', 'cavaliers', 'mavericks', 'nuggets', 'pistons',
  'warriors', 'rockets', 'pacers', 'clippers', 'lakers', 'grizzlies', 'bucks', 'timberwolves',
  'pelicans', 'knicks', '76ers', 'suns', 'blazers', 'trail blazers', 'kings', 'spurs', 'raptors',
  'wizards',
  // MLB
  'diamondbacks', 'braves', 'orioles', 'red sox', 'cubs', 'white sox', 'reds', 'guardians',
  'indians', 'rockies', 'tigers', 'astros', 'royals', 'angels', 'dodgers', 'marlins', 'brewers',
  'twins', 'mets', 'yankees', 'athletics', 'phillies', 'pirates', 'padres', 'mariners', 'rays',
  'rangers', 'blue jays', 'nationals',
  // NHL
  'ducks', 'coyotes', 'bruins', 'sabres', 'flames', 'hurricanes', 'blackhawks', 'blue jackets',
  'stars', 'red wings', 'oilers', 'canadiens', 'predators', 'devils', 'islanders', 'senators',
  'flyers', 'penguins', 'sharks', 'blues', 'maple leafs', 'canucks', 'golden knights', 'capitals',
]);

/** Teams' home places that the gazetteer leaves out (it lists places news names without a cue). */
const TEAM_PLACES: ReadonlySet<string> = new Set([
  'St Louis', 'Green Bay', 'Tampa Bay', 'New England', 'Golden State', 'Buffalo',
  'Indianapolis', 'Jacksonville', 'Charlotte', 'Phoenix', 'Columbus', 'Memphis', 'Carolina',
  'Winnipeg', 'Edmonton', 'Vegas', 'Las Vegas', 'Anaheim', 'LA', 'Salt Lake',
]);

function isTeamPlace(words: readonly Token[]): boolean {
  if (words.length === 0) return false;
  const name = words.map((w) => w.text).join(' ');
  // The words come without their full stops: "St. Louis" is "St Louis" here.
  if (TEAM_PLACES.has(name)) return true;
  const hit = lookup(name);
  // Asia's baseball clubs are named for their owners: "Samsung Lions", "Kia Tigers", "SoftBank
  // Hawks" (products of the maker, news-dev's Asian sport).
  return (hit?.type === 'place' && !hit.demonym) || hit?.type === 'organization' || hit?.type === 'product';
}

/** "Miami Heat", "Oklahoma City Thunder", "Boston Red Sox": a team's place and its nickname. */
export function isTeam(words: readonly Token[]): boolean {
  for (const size of [1, 2]) {
    if (words.length <= size) break;
    const nickname = words.slice(-size).map((w) => w.lower).join(' ');
    if (TEAM_NICKNAMES.has(nickname) && isTeamPlace(words.slice(0, -size))) return true;
  }
  return false;
}

/** Verbs of one side against another in a match report, and in its headline ("CANTONA SINKS LEEDS"). */
const VERSUS_VERBS: ReadonlySet<string> = new Set([
  'beat', 'beats', 'defeated', 'defeats', 'edged', 'thrashed', 'routed', 'hammered', 'trounced', 'overcame', 'crushed', 'drew',
  // Not those a capital does to another in politics ("Beijing crushes …", "Berlin upsets Washington").
  'sink', 'sinks', 'sank', 'stun', 'stuns', 'stunned', 'rout', 'routs', 'thrash', 'thrashes', 'downed',
]);

/**
 * Where a score that ends at token `k` starts ("1-1", "4-0": number, dash, number), or `k`
 * when none ends there: the score between a verb and the other side ("drew 1-1 with Liverpool").
 */
function scoreStart(tokens: readonly Token[], k: number): number {
  return tokens[k]?.kind === 'num' && tokens[k - 1]?.text === '-' && tokens[k - 2]?.kind === 'num' ? k - 3 : k;
}

/** Where a score that starts at token `k` ends (the token after it), or `k` when none starts there. */
function scoreEnd(tokens: readonly Token[], k: number): number {
  return tokens[k]?.kind === 'num' && tokens[k + 1]?.text === '-' && tokens[k + 2]?.kind === 'num' ? k + 3 : k;
}

/**
 * "Yorkshire beat Lancashire", "Essex drew with Kent", "Newcastle drew 1-1 with Liverpool": the
 * name ending at `to` is followed by a verb of a match, maybe a score and "with", and another
 * capitalised name.
 */
export function facesSideAfter(tokens: readonly Token[], to: number): boolean {
  if (!tokens[to] || !VERSUS_VERBS.has(tokens[to]!.lower)) return false;
  let k = scoreEnd(tokens, to + 1);
  if (tokens[k]?.lower === 'with') k++;
  const side = tokens[k];
  return side !== undefined && side.cap && side.kind === 'word' && !side.initial;
}

/** What a club's players and staff are called in match reports. */
const PLAYER_ROLES: ReadonlySet<string> = new Set([
  'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'forward', 'winger', 'fullback',
  'playmaker', 'coach', 'manager', 'skipper', 'captain',
]);
/** Words between a club's possessive and the role: "Barcelona 's new Brazilian striker". */
const PLAYER_ROLE_MODIFIERS: ReadonlySet<string> = new Set(['new', 'veteran', 'former', 'young', 'teenage', 'injured', 'star', 'top', 'leading', 'central']);

/**
 * "Barcelona 's Brazilian striker Ronaldo", "Leeds ' new manager ,": the name ending at `to` has
 * a player or a manager, so it is a club (a country that has one is its national side, which
 * the caller tells apart).
 */
export function hasPlayerAfter(tokens: readonly Token[], to: number): boolean {
  const possessive = tokens[to]?.text;
  if (possessive !== "'s" && possessive !== '’s' && possessive !== "'" && possessive !== '’') return false;
  for (let k = to + 1; k < to + 4; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word') return false;
    // The role ends there: a name or a stop follows ("striker Ronaldo", "manager ,"), not
    // more of a noun phrase ("coach station", "forward planning").
    if (PLAYER_ROLES.has(t.lower) && !t.cap) return tokens[k + 1] === undefined || tokens[k + 1]!.cap || tokens[k + 1]!.kind === 'punct';
    if (!t.cap && !PLAYER_ROLE_MODIFIERS.has(t.lower)) return false;
  }
  return false;
}

/** "Essex v Gloucestershire", "Bulls vs. Knicks": a fixture, as written in lower case. */
const VERSUS: ReadonlySet<string> = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);

/** The token at k is a "v" or "vs", its full stop (a token of its own) skipped: where the next side starts, or -1. */
function afterVersus(tokens: readonly Token[], k: number): number {
  if (!tokens[k] || !VERSUS.has(tokens[k]!.text)) return -1;
  return tokens[k + 1]?.text === '.' ? k + 2 : k + 1;
}

/** "Essex 532-8 declared", "Kent 201 all out": a cricket innings' score after its side's name. */
function inningsAt(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.kind !== 'num') return false;
  const end = scoreEnd(tokens, k);
  k = end > k ? end : k + 1;
  return tokens[k]?.lower === 'declared' || (tokens[k]?.lower === 'all' && tokens[k + 1]?.lower === 'out');
}

/**
 * "Yorkshire beat Lancashire", "were beaten by Somerset", "Essex drew with Kent", "Essex v
 * Gloucestershire", "Essex 532-8 declared": the name at [from, to) faces another capitalised
 * name across a verb of a match or a "v", or its innings' score follows it.
 */
export function playsAgainst(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from - 1]?.text === '.' ? afterVersus(tokens, from - 2) === from : afterVersus(tokens, from - 1) === from) return true;
  const other = afterVersus(tokens, to);
  if (other >= 0 && tokens[other]?.cap) return true;
  if (inningsAt(tokens, to)) return true;
  return playsMatch(tokens, from, to);
}

/**
 * The part of playsAgainst that only a match report says: a verb of a match between the name
 * and another ("Liverpool thrashed Tottenham", "beaten by Somerset"). A "v" alone may be a
 * comparison ("New York vs. Delaware: Delaware has lower fees").
 */
export function playsMatch(tokens: readonly Token[], from: number, to: number): boolean {
  if (facesSideAfter(tokens, to) || signsPlayer(tokens, to) || signedFrom(tokens, from)) return true;
  // "… beaten by Somerset", "Newcastle drew 1-1 with Liverpool": the verb before, maybe a score.
  let j = from - 1;
  if (tokens[j]?.lower === 'by' || tokens[j]?.lower === 'with') j--;
  j = scoreStart(tokens, j);
  const by = tokens[j];
  // Not a place before an office and its holder: "Nawrocki beat Warsaw Mayor Rafał
  // Trzaskowski" (Warsaw was a club, news written for the tests, thirteenth round).
  const office = tokens[to];
  if (office?.kind === 'word' && TITLE_WORDS.has(office.lower) && tokens[to + 1]?.cap && tokens[to + 1]!.kind === 'word') return false;
  if (by && (VERSUS_VERBS.has(by.lower) || by.lower === 'beaten')) {
    const side = tokens[j - 1];
    return by.lower === 'beaten' || (side?.cap === true && side.kind === 'word');
  }
  return false;
}

/** Verbs of a transfer, and the positions a signing names. */
const SIGNING_VERBS: ReadonlySet<string> = new Set(['sign', 'signs', 'signed', 'signing']);
const SIGNED_POSITIONS: ReadonlySet<string> = new Set([
  'midfielder', 'striker', 'forward', 'defender', 'goalkeeper', 'keeper', 'winger', 'full-back', 'fullback',
  'centre-back', 'center-back', 'playmaker', 'quarterback', 'pitcher', 'shortstop', 'outfielder', 'guard', 'centre', 'center',
]);

/**
 * A club that signs a player by his position: "Liverpool signed Germany midfielder Florian
 * Wirtz" (Liverpool was the city, the wire copy's sport). The position must come within a few
 * words: "Liverpool signed a deal" says nothing.
 */
function signsPlayer(tokens: readonly Token[], to: number): boolean {
  if (!SIGNING_VERBS.has(tokens[to]?.lower ?? '')) return false;
  for (let k = to + 1; k <= to + 4 && tokens[k]?.sent === tokens[to]!.sent; k++) if (tokens[k]!.kind === 'word' && !tokens[k]!.cap && SIGNED_POSITIONS.has(tokens[k]!.lower)) return true;
  return transferFrom(tokens, to) >= 0;
}

/** Longest player's name between a signing verb and "from". */
const MAX_PLAYER_WORDS = 4;

/**
 * "signed Alexander Isak from Newcastle United": after the signing verb at `verb`, a
 * capitalised name and "from" before another: the index of the club signed from, or -1. Both
 * sides of a transfer are clubs ("LIVERPOOL SIGN ISAK FROM NEWCASTLE": both were the cities).
 */
function transferFrom(tokens: readonly Token[], verb: number): number {
  let k = verb + 1;
  while (k <= verb + MAX_PLAYER_WORDS && tokens[k]?.kind === 'word' && tokens[k]!.cap && tokens[k]!.lower !== 'from') k++;
  const from = tokens[k];
  return k > verb + 1 && from?.lower === 'from' && from.sent === tokens[verb]!.sent && tokens[k + 1]?.cap === true ? k + 1 : -1;
}

/** The name at `from` is the club a player was signed from ("… signed Isak from Newcastle"). */
function signedFrom(tokens: readonly Token[], from: number): boolean {
  if (tokens[from - 1]?.lower !== 'from') return false;
  for (let v = from - 2; v >= from - 2 - MAX_PLAYER_WORDS && v >= 0; v--) if (SIGNING_VERBS.has(tokens[v]!.lower)) return transferFrom(tokens, v) === from;
  return false;
}

