// ROUGE against values worked out by hand in the comments, following rouge-score's defaults.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lcsLength, rouge, tokenize } from '../../eval/rouge.js';

const close = (actual: number, expected: number): void =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} != ${expected}`);

describe('tokenize', () => {
  it('lowercases and splits on anything that is not a-z or 0-9', () => {
    assert.deepEqual(tokenize('U.S. sales rose 5%, said Ann-Marie.'), [
      'u', 's', 'sales', 'rose', '5', 'said', 'ann', 'marie',
    ]);
  });

  it('treats accented letters as separators, as rouge-score does', () => {
    // "café déjà vu" -> "caf" "d" "j" "vu": é and à are not in [a-z0-9].
    assert.deepEqual(tokenize('Café déjà vu'), ['caf', 'd', 'j', 'vu']);
  });

  it('returns no tokens for punctuation alone', () => {
    assert.deepEqual(tokenize(' -- !!! '), []);
  });
});

describe('rouge', () => {
  it('scores one substituted word', () => {
    // ref: the cat sat on the mat; cand: the cat lay on the mat (6 tokens each).
    // overlap the×2 cat on mat = 5 -> P = R = 5/6.
    // shared bigrams "the cat", "on the", "the mat" = 3 of 5 each -> 3/5.
    // R-L: LCS "the cat on the mat" = 5 -> 5/6.
    const s = rouge('The cat sat on the mat.', 'The cat lay on the mat.');
    close(s.rouge1, 5 / 6);
    close(s.rouge2, 3 / 5);
    close(s.rougeL, 5 / 6);
  });

  it('scores texts of different lengths with precision and recall apart', () => {
    // ref: u s sales rose 5 (5 tokens); cand: sales rose us said (4 tokens).
    // overlap sales rose = 2; P = 2/4, R = 2/5; F = 2·0.5·0.4/0.9 = 4/9.
    // ref bigrams 4, cand bigrams 3, shared "sales rose" = 1; P = 1/3, R = 1/4; F = 2/7.
    // R-L: LCS "sales rose" = 2, same as R-1: 4/9.
    const s = rouge('U.S. sales rose 5%.', 'Sales rose, US said');
    close(s.rouge1, 4 / 9);
    close(s.rouge2, 2 / 7);
    close(s.rougeL, 4 / 9);
  });

  it('clips repeated words to their count in the reference', () => {
    // ref: the the cat; cand: the the the the.
    // min(4, 2) = 2; P = 2/4, R = 2/3; F = (2/3)/(7/6) = 4/7.
    // "the the" min(3, 1) = 1; P = 1/3, R = 1/2; F = (1/3)/(5/6) = 2/5.
    // R-L: LCS "the the" = 2 -> 4/7.
    const s = rouge('the the cat', 'the the the the');
    close(s.rouge1, 4 / 7);
    close(s.rouge2, 2 / 5);
    close(s.rougeL, 4 / 7);
  });

  it('makes ROUGE-L, unlike ROUGE-1, sensitive to word order', () => {
    // ref: a b c d; cand: d c b a. R-1 = 1; no shared bigram; LCS = 1 -> P = R = 1/4.
    const s = rouge('a b c d', 'd c b a');
    close(s.rouge1, 1);
    close(s.rouge2, 0);
    close(s.rougeL, 1 / 4);
  });

  it('measures ROUGE-L over the whole text, not sentence by sentence', () => {
    // ref: x y. z w; cand: z w. x y. Summary-level Lsum would match both sentences (F = 1);
    // sentence-level LCS over "x y z w" vs "z w x y" is 2 -> 2/4.
    close(rouge('x y. z w.', 'z w. x y.').rougeL, 2 / 4);
  });

  it('gives 0, not NaN, for an empty candidate or single-token bigrams', () => {
    assert.deepEqual(rouge('some words', ''), { rouge1: 0, rouge2: 0, rougeL: 0 });
    // one token each: no bigrams on either side, so R-2 is 0 while R-1 and R-L are 1.
    assert.deepEqual(rouge('yes', 'Yes!'), { rouge1: 1, rouge2: 0, rougeL: 1 });
  });
});

describe('lcsLength', () => {
  it('finds the longest common subsequence, gaps allowed', () => {
    // a b c b d a b vs b d c a b a: the classic CLRS pair, LCS length 4 (e.g. b c b a).
    assert.equal(lcsLength('abcbdab'.split(''), 'bdcaba'.split('')), 4);
  });
});
