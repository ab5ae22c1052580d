// Turns a hand-written case's paragraph strings into the model's Paragraphs, as the parser would
// number and split them. Corpus articles go through the real read and parse path instead.

import type { Paragraph } from '../src/article.js';
import { splitSentences } from '../src/parse/sentences.js';

/** Builds paragraphs numbered from 1, with whitespace folded and sentences split. */
export function toParagraphs(texts: readonly string[]): Paragraph[] {
  return texts
    .map((t) => t.replace(/\s+/gu, ' ').trim())
    .filter((t) => t !== '')
    .map((text, k) => ({ number: k + 1, text, sentences: splitSentences(text) }));
}
