import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countWords, finishArticle, takeLeadDateline } from '../../src/parse/draft.js';

const prose = (text: string) => ({ text, sentences: [text] });
const empty = { url: null, headline: null, date: null, dateline: null, byline: null, highlights: [], removed: [] };

describe('finishArticle', () => {
  it('numbers the paragraphs and counts the words, the dateline’s included', () => {
    const a = finishArticle('s', { ...empty, dateline: { raw: 'LONDON —', place: 'LONDON', agency: null }, paragraphs: [prose('One two.'), prose('Three.')] });
    assert.deepEqual(a.paragraphs.map((p) => p.number), [1, 2]);
    assert.equal(a.words, 5);
    assert.equal(a.readingMinutes, 1);
  });

  it('sets url only when there is one', () => {
    assert.equal('url' in finishArticle('s', { ...empty, paragraphs: [] }), false);
    assert.equal(finishArticle('s', { ...empty, url: 'https://example.com', paragraphs: [] }).url, 'https://example.com');
  });
});

describe('takeLeadDateline', () => {
  it('takes the dateline off a prose lead', () => {
    const r = takeLeadDateline([prose('WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill.')]);
    assert.equal(r.dateline?.raw, 'WASHINGTON (AP) —');
    assert.equal(r.paragraphs[0]!.text, 'The Senate voted on Tuesday to pass the bill.');
  });

  it('leaves a lead that is a block alone', () => {
    const list = { ...prose('WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill.'), block: { kind: 'list' as const, markdown: '', lines: [] } };
    assert.equal(takeLeadDateline([list]).dateline, null);
  });
});

describe('countWords', () => {
  it('counts runs of non-space, no-break spaces included as space', () => assert.equal(countWords(' a\u00a0b  c\n'), 3));
});

describe('countWords on any text', () => {
  it('counts as splitting on white space does, for folded and unfolded text alike', async () => {
    const fc = (await import('fast-check')).default;
    const reference = (t: string) => (t.trim() === '' ? 0 : t.trim().split(/\s+/u).length);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'bb', ' ', '  ', '\t', '\u00a0', 'é', '\n', '\u3000', '\u2000', '\u200a', '\u200b', '\ufeff', '\u1680', '\u0085', '“', '\u001f', '!'), { maxLength: 30 }), (parts) => {
        const t = parts.join('');
        assert.equal(countWords(t), reference(t), JSON.stringify(t));
      }),
      { numRuns: 500, seed: 3 },
    );
  });
});
