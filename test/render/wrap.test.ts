import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import wrapAnsi from 'wrap-ansi';
import { columns, wrap } from '../../src/render/wrap.js';
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
