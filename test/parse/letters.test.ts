import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { asciiSource, letterPattern, needsUnicode, NOT_LETTERS_OR_DIGITS } from '../../src/parse/letters.js';

describe('letters', () => {
  it('lists no letter or digit among the characters it treats as neither', () => {
    for (const code of NOT_LETTERS_OR_DIGITS) {
      const c = String.fromCharCode(code);
      assert.ok(!/[\p{L}\p{N}]/u.test(c), `U+${code.toString(16)}`);
    }
  });

  it('lets ASCII and curly-quoted, dashed news copy use ASCII classes', () => {
    assert.equal(needsUnicode('BEIJING, China: Putin’s “first trip” — abroad… (£5)'), false);
  });

  it('sends letters and digits beyond ASCII to the Unicode classes', () => {
    for (const text of ['ZÜRICH', 'Île', 'Москва', '東京', '½ mile', 'x\u{1d400}']) assert.equal(needsUnicode(text), true, text);
  });
});

describe('letterPattern', () => {
  it('makes the Unicode letter classes ASCII, inside and outside brackets', () => {
    assert.equal(asciiSource(String.raw`^\p{Lu}[\p{L}\p{N}.]*\s\p{Ll}$`), String.raw`^[A-Z][A-Za-z0-9.]*\s[a-z]$`);
    assert.equal(asciiSource(String.raw`[\]\p{L}]\\p{L}`), String.raw`[\]A-Za-z]\\p{L}`);
  });

  it('decides as the Unicode pattern does, for ASCII text and beyond', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        for (const [source, flags] of [[String.raw`^\p{Lu}[\p{L}'’-]*$`, 'u'], [String.raw`\p{Ll}{2,}\p{Lu}\p{Ll}`, 'u'], [String.raw`^[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*\s+staff$`, 'iu']] as const) {
          assert.equal(letterPattern(source, flags).test(text), new RegExp(source, flags).test(text), `${source} on ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });
});
