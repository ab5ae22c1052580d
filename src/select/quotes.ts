// `--quotes`: narrows an article to its quotations (found by the quote scanner in parse/), and
// with `--grep` to the quotes whose words or speaker match. Printing them is the renderers' job.

import type { Article } from '../article.js';
import { findQuotes } from '../quotes/find.js';
import { matchRanges, sentenceBytes } from './grep.js';

/** Which quotations to list: direct quotes only, or scare quotes and titles too. */
export type QuoteChoice = 'direct' | 'all';

/** The article with `quotes` set and a view of just them. */
export function selectQuotes(article: Article, choice: QuoteChoice): Article {
  // A code block's string literals are not quotations.
  const prose = article.paragraphs.filter((p) => p.block?.kind !== 'code');
  return { ...article, quotes: findQuotes(prose, { all: choice === 'all' }), view: ['quotes'] };
}

/** Keeps the quotes whose text or speaker matches: "what did Putin say?". */
export function grepQuotes(article: Article, re: RegExp): Article {
  const quotes = (article.quotes ?? []).filter((q) => matchRanges(re, q.text).length > 0 || (q.speaker !== null && matchRanges(re, q.speaker).length > 0));
  return { ...article, quotes, bytesSearched: sentenceBytes(article) };
}
