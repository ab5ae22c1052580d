// Behaviour of quote masking and quote-proof sentence ranges.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuoteSpans } from '../../src/quotes/marks.js';
import { maskQuotes, sentenceRanges } from '../../src/quotes/sentences.js';
import { MASK } from '../../src/quotes/speakers.js';

/** The sentences of `text` as strings, trimmed. */
function sentences(text: string): string[] {
  return sentenceRanges(text, findQuoteSpans(text)).map((r) => text.slice(r.start, r.end).trim());
}

describe('maskQuotes', () => {
  it('blanks out each quotation, marks included, keeping every offset', () => {
    const text = 'He said "yes, please." Then he left.';
    const masked = maskQuotes(text, findQuoteSpans(text));
    assert.equal(masked.length, text.length);
    assert.equal(masked, `He said ${MASK.repeat(14)} Then he left.`);
  });

  it('keeps offsets when a quotation reopens in the same block (regression: a shift by one)', () => {
    const text = 'She said: "One. "Two," she added. Done.';
    const masked = maskQuotes(text, findQuoteSpans(text));
    assert.equal(masked.length, text.length);
    assert.equal(masked.slice(text.indexOf(' she added')), ' she added. Done.');
  });
});

describe('sentenceRanges', () => {
  it('cuts after a stop followed by any white space and a capital, digit or mark, not by a small letter or nothing', () => {
    assert.deepEqual(sentences('One. Two!  Three?\u00a0Four.\tÉmile left. 5 came. (Six) x.y. z. End.'), [
      'One.',
      'Two!',
      'Three?',
      'Four.',
      'Émile left.',
      '5 came.',
      '(Six) x.y. z.',
      'End.',
    ]);
    assert.deepEqual(sentences('Ends here.'), ['Ends here.']);
    assert.deepEqual(sentences('   '), []);
  });

  it('keeps a question and its inverted cue in one sentence', () => {
    assert.deepEqual(sentences('"Why now?" he asked. "Because," she said.'), ['"Why now?" he asked.', '"Because," she said.']);
  });

  it('never cuts inside a quotation', () => {
    assert.deepEqual(sentences('"We tried. We failed," said Ana Ruiz. Then it rained.'), [
      '"We tried. We failed," said Ana Ruiz.',
      'Then it rained.',
    ]);
  });

  it('cuts after a quotation that ends a sentence', () => {
    assert.deepEqual(sentences('"We will win." The crowd cheered.'), ['"We will win."', 'The crowd cheered.']);
  });

  it('keeps a short credit after a closed quotation with it', () => {
    assert.deepEqual(sentences('"We will win." Smith said. Then it rained.'), ['"We will win." Smith said.', 'Then it rained.']);
  });

  it('keeps a short credit naming a role and a person with its quotation', () => {
    assert.deepEqual(sentences('"Not guilty." Mr Haldane\'s lawyer Rosa Pike said in court. Then it rained.'), [
      '"Not guilty." Mr Haldane\'s lawyer Rosa Pike said in court.',
      'Then it rained.',
    ]);
  });

  it('does not take a new sentence with a cue and more for a short credit', () => {
    assert.deepEqual(sentences('"We won." The company said profits rose.'), ['"We won."', 'The company said profits rose.']);
  });

  it('cuts after an initial when two capitalized words follow', () => {
    assert.deepEqual(sentences('He played Agent X. Nora Blake spoke later.'), ['He played Agent X.', 'Nora Blake spoke later.']);
  });

  it('does not cut after titles, initials and dotted abbreviations', () => {
    assert.deepEqual(sentences('"No," said Gen. Mark Oduya and Ellen R. Hart of the U.S. Army.'), [
      '"No," said Gen. Mark Oduya and Ellen R. Hart of the U.S. Army.',
    ]);
  });

  it('starts a new sentence where a quotation reopens', () => {
    assert.deepEqual(sentences('He said: "One. "Two."'), ['He said: "One.', '"Two."']);
  });
});
