/**
 * Sports results and tables, as wire services print them, one line each: "Arsenal 2 Chelsea
 * 0", "Hapoel Haifa 3 Maccabi Tel Aviv 1", "Barnsley 5 4 1 0 10 4 13", "Max Verstappen
 * ( Netherlands ) Red Bull 1:54:23.566", a cricket scorecard's "Zak Crawley c Patidar b
 * Ashwin 15". Every capitalised run on such a line is a name, and the line's grammar says
 * whose: one played against another is a team, one before a bracketed country a player. The
 * line looks like a headline (every word capitalised, no verb) and its first word opens a
 * sentence, so without this the rules kept none of them and the tagger, trained on prose,
 * found none either.
 */
import { COUNTRIES, lookup, type GazetteerHit } from './gazetteer';
import { NAME_PARTICLES } from './lexicon';
import { isCapWord, wordIndexes } from './shape';
import type { Token } from './tokens';

/** Glue allowed inside a team's name: "St. Johnstone", "Paris St-Germain", "Queen's Park". */
const GLUE: ReadonlySet<string> = new Set(['.', '-', "'", '’', '&']);
/** Lower-case words a club's name may hold: "Brighton and Hove Albion", "Racing de Santander". */
const CLUB_JOINTS: ReadonlySet<string> = new Set(['de', 'del', 'la', 'van', 'von', 'am', 'and', 'of']);

/** Words in a team's name at most: "Brighton and Hove Albion", "Paris St Germain". */
const MAX_TEAM_WORDS = 4;

/** A team's or a player's name is short; a table's header runs on ("Pos. Piloto Pontos Vitórias Poles Top 5 Top 10"). */
function tooLongForName(tokens: readonly Token[], from: number, to: number): boolean {
  return wordIndexes(tokens, from, to).length > MAX_TEAM_WORDS;
}

/** Whose name a run on a result line is, when the line's grammar says so. */
export type ResultSide = 'team' | 'player';

/** A name on a result line: where it ends, and whose it is when the line makes that plain. */
export interface ResultRun {
  to: number;
  /**
   * A team: played against another ("Arsenal 2 Chelsea 0"), a league table's row (six numbers
   * or more: played, won, drawn, lost, goals for and against, points; or a winning percentage,
   * ".623"), or the make after a driver's country ("( Netherlands ) Red Bull 1:54:23.566").
   * A player: before a bracketed country ("Ludvig Aberg ( Sweden ) 73 69 69"), a scorer in a
   * bracket after a team's goals ("Arsenal 2 ( Havertz 89th )") or anyone on a cricket
   * scorecard. Otherwise left to the other cues: a leaderboard's row is a player's ("Tiger
   * Woods 69 70 139"), but a ranked table's may be a team's.
   */
  side?: ResultSide;
}

/** A league table's row has at least this many numbers after the team. */
const TABLE_ROW_NUMBERS = 6;

/** Names on result lines, by the token each starts at. */
export function resultRuns(tokens: readonly Token[]): Map<number, ResultRun> {
  const out = new Map<number, ResultRun>();
  let i = 0;
  while (i < tokens.length) {
    let end = i;
    while (end < tokens.length && tokens[end]!.sent === tokens[i]!.sent) end++;
    for (const run of scorecardRuns(tokens, i, end) ?? runsOfLine(tokens, i, end)) out.set(run.from, { to: run.to, ...(run.side ? { side: run.side } : {}) });
    i = end;
  }
  return out;
}

interface Run {
  from: number;
  to: number;
  side?: ResultSide;
}

/** The end of the capitalised run (a team's or a player's name) that starts at `k`. */
function runEndAt(tokens: readonly Token[], k: number, to: number): number {
  while (k < to) {
    if (isCapWord(tokens[k]) || ((GLUE.has(tokens[k]!.text) || CLUB_JOINTS.has(tokens[k]!.text)) && isCapWord(tokens[k + 1]) && !isSpacedDash(tokens[k]!))) k++;
    // "Imam-ul-Haq": a particle between two hyphens.
    else if (k + 3 < to && tokens[k]!.text === '-' && !tokens[k]!.space && NAME_PARTICLES.has(tokens[k + 1]!.text) && !tokens[k + 1]!.space && tokens[k + 2]!.text === '-' && !tokens[k + 2]!.space && isCapWord(tokens[k + 3])) k += 3;
    else break;
  }
  return k;
}

/** "Spain - Nico Williams": a dash with spaces parts two names ("Paris St-Germain" is one). */
function isSpacedDash(t: Token): boolean {
  return t.text === '-' && t.space;
}

