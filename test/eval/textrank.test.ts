// The baselines: Lead-N takes the opening sentences; TextRank favours the sentence most like the rest.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lead, pageRank, textRank, textRankScores, tfidfVectors, topIndices } from '../../eval/textrank.js';

const STORY = [
  'Lunch menus changed at school on Monday.',
  'The council voted to shut the bridge.',
  'Council engineers say bridge repairs will close the ring road for months.',
  'Engineers found rust last March.',
  'Brass bands played all afternoon.',
];

describe('lead', () => {
  it('takes the first n sentences', () => {
    assert.deepEqual(lead(STORY, 3), [0, 1, 2]);
  });

  it('takes every sentence when n exceeds the article', () => {
    assert.deepEqual(lead(['One.', 'Two.'], 5), [0, 1]);
  });
});

describe('textRank', () => {
  it('picks the sentence linked to most others first', () => {
    // sentence 2 shares words with 1 (the, council, bridge) and 3 (engineers): the hub
    assert.deepEqual(textRank(STORY, 1), [2]);
  });

  it('returns the picks in article order, not rank order', () => {
    // rank order is 2 (hub), then 1 (three shared words) ahead of 3 (one)
    assert.deepEqual(textRank(STORY, 2), [1, 2]);
  });

  it('gives unconnected sentences the teleport share only', () => {
    const scores = textRankScores(STORY);
    // sentences 0 and 4 share no word with anyone: rank = (1 - d) / N plus the dangling share
    assert.ok(scores[0]! < scores[1]!);
    assert.ok(Math.abs(scores[0]! - scores[4]!) < 1e-12);
  });

  it('returns ranks that sum to 1', () => {
    const sum = textRankScores(STORY).reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(sum - 1) < 1e-9);
  });
});

describe('pageRank', () => {
  it('ranks the hub of a star above its leaves', () => {
    // hub 0 linked to 1, 2, 3. Stationary hub h, leaves l: h = 0.15/4 + 0.85·3l, l = 0.15/4 + 0.85·h/3.
    // h = 0.0375 + 2.55(0.0375 + 0.28333h) = 0.133125 + 0.7225h -> h = 0.47973, l = 0.17342.
    const star = [
      [0, 1, 1, 1],
      [1, 0, 0, 0],
      [1, 0, 0, 0],
      [1, 0, 0, 0],
    ];
    const [h, l] = pageRank(star);
    assert.ok(Math.abs(h! - 0.47973) < 1e-4, `hub ${h}`);
    assert.ok(Math.abs(l! - 0.17342) < 1e-4, `leaf ${l}`);
  });
});

describe('tfidfVectors', () => {
  it('weights a word found in every sentence below a rarer one', () => {
    // N = 2: "the" df 2 -> idf ln(3/3) + 1 = 1; "bridge" df 1 -> ln(3/2) + 1 ≈ 1.405
    const [v] = tfidfVectors([['the', 'bridge'], ['the', 'road']]);
    assert.ok(v!.get('bridge')! > v!.get('the')!);
    const norm = Math.hypot(...v!.values());
    assert.ok(Math.abs(norm - 1) < 1e-12);
  });
});

describe('topIndices', () => {
  it('breaks ties in favour of the earlier sentence and returns article order', () => {
    assert.deepEqual(topIndices([0.1, 0.5, 0.5, 0.5, 0.9], 3), [1, 2, 4]);
  });
});
