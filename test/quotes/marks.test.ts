// Behaviour of the quote-mark scanner: which marks open and close quotations in one paragraph.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuoteSpans } from '../../src/quotes/marks.js';

/** The texts of the spans found in `text`. */
function texts(text: string): string[] {
  return findQuoteSpans(text).map((s) => s.text);
}

describe('findQuoteSpans', () => {
  it('finds curly double and single quotations', () => {
    assert.deepEqual(texts('“We will build it,” she said. ‘Then we rest,’ he replied.'), [
      'We will build it,',
      'Then we rest,',
    ]);
  });

  it('finds straight double and single quotations', () => {
    assert.deepEqual(texts(`"Go home," she said. 'Stay,' he said.`), ['Go home,', 'Stay,']);
  });

  it('strips the no-break spaces French puts inside guillemets', () => {
    assert.deepEqual(texts('Il a dit : «\u00a0Nous partons\u202f» hier.'), ['Nous partons']);
  });

  it('closes a German „…“ quotation with the English opening mark', () => {
    assert.deepEqual(texts('Er sagte: „Wir kommen morgen“ und ging.'), ['Wir kommen morgen']);
  });

  it('never opens or closes on apostrophes inside or after words', () => {
    assert.deepEqual(texts('We don’t play rock ’n’ roll like in the ’90s at the horses\' fair.'), []);
    assert.deepEqual(texts("Jones' car and rock 'n' roll from the '90s are gone."), []);
  });

  it('keeps apostrophes inside a single-quoted quotation', () => {
    assert.deepEqual(texts("'I don't like Jones' car,' she said."), ["I don't like Jones' car,"]);
    assert.deepEqual(texts('‘Our kids’ school is from the ’90s,’ he said.'), ['Our kids’ school is from the ’90s,']);
  });

  it('ignores inch and foot marks', () => {
    assert.deepEqual(texts('He stands 6\'2" and spins a 12" record.'), []);
    assert.deepEqual(texts('"He is 6\'2" tall," she said.'), ['He is 6\'2" tall,']);
  });

  it('keeps a nested quotation inside the outer one', () => {
    assert.deepEqual(texts(`"They call it 'the pit,' " he said.`), ["They call it 'the pit,'"]);
  });

  it('runs an unclosed quotation to the end of the paragraph', () => {
    const [span] = findQuoteSpans('He said: "We will not stop here');
    assert.equal(span?.text, 'We will not stop here');
    assert.equal(span?.closed, false);
  });

  it('marks a quotation that reopens before closing as a continuation', () => {
    const spans = findQuoteSpans('She said: "First part. "Second part," she added.');
    assert.deepEqual(
      spans.map((s) => [s.text, s.closed, s.continues]),
      [
        ['First part.', false, false],
        ['Second part,', true, true],
      ],
    );
  });

  it('separates a closing and an opening mark written with no space between', () => {
    assert.deepEqual(texts('"It ends here.""It starts again," he said.'), ['It ends here.', 'It starts again,']);
  });

  it('drops a lone straight single mark that never closes mid-paragraph', () => {
    assert.deepEqual(texts("The fans' 'long wait is over for them."), []);
  });

  it('reports the offsets of the opening and closing marks', () => {
    const [span] = findQuoteSpans('He said "yes" twice.');
    assert.equal(span?.open, 8);
    assert.equal(span?.close, 12);
  });
});
