// Lexical centrality: content terms, tf-idf vectors and PageRank, on invented sentences.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { centrality, contentTerms, dot, pageRank, tfidfVectors } from '../../src/select/centrality.js';

describe('contentTerms', () => {
  it('lowercases words and drops function words and contraction pieces', () => {
    assert.deepEqual(contentTerms("The Mayor didn't say it was over."), ['mayor', 'say']);
  });

  it('keeps numbers and accented letters whole', () => {
    assert.deepEqual(contentTerms('Café prices rose 5% in Zürich'), ['café', 'prices', 'rose', '5', 'zürich']);
  });
});

describe('tfidfVectors', () => {
  it('makes unit vectors that weight a rarer word above a common one', () => {
    const [v] = tfidfVectors([['bridge', 'council'], ['council', 'road']]);
    // ids follow first appearance: bridge 0 (df 1), council 1 (df 2)
    assert.ok(v!.weights[0]! > v!.weights[1]!);
    assert.ok(Math.abs(Math.hypot(...v!.weights) - 1) < 1e-12);
  });

  it('gives sentences without shared words a cosine of 0 and identical ones 1', () => {
    const [a, b, c] = tfidfVectors([['bridge', 'rust'], ['band', 'park'], ['bridge', 'rust']]);
    assert.equal(dot(a!, b!), 0);
    assert.ok(Math.abs(dot(a!, c!) - 1) < 1e-12);
  });
});

describe('centrality', () => {
  it('ranks the sentence that shares words with every other highest', () => {
    const docs = [['bridge', 'rust'], ['bridge', 'rust', 'ferry', 'toll'], ['ferry', 'toll'], ['band']];
    const scores = centrality(tfidfVectors(docs));
    assert.equal(scores.indexOf(Math.max(...scores)), 1);
  });

  it('matches a hand-computed PageRank on a star', () => {
    // hub 0 linked to 1, 2, 3: h = 0.0375 + 0.85·3l, l = 0.0375 + 0.85·h/3 -> h = 0.47973, l = 0.17342
    const star = new Float64Array([0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]);
    const [h, l] = pageRank(star, 4);
    assert.ok(Math.abs(h! - 0.47973) < 1e-4);
    assert.ok(Math.abs(l! - 0.17342) < 1e-4);
  });

  it('spreads rank evenly when no sentence shares a word', () => {
    const scores = centrality(tfidfVectors([['a1'], ['b2'], ['c3']]));
    for (const s of scores) assert.ok(Math.abs(s - 1 / 3) < 1e-12);
  });
});

describe('centrality at scale', () => {
  it('gives what the dense n×n PageRank gives', () => {
    const docs = [['putin', 'xi', 'beijing'], ['putin', 'visit'], ['banks', 'sanctions'], ['xi', 'putin', 'talks'], ['weather'], ['banks', 'trade', 'sanctions']];
    const vectors = tfidfVectors(docs);
    const n = vectors.length;
    const dense = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) dense[i * n + j] = dot(vectors[i]!, vectors[j]!);
    const expected = pageRank(dense, n);
    centrality(vectors).forEach((r, i) => assert.ok(Math.abs(r - expected[i]!) < 1e-9, `${r} vs ${expected[i]}`));
  });

  it('handles 60,000 sentences in linear memory (regression: a dense matrix could not be allocated)', () => {
    const docs = Array.from({ length: 60_000 }, (_, i) => [`w${i % 500}`, `v${i % 37}`, 'common']);
    const scores = centrality(tfidfVectors(docs));
    assert.equal(scores.length, 60_000);
    assert.ok(Math.abs(scores.reduce((a, b) => a + b, 0) - 1) < 1e-6);
  });
});