/** Where a bracketed place ("( Sweden )", "( U.S. )") that opens at `k` ends, or -1. */
function countryBracketEnd(tokens: readonly Token[], k: number, to: number): number {
  if (tokens[k]?.text !== '(') return -1;
  const end = runEndAt(tokens, k + 1, to);
  if (end === k + 1 || tokens[end]?.text !== ')') return -1;
  const name = tokens.slice(k + 1, end).map((t) => t.text).join(' ');
  return lookup(name)?.type === 'place' ? end + 1 : -1;
}

/**
 * The numbers that start at `k`: scores, a time ("1:54:23.566"), a winning percentage
 * (".623") and a table's empty cell ("-"). Returns where they end, how many, and whether one
 * was a percentage.
 */
function numbersAt(tokens: readonly Token[], k: number, to: number): { end: number; count: number; percentage: boolean } {
  let count = 0;
  let percentage = false;
  while (k < to) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (t.kind === 'num') {
      k++;
      count++;
      // A time's parts are one number: "1:54:23.566".
      while (k + 1 < to && tokens[k]!.text === ':' && !tokens[k]!.space && tokens[k + 1]!.kind === 'num' && !tokens[k + 1]!.space) k += 2;
    } else if (t.text === '.' && next?.kind === 'num' && !next.space && k + 1 < to) {
      percentage = true;
      count++;
      k += 2;
    } else if (isJoiningHyphen(tokens, k)) {
      k += 2;
    } else if (t.text === '-' && t.space && count > 0 && (k + 1 === to || next?.kind === 'num')) {
      count++;
      k++;
    } else break;
  }
  return { end: k, count, percentage };
}

/** Ordinal endings and notes after a scorer's minute: "89th", "45+2", "pen", "og". */
const MINUTE_NOTES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th', '+', 'pen', 'penalty', 'og']);

/** Where a scorer's minutes, runs or figures that start at `k` end: "89th pen", "45+2", "3-54". */
function minutesEnd(tokens: readonly Token[], k: number, to: number): number {
  while (k < to && (tokens[k]!.kind === 'num' || MINUTE_NOTES.has(tokens[k]!.lower) || isJoiningHyphen(tokens, k))) k++;
  return k;
}

/** A hyphen inside a score or a bowler's figures: "248-7", "3-54". */
function isJoiningHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.text === '-' && !t.space && tokens[k - 1]?.kind === 'num' && tokens[k + 1]?.kind === 'num' && !tokens[k + 1]!.space;
}

/**
 * The scorers in a bracket after a team's goals or runs, "( Foden 2nd , 18th , Rodri 59th pen
 * )", "( Avishka Fernando 96 ; Riyan Parag 3-54 )": names, each followed by its minutes, runs
 * or figures. Returns where the bracket ends and the names, or undefined when the bracket
 * holds anything else ("(halftime 1-0)").
 */
function scorersAt(tokens: readonly Token[], k: number, to: number): { end: number; scorers: Run[] } | undefined {
  if (tokens[k]?.text !== '(') return undefined;
  const scorers: Run[] = [];
  k++;
  for (;;) {
    if (isCapWord(tokens[k])) {
      const end = runEndAt(tokens, k, to);
      if (tooLongForName(tokens, k, end)) return undefined;
      scorers.push({ from: k, to: end, side: 'player' });
      k = end;
    }
    if (tokens[k]?.kind !== 'num') return undefined;
    k = minutesEnd(tokens, k, to);
    if (tokens[k]?.text === ',' || tokens[k]?.text === ';') {
      k++;
      continue;
    }
    if (tokens[k]?.text === ')' && scorers.length > 0) return { end: k + 1, scorers };
    return undefined;
  }
}

/**
 * The name runs of the sentence [from, to) when it is a result line. Each entry is a
 * capitalised run followed by numbers; a player's bracketed country and his make may stand
 * between ("Max Verstappen ( Netherlands ) Red Bull 1:54:23.566"), the scorers' bracket after
 * ("Arsenal 2 ( Havertz 89th )"). Entries follow one another ("A 2 B 1": played against each
 * other) or are listed with commas ("Max Homa 67 71 73 , Ludvig Aberg ( Sweden ) 73 69 69").
 * A rank may open the line, and a few lower-case words close it ("12.535 seconds behind").
 * Two or more entries, or one with three or more numbers (a table's row).
 */
