import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderJson } from '../../src/render/json.js';
import { makeArticle } from '../helpers/articles.js';

const opts = { width: 80, color: 0 as const, numbers: false, withFileNames: false, compact: false, hyperlinks: false };

describe('json view', () => {
  it('has the documented keys in a stable order', () => {
    const keys = Object.keys(JSON.parse(renderJson(makeArticle(['x']), opts)));
    assert.deepEqual(keys, ['source', 'url', 'headline', 'standfirst', 'date', 'dateline', 'byline', 'words', 'readingMinutes', 'paragraphs', 'highlights', 'removed']);
  });

  it('gives the standfirst after the headline, as written, or null', () => {
    assert.equal(JSON.parse(renderJson(makeArticle(['x']), opts)).standfirst, null);
    const out = JSON.parse(renderJson(makeArticle(['x'], { standfirst: 'Ferries will run every ten minutes' }), opts));
    assert.equal(out.standfirst, 'Ferries will run every ten minutes');
  });

  it('gives only the standfirst for --section standfirst', () => {
    const a = makeArticle(['x'], { standfirst: 'A dek', view: ['standfirst'] });
    assert.deepEqual(JSON.parse(renderJson(a, opts)), { source: 'test', standfirst: 'A dek' });
  });

  it('indents by two spaces and ends with a newline', () => {
    const out = renderJson(makeArticle(['x']), opts);
    assert.ok(out.startsWith('{\n  "source": "test",'));
    assert.ok(out.endsWith('}\n'));
  });

  it('prints one line when compact', () => {
    const out = renderJson(makeArticle(['x']), { ...opts, compact: true });
    assert.equal(out.split('\n').length, 2);
  });

  it('escapes C0, DEL and C1 controls so none reaches a terminal raw', () => {
    const out = renderJson(makeArticle(['a\u001b[2Jb\u009bc\u007fd\u2028e']), opts);
    assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028]/.test(out));
    assert.equal(JSON.parse(out).paragraphs[0].text, 'a\u001b[2Jb\u009bc\u007fd\u2028e');
  });

  it('gives url as null when the article has none, and as written when it has one', () => {
    assert.equal(JSON.parse(renderJson(makeArticle(['x']), opts)).url, null);
    assert.equal(JSON.parse(renderJson(makeArticle(['x'], { url: 'https://example.com/a' }), opts)).url, 'https://example.com/a');
  });

  it('adds kind to a Markdown block’s paragraph, and only to those', () => {
    const a = makeArticle(['Prose.', 'one two'], {});
    a.paragraphs[1] = { ...a.paragraphs[1]!, block: { kind: 'list', markdown: '- one\n- two', lines: ['- one', '- two'] } };
    assert.deepEqual(JSON.parse(renderJson(a, opts)).paragraphs, [{ number: 1, text: 'Prose.' }, { number: 2, text: 'one two', kind: 'list' }]);
    assert.deepEqual(JSON.parse(renderJson({ ...a, view: [2] }, opts)).paragraphs, [{ number: 2, text: 'one two', kind: 'list' }]);
  });
});
