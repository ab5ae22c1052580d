// The baselines the summary selector is measured against: plain TextRank and Lead-N.
// Both take the article's sentences in order and return the chosen indices in article order.
import { tokenize } from './rouge.js';

/** PageRank's damping factor, as in the TextRank paper. */
export const DAMPING = 0.85;
const MAX_ITERATIONS = 100;
/** Convergence per node, as networkx's pagerank uses. */
const TOLERANCE = 1e-6;

/** The first `n` sentences. */
export function lead(sentences: string[], n: number): number[] {
  return sentences.slice(0, Math.max(0, n)).map((_, i) => i);
}

/** The `n` sentences with the highest TextRank score, in article order (ties: earlier first). */
export function textRank(sentences: string[], n: number): number[] {
  const scores = textRankScores(sentences);
  return topIndices(scores, n);
}

/** PageRank (d = 0.85) over the tf-idf cosine similarity graph of the sentences. */
export function textRankScores(sentences: string[]): number[] {
  return pageRank(similarityMatrix(tfidfVectors(sentences.map(tokenize))));
}

/**
 * tf-idf vectors, one per sentence, treating each sentence as a document: raw term counts times
 * scikit-learn's smoothed idf, ln((1 + N) / (1 + df)) + 1, then L2-normalized.
 */
export function tfidfVectors(docs: string[][]): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return docs.map((doc) => {
    const v = new Map<string, number>();
    for (const t of doc) v.set(t, (v.get(t) ?? 0) + 1);
    let norm = 0;
    for (const [t, tf] of v) {
      const w = tf * (Math.log((1 + n) / (1 + df.get(t)!)) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

/** Cosine similarities of unit vectors, with a zero diagonal (no self-loops). */
export function similarityMatrix(vectors: Map<string, number>[]): number[][] {
  const n = vectors.length;
  const sim = vectors.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const [small, large] = vectors[i]!.size < vectors[j]!.size ? [vectors[i]!, vectors[j]!] : [vectors[j]!, vectors[i]!];
      let dot = 0;
      for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
      sim[i]![j] = dot;
      sim[j]![i] = dot;
    }
  }
  return sim;
}

/** Weighted PageRank by power iteration; a node without edges spreads its rank evenly. */
export function pageRank(weights: number[][], damping = DAMPING): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const outWeight = weights.map((row) => row.reduce((a, b) => a + b, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (outWeight[i] === 0) dangling += rank[i]!;
    const next = new Array<number>(n).fill((1 - damping) / n + (damping * dangling) / n);
    for (let i = 0; i < n; i++) {
      if (outWeight[i] === 0) continue;
      const share = (damping * rank[i]!) / outWeight[i]!;
      const row = weights[i]!;
      for (let j = 0; j < n; j++) if (row[j]! > 0) next[j]! += share * row[j]!;
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(next[i]! - rank[i]!);
    rank = next;
    if (change < n * TOLERANCE) break;
  }
  return rank;
}

/** Indices of the `n` highest scores, returned in ascending index order; ties go to the earlier. */
export function topIndices(scores: number[], n: number): number[] {
  return scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, Math.max(0, n))
    .map((x) => x.index)
    .sort((a, b) => a - b);
}
