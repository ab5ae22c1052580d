// ROUGE-1, ROUGE-2 and ROUGE-L F1 as Google's `rouge-score` computes them by default: lowercase,
// non-alphanumerics to spaces, no stemming, ROUGE-L over the whole token sequences (not Lsum).
// Aggregating over a corpus (a mean of per-article scores) is left to the caller.

/** F1 scores of one candidate against one reference, each in [0, 1]. */
export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

const NON_ALPHANUMERIC = /[^a-z0-9]+/g;

/** rouge-score's default tokenizer: lowercase, `[a-z0-9]+` runs, everything else a separator. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().replace(NON_ALPHANUMERIC, ' ').split(' ').filter((t) => t !== '');
}

/** ROUGE-1/2/L F1 of `candidate` against `reference`. */
export function rouge(reference: string, candidate: string): RougeScores {
  const ref = tokenize(reference);
  const cand = tokenize(candidate);
  return {
    rouge1: ngramF1(ref, cand, 1),
    rouge2: ngramF1(ref, cand, 2),
    rougeL: lcsF1(ref, cand),
  };
}

/** The harmonic mean of precision and recall, 0 when both are 0. */
export function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function ngramF1(ref: string[], cand: string[], n: number): number {
  const refCounts = ngramCounts(ref, n);
  const candCounts = ngramCounts(cand, n);
  let overlap = 0;
  for (const [gram, count] of candCounts) overlap += Math.min(count, refCounts.get(gram) ?? 0);
  // rouge-score divides by max(count, 1), so an empty side gives 0 rather than NaN.
  const refTotal = Math.max(ref.length - n + 1, 0);
  const candTotal = Math.max(cand.length - n + 1, 0);
  return fmeasure(overlap / Math.max(candTotal, 1), overlap / Math.max(refTotal, 1));
}

/** Length of the longest common subsequence, in two rows of the usual table. */
export function lcsLength(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

function lcsF1(ref: string[], cand: string[]): number {
  if (ref.length === 0 || cand.length === 0) return 0;
  const lcs = lcsLength(ref, cand);
  return fmeasure(lcs / cand.length, lcs / ref.length);
}
