// Small hand-built articles for renderer tests, so they do not depend on the parser.

import type { Article, Block, Link, Paragraph } from '../../src/article.js';

/** An article with the given paragraphs and optional fields. */
export function makeArticle(paragraphs: string[], fields: Partial<Article> = {}): Article {
  return {
    source: 'test',
    headline: 'A Headline',
    standfirst: null,
    date: { raw: 'Thu May 16 2024', iso: '2024-05-16' },
    dateline: null,
    byline: null,
    paragraphs: paragraphs.map((text, i) => ({ number: i + 1, text })),
    highlights: [],
    removed: [],
    words: paragraphs.join(' ').split(/\s+/).filter(Boolean).length,
    readingMinutes: 1,
    ...fields,
  };
}

/** A paragraph that is a Markdown block, with its plain-text lines read as its units. */
export function blockParagraph(number: number, kind: Block['kind'], markdown: string, lines: string[], units = lines): Paragraph {
  return { number, text: units.join(' '), sentences: units, block: { kind, markdown, lines } };
}

/** A prose paragraph holding one link, written `before words (url) after` as the parser writes it. */
export function linkedParagraph(number: number, before: string, words: string, url: string, after: string): Paragraph {
  const start = before.length;
  const text = `${before}${words} (${url})${after}`;
  const link: Link = { start, end: start + words.length + url.length + 3, label: words, url };
  return { number, text, links: [link] };
}
