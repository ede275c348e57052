/**
 * Sports teams and clubs, which news names by a place and a nickname ("Chicago Cubs", "Miami
 * Heat") or by a club word ("Real Madrid"): organizations, though they open with a place.
 */
import { lookup } from './gazetteer';
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
  return hit?.type === 'place' && !hit.demonym;
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
