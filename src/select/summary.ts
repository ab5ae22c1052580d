// Picks the sentences of a summary: scores every sentence, keeps the best N in article order.
// Where sentences end is the parser's job; printing the summary is the renderers'.
//
// A sentence's score blends two kinds of evidence:
//   score = (1 - r) · lead + r · (central + HEADLINE_WEIGHT · headline)
// - lead = exp(-i / LEAD_DECAY), i the sentence's 0-based position in the body: news is written
//   as an inverted pyramid, so the top of the story is its best short summary.
// - central = PageRank over the tf-idf cosine graph of the sentences' content words (centrality.ts),
//   scaled so the article's most central sentence has 1: what the body keeps coming back to.
// - headline = cosine with the headline, scaled the same way; a small tie-breaker.
// - r = N / (N + CENTRALITY_HALF), N the number of sentences asked for: a short summary is the
//   top of the pyramid; each further sentence has to come from lower down, where what the body
//   keeps repeating is the better guide. At N = CENTRALITY_HALF both count equally.
// On the evaluation corpus (eval/summary.ts) this picks the lead three of every CNN story and
// beats TextRank on the longer BBC summaries; see that script for the figures.
import type { Article, SummarySentence } from '../article.js';
import { sentencesOf } from '../parse/sentences.js';
import { centrality, contentTerms, dot, tfidfVectors } from './centrality.js';

/** How fast the lead prior decays, in sentences: the second sentence gets e^-1 of the first's. */
export const LEAD_DECAY = 1;
/** The summary length, in sentences, at which centrality and position weigh the same. */
export const CENTRALITY_HALF = 30;
/** The headline's weight relative to centrality. */
export const HEADLINE_WEIGHT = 0.1;

/** How long a summary should be: a number of sentences, or a share of the article's sentences. */
export type SummarySize = { count: number } | { percent: number };

/** A copy of the article whose `summary` holds its most informative sentences, in article order. */
export function summarize(article: Article, size: SummarySize): Article {
  const paragraphs = article.paragraphs.map(sentencesOf);
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  const count = summaryCount(total, size);
  const scores = scoreSentences(paragraphs, article.headline, count);
  const candidates: { score: number; order: number; at: SummarySentence }[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    paragraphs[p]!.forEach((text, s) => {
      const at = { text, paragraph: paragraph.number, sentence: s + 1 };
      candidates.push({ score: scores[p]![s]!, order: candidates.length, at });
    });
  });
  const chosen = candidates
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, count)
    .sort((a, b) => a.order - b.order)
    .map((c) => c.at);
  return { ...article, summary: chosen };
}

/** The number of sentences a size asks for, between 0 and the article's sentence count. */
export function summaryCount(total: number, size: SummarySize): number {
  const wanted = 'count' in size
    ? Math.floor(size.count)
    : Math.max(size.percent > 0 ? 1 : 0, Math.round((total * size.percent) / 100));
  return Math.min(total, Math.max(0, wanted));
}

/**
 * Scores every sentence (same shape as `paragraphs`) for a summary of `count` sentences; higher is
 * more worth keeping. Pure, so the evaluation can call it without building an Article.
 */
export function scoreSentences(paragraphs: string[][], headline: string | null, count: number): number[][] {
  const sentences = paragraphs.flat();
  const n = sentences.length;
  if (n === 0) return paragraphs.map(() => []);
  const docs = sentences.map(contentTerms);
  const headTerms = headline ? contentTerms(headline) : [];
  // The headline joins the idf statistics as one more document, but not the graph.
  const vectors = tfidfVectors(headTerms.length > 0 ? [...docs, headTerms] : docs);
  const headVector = headTerms.length > 0 ? vectors.pop()! : null;
  const central = scaleToMax(centrality(vectors));
  const head = headVector ? scaleToMax(vectors.map((v) => dot(v, headVector))) : vectors.map(() => 0);
  const r = count / (count + CENTRALITY_HALF);
  const flat = sentences.map(
    (_, i) => (1 - r) * Math.exp(-i / LEAD_DECAY) + r * (central[i]! + HEADLINE_WEIGHT * head[i]!),
  );
  let k = 0;
  return paragraphs.map((p) => p.map(() => flat[k++]!));
}

function scaleToMax(values: number[]): number[] {
  // A loop, not Math.max(...values): spreading a long article's sentences overflows the stack.
  const max = values.reduce((m, v) => (v > m ? v : m), 0);
  return max > 0 ? values.map((v) => v / max) : values.map(() => 0);
}
