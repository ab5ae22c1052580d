// Behaviour of sorting quotations into direct quotes, scare quotes and titles.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTitleLike, quoteKind, wordCount, type KindFacts } from '../../src/quotes/kinds.js';

/** Facts for a one-part quotation with no cue, overridden by `facts`. */
function facts(text: string, more: Partial<KindFacts> = {}): KindFacts {
  return { text, parts: 1, hasCue: false, quoteOnly: false, wordsBefore: [], ...more };
}

describe('quoteKind', () => {
  it('makes one or two words with no cue a scare quote', () => {
    assert.equal(quoteKind(facts('woke')), 'scare');
    assert.equal(quoteKind(facts('smart corridors')), 'scare');
  });

  it('makes a word after so-called a scare quote even with a cue in the sentence', () => {
    assert.equal(quoteKind(facts('reforms', { hasCue: true, wordsBefore: ['the', 'so-called'] })), 'scare');
  });

  it('keeps a short quote with a cue as a direct quote', () => {
    assert.equal(quoteKind(facts('unacceptable.', { hasCue: true })), 'direct');
  });

  it('makes a title-cased quote with no cue a title', () => {
    assert.equal(quoteKind(facts('The Long Night Home')), 'title');
  });

  it('makes a title-cased quote after a title noun a title even with a cue', () => {
    assert.equal(quoteKind(facts('Roads Without Maps,', { hasCue: true, wordsBefore: ['in', 'his', 'memoir'] })), 'title');
  });

  it('keeps quote-only sentences and joined quotes as speech', () => {
    assert.equal(quoteKind(facts('Happy New Year.', { quoteOnly: true })), 'direct');
    assert.equal(quoteKind(facts('No', { parts: 2 })), 'direct');
  });

  it('keeps three or more words in sentence case as a direct quote', () => {
    assert.equal(quoteKind(facts('no realistic chance')), 'direct');
  });
});

describe('isTitleLike', () => {
  it('accepts capitalized words with small words in lower case', () => {
    assert.equal(isTitleLike("Rivers: My Life on the Water with Friends,"), true);
  });

  it('rejects sentences and lower-case phrases', () => {
    assert.equal(isTitleLike('We won. They lost.'), false);
    assert.equal(isTitleLike('smart corridors'), false);
  });
});

describe('wordCount', () => {
  it('counts runs of non-spaces with a letter or digit, not dashes or marks alone', () => {
    assert.equal(wordCount('  We won — 3 times , again\u00a0today '), 6);
    assert.equal(wordCount(''), 0);
  });

  it('stops at atMost, and counts the same again after stopping', () => {
    assert.equal(wordCount('one two three four', 2), 2);
    assert.equal(wordCount('one two three four', 9), 4);
    assert.equal(wordCount('a b'), 2);
  });
});
