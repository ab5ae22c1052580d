// Runs the selectors an invocation asked for, in a fixed order: sections, then summary, then
// quotes, then grep. Each selector is pure (Article → Article); this file only sequences them.
// The quote finder and the summarizer are imported only when asked for (prepareSelection): their
// word lists and patterns are a tenth of lede's start, which reading an article does not need.

import type { Article, ViewPart } from '../article.js';
import { grepArticle } from './grep.js';
import type { QuoteChoice } from './quotes.js';
import { selectSections, type SectionSpec } from './sections.js';
import type { SummarySize } from './summary.js';

type QuoteSelectors = typeof import('./quotes.js');
type Summarizer = typeof import('./summary.js');

let quoteSelectors: QuoteSelectors | undefined;
let summarizer: Summarizer | undefined;

/** What the user asked to see of each article, resolved from the flags. */
export interface Selection {
  sections: SectionSpec[] | null;
  /** `--summary`: how many sentences, or what share of them. */
  summary: SummarySize | null;
  /** `--quotes`: which quotations to list. */
  quotes: QuoteChoice | null;
  /** `--grep`: the compiled pattern, the sentences of context around each hit, and `-m`'s most hits an article shows. */
  grep: { re: RegExp; context: number; maxCount: number | null } | null;
}

/** Imports the selectors this selection needs, once; call before applySelection. */
export async function prepareSelection(selection: Selection): Promise<void> {
  if (selection.quotes) quoteSelectors ??= await import('./quotes.js');
  if (selection.summary) summarizer ??= await import('./summary.js');
}

/** A selector module prepareSelection loaded; using one it did not load is a bug in lede. */
function loaded<T>(module: T | undefined, what: string): T {
  if (!module) throw new Error(`${what} used before prepareSelection()`);
  return module;
}

/** Applies the selection to one article. Throws UsageError when a section is outside it. */
export function applySelection(article: Article, selection: Selection): Article {
  let a = article;
  if (selection.sections) a = selectSections(a, selection.sections);
  if (selection.summary) a = withSummaryInView(loaded(summarizer, 'the summarizer').summarize(a, selection.summary));
  if (selection.quotes) {
    const quotes = loaded(quoteSelectors, 'the quote finder');
    a = quotes.selectQuotes(a, selection.quotes);
    // With --quotes, --grep searches the quotes and their speakers rather than every sentence.
    if (selection.grep) return firstQuotes(quotes.grepQuotes(a, selection.grep.re), selection.grep.maxCount);
  }
  if (selection.grep) a = grepArticle(a, selection.grep.re, selection.grep.context, selection.grep.maxCount);
  return a;
}

/** `-m` with a quote search: the first `max` quotes kept. */
function firstQuotes(article: Article, max: number | null): Article {
  return max === null || !article.quotes || article.quotes.length <= max ? article : { ...article, quotes: article.quotes.slice(0, max) };
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