function runsOfLine(tokens: readonly Token[], from: number, to: number): Run[] {
  const runs: Run[] = [];
  let entries = 0;
  let listed = false;
  let numbers = 0;
  let percentage = false;
  let k = from;
  // A rank or a score before the first name: "211 Max Homa 67 71 73".
  if (tokens[k]?.kind === 'num' && isCapWord(tokens[k + 1])) k++;
  while (k < to) {
    const t = tokens[k]!;
    if (!isCapWord(t)) {
      // "(halftime 1-0)", a closing stop: the rest of the line is no name.
      if (entries > 0 && (t.text === '(' || t.text === '.')) break;
      // "12.535 seconds behind": a note in lower case ends the line.
      if (entries > 0 && tokens.slice(k, to).every((x) => x.kind === 'num' || (x.kind === 'word' && !x.cap))) break;
      return [];
    }
    const name: Run = { from: k, to: runEndAt(tokens, k, to) };
    k = name.to;
    if (tooLongForName(tokens, name.from, name.to)) return [];
    runs.push(name);
    const country = countryBracketEnd(tokens, k, to);
    if (country > 0) {
      name.side = 'player';
      k = country;
      if (isCapWord(tokens[k])) {
        const make: Run = { from: k, to: runEndAt(tokens, k, to), side: 'team' };
        if (tooLongForName(tokens, make.from, make.to)) return [];
        runs.push(make);
        k = make.to;
      }
    }
    const n = numbersAt(tokens, k, to);
    if (n.count === 0) return [];
    entries++;
    numbers += n.count;
    percentage ||= n.percentage;
    k = n.end;
    // "248-7 in 50 overs ( Avishka Fernando 96 … )": a note on the score before its bracket.
    let note = k;
    while (note < to && (tokens[note]!.kind === 'num' || (tokens[note]!.kind === 'word' && !tokens[note]!.cap))) note++;
    if (note > k && tokens[note]?.text === '(') k = note;
    const scored = scorersAt(tokens, k, to);
    if (scored) {
      runs.push(...scored.scorers);
      k = scored.end;
    }
    if (tokens[k]?.text === ',' && isCapWord(tokens[k + 1])) {
      listed = true;
      k++;
    }
  }
  if (entries === 0 || entries > 4) return [];
  // No side plays itself: "Top 5 Top 10" heads columns.
  const open = runs.filter((r) => !r.side);
  const names = open.map((r) => surfaceKey(tokens, r.from, r.to));
  if (new Set(names).size < names.length) return [];
  if (entries < 2 && numbers < 3 && runs.every((r) => !r.side)) return [];
  const team = (entries >= 2 && !listed) || numbers >= TABLE_ROW_NUMBERS || percentage;
  if (team) for (const r of open) r.side = 'team';
  return runs;
}

function surfaceKey(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t) => t.lower).join(' ');
}

/** How a batsman was out, as a scorecard abbreviates it, before the bowler's or fielder's name. */
const FIELDED: ReadonlySet<string> = new Set(['c', 'b', 'st', 'sub']);
/** Words of a dismissal with no name after them: "not out", "run out", "retired hurt". */
const DISMISSAL_WORDS: ReadonlySet<string> = new Set(['lbw', 'and', 'not', 'run', 'out', 'retired', 'hurt', 'hit', 'wicket', 'absent', 'ill']);

/**
 * A cricket scorecard's line: a batsman and how he was out ("Zak Crawley c Patidar b Ashwin
 * 15", "Ollie Pope lbw b Siraj 39", "Joe Root not out 12"), or the bowlers' figures ("Bowling :
 * Bumrah 15-1-54-2 , Siraj 21.1-2-84-4"). Every name on it is a player's. Undefined when the
 * sentence [from, to) is neither.
 */
function scorecardRuns(tokens: readonly Token[], from: number, to: number): Run[] | undefined {
  return battingRuns(tokens, from, to) ?? bowlingRuns(tokens, from, to) ?? scorersLine(tokens, from, to);
}

/** Labels of a line that lists a match's scorers. */
const SCORERS_LABELS: ReadonlySet<string> = new Set(['scorers', 'scorer', 'goalscorers']);

/**
 * "Scorers : Spain - Nico Williams ( 47th ) , Mikel Oyarzabal ( 86th ) ; England - Cole Palmer
 * ( 73rd )": after the label, each scorer with his minutes, bracketed or not, each side's list
 * opened by its team and a dash.
 */
