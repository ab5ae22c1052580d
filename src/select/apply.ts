// Runs the selectors an invocation asked for, in a fixed order: sections, then summary, then
// quotes, then grep. Each selector is pure (Article → Article); this file only sequences them.

import type { Article, ViewPart } from '../article.js';
import { grepArticle } from './grep.js';
import { grepQuotes, selectQuotes, type QuoteChoice } from './quotes.js';
import { selectSections, type SectionSpec } from './sections.js';
import { summarize, type SummarySize } from './summary.js';

/** What the user asked to see of each article, resolved from the flags. */
export interface Selection {
  sections: SectionSpec[] | null;
  /** `--summary`: how many sentences, or what share of them. */
  summary: SummarySize | null;
  /** `--quotes`: which quotations to list. */
  quotes: QuoteChoice | null;
  /** `--grep`: the compiled pattern and the sentences of context around each hit. */
  grep: { re: RegExp; context: number } | null;
}

/** Applies the selection to one article. Throws UsageError when a section is outside it. */
export function applySelection(article: Article, selection: Selection): Article {
  let a = article;
  if (selection.sections) a = selectSections(a, selection.sections);
  if (selection.summary) a = withSummaryInView(summarize(a, selection.summary));
  if (selection.quotes) a = selectQuotes(a, selection.quotes);
  // With --quotes, --grep searches the quotes and their speakers rather than every sentence.
  if (selection.grep) a = selection.quotes ? grepQuotes(a, selection.grep.re) : grepArticle(a, selection.grep.re, selection.grep.context);
  return a;
}

/** With sections picked, the summary stands where the first picked paragraph stood. */
function withSummaryInView(article: Article): Article {
  if (!article.view) return article;
  const first = article.view.findIndex((p) => typeof p === 'number');
  if (first < 0) return article;
  const view: ViewPart[] = article.view.filter((p) => typeof p !== 'number');
  view.splice(first, 0, 'summary');
  return { ...article, view };
}
