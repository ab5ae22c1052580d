import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { foldedText, foldSpace, isBlank, toLines, type Line } from '../../src/parse/lines.js';

describe('toLines', () => {
  it('numbers from 1 the lines split("\\n") gives, empty ones and a last empty one included', () => {
    // (Not yet folded: every Line has the field from the start, so all are of one shape.)
    assert.deepEqual(toLines('a\n\nb\n'), [
      { number: 1, text: 'a', folded: undefined },
      { number: 2, text: '', folded: undefined },
      { number: 3, text: 'b', folded: undefined },
      { number: 4, text: '', folded: undefined },
    ]);
    assert.deepEqual(toLines(''), [{ number: 1, text: '', folded: undefined }]);
  });

  it('agrees with split("\\n") on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '\n', '“', 'é'), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(toLines(text), text.split('\n').map((t, i) => ({ number: i + 1, text: t, folded: undefined })));
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});

describe('isBlank', () => {
  it('is true exactly when trimming leaves nothing, whatever the white space', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '\t', '\u000b', '\u00a0', '\u3000', '\ufeff', '\u2028', '\u0085', '\u001f', 'a', '“'), { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        assert.equal(isBlank({ number: 1, text }), text.trim() === '', JSON.stringify(text));
      }),
      { numRuns: 500, seed: 9 },
    );
  });
});

describe('foldSpace and foldedText', () => {
  it('folds runs of ASCII white space to one space and trims, keeping a no-break space', () => {
    assert.equal(foldSpace(' a \t b\r\n c  d\u00a0e '), 'a b c d\u00a0e');
    fc.assert(fc.property(fc.array(fc.constantFrom(' ', '  ', '\t', '\f', '\v', '\r', 'x', '\u00a0'), { maxLength: 10 }), (parts) => {
      const t = parts.join('');
      return foldSpace(t) === t.replace(/[ \t\n\f\v\r]+/g, ' ').trim();
    }));
  });
  it("keeps a line's folded text on the line, worked out once", () => {
    const line: Line = { number: 3, text: ' Two  spaces ' };
    assert.equal(foldedText(line), 'Two spaces');
    line.folded = 'kept';
    assert.equal(foldedText(line), 'kept');
  });
});