function scorersLine(tokens: readonly Token[], from: number, to: number): Run[] | undefined {
  if (!SCORERS_LABELS.has(tokens[from]?.lower ?? '') || tokens[from + 1]?.text !== ':') return undefined;
  const runs: Run[] = [];
  let k = from + 2;
  while (k < to) {
    if (!isCapWord(tokens[k])) return undefined;
    let end = runEndAt(tokens, k, to);
    // The side: "Spain - ".
    if (tokens[end]?.text === '-' && tokens[end]!.space && isCapWord(tokens[end + 1])) {
      runs.push({ from: k, to: end, side: 'team' });
      k = end + 1;
      end = runEndAt(tokens, k, to);
    }
    runs.push({ from: k, to: end, side: 'player' });
    k = end;
    const bracket = tokens[k]?.text === '(';
    if (bracket) k++;
    if (tokens[k]?.kind !== 'num') return undefined;
    k = minutesEnd(tokens, k, to);
    // "( 2nd , 18th )": more minutes of the same scorer.
    while (bracket && tokens[k]?.text === ',' && tokens[k + 1]?.kind === 'num') k = minutesEnd(tokens, k + 1, to);
    if (bracket) {
      if (tokens[k]?.text !== ')') return undefined;
      k++;
    }
    if (tokens[k]?.text === ',' || tokens[k]?.text === ';') k++;
    else if (k < to && tokens[k]!.text !== '.') return undefined;
    else break;
  }
  return runs.length > 0 ? runs : undefined;
}

function battingRuns(tokens: readonly Token[], from: number, to: number): Run[] | undefined {
  if (!isCapWord(tokens[from])) return undefined;
  const runs: Run[] = [{ from, to: runEndAt(tokens, from, to), side: 'player' }];
  let k = runs[0]!.to;
  let marks = 0;
  while (k < to && (isDismissalWord(tokens[k]!) || tokens[k]!.text === '&')) {
    const w = tokens[k]!.lower;
    // "c & b Kumble", "c and b Kumble", "c sub ( Jadeja ) b Ashwin": only after "c".
    if ((w === '&' || w === 'and' || w === 'sub') && tokens[k - 1]?.lower !== 'c' && tokens[k - 1]?.lower !== 'st') return undefined;
    marks++;
    k++;
    // The fielder: "c Patidar", "c sub ( Jadeja )", "run out ( Jadeja )".
    const bracket = tokens[k]?.text === '(' && isCapWord(tokens[k + 1]);
    if (bracket) k++;
    if (isCapWord(tokens[k]) && (bracket || FIELDED.has(w))) {
      const end = runEndAt(tokens, k, to);
      runs.push({ from: k, to: end, side: 'player' });
      k = end;
    }
    if (bracket && tokens[k]?.text === ')') k++;
  }
  if (marks === 0 || tokens[k]?.kind !== 'num') return undefined;
  const end = numbersAt(tokens, k, to).end;
  return end >= to || tokens[end]!.text === '.' ? runs : undefined;
}

function isDismissalWord(t: Token): boolean {
  return t.kind === 'word' && !t.cap && (FIELDED.has(t.lower) || DISMISSAL_WORDS.has(t.lower));
}

/** "15-1-54-2": overs, maidens, runs and wickets, joined by hyphens. */
function figuresEnd(tokens: readonly Token[], k: number): number {
  let parts = 0;
  while (tokens[k]?.kind === 'num') {
    parts++;
    if (tokens[k + 1]?.text === '-' && !tokens[k + 1]!.space && tokens[k + 2]?.kind === 'num' && !tokens[k + 2]!.space) k += 2;
    else return parts === 4 ? k + 1 : -1;
  }
  return -1;
}

function bowlingRuns(tokens: readonly Token[], from: number, to: number): Run[] | undefined {
  let k = from;
  // "Bowling :" labels the line.
  if (tokens[k]?.lower === 'bowling' && tokens[k + 1]?.text === ':') k += 2;
  const runs: Run[] = [];
  while (k < to) {
    if (!isCapWord(tokens[k])) return undefined;
    const end = runEndAt(tokens, k, to);
    const figures = figuresEnd(tokens, end);
    if (figures < 0) return undefined;
    runs.push({ from: k, to: end, side: 'player' });
    k = figures;
    // "( nb-1 , w-2 )": no-balls and wides.
    if (tokens[k]?.text === '(') {
      while (k < to && tokens[k]!.text !== ')') k++;
      k++;
    }
    if (tokens[k]?.text === ',') k++;
    else if (k < to && tokens[k]!.text !== '.') return undefined;
    else break;
  }
  return runs.length > 0 ? runs : undefined;
}

const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => [c.name, ...(c.aliases ?? [])]));

/** A national side ("Japan 2 Syria 1") is named as its country is; any other team is a club. */
export function isNationalSide(hit: GazetteerHit | undefined): boolean {
  return hit?.type === 'place' && COUNTRY_NAMES.has(hit.canonical);
}
