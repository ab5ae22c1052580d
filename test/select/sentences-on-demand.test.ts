// The parser keeps no sentences for prose (a plain reading of a long article never builds them);
// the selectors split them on demand. Pins that this gives exactly what sentences stored on every
// paragraph at parse time gave.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import type { Article } from '../../src/article.js';
import { parseArticle, prepareParse } from '../../src/parse/index.js';
import { splitSentences } from '../../src/parse/sentences.js';
import { grepStats } from '../../src/render/grep-json.js';
import { compilePattern, grepArticle } from '../../src/select/grep.js';
import { selectQuotes } from '../../src/select/quotes.js';
import { summarize } from '../../src/select/summary.js';
import { BUNDLED_ARTICLE, fixture } from '../helpers/paths.js';

/** The article with every paragraph's sentences stored, as the parser once stored them. */
function eager(article: Article): Article {
  return { ...article, paragraphs: article.paragraphs.map((p) => ({ ...p, sentences: p.sentences ?? splitSentences(p.text) })) };
}

const FILES = [BUNDLED_ARTICLE, fixture('cnn-layout-story.txt'), fixture('hard-wrapped.txt'), fixture('clipped-article.md')];
const articles: Article[] = [];

before(async () => {
  for (const path of FILES) {
    const text = readFileSync(path, 'utf8');
    await prepareParse(path, text);
    articles.push(parseArticle(path, text));
  }
});

describe('sentences on demand', () => {
  it('the parser stores sentences for Markdown blocks only', () => {
    for (const a of articles) for (const p of a.paragraphs) assert.equal(p.sentences !== undefined, p.block !== undefined, `${a.source} ¶${p.number}`);
  });

  it('summaries are the same as with stored sentences', () => {
    for (const a of articles) {
      for (const count of [1, 3, 8]) assert.deepEqual(summarize(a, { count }).summary, summarize(eager(a), { count }).summary);
    }
  });

  it('searches find the same sentences and count the same bytes', () => {
    const re = compilePattern({ pattern: 'the|said', ignoreCase: true, fixed: false, wordRegexp: false });
    for (const a of articles) {
      const lazy = grepArticle(a, re, 1);
      const stored = grepArticle(eager(a), re, 1);
      assert.deepEqual(lazy.matches, stored.matches);
      assert.deepEqual(grepStats(lazy), grepStats(stored));
    }
  });

  it('quotations get the same sentence numbers', () => {
    for (const a of articles) assert.deepEqual(selectQuotes(a, 'all').quotes, selectQuotes(eager(a), 'all').quotes);
  });
});
