// The end-of-text readers find what the patterns anchored at the end that they stand in for find.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isSpaceCode, lastWordStart, lettersBeforeTrailingSpace, startsLower, startsUpper } from '../../src/quotes/letter-runs.js';

/** The last word as lastWordStart finds it, or null. */
function lastWord(text: string): string | null {
  const start = lastWordStart(text);
  return start < 0 ? null : text.slice(start);
}

const wordBeforeSpace = lettersBeforeTrailingSpace;

const ALPHABET = ['a', 'Z', "'", '’', 'é', 'Ж', '1', '.', '-', ' ', '\u00a0', '\u2009', '\n', ',', '\uE000', '𝐀', '😀', '\uD800', '\uDC00'];

describe('letter runs', () => {
  it('reads the last word after a space, with apostrophes, as the pattern does', () => {
    assert.equal(lastWord("the board's chair has"), 'has');
    assert.equal(lastWord("Smith,O'Neil"), null);
    assert.equal(lastWord('Zoë'), 'Zoë');
    assert.equal(lastWord('done.'), null);
  });

  it('reads the letters before trailing space, as the pattern does', () => {
    assert.equal(wordBeforeSpace('he was  '), 'was');
    assert.equal(wordBeforeSpace("it's"), 's');
    assert.equal(wordBeforeSpace('x 𝐀𝐁 '), '𝐀𝐁');
    assert.equal(wordBeforeSpace('2020 '), null);
  });

  it('agrees with the patterns on random text, surrogates and spaces beyond ASCII included', () => {
    const texts = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 11 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        assert.equal(lastWord(text), /(?:^|\s)([\p{L}']+)$/u.exec(text)?.[1] ?? null, JSON.stringify(text));
        assert.equal(wordBeforeSpace(text), /([\p{L}]+)\s*$/u.exec(text)?.[1] ?? null, JSON.stringify(text));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('counts as space exactly what \\s matches', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceCode(c), /\s/u.test(String.fromCharCode(c)), c.toString(16));
  });

  it('tells the case of a first letter as \\p{Lu} and \\p{Ll} do, in every plane and for an empty text', () => {
    const texts = ['', 'A', 'a', 'Zoë', 'élan', 'Élan', '1a', '\uE000', '𝐀b', '𝐚b', '😀', '\uD800', '\uDC00x', 'ǅ'];
    for (let c = 0x80; c < 0x10000; c += 7) texts.push(String.fromCharCode(c));
    for (const t of texts) {
      assert.equal(startsUpper(t), /^\p{Lu}/u.test(t), JSON.stringify(t));
      assert.equal(startsLower(t), /^\p{Ll}/u.test(t), JSON.stringify(t));
    }
  });
});
