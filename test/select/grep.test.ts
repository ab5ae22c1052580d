import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors.js';
import { compilePattern, countHits, countMatches, grepArticle, matchRanges, sentenceBytes } from '../../src/select/grep.js';
import { prefilterFor } from '../../src/select/prefilter.js';
import { blockParagraph, makeArticle } from '../helpers/articles.js';
import { runLede } from '../helpers/fake-proc.js';

const re = (pattern: string, o: Partial<{ ignoreCase: boolean; fixed: boolean; wordRegexp: boolean }> = {}) =>
  compilePattern({ pattern, ignoreCase: false, fixed: false, wordRegexp: false, ...o });

describe('compilePattern', () => {
  it('uses JavaScript regular expressions with the u flag', () => {
    assert.deepEqual(matchRanges(re('\\p{Lu}\\w+'), 'the Kremlin said'), [{ start: 4, end: 11 }]);
  });
  it('ignores case with -i, including beyond ASCII', () => {
    assert.equal(matchRanges(re('ZÜRICH', { ignoreCase: true }), 'in zürich').length, 1);
  });
  it('takes -F patterns literally', () => {
    assert.deepEqual(matchRanges(re('$1.13bn (', { fixed: true }), 'rose to $1.13bn (£600m)'), [{ start: 8, end: 17 }]);
    assert.equal(matchRanges(re('a.c', { fixed: true }), 'abc').length, 0);
    assert.equal(matchRanges(re('-/', { fixed: true }), 'a -/ b').length, 1);
  });
  it('matches whole words with -w, with curly quotes as boundaries', () => {
    assert.equal(matchRanges(re('limits', { wordRegexp: true }), 'no “limits.”').length, 1);
    assert.equal(matchRanges(re('limit', { wordRegexp: true }), 'no limits').length, 0);
    assert.equal(matchRanges(re('Xi', { wordRegexp: true }), 'Xi2 and Xi').length, 1);
    assert.equal(matchRanges(re('café', { wordRegexp: true }), 'cafés café').length, 1);
  });
  it('reports a bad pattern as a usage error in one line', () => {
    assert.throws(() => re('(unclosed'), (e: unknown) => e instanceof UsageError && e.message === '--grep (unclosed: not a valid regular expression: unterminated group');
  });
  it('skips empty matches', () => assert.deepEqual(matchRanges(re('x*'), 'abc'), []));
});

describe('grepArticle', () => {
  const a = makeArticle(['One fish. Two fish.', 'Red bird. Blue fish.', 'Old hat. New hat.']);

  it('returns the matching sentences with their addresses, in order', () => {
    const hits = grepArticle(a, re('fish'), 0).matches!;
    assert.deepEqual(hits.map((h) => [h.paragraph, h.sentence, h.text]), [[1, 1, 'One fish.'], [1, 2, 'Two fish.'], [2, 2, 'Blue fish.']]);
    assert.equal(countHits(grepArticle(a, re('fish'), 0)), 3);
  });

  it('adds context sentences across paragraph breaks, marked as context', () => {
    const hits = grepArticle(a, re('Red'), 1).matches!;
    assert.deepEqual(hits.map((h) => [h.paragraph, h.sentence, h.context]), [[1, 2, true], [2, 1, false], [2, 2, true]]);
  });

  it('marks a break between groups only when context is shown', () => {
    assert.deepEqual(grepArticle(a, re('One|New'), 0).matches!.map((h) => h.breakBefore), [false, false]);
    assert.deepEqual(grepArticle(a, re('One|New'), 1).matches!.map((h) => h.breakBefore), [false, false, true, false]);
  });

  it('finds nothing in an article without the pattern', () => assert.deepEqual(grepArticle(a, re('zebra'), 2).matches, []));
});

describe('sentenceBytes', () => {
  it('counts the UTF-8 bytes of the sentences, not the spaces between them', () => {
    const a = makeArticle(['Café opens. It closes.', 'Done.']);
    assert.equal(sentenceBytes(a), 'Café opens.'.length + 1 + 'It closes.'.length + 'Done.'.length);
    // A search also reads the headline and the date, which the reading views print.
    assert.equal(grepArticle(a, /x/gu, 0).bytesSearched, sentenceBytes(a) + 'A Headline'.length + 'Thu May 16 2024'.length);
  });
});

