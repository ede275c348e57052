/**
 * Span scoring for PER / ORG / LOC, shared by the training script's dev report and
 * bench/ner.ts.
 *
 *   strict   a predicted span counts when a gold span has the same type and the same
 *            first and last token (CoNLL's rule).
 *   lenient  a predicted span counts when it overlaps a gold span of the same type that no
 *            other prediction has matched (one-to-one, so splitting a name in two does not
 *            score twice).
 */

/** Types scored; MISC and anything else is ignored on both sides. */
export const SCORED = ['PER', 'ORG', 'LOC'] as const;
export type ScoredType = (typeof SCORED)[number];

export interface Span {
  from: number;
  /** Exclusive. */
  to: number;
  type: string;
}

/** Spans of an IOB2 (or IOB1) tag sequence; a stray "I-" opens a span. */
export function spansOf(tags: readonly string[]): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
  tags.forEach((t, i) => {
    const type = t === 'O' ? '' : t.slice(2);
    if (cur && (t === 'O' || t.startsWith('B-') || type !== cur.type)) {
      out.push(cur);
      cur = null;
    }
    if (t !== 'O' && !cur) cur = { from: i, to: i + 1, type };
    else if (cur) cur.to = i + 1;
  });
  if (cur) out.push(cur);
  return out;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Accumulates true/false positives per type and mode over many sentences. */
export class Scorer {
  readonly strict = new Map<string, Counts>();
  readonly lenient = new Map<string, Counts>();

  constructor() {
    for (const t of SCORED) {
      this.strict.set(t, { tp: 0, fp: 0, fn: 0 });
      this.lenient.set(t, { tp: 0, fp: 0, fn: 0 });
    }
  }

  /** Adds one sentence's gold and predicted spans. */
  add(gold: readonly Span[], pred: readonly Span[]): void {
    const g = gold.filter((s) => this.strict.has(s.type));
    const p = pred.filter((s) => this.strict.has(s.type));
    const exact = new Set(g.map((s) => `${s.type}:${s.from}:${s.to}`));
    for (const s of p) this.strict.get(s.type)![exact.has(`${s.type}:${s.from}:${s.to}`) ? 'tp' : 'fp']++;
    const pk = new Set(p.map((s) => `${s.type}:${s.from}:${s.to}`));
    for (const s of g) if (!pk.has(`${s.type}:${s.from}:${s.to}`)) this.strict.get(s.type)!.fn++;
    const used = new Set<Span>();
    for (const s of p) {
      const m = g.find((x) => !used.has(x) && x.type === s.type && x.from < s.to && s.from < x.to);
      if (m) used.add(m);
      this.lenient.get(s.type)![m ? 'tp' : 'fp']++;
    }
    for (const s of g) if (!used.has(s)) this.lenient.get(s.type)!.fn++;
  }

  /** F1 for one type, or micro-averaged over all types when `type` is omitted. */
  f1(mode: 'strict' | 'lenient', type?: string): { p: number; r: number; f1: number } {
    const table = this[mode];
    const c = { tp: 0, fp: 0, fn: 0 };
    for (const [t, x] of table) {
      if (type && t !== type) continue;
      c.tp += x.tp;
      c.fp += x.fp;
      c.fn += x.fn;
    }
    const p = c.tp / Math.max(1, c.tp + c.fp);
    const r = c.tp / Math.max(1, c.tp + c.fn);
    return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
  }
}
