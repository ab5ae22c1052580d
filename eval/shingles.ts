// The article-extraction benchmark's scorer (scrapinghub/article-extraction-benchmark evaluate.py),
// as ../shared/corpus/html-bench/README.md describes it: 4-token shingles, per-page counts divided
// by their sum, precision and recall averaged over pages, F1 of the two means.

/** Runs of letters, digits and underscores, as Python's `\w+`. */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

/** The multiset of a text's 4-token windows (a text of 1-3 tokens is one short shingle). */
export function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const add = (s: string) => counts.set(s, (counts.get(s) ?? 0) + 1);
  if (tokens.length === 0) return counts;
  if (tokens.length < SHINGLE) add(tokens.join(' '));
  else for (let i = 0; i + SHINGLE <= tokens.length; i++) add(tokens.slice(i, i + SHINGLE).join(' '));
  return counts;
}

/** One page's true positives, false positives and false negatives, divided by their sum. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Scores one page's predicted text against the truth. */
export function pageCounts(predicted: string, truth: string): PageCounts {
  const p = shingles(predicted);
  const t = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, n] of p) {
    const m = t.get(s) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [s, m] of t) fn += Math.max(0, m - (p.get(s) ?? 0));
  const sum = tp + fp + fn;
  return sum === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

/** Exact token-sequence equality: the benchmark's accuracy. */
export function exactTokens(predicted: string, truth: string): boolean {
  const a = predicted.match(TOKEN) ?? [];
  const b = truth.match(TOKEN) ?? [];
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** The set's figures. */
export interface SetScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

/** evaluate.py's precision_score and recall_score: 1 when nothing is wrong, 0 when nothing is right. */
function ratio(right: number, wrong: number, otherWrong: number): number {
  if (wrong === 0 && otherWrong === 0) return 1;
  if (right === 0 && wrong === 0) return 0;
  return right / (right + wrong);
}

/**
 * Precision is the mean of page precisions over pages with predicted shingles; recall the mean of
 * page recalls over pages with true shingles (an empty prediction counts 0); F1 the harmonic mean
 * of the two means, as evaluate.py's metrics_from_tp_fp_fns.
 */
export function setScore(pages: { predicted: string; truth: string }[]): SetScore {
  const precisions: number[] = [];
  const recalls: number[] = [];
  let exact = 0;
  for (const { predicted, truth } of pages) {
    const { tp, fp, fn } = pageCounts(predicted, truth);
    if (tp + fp > 0) precisions.push(ratio(tp, fp, fn));
    if (tp + fn > 0) recalls.push(ratio(tp, fn, fp));
    if (exactTokens(predicted, truth)) exact++;
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, accuracy: pages.length ? exact / pages.length : 0 };
}
