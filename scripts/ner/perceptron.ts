/**
 * Averaged perceptron (Collins 2002) over the hashed features of
 * lib/entities/tagger/features.ts, decoded with the same Viterbi the extension runs, with or
 * without learned tag-to-tag transitions (structured vs. per-word; scripts/train-ner.ts says
 * which won and by how much). A CRF was not tried: its likelihood training costs a
 * forward-backward pass per sentence and many more passes, minutes per epoch on one shared
 * core, where this trains in seconds.
 */
import type { SentenceFeatures } from '../../lib/entities/tagger/features';
import { NTAGS, TAGS, viterbi, type Weights } from '../../lib/entities/tagger/model';

/** A training sentence with its features precomputed (hashes, unmasked) and gold tag indexes. */
export interface Example {
  feats: SentenceFeatures;
  gold: number[];
}

/** Seeded PRNG (mulberry32): the same seed gives the same shuffles, so the same weights. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function tagIndex(tag: string): number {
  const i = (TAGS as readonly string[]).indexOf(tag);
  if (i < 0) throw new Error(`unknown tag ${tag}`);
  return i;
}

/** Trainer state: current weights plus the running sums that averaging needs. */
export class Perceptron {
  readonly bits: number;
  readonly emit: Float64Array;
  readonly trans: Float64Array;
  private readonly emitSum: Float64Array;
  private readonly transSum: Float64Array;
  private c = 1;

  /** Without transitions each word is scored on its own; decoding still enforces IOB2. */
  private readonly transitions: boolean;

  constructor(bits: number, transitions: boolean) {
    this.bits = bits;
    this.transitions = transitions;
    this.emit = new Float64Array((1 << bits) * NTAGS);
    this.emitSum = new Float64Array(this.emit.length);
    this.trans = new Float64Array((NTAGS + 1) * NTAGS);
    this.transSum = new Float64Array(this.trans.length);
  }

  /** The live (not averaged) weights, as decoding wants them. */
  weights(): Weights {
    return { bits: this.bits, emit: this.emit, trans: this.trans };
  }

  /** One pass over `examples` in the given order; returns the number of wrong tokens. */
  epoch(examples: readonly Example[], order: readonly number[]): number {
    const mask = (1 << this.bits) - 1;
    const w = this.weights();
    let wrong = 0;
    for (const k of order) {
      const ex = examples[k]!;
      const pred = viterbi(ex.feats, w);
      let differs = false;
      for (let i = 0; i < pred.length; i++) if (pred[i] !== ex.gold[i]) differs = true;
      if (differs) {
        for (let i = 0; i < pred.length; i++) {
          const g = ex.gold[i]!;
          const p = pred[i]!;
          const gPrev = i === 0 ? NTAGS : ex.gold[i - 1]!;
          const pPrev = i === 0 ? NTAGS : pred[i - 1]!;
          if (g !== p) {
            wrong++;
            for (let j = ex.feats.start[i]!; j < ex.feats.start[i + 1]!; j++) {
              const b = (ex.feats.hashes[j]! & mask) * NTAGS;
              this.bump(this.emit, this.emitSum, b + g, 1);
              this.bump(this.emit, this.emitSum, b + p, -1);
            }
          }
          if (this.transitions && (g !== p || gPrev !== pPrev)) {
            this.bump(this.trans, this.transSum, gPrev * NTAGS + g, 1);
            this.bump(this.trans, this.transSum, pPrev * NTAGS + p, -1);
          }
        }
      }
      this.c++;
    }
    return wrong;
  }

  private bump(w: Float64Array, sum: Float64Array, i: number, d: number): void {
    w[i]! += d;
    sum[i]! += this.c * d;
  }

  /** The averaged weights (what ships): w − sum / c. */
  averaged(): { emit: Float64Array; trans: Float64Array } {
    const emit = new Float64Array(this.emit.length);
    for (let i = 0; i < emit.length; i++) emit[i] = this.emit[i]! - this.emitSum[i]! / this.c;
    const trans = new Float64Array(this.trans.length);
    for (let i = 0; i < trans.length; i++) trans[i] = this.trans[i]! - this.transSum[i]! / this.c;
    return { emit, trans };
  }
}