describe('grepArticle over every printed text', () => {
  const a = makeArticle(['Putin spoke. Then he left.', 'Xi listened.'], {
    headline: 'Putin Meets Xi',
    standfirst: 'A summit in Beijing',
    byline: { raw: 'By Jane Putin', name: 'Jane Putin' },
    dateline: { raw: 'BEIJING, China:', place: 'BEIJING, China', agency: null },
    highlights: ['Putin flies in', 'Talks end'],
  });
  it('searches the headline, standfirst, date, byline, highlights and dateline, in the order printed (was: paragraphs only)', () => {
    const hits = grepArticle(a, re('Putin|BEIJING|Beijing|2024'), 0).matches!;
    assert.deepEqual(
      hits.map((h) => [h.part ?? 'paragraph', h.paragraph, h.sentence]),
      [['headline', 0, 0], ['standfirst', 0, 0], ['date', 0, 0], ['byline', 0, 0], ['highlights', 0, 1], ['dateline', 0, 0], ['paragraph', 1, 1]],
    );
  });
  it('gives a part no context, and context stays in the paragraphs', () => {
    const hits = grepArticle(a, re('Meets|spoke'), 1).matches!;
    assert.deepEqual(hits.map((h) => [h.part ?? h.paragraph, h.context]), [['headline', false], [1, false], [1, true]]);
  });
  it('with --section, searches only what the picked parts print', () => {
    const picked = { ...a, view: [2] as number[], paragraphs: a.paragraphs.slice(1) };
    assert.deepEqual(grepArticle(picked, re('Putin|Xi'), 0).matches!.map((h) => h.part ?? h.paragraph), [2]);
    const meta = { ...a, view: ['meta' as const], paragraphs: [] };
    assert.deepEqual(grepArticle(meta, re('Putin|BEIJING'), 0).matches!.map((h) => h.part), ['byline', 'dateline']);
  });
});

describe('countMatches', () => {
  const a = makeArticle(['Putin spoke. Then he left.', 'Xi listened. Putin nodded. Then Xi spoke.', 'Nobody else came.'], {
    headline: 'Putin Meets Xi',
    byline: { raw: 'By Jane Putin', name: 'Jane Putin' },
    highlights: ['Putin flies in', 'Talks end'],
  });
  const withBlock = { ...a, paragraphs: [...a.paragraphs, blockParagraph(4, 'list', '- Putin waves\n- Xi waves', ['Putin waves', 'Xi waves'])] };
  it('counts what grepArticle finds, parts first, for any -m (was: every hit built to be counted)', () => {
    for (const article of [a, withBlock]) {
      for (const pattern of ['Putin', 'Xi|Then', '^Then', 'spoke\\.$', 'zebra', 'e', '']) {
        for (const max of [null, 0, 1, 2, 3, 5]) {
          const r = re(pattern);
          const expected = countHits(grepArticle(article, r, 0, max));
          assert.equal(countMatches(article, r, max, prefilterFor({ pattern, ignoreCase: false, fixed: false, wordRegexp: false })), expected, `${pattern} -m ${max}`);
          assert.equal(countMatches(article, r, max, null), expected, `${pattern} -m ${max}, no prefilter`);
        }
      }
    }
  });
  it("does not split a paragraph that holds none of the prefilter words, but searches a block's given sentences", () => {
    // A prefilter no match could pass shows which texts were searched: the parts and the block only.
    const none = { words: ['zzz'], ignoreCase: false };
    assert.equal(countMatches(withBlock, re('Putin'), null, none), 4);
    assert.equal(countMatches(withBlock, re('Putin'), null, null), 6);
  });
});

