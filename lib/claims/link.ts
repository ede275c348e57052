/**
 * Links claims to the report's entities: the entities named in a claim's sentence, with the
 * ones its subject and authority refer to first. Mentions are sorted once and swept, and names
 * are looked up in a map, so the cost stays near-linear in text and entity count.
 */
import type { Entity, TextSource } from '../report';
import type { Span } from '../text/sentences';

/** Mentions longer than this are checked against every sentence; shorter ones by a sweep. */
const SWEEP_MENTION_MAX = 200;

/** Longest run of words of a subject or authority looked up as a name ("Sirgoo Lee"). */
const MAX_NAME_WORDS = 5;

/** One entity mention, flattened for the sweep. */
export interface FlatMention {
  start: number;
  end: number;
  id: string;
}

/**
 * For each sentence span (in text order), the mentions in `where` that overlap it. Short
 * mentions are swept in order; the rare long ones are checked against every span.
 */
export function mentionsPerSpan(entities: readonly Entity[], where: TextSource, spans: readonly Span[]): FlatMention[][] {
  const short: FlatMention[] = [];
  const long: FlatMention[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.in !== where) continue;
      (m.end - m.start > SWEEP_MENTION_MAX ? long : short).push({ start: m.start, end: m.end, id: e.id });
    }
  }
  short.sort((a, b) => a.start - b.start);
  const out: FlatMention[][] = [];
  let lo = 0;
  for (const span of spans) {
    while (lo < short.length && short[lo]!.start < span.start - SWEEP_MENTION_MAX) lo++;
    const hits: FlatMention[] = [];
    for (let k = lo; k < short.length && short[k]!.start < span.end; k++) {
      if (short[k]!.end > span.start) hits.push(short[k]!);
    }
    for (const m of long) if (m.start < span.end && span.start < m.end) hits.push(m);
    out.push(hits);
  }
  return out;
}

/** Lower-cased names and aliases of the entities, to the ids that carry them. */
export function nameIndex(entities: readonly Entity[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const e of entities) {
    for (const name of [e.name, ...e.aliases]) {
      const key = normalizeName(name);
      if (key.length < 2 || !/[a-z]/.test(key)) continue;
      const ids = index.get(key) ?? [];
      if (!ids.includes(e.id)) ids.push(e.id);
      index.set(key, ids);
    }
  }
  return index;
}

/** Lower case, curly apostrophes folded, a possessive and edge punctuation dropped. */
function normalizeName(s: string): string {
  return s
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s?$/, '')
    .replace(/^[^a-z0-9]+|[^a-z0-9.]+$/g, '')
    .replace(/\s+/g, ' ');
}

/**
 * The entities a subject or authority refers to: those with a mention overlapping its span
 * (`at`, offsets into the same text as the mentions), then those whose name or alias is a run
 * whole run of capitalized words in the field ("the Daejeon Provincial Police Agency", "Lee").
 */
export function partyEntityIds(
  field: string | undefined,
  at: Span | undefined,
  mentions: readonly FlatMention[],
  names: ReadonlyMap<string, string[]>,
): string[] {
  const ids: string[] = [];
  const add = (id: string): void => {
    if (!ids.includes(id)) ids.push(id);
  };
  if (at) for (const m of mentions) if (m.start < at.end && at.start < m.end) add(m.id);
  if (field) {
    // Whole runs of capitalized words only: "Lee" links to Sirgoo Lee (alias "Lee"), but
    // "Lee Myung-bak" does not.
    const words = field.split(/\s+/).filter(Boolean);
    let i = 0;
    while (i < words.length) {
      if (!/^[A-Z]/.test(words[i]!)) {
        i++;
        continue;
      }
      let j = i;
      while (j < words.length && /^[A-Z]/.test(words[j]!)) j++;
      if (j - i <= MAX_NAME_WORDS) names.get(normalizeName(words.slice(i, j).join(' ')))?.forEach(add);
      i = j;
    }
  }
  return ids;
}

/**
 * A claim's entity ids: its subject's, then its authority's, then the others named in the
 * sentence in the report's (salience) order. `rank` maps an id to its place in the report.
 */
export function claimEntityIds(
  parties: readonly string[],
  mentions: readonly FlatMention[],
  rank: ReadonlyMap<string, number>,
): string[] {
  const rest = [...new Set(mentions.map((m) => m.id))]
    .filter((id) => !parties.includes(id))
    .sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  return [...parties, ...rest];
}
