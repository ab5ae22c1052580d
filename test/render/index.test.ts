import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { RenderOptions } from '../../src/render/options.js';
import { PAGE_CHARS, renderPages, RENDERERS } from '../../src/render/index.js';
import { loadStyles } from '../../src/render/theme.js';
import { makeArticle } from '../helpers/articles.js';

before(loadStyles);

const opts = (o: Partial<RenderOptions> = {}): RenderOptions => ({ width: 0, color: 0, numbers: false, withFileNames: false, compact: false, hyperlinks: false, ...o });

/** An article of `count` paragraphs of varied length, about `count * 300` characters of text. */
function longArticle(count: number) {
  const sentence = '“We have no limits,” said Sen. Jane Doe — in Zürich. ';
  return makeArticle(Array.from({ length: count }, (_, i) => sentence.repeat(1 + (i % 9)).trim()), { dateline: { raw: 'LONDON —', place: 'LONDON', agency: null } });
}

describe('renderPages', () => {
  const article = longArticle(1200);

  it('gives exactly the whole render, page by page, in every paragraph format and option', () => {
    for (const format of ['plain', 'terminal', 'markdown'] as const) {
      for (const o of [opts(), opts({ width: 60, color: 3 }), opts({ width: 72, numbers: true })]) {
        const pages = [...renderPages(article, format, o)];
        assert.ok(pages.length > 1, `${format}: paged`);
        assert.equal(pages.join(''), RENDERERS[format](article, o), format);
      }
    }
  });

  it('keeps each page near PAGE_CHARS, so no page string is a large object', () => {
    for (const page of renderPages(article, 'plain', opts())) assert.ok(page.length <= PAGE_CHARS + 1000, `${page.length}`);
  });

  it('puts a paragraph longer than a page on a page of its own', () => {
    const a = makeArticle(['Short one.', 'x '.repeat(PAGE_CHARS).trim(), 'Short two.']);
    const pages = [...renderPages(a, 'plain', opts())];
    assert.equal(pages.join(''), RENDERERS.plain(a, opts()));
    assert.equal(pages.length, 3);
  });

  it('renders a short article, JSON and a selection whole', () => {
    assert.equal([...renderPages(longArticle(3), 'plain', opts())].length, 1);
    assert.equal([...renderPages(article, 'json', opts())].length, 1);
    assert.equal([...renderPages({ ...article, view: ['headline', 1, 2] }, 'plain', opts())].length, 1);
  });
});