describe('--grep through the CLI', () => {
  it('finds what is printed outside the paragraphs, with its part as address, in text, Markdown and JSON Lines (was: exit 1)', async () => {
    const r = await runLede(['--grep', 'BEIJING']);
    assert.deepEqual([r.status, r.stdout.split('\n')[0]], [0, 'dateline: BEIJING, China:']);
    const h = await runLede(['--grep', 'Summit', '-f', 'markdown']);
    assert.match(h.stdout, /^- \*\*headline\*\* Putin Seeks Chinese Support Amid Ukraine Conflict in Beijing \*\*Summit\*\*\n/);
    const j = (await runLede(['--grep', 'BEIJING', '--json'])).stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { type: string; data: Record<string, unknown> });
    const m = j.find((x) => x.type === 'match')!;
    assert.deepEqual([m.data.part, m.data.paragraph, m.data.sentence, (m.data.lines as { text: string }).text], ['dateline', null, null, 'BEIJING, China:\n']);
    const body = (await runLede(['--grep', 'no limits', '--json'])).stdout.split('\n').map((l) => (l ? (JSON.parse(l) as { type: string; data: Record<string, unknown> }) : null));
    assert.deepEqual(body.filter((x) => x?.type === 'match').map((x) => [x!.data.part, x!.data.paragraph]), [['paragraph', 3]]);
  });

  it('prints the whole sentence with its address and exits 0', async () => {
    const r = await runLede(['--grep', 'no limits']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '¶3:2: The visit, spanning two days, underscores the commitment to deepening the Sino-Russian relationship, which both parties have described as having “no limits.”\n');
  });

  it('prints nothing and exits 1 when nothing matches', async () => {
    const r = await runLede(['--grep', 'zebra crossing']);
    assert.deepEqual([r.status, r.stdout, r.stderr], [1, '', '']);
  });

  it('exits 2 with one line for a bad pattern', async () => {
    const r = await runLede(['--grep', '[a-']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^lede: --grep \[a-: not a valid regular expression: [^\n]+\n$/);
  });

  it('highlights the match when color is on, and never cuts the sentence', async () => {
    const flat = await runLede(['--grep', 'no limits', '--color', 'always', '--width', '0']);
    assert.ok(flat.stdout.includes('\u001b[1m\u001b[31mno limits\u001b[39m\u001b[22m'));
    const r = await runLede(['--grep', 'no limits', '--color', 'always', '--width', '40']);
    assert.equal(r.stdout.replace(/\u001b\[\d+m/g, '').replace(/\n +/g, ' ').trim().split('\n').length, 1);
  });

  it('starts each line with the file name when several files are searched, as grep does', async () => {
    const r = await runLede(['--grep', 'Putin’s first', 'putin-xi-beijing-summit', 'putin-xi-beijing-summit']);
    assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => l.slice(0, 30)), ['putin-xi-beijing-summit:¶2:1: ', 'putin-xi-beijing-summit:¶2:1: ']);
  });

  it('counts with -c and is silent with -q', async () => {
    // Eight sentences and the headline.
    assert.equal((await runLede(['--grep', 'putin', '-i', '-c'])).stdout, '9\n');
    const q = await runLede(['--grep', 'Putin', '-q']);
    assert.deepEqual([q.status, q.stdout], [0, '']);
    const none = await runLede(['--grep', 'zebra', '-q']);
    assert.equal(none.status, 1);
  });

  it('shows context sentences with a - after the address', async () => {
    const r = await runLede(['--grep', 'ceremony', '-C', '1']);
    assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => l.slice(0, 6)), ['¶2:1- ', '¶3:1: ', '¶3:2- ']);
  });

  it('prints ripgrep-shaped JSON Lines with UTF-8 byte offsets', async () => {
    const r = await runLede(['--grep', 'no limits', '--json']);
    const msgs = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(msgs.map((m) => m.type), ['begin', 'match', 'end', 'summary']);
    const m = msgs[1].data;
    assert.equal(m.paragraph, 3);
    assert.equal(m.sentence, 2);
    const bytes = Buffer.from(m.lines.text, 'utf8');
    const sub = m.submatches[0];
    assert.equal(bytes.subarray(sub.start, sub.end).toString('utf8'), 'no limits');
    assert.deepEqual(msgs[3].data.stats, { ...msgs[2].data.stats });
    assert.equal(msgs[3].data.stats.matched_lines, 1);
  });

  it('refuses search flags without --grep', async () => {
    const r = await runLede(['-c']);
    assert.deepEqual([r.status, r.stderr], [2, 'lede: -c: only works with --grep\n']);
  });

  it('goes on past a missing file and exits 2, as grep does', async () => {
    const r = await runLede(['--grep', 'Putin', 'missing-file.txt', 'putin-xi-beijing-summit']);
    assert.equal(r.status, 2);
    assert.match(r.stdout, /putin-xi-beijing-summit:¶1:1: /);
  });
});
