import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paragraphNumbered } from '../../src/render/view.js';
import { makeArticle } from '../helpers/articles.js';

describe('paragraphNumbered', () => {
  const article = makeArticle(['One.', 'Two.', 'Three.', 'Four.', 'Five.']);

  it('finds a paragraph by its number in a whole article', () => {
    for (const n of [1, 3, 5]) assert.equal(paragraphNumbered(article, n).text, article.paragraphs[n - 1]!.text);
  });

  it('finds it by number, not place, once a selection has dropped some', () => {
    const picked = { ...article, paragraphs: article.paragraphs.filter((p) => [1, 2, 4, 5].includes(p.number)) };
    assert.deepEqual([1, 2, 4, 5].map((n) => paragraphNumbered(picked, n).text), ['One.', 'Two.', 'Four.', 'Five.']);
  });

  it('throws for a number the article does not have', () => {
    const picked = { ...article, paragraphs: article.paragraphs.slice(1) };
    assert.throws(() => paragraphNumbered(picked, 1), /does not have/);
  });
});
