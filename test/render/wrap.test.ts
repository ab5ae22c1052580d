import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import wrapAnsi from 'wrap-ansi';
import { columns, unstyled, wrap } from '../../src/render/wrap.js';
import { loadWideText } from '../../src/render/wide-text.js';

const B = (s: string) => `\u001b[1m${s}\u001b[22m`;
const R = (s: string) => `\u001b[31m${s}\u001b[39m`;
const params = { numRuns: Number(process.env.FC_RUNS ?? 300), seed: 7 };


// Wide text (CJK, emoji) is measured by modules the CLI loads on demand; load them as it would.
before(loadWideText);

describe('wrap', () => {
  it('does not wrap at width 0', () => assert.equal(wrap('a b c', 0), 'a b c'));

  it('breaks at spaces, greedily', () => assert.equal(wrap('aa bb cc dd', 5), 'aa bb\ncc dd'));

  it('closes styles at a line end and reopens them on the next line', () => {
    assert.equal(wrap(B('one two three'), 7), `${B('one two')}\n${B('three')}`);
  });

  it('keeps nested styles apart', () => {
    assert.equal(wrap(`${B(`x ${R('red words')}`)} tail`, 5), `\u001b[1mx \u001b[31mred\u001b[39m\u001b[22m\n\u001b[1m\u001b[31mwords\u001b[39m\u001b[22m\ntail`);
  });

  it('breaks a word only when it is wider than the line, starting it on a line of its own', () => {
    assert.equal(wrap('see https://example.com/abcdef now', 10), 'see\nhttps://ex\nample.com/\nabcdef now');
  });

  it('measures wide characters by their columns', () => {
    assert.equal(columns('北京'), 4);
    assert.equal(columns(B('abc')), 3);
    for (const line of wrap('北京会谈的消息传出后 市场反应平稳 🎉🎉 更多报道见后文', 8).split('\n')) assert.ok(columns(line) <= 8, line);
  });

  it('gives the same lines as wrap-ansi for unstyled single-spaced words that fit, at any width', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z’“”—.]{1,8}$/), { maxLength: 40 }), fc.integer({ min: 8, max: 30 }), (words, width) => {
        const text = words.join(' ');
        assert.equal(wrap(text, width), wrapAnsi(text, width, { hard: true, trim: true }));
      }),
      params,
    );
  });

  it('cuts a line at a space exactly at the width, and breaks a too-wide word after words that fit', () => {
    assert.equal(wrap('aaaa bbbb cccc', 9), 'aaaa bbbb\ncccc');
    assert.equal(wrap('aa bb cccccccc dd', 5), 'aa bb\nccccc\nccc\ndd');
    assert.equal(wrap('aa  bb', 2), 'aa\nbb');
  });

  it('gives the same lines as wrap-ansi for one-column text whose words fit (the fast path is only faster)', () => {
    const word = fc.stringMatching(/^[a-zA-Z0-9.,’“”—-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(fc.oneof(word, word.map(B), word.map(R)), { maxLength: 40 }), fc.integer({ min: 12, max: 60 }), (words, width) => {
        const text = words.join(' ');
        assert.equal(wrap(text, width), wrapAnsi(text, width, { hard: true, trim: true }));
      }),
      params,
    );
  });
});

describe('wide text in pieces (Intl.Segmenter slows on long runs with no break)', () => {
  const piece = fc.constantFrom('中', '文', '한', 'ア', ' ', ' ', 'a', 'bc', 'xyz ', '😀', '👍🏽', '🇯🇵', '👩‍💻', 'e\u0301', B('字'), R('b c'));
  const long = fc.array(piece, { minLength: 1500, maxLength: 4000 }).map((ps) => ps.join(''));
  const letters = (t: string) => unstyled(t).normalize('NFC').replace(/\s+/g, '');

  it('keeps every character and every line within the width, however long the line', () => {
    fc.assert(
      fc.property(long, fc.integer({ min: 4, max: 90 }), (text, width) => {
        const out = wrap(text, width);
        assert.equal(letters(out), letters(text));
        for (const line of out.split('\n')) assert.ok(columns(line) <= width, JSON.stringify(line));
      }),
      { ...params, numRuns: Math.ceil(params.numRuns / 10) },
    );
  });

  it('gives the lines wrap-ansi gives the whole, for single-spaced wide text', () => {
    const text = Array.from({ length: 3000 }, (_, i) => (i % 7 === 6 ? ' ' : '中文字a'[i % 4])).join('');
    assert.equal(wrap(text, 37), wrapAnsi(text, 37, { hard: true, trim: true }));
  });

  it('measures a long run in pieces as the whole is measured', () => {
    assert.equal(columns('中'.repeat(5000) + '😀'.repeat(3000)), 16_000);
  });
});

