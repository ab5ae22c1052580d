// `--quotes`: narrows an article to its quotations (found by the quote scanner in parse/), and
// with `--grep` to the quotes whose words or speaker match. Printing them is the renderers' job.

import type { Article, Quote } from '../article.js';
import { findQuotes } from '../quotes/find.js';
import { speakerName } from '../quotes/speaker-names.js';
import { colonCredit } from '../quotes/speakers.js';
import { matchRanges, sentenceBytes } from './grep.js';

/** Which quotations to list: direct quotes only, or scare quotes and titles too. */
export type QuoteChoice = 'direct' | 'all';

/** The article with `quotes` set and a view of just them. */
export function selectQuotes(article: Article, choice: QuoteChoice): Article {
  // A code block's string literals are not quotations.
  const prose = article.paragraphs.filter((p) => p.block?.kind !== 'code');
  const options = { all: choice === 'all' };
  return { ...article, quotes: [...headlineQuotes(article.headline, options), ...findQuotes(prose, options)], view: ['quotes'] };
}

/** The quotations of the headline (`Putin: "We will not yield"`), read on their own so that the headline's
 * names do not stand in for the body's pronouns; addressed as `headline`, paragraph and sentence 0. */
function headlineQuotes(headline: string | null, options: { all: boolean }): Quote[] {
  if (!headline) return [];
  const quotes = findQuotes([{ number: 0, text: headline }], options);
  // Most headlines quote no one: the credit is looked for only when there is a quotation to credit.
  if (quotes.length === 0) return [];
  // A headline credits by a name and a colon anywhere before the quote: `Sanders: Clinton needs to "…"`.
  const credit = colonCredit(headline, true);
  return quotes.map((q) => ({
    ...q,
    speaker: q.speaker ?? (credit && q.kind === 'direct' ? speakerName(credit.phrase) : null),
    cue: q.cue ?? (credit && q.kind === 'direct' && q.speaker === null ? ':' : null),
    paragraph: 0,
    sentence: 0,
    part: 'headline',
  }));
}

/** Keeps the quotes whose text or speaker matches: "what did Putin say?". */
export function grepQuotes(article: Article, re: RegExp): Article {
  const quotes = (article.quotes ?? []).filter((q) => matchRanges(re, q.text).length > 0 || (q.speaker !== null && matchRanges(re, q.speaker).length > 0));
  return { ...article, quotes, bytesSearched: sentenceBytes(article) };
}
