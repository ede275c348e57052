/**
 * Scores claims against sentence labels the way ../shared/corpora/README.md describes: a
 * labeled legal sentence is found when a reported claim overlaps it; a claim that overlaps only
 * `none` sentences is a false positive. Pure, so tests and benchmarks can share it.
 */
import type { Claim, ClaimType } from '../report';

/** One labeled sentence (a row of dev.jsonl or seed.jsonl). */
export interface LabeledSentence {
  start: number;
  end: number;
  text: string;
  type: ClaimType | 'none';
  hedged: boolean;
  attribution: string | null;
  subject: string | null;
  authority: string | null;
}

/** Counts that add up over documents. */
export interface ClaimCounts {
  /** Labeled legal sentences, and how many of them a claim overlaps. */
  gold: number;
  found: number;
  /** Reported claims, and how many overlap only `none` sentences. */
  predicted: number;
  falsePositives: number;
  /** Of the found sentences: right type, right hedge flag. */
  typeRight: number;
  hedgeRight: number;
  /** Found sentences with a gold subject / authority / attribution, and how many we overlap. */
  subjectGold: number;
  subjectHit: number;
  authorityGold: number;
  authorityHit: number;
  attributionGold: number;
  attributionHit: number;
  /** Per gold type: [found, total, typeRight]. */
  perType: Record<string, [number, number, number]>;
}

/** Counts at zero, to add documents to. */
export function emptyCounts(): ClaimCounts {
  return {
    gold: 0,
    found: 0,
    predicted: 0,
    falsePositives: 0,
    typeRight: 0,
    hedgeRight: 0,
    subjectGold: 0,
    subjectHit: 0,
    authorityGold: 0,
    authorityHit: 0,
    attributionGold: 0,
    attributionHit: 0,
    perType: {},
  };
}

/** Lower-cased word set of a span, for a lenient "do these two spans overlap" test. */
function words(s: string): Set<string> {
  const stop = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'for', 'to', 'on', 'at', "'s"]);
  return new Set(
    s
      .toLowerCase()
      .replace(/[’']/g, "'")
      .split(/[^a-z0-9']+/)
      .filter((w) => w && !stop.has(w)),
  );
}

/** True when two field values share a content word ("Daum Kakao CEO" vs "Sirgoo Lee, CEO"). */
export function fieldOverlap(a: string | undefined | null, b: string | undefined | null): boolean {
  if (!a || !b) return false;
  const wa = words(a);
  for (const w of words(b)) if (wa.has(w)) return true;
  return false;
}

/** The claims that overlap a labeled sentence; the longest overlap first. */
function overlapping(claims: readonly Claim[], s: LabeledSentence): Claim[] {
  const hits = claims.filter((c) => c.quote.start < s.end && s.start < c.quote.end);
  const ov = (c: Claim): number => Math.min(c.quote.end, s.end) - Math.max(c.quote.start, s.start);
  return hits.sort((a, b) => ov(b) - ov(a));
}

/** Adds one document's scores to `into`. Claims and labels must index the same text. */
export function scoreDocument(
  into: ClaimCounts,
  labels: readonly LabeledSentence[],
  claims: readonly Claim[],
): void {
  for (const s of labels) {
    if (s.type === 'none') continue;
    into.gold++;
    const row = (into.perType[s.type] ??= [0, 0, 0]);
    row[1]++;
    const match = overlapping(claims, s)[0];
    if (!match) continue;
    into.found++;
    row[0]++;
    if (match.type === s.type) {
      into.typeRight++;
      row[2]++;
    }
    if (match.hedged === s.hedged) into.hedgeRight++;
    if (s.subject) {
      into.subjectGold++;
      if (fieldOverlap(match.subject, s.subject)) into.subjectHit++;
    }
    if (s.authority) {
      into.authorityGold++;
      if (fieldOverlap(match.authority, s.authority)) into.authorityHit++;
    }
    if (s.attribution) {
      into.attributionGold++;
      if (fieldOverlap(match.attribution, s.attribution)) into.attributionHit++;
    }
  }
  for (const c of claims) {
    into.predicted++;
    const hit = labels.filter((s) => c.quote.start < s.end && s.start < c.quote.end);
    if (hit.length > 0 && hit.every((s) => s.type === 'none')) into.falsePositives++;
  }
}

/** Headline numbers from the counts. */
export function summarize(c: ClaimCounts): {
  precision: number;
  recall: number;
  f1: number;
  typeAccuracy: number;
  hedgedAccuracy: number;
  subjectOverlap: number;
  authorityOverlap: number;
  attributionOverlap: number;
} {
  const div = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  const precision = div(c.predicted - c.falsePositives, c.predicted);
  const recall = div(c.found, c.gold);
  return {
    precision,
    recall,
    f1: div(2 * precision * recall, precision + recall),
    typeAccuracy: div(c.typeRight, c.found),
    hedgedAccuracy: div(c.hedgeRight, c.found),
    subjectOverlap: div(c.subjectHit, c.subjectGold),
    authorityOverlap: div(c.authorityHit, c.authorityGold),
    attributionOverlap: div(c.attributionHit, c.attributionGold),
  };
}
