/**
 * Scores claims against sentence labels the way ../shared/corpora/README.md describes: a
 * labeled legal sentence is found when a reported claim overlaps it; a claim that overlaps only
 * `none` sentences is a false positive. Pure, so tests and benchmarks can share it.
 *
 * Field scores (subject, authority, attribution) are computed on found sentences only, and
 * compare the claim's field with the label's span after {@link fieldWords} normalisation:
 * - `hit` ("found", the acceptance metric): the label is non-null and the two spans share at
 *   least one content word ("Daum Kakao CEO" vs "Sirgoo Lee, CEO of Daum Kakao").
 * - `exact`: the label is non-null and the two content-word sets are equal.
 * - `f1`: token F1 of the two content-word sets, summed over rows with a non-null label.
 * - `spurious`: the label is null but the claim fills the field (not counted in `hit`).
 * - `bothNull`: neither fills it. `agree` rates count these as correct; `hit` rates do not.
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

/** The span fields we score. */
export type ScoredField = 'subject' | 'authority' | 'attribution';

/** The span fields we score, in print order. */
export const SCORED_FIELDS: readonly ScoredField[] = ['subject', 'authority', 'attribution'];

/** Counts for one span field over found sentences. See the file comment for the definitions. */
export interface FieldCounts {
  /** Found sentences whose label fills the field. */
  gold: number;
  /** Claims that fill the field, on found sentences. */
  predicted: number;
  hit: number;
  exact: number;
  /** Sum of per-row token F1 over the `gold` rows. */
  f1: number;
  spurious: number;
  bothNull: number;
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
  /** The fuller per-field counts (the six numbers above are copies, kept for old callers). */
  fields: Record<ScoredField, FieldCounts>;
  /** Per gold type: [found, total, typeRight]. */
  perType: Record<string, [number, number, number]>;
  /** Found sentences: confusion[gold][predicted] = count. */
  confusion: Record<string, Record<string, number>>;
  /** Hedge confusion on found sentences: [gold true & claim true, gold true & claim false, gold false & claim true]. */
  hedgeTrueTrue: number;
  hedgeMissed: number;
  hedgeSpurious: number;
}

function emptyField(): FieldCounts {
  return { gold: 0, predicted: 0, hit: 0, exact: 0, f1: 0, spurious: 0, bothNull: 0 };
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
    fields: { subject: emptyField(), authority: emptyField(), attribution: emptyField() },
    perType: {},
    confusion: {},
    hedgeTrueTrue: 0,
    hedgeMissed: 0,
    hedgeSpurious: 0,
  };
}

/** Words that never count as content: articles, a few prepositions, the possessive ending. */
const FIELD_STOPWORDS = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'for', 'to', 'on', 'at', "'s"]);

/**
 * The content words of a span: lower-cased runs of [a-z0-9'] (curly apostrophes folded), minus
 * {@link FIELD_STOPWORDS}, with a trailing possessive "'s" / "'" dropped ("Assange's" → "assange").
 */
export function fieldWords(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .replace(/[’']/g, "'")
      .split(/[^a-z0-9']+/)
      .map((w) => w.replace(/'s$|'$/, '').replace(/^'/, ''))
      .filter((w) => w && !FIELD_STOPWORDS.has(w)),
  );
}

/** True when two field values share a content word ("Daum Kakao CEO" vs "Sirgoo Lee, CEO"). */
export function fieldOverlap(a: string | undefined | null, b: string | undefined | null): boolean {
  if (!a || !b) return false;
  const wa = fieldWords(a);
  for (const w of fieldWords(b)) if (wa.has(w)) return true;
  return false;
}

/** Token F1 of the content-word sets of a prediction and a label (0 when either is empty). */
export function fieldF1(pred: string | undefined | null, gold: string | undefined | null): number {
  if (!pred || !gold) return 0;
  const p = fieldWords(pred);
  const g = fieldWords(gold);
  if (p.size === 0 || g.size === 0) return 0;
  let common = 0;
  for (const w of p) if (g.has(w)) common++;
  if (common === 0) return 0;
  const precision = common / p.size;
  const recall = common / g.size;
  return (2 * precision * recall) / (precision + recall);
}

/** The claims that overlap a labeled sentence; the longest overlap first. */
function overlapping(claims: readonly Claim[], s: LabeledSentence): Claim[] {
  const hits = claims.filter((c) => c.quote.start < s.end && s.start < c.quote.end);
  const ov = (c: Claim): number => Math.min(c.quote.end, s.end) - Math.max(c.quote.start, s.start);
  return hits.sort((a, b) => ov(b) - ov(a));
}

function scoreField(into: FieldCounts, pred: string | undefined, gold: string | null): void {
  if (pred) into.predicted++;
  if (!gold) {
    if (pred) into.spurious++;
    else into.bothNull++;
    return;
  }
  into.gold++;
  if (fieldOverlap(pred, gold)) into.hit++;
  const f1 = fieldF1(pred, gold);
  into.f1 += f1;
  if (f1 === 1) into.exact++;
}

/** A found sentence and the claim that matched it, for error listings. */
export interface FoundPair {
  label: LabeledSentence;
  claim: Claim;
}

/**
 * Adds one document's scores to `into`. Claims and labels must index the same text.
 * `onFound` sees every found labeled sentence with its best-overlapping claim.
 */
export function scoreDocument(
  into: ClaimCounts,
  labels: readonly LabeledSentence[],
  claims: readonly Claim[],
  onFound?: (pair: FoundPair) => void,
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
    const conf = (into.confusion[s.type] ??= {});
    conf[match.type] = (conf[match.type] ?? 0) + 1;
    if (match.type === s.type) {
      into.typeRight++;
      row[2]++;
    }
    if (match.hedged === s.hedged) into.hedgeRight++;
    if (s.hedged && match.hedged) into.hedgeTrueTrue++;
    if (s.hedged && !match.hedged) into.hedgeMissed++;
    if (!s.hedged && match.hedged) into.hedgeSpurious++;
    for (const f of SCORED_FIELDS) scoreField(into.fields[f], match[f], s[f]);
    onFound?.({ label: s, claim: match });
  }
  into.subjectGold = into.fields.subject.gold;
  into.subjectHit = into.fields.subject.hit;
  into.authorityGold = into.fields.authority.gold;
  into.authorityHit = into.fields.authority.hit;
  into.attributionGold = into.fields.attribution.gold;
  into.attributionHit = into.fields.attribution.hit;
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
