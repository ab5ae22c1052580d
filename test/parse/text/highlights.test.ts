import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitHighlights } from '../../../src/parse/text/highlights.js';
import { toLines } from '../../../src/parse/lines.js';

describe('splitHighlights', () => {
  it('takes each line after an @highlight marker as a highlight', () => {
    const { body, highlights } = splitHighlights(toLines('Body.\n\n@highlight\n\nFirst point\n\n@highlight\n\nSecond point\n'));
    assert.deepEqual(highlights, ['First point', 'Second point']);
    assert.deepEqual(body.map((l) => l.text), ['Body.', '']);
  });

  it('leaves text without markers alone', () => {
    const { body, highlights } = splitHighlights(toLines('Body.\nMore.'));
    assert.equal(body.length, 2);
    assert.deepEqual(highlights, []);
  });

  it('finds a marker with white space around it, and not a shorter or longer line', () => {
    const { body, highlights } = splitHighlights(toLines('Body.\n@high\n@highlights\n  @highlight\t\nPoint'));
    assert.deepEqual(body.map((l) => l.text), ['Body.', '@high', '@highlights']);
    assert.deepEqual(highlights, ['Point']);
  });
});
