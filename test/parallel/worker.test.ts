// The worker's side of the pool: what it sends back for a batch, of a search or of reading.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinRead, joinSearched, type SentOutcome } from '../../src/parallel/worker.js';
import type { GrepStats } from '../../src/render/grep-json.js';

const stats = (matches: number): GrepStats => ({ searches: 1, searches_with_match: matches > 0 ? 1 : 0, bytes_searched: 10, matched_lines: matches, matches });
const article = (source: string, hits: number, text: string, withStats = false): SentOutcome => ({ kind: 'article', source, hits, stats: withStats ? stats(hits) : null, pages: text ? [text] : [] });

describe('joinSearched', () => {
  it('joins each run of searched articles into one text, hits added up, in order around errors and inline inputs', () => {
    const error: SentOutcome = { kind: 'error', message: 'b.txt: permission denied', exitCode: 2 };
    const inline: SentOutcome = { kind: 'inline', input: { path: 'big.txt', found: true } };
    const joined = joinSearched([
      article('a.txt', 1, 'a.txt:1\n'),
      { kind: 'skipped' },
      article('c.txt', 0, 'c.txt:0\n'),
      error,
      article('d.txt', 2, 'd.txt:2\n'),
      inline,
      article('e.txt', 0, ''),
      article('f.txt', 3, 'f.txt:3\n'),
    ]);
    assert.deepEqual(joined, [
      { kind: 'article', source: 'a.txt', hits: 1, stats: null, pages: ['a.txt:1\nc.txt:0\n'] },
      error,
      { kind: 'article', source: 'd.txt', hits: 2, stats: null, pages: ['d.txt:2\n'] },
      inline,
      { kind: 'article', source: 'e.txt', hits: 3, stats: null, pages: ['f.txt:3\n'] },
    ]);
  });

  it("adds up the statistics of --json hits, which the summary line totals", () => {
    const [only] = joinSearched([article('a', 1, 'x', true), article('b', 0, 'y'), article('c', 2, 'z', true)]);
    assert.deepEqual(only, { kind: 'article', source: 'a', hits: 3, stats: { searches: 2, searches_with_match: 2, bytes_searched: 20, matched_lines: 3, matches: 3 }, pages: ['xyz'] });
  });
});

describe('joinRead', () => {
  const error: SentOutcome = { kind: 'error', message: 'c.txt: permission denied', exitCode: 2 };

  it('joins JSON Lines with nothing between them, around errors and files passed over', () => {
    const joined = joinRead([article('a', 0, '{"a":1}\n'), { kind: 'skipped' }, article('b', 0, '{"b":1}\n'), error, article('d', 0, '{"d":1}\n')], false);
    assert.deepEqual(joined, [{ kind: 'article', source: 'a', hits: 0, stats: null, pages: ['{"a":1}\n{"b":1}\n'] }, error, { kind: 'article', source: 'd', hits: 0, stats: null, pages: ['{"d":1}\n'] }]);
  });

  it('puts a blank line between texts only after text was printed in the run, as the CLI does', () => {
    const [only] = joinRead([article('a', 0, ''), article('b', 0, 'B\n'), article('c', 0, ''), article('d', 0, 'D\n')], true);
    assert.deepEqual(only, { kind: 'article', source: 'a', hits: 0, stats: null, pages: ['B\n\nD\n'] });
  });

  it('leaves an article of several pages on its own', () => {
    const long: SentOutcome = { kind: 'article', source: 'l', hits: 0, stats: null, pages: ['p1', 'p2'] };
    assert.deepEqual(joinRead([article('a', 0, 'A\n'), long, article('b', 0, 'B\n')], true), [article('a', 0, 'A\n'), long, article('b', 0, 'B\n')]);
  });
});
