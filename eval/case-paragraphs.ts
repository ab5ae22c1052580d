// Turns a hand-written case's paragraph strings into the model's Paragraphs, as the parser would
// number them (prose keeps no sentences: sentencesOf splits them when asked). Corpus articles go through the real read and parse path instead.

import type { Paragraph } from '../src/article.js';

/** Builds paragraphs numbered from 1, with whitespace folded. */
export function toParagraphs(texts: readonly string[]): Paragraph[] {
  return texts
    .map((t) => t.replace(/\s+/gu, ' ').trim())
    .filter((t) => t !== '')
    .map((text, k) => ({ number: k + 1, text }));
}
