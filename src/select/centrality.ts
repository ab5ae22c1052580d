// Lexical centrality of sentences: tf-idf vectors over content words, their cosine-similarity graph,
// and PageRank over it. Position, headlines and how many sentences to keep are summary.ts's concern.
import { STOPWORDS } from './stopwords.js';

/** PageRank's damping factor, as in TextRank. */
export const DAMPING = 0.85;
const MAX_ITERATIONS = 100;
/** Per-node convergence threshold, as networkx uses. */
const TOLERANCE = 1e-6;

/** A sparse vector: term ids in ascending order and their weights. */
export interface SparseVector {
  ids: number[];
  weights: number[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased words of a text, function words left out. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const [word] of text.toLowerCase().matchAll(WORD)) if (!STOPWORDS.has(word)) out.push(word);
  return out;
}

/**
 * L2-normalized tf-idf vectors, each document (here: a sentence) against the others: raw counts
 * times the smoothed idf ln((1 + N) / (1 + df)) + 1.
 */
export function tfidfVectors(docs: string[][]): SparseVector[] {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const counted = docs.map((doc) => {
    const counts = new Map<number, number>();
    for (const term of doc) {
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
        df.push(0);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const id of counts.keys()) df[id]!++;
    return counts;
  });
  const n = docs.length;
  return counted.map((counts) => {
    const entries = [...counts].sort((a, b) => a[0] - b[0]);
    const weights = entries.map(([id, tf]) => tf * (Math.log((1 + n) / (1 + df[id]!)) + 1));
    const norm = Math.hypot(...weights);
    return { ids: entries.map(([id]) => id), weights: norm > 0 ? weights.map((w) => w / norm) : weights };
  });
}

/** The dot product of two sparse vectors (their cosine, as they are unit length). */
export function dot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Adds `scale · v` into a dense accumulator indexed by term id. */
function addScaled(into: Float64Array, v: SparseVector, scale: number): void {
  for (let k = 0; k < v.ids.length; k++) into[v.ids[k]!]! += scale * v.weights[k]!;
}

/** The dot product of a sparse vector with a dense one. */
function dotDense(v: SparseVector, dense: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < v.ids.length; k++) sum += v.weights[k]! * dense[v.ids[k]!]!;
  return sum;
}

/**
 * PageRank of each sentence in the cosine-similarity graph of its tf-idf vector (no self-loops).
 * The graph is never built: with X the matrix of sentence vectors, the edge weights are
 * X·Xᵀ − diag(|xᵢ|²), so each power-iteration step is two sparse products, X·(Xᵀ·r), in time and
 * memory linear in the article (a dense n×n matrix took gigabytes at tens of thousands of
 * sentences). The result is the dense computation's, up to rounding; `pageRank` below is that.
 */
export function centrality(vectors: SparseVector[], damping = DAMPING): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  const terms = vectors.reduce((m, v) => v.ids.reduce((a, id) => Math.max(a, id + 1), m), 0);
  const selfWeight = vectors.map((v) => v.weights.reduce((a, w) => a + w * w, 0));
  const total = new Float64Array(terms);
  for (const v of vectors) addScaled(total, v, 1);
  // Each sentence's out-weight: its similarity to every other sentence.
  const outWeight = vectors.map((v, i) => Math.max(0, dotDense(v, total) - selfWeight[i]!));
  let rank = new Float64Array(n).fill(1 / n);
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    let dangling = 0;
    const shares = new Float64Array(n);
    const spread = new Float64Array(terms);
    for (let i = 0; i < n; i++) {
      // Edges this small are rounding noise of a sentence that shares nothing with the others.
      if (outWeight[i]! <= 1e-12) dangling += rank[i]!;
      else {
        shares[i] = (damping * rank[i]!) / outWeight[i]!;
        addScaled(spread, vectors[i]!, shares[i]!);
      }
    }
    const base = (1 - damping) / n + (damping * dangling) / n;
    const next = new Float64Array(n);
    let change = 0;
    for (let j = 0; j < n; j++) {
      next[j] = base + dotDense(vectors[j]!, spread) - shares[j]! * selfWeight[j]!;
      change += Math.abs(next[j]! - rank[j]!);
    }
    rank = next;
    if (change < n * TOLERANCE) break;
  }
  return [...rank];
}

/**
 * Weighted PageRank by power iteration over a dense n×n matrix (row i: edges out of node i);
 * a node without edges spreads its rank evenly.
 */
export function pageRank(weights: Float64Array, n: number, damping = DAMPING): number[] {
  if (n === 0) return [];
  const outWeight = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) outWeight[i]! += weights[i * n + j]!;
  let rank = new Float64Array(n).fill(1 / n);
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (outWeight[i] === 0) dangling += rank[i]!;
    const next = new Float64Array(n).fill((1 - damping) / n + (damping * dangling) / n);
    for (let i = 0; i < n; i++) {
      if (outWeight[i] === 0) continue;
      const share = (damping * rank[i]!) / outWeight[i]!;
      for (let j = 0; j < n; j++) next[j]! += share * weights[i * n + j]!;
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(next[i]! - rank[i]!);
    rank = next;
    if (change < n * TOLERANCE) break;
  }
  return [...rank];
}
