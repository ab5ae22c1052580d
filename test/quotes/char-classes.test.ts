// The character table answers as the Unicode property patterns it stands in for, for every code unit of the
// Basic Multilingual Plane (surrogates included: a lone half is in no class), each beyond ASCII first asked
// about from the top of the plane down, so that the table's first sight of it is what is checked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DIGIT, isOf, LETTER, LOWER, UPPER, WORD_CHAR } from '../../src/quotes/char-classes.js';

const CLASSES: [string, number, RegExp][] = [
  ['LETTER', LETTER, /^\p{L}$/u],
  ['UPPER', UPPER, /^\p{Lu}$/u],
  ['LOWER', LOWER, /^\p{Ll}$/u],
  ['DIGIT', DIGIT, /^\p{N}$/u],
  ['WORD_CHAR', WORD_CHAR, /^[\p{L}\p{N}]$/u],
];

describe('char-classes', () => {
  it('agrees with \\p{L}, \\p{Lu}, \\p{Ll}, \\p{N} and [\\p{L}\\p{N}] on every code unit, asked from the top down', () => {
    for (const [name, bit, pattern] of CLASSES) {
      for (let code = 0xffff; code >= 0; code--) {
        const expected = pattern.test(String.fromCharCode(code));
        if (isOf(code, bit) !== expected) assert.fail(`${name} of U+${code.toString(16).padStart(4, '0')}: expected ${expected}`);
      }
    }
  });

  it('answers for characters of several classes and of none', () => {
    assert.equal(isOf(0x41, UPPER), true); // A
    assert.equal(isOf(0x41, LOWER), false);
    assert.equal(isOf(0x41, WORD_CHAR), true);
    assert.equal(isOf(0x0436, LOWER), true); // ж
    assert.equal(isOf(0x0660, DIGIT), true); // Arabic-Indic zero
    assert.equal(isOf(0x0660, LETTER), false);
    assert.equal(isOf(0x2019, WORD_CHAR), false); // ’
    assert.equal(isOf(0xd835, LETTER), false); // a lone high surrogate
    assert.equal(isOf(0x20, WORD_CHAR), false);
  });
});
