// Which parts of an article a renderer prints, in order: the selection's view when there is one,
// otherwise headline, standfirst, meta, a story's highlights and every paragraph (or the summary in
// their place); for a search, only the sentences found; for a text that was nothing but
// furniture, the lines taken out.

import type { Article, Paragraph, ViewPart } from '../article.js';

/** The parts to print, in order. */
export function viewOf(article: Article): ViewPart[] {
  if (article.view) return article.view;
  if (article.matches) return ['matches'];
  // A text with no body (all furniture, highlights only, a bare dateline): show what it does have
  // rather than print nothing.
  if (article.paragraphs.length === 0 && !article.summary) {
    const parts: ViewPart[] = ['headline', 'standfirst', 'meta', 'dateline', 'highlights'];
    return article.headline === null && !article.dateline && article.highlights.length === 0 ? ['removed'] : parts;
  }
  if (article.summary) return ['headline', 'standfirst', 'meta', 'summary'];
  // A CNN story's highlights stand under the meta line, a short list, as the site printed them.
  return ['headline', 'standfirst', 'meta', ...(article.highlights.length ? (['highlights'] as const) : []), ...article.paragraphs.map((p) => p.number)];
}

// Keyed by the paragraphs array, which pages of one long article share, so it is built once.
const byNumber = new WeakMap<Paragraph[], Map<number, Paragraph>>();

/** The paragraph with this number; the view only names paragraphs the article keeps. */
export function paragraphNumbered(article: Article, n: number): Paragraph {
  // Unless a selection dropped some, paragraph n is at n - 1: no index to build for a long article.
  const at = article.paragraphs[n - 1];
  if (at?.number === n) return at;
  let index = byNumber.get(article.paragraphs);
  if (!index) byNumber.set(article.paragraphs, (index = new Map(article.paragraphs.map((p) => [p.number, p]))));
  const p = index.get(n);
  if (!p) throw new Error(`view names paragraph ${n}, which the article does not have`);
  return p;
}
