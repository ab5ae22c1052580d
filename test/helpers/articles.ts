// Small hand-built articles for renderer tests, so they do not depend on the parser.

import type { Article } from '../../src/article.js';
import { splitSentences } from '../../src/parse/sentences.js';

/** An article with the given paragraphs and optional fields. */
export function makeArticle(paragraphs: string[], fields: Partial<Article> = {}): Article {
  return {
    source: 'test',
    headline: 'A Headline',
    date: { raw: 'Thu May 16 2024', iso: '2024-05-16' },
    dateline: null,
    byline: null,
    paragraphs: paragraphs.map((text, i) => ({ number: i + 1, text, sentences: splitSentences(text) })),
    highlights: [],
    removed: [],
    words: paragraphs.join(' ').split(/\s+/).filter(Boolean).length,
    readingMinutes: 1,
    ...fields,
  };
}
