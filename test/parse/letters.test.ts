import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { needsUnicode, NOT_LETTERS_OR_DIGITS } from '../../src/parse/letters.js';

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
