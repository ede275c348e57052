/**
 * Sports results and tables, as wire services print them, one line each: "Arsenal 2 Chelsea
 * 0", "Hapoel Haifa 3 Maccabi Tel Aviv 1", "Barnsley 5 4 1 0 10 4 13". Every capitalised run
 * on such a line is a name, and one played against another is a team. The line looks like a
 * headline (every word capitalised, no verb) and its first word opens a sentence, so without
 * this the rules kept none of them and the tagger, trained on prose, found none either.
 */
import { COUNTRIES, type GazetteerHit } from './gazetteer';
import { isCapWord, wordIndexes } from './shape';
import type { Token } from './tokens';

/** Glue allowed inside a team's name: "St. Johnstone", "Paris St-Germain", "Queen's Park". */
const GLUE: ReadonlySet<string> = new Set(['.', '-', "'", '’', '&']);
/** Lower-case words a club's name may hold: "Brighton and Hove Albion", "Racing de Santander". */
const CLUB_JOINTS: ReadonlySet<string> = new Set(['de', 'del', 'la', 'van', 'von', 'am', 'and', 'of']);

/** Words in a team's name at most: "Brighton and Hove Albion", "Paris St Germain". */
const MAX_TEAM_WORDS = 4;

function surfaceKey(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t) => t.lower).join(' ');
}

/** A name on a result line: where it ends, and whether the line makes it a team. */
export interface ResultRun {
  to: number;
  /**
   * Played against another ("Arsenal 2 Chelsea 0"), or a league table's row (six numbers or
   * more: played, won, drawn, lost, goals for and against, points). A leaderboard's row is a
   * player's ("Tiger Woods 69 70 139", "Ernie Els 68 70 72 71 281").
   */
  team: boolean;
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
    const { runs, numbers } = runsOfLine(tokens, i, end);
    for (const [from, to] of runs) out.set(from, { to, team: runs.length >= 2 || numbers >= TABLE_ROW_NUMBERS });
    i = end;
  }
  return out;
}

/**
 * The name runs of the sentence [from, to) when it is a result line: capitalised runs each
 * followed by numbers, two or more runs ("A 2 B 1"), or one run and three or more numbers (a
 * table's row). Nothing else on the line but a closing stop or a bracketed score.
 */
function runsOfLine(tokens: readonly Token[], from: number, to: number): { runs: [number, number][]; numbers: number } {
  const none = { runs: [], numbers: 0 };
  const runs: [number, number][] = [];
  let numbers = 0;
  let k = from;
  while (k < to) {
    const t = tokens[k]!;
    if (isCapWord(t)) {
      const start = k;
      while (k < to && (isCapWord(tokens[k]) || (GLUE.has(tokens[k]!.text) && isCapWord(tokens[k + 1])) || (CLUB_JOINTS.has(tokens[k]!.text) && isCapWord(tokens[k + 1])))) k++;
      if (tokens[k]?.kind !== 'num' || k >= to) return none;
      // A team's name is short; a table's header runs on ("Pos. Piloto Pontos Vitórias
      // Poles Top 5 Top 10").
      if (wordIndexes(tokens, start, k).length > MAX_TEAM_WORDS) return none;
      runs.push([start, k]);
      while (k < to && tokens[k]!.kind === 'num') {
        numbers++;
        k++;
      }
      continue;
    }
    // "(halftime 1-0)", a closing stop: the rest of the line is no name.
    if (t.text === '(' || t.text === '.') break;
    return none;
  }
  if (runs.length === 0 || runs.length > 4) return none;
  // No side plays itself: "Top 5 Top 10" heads columns.
  const names = runs.map(([a, b]) => surfaceKey(tokens, a, b));
  if (new Set(names).size < names.length) return none;
  return runs.length >= 2 || numbers >= 3 ? { runs, numbers } : none;
}

const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => [c.name, ...(c.aliases ?? [])]));

/** A national side ("Japan 2 Syria 1") is named as its country is; any other team is a club. */
export function isNationalSide(hit: GazetteerHit | undefined): boolean {
  return hit?.type === 'place' && COUNTRY_NAMES.has(hit.canonical);
}
