// The summary selector on invented articles: size handling, the Article it returns, and how position,
// centrality and the headline trade off as the summary grows.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/article.js';
import { scoreSentences, summarize, summaryCount } from '../../src/select/summary.js';

/** An Article around the given paragraphs of sentences, numbered from `firstNumber`. */
function article(paragraphs: string[][], headline: string | null = null, firstNumber = 1): Article {
  return {
    source: 'fixture',
    headline,
    standfirst: null,
    date: null,
    dateline: null,
    byline: null,
    paragraphs: paragraphs.map((sentences, i) => ({ number: firstNumber + i, text: sentences.join(' '), sentences })),
    highlights: [],
    removed: [],
    words: 0,
    readingMinutes: 1,
  };
}

/** A story about a bridge closure whose third sentence is off topic and whose eleventh is central. */
const BRIDGE = [
  ['The council will close the harbour bridge for six months of repairs.'],
  ['Engineers found rust in the harbour bridge supports last spring.'],
  ['A brass band played in the park on Sunday.'],
  ['Ferries will run extra crossings while the bridge is shut.'],
  ['Shop owners near the bridge fear losing trade during the repairs.'],
  ['The repairs will cost the council four million pounds.'],
  ['Cyclists may still use a narrow lane on the bridge.'],
  ['The council said the harbour bridge repairs could not wait.'],
  ['Residents can comment on the plans until Friday.'],
  ['Buses will divert through the tunnel.'],
  ['Council engineers say the harbour bridge repairs and the closure of the bridge are overdue.'],
  ['The tunnel toll will be waived.'],
];

describe('summarize', () => {
  it('returns a copy with a summary and leaves the input untouched', () => {
    const input = article(BRIDGE);
    const out = summarize(input, { count: 2 });
    assert.equal(input.summary, undefined);
    assert.notEqual(out, input);
    assert.equal(out.paragraphs, input.paragraphs);
    assert.equal(out.summary?.length, 2);
  });

  it('gives each chosen sentence its paragraph number and 1-based sentence number, in article order', () => {
    const input = article(
      [
        ['Storm closes the port.', 'Ships wait offshore.'],
        ['The port authority said the storm would pass by Friday.', 'Dock workers went home.'],
      ],
      null,
      4,
    );
    const out = summarize(input, { count: 3 });
    assert.deepEqual(
      out.summary?.map(({ paragraph, sentence }) => [paragraph, sentence]),
      [[4, 1], [4, 2], [5, 1]],
    );
    assert.equal(out.summary?.[2]?.text, 'The port authority said the storm would pass by Friday.');
  });

  it('opens a short summary with the lead even when a later sentence is more central', () => {
    const out = summarize(article(BRIDGE), { count: 1 });
    assert.deepEqual(out.summary?.map((s) => s.paragraph), [1]);
  });

  it('takes every sentence when asked for more than the article has', () => {
    const out = summarize(article([['One fact.', 'Another fact.']]), { count: 10 });
    assert.equal(out.summary?.length, 2);
  });

  it('returns an empty summary for an article without sentences', () => {
    assert.deepEqual(summarize(article([]), { count: 3 }).summary, []);
  });

  it('sizes a summary by percentage of the sentences', () => {
    assert.equal(summarize(article(BRIDGE), { percent: 25 }).summary?.length, 3);
  });
});

describe('summaryCount', () => {
  it('clamps a count to the article', () => {
    assert.equal(summaryCount(5, { count: 8 }), 5);
    assert.equal(summaryCount(5, { count: -1 }), 0);
  });

  it('rounds a percentage, keeping at least one sentence for any positive share', () => {
    assert.equal(summaryCount(12, { percent: 30 }), 4);
    assert.equal(summaryCount(12, { percent: 1 }), 1);
    assert.equal(summaryCount(12, { percent: 0 }), 0);
    assert.equal(summaryCount(12, { percent: 150 }), 12);
  });
});

describe('scoreSentences', () => {
  it('returns one score per sentence, shaped like the paragraphs', () => {
    const scores = scoreSentences([['A b.', 'C d.'], [], ['E f.']], null, 1);
    assert.deepEqual(scores.map((p) => p.length), [2, 0, 1]);
  });

  it('scores the lead highest for a one-sentence summary', () => {
    const flat = scoreSentences(BRIDGE, null, 1).flat();
    assert.equal(flat.indexOf(Math.max(...flat)), 0);
  });

  it('lets a central sentence overtake an early off-topic one as the summary grows', () => {
    const offTopic = 2;
    const central = 10;
    const short = scoreSentences(BRIDGE, null, 1).flat();
    const long = scoreSentences(BRIDGE, null, 30).flat();
    assert.ok(short[offTopic]! > short[central]!, 'position wins for a short summary');
    assert.ok(long[central]! > long[offTopic]!, 'centrality wins for a long one');
  });

  it('uses the headline to choose between otherwise equal sentences far from the lead', () => {
    // sentences 10 and 11 differ in one word each that occurs nowhere else, so they are equally
    // central; so deep in the story the lead prior between them is ~3e-5, below the headline's share
    const paragraphs = [
      ...BRIDGE.slice(0, 10),
      ['Inspectors checked the bridge barriers on Tuesday.'],
      ['Inspectors checked the bridge barriers on Wednesday.'],
    ];
    const without = scoreSentences(paragraphs, null, 3).flat();
    assert.ok(without[10]! > without[11]!, 'the earlier sentence wins without a headline');
    const withHeadline = scoreSentences(paragraphs, 'Barrier fault found in Wednesday check', 3).flat();
    assert.ok(withHeadline[11]! > withHeadline[10]!, 'the headline tips it to the later one');
  });

  it('gives the same scores for the same input', () => {
    assert.deepEqual(scoreSentences(BRIDGE, 'Bridge to close', 3), scoreSentences(BRIDGE, 'Bridge to close', 3));
  });
});
