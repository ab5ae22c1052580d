// Folders as inputs, in every mode, and grep's -l, -L, -m, -H and --no-filename: in-process, on
// small trees of invented articles (helpers/article-tree.ts).

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { articleTree, newsroomTree, story } from './helpers/article-tree.js';
import { runLede } from './helpers/fake-proc.js';

const root = newsroomTree();
/** The articles of the newsroom tree, in the order lede reads them. */
const ARTICLES = ['a-local/fair.story', 'a-local/notes', 'b-world/kremlin.txt', 'b-world/zz-markets.md', 'c-wire.json'].map((p) => join(root, p));

describe('a folder as input', () => {
  it('reads every article under it in sorted order, passing over what is not an article', async () => {
    const r = await runLede([root]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const headlines = ['County Fair Opens', 'Council Notes', 'Kremlin Talks Stall', 'Markets Rally', 'Wire Copy'];
    const at = headlines.map((h) => r.stdout.indexOf(h));
    assert.ok(at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]!)), r.stdout);
    assert.ok(!r.stdout.includes('Secret Draft') && !r.stdout.includes('Hidden'));
  });

  it('prints one JSON line an article with --json, and with --quotes --json', async () => {
    for (const extra of [[], ['--quotes']]) {
      const r = await runLede(['--json', ...extra, root]);
      const lines = r.stdout.trimEnd().split('\n');
      assert.deepEqual(
        lines.map((l) => (JSON.parse(l) as { source: string }).source),
        ARTICLES,
      );
    }
    const quotes = (await runLede(['--quotes', '--json', root])).stdout.split('\n').map((l) => (l ? (JSON.parse(l) as { quotes: { text: string }[] }) : null));
    assert.deepEqual(quotes[2]!.quotes.map((q) => q.text), ['We are patient,']);
  });

  it('summarizes and picks sections of each article', async () => {
    assert.equal((await runLede(['-s', 'headline', root])).stdout, 'County Fair Opens\n\nCouncil Notes\n\nKremlin Talks Stall\n\nMarkets Rally\n\nWire Copy\n');
    const s = await runLede(['--summary', '1', root]);
    assert.equal(s.status, 0);
    assert.ok(s.stdout.includes('The Kremlin said on Monday that talks had stalled.'));
  });

  it('searches with the file name on each hit, a count for every article with -c', async () => {
    const r = await runLede(['--grep', 'said', root]);
    assert.equal(r.status, 0);
    assert.equal(
      r.stdout,
      [
        `${ARTICLES[1]}:¶1:1: The council met and said little.`,
        `${ARTICLES[2]}:¶1:1: The Kremlin said on Monday that talks had stalled.`,
        `${ARTICLES[2]}:¶2:1: “We are patient,” said Ivan Petrov, a spokesman.`,
        `${ARTICLES[3]}:¶1:1: Shares rose as traders said the worst was over.`,
        `${ARTICLES[4]}:¶1:1: The agency said the storm had passed.`,
        '',
      ].join('\n'),
    );
    const c = await runLede(['--grep', 'said', '-c', root]);
    assert.equal(c.stdout, ARTICLES.map((a, i) => `${a}:${[0, 1, 2, 1, 1][i]}\n`).join(''));
  });

  it('reports a named binary file and counts a named empty one, though both are passed over in a folder', async () => {
    const r = await runLede(['--grep', 'said', '-c', join(root, 'a-local/pic'), join(root, 'a-local/empty.txt')]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `lede: ${join(root, 'a-local/pic')}: not text (a binary file)\n`);
    assert.equal(r.stdout, `${join(root, 'a-local/empty.txt')}:0\n`);
  });

  it('takes a folder with one article as several inputs: file names, and JSON Lines', async () => {
    const one = articleTree({ 'only.txt': story('Only One', 'Somebody said something.') });
    assert.equal((await runLede(['--grep', 'said', '-c', one])).stdout, `${one}/only.txt:1\n`);
    assert.equal((await runLede(['--json', one])).stdout.split('\n').length, 2);
  });
});

describe('grep’s -l, -L, -m, -H and --no-filename', () => {
  it('-l prints the names of the articles that matched, -L of those that did not', async () => {
    const l = await runLede(['--grep', 'Kremlin|storm', '-l', root]);
    assert.equal(l.stdout, `${ARTICLES[2]}\n${ARTICLES[4]}\n`);
    assert.equal(l.status, 0);
    const L = await runLede(['--grep', 'Kremlin|storm', '-L', root]);
    assert.equal(L.stdout, `${ARTICLES[0]}\n${ARTICLES[1]}\n${ARTICLES[3]}\n`);
    // As GNU grep since 3.5: the status says whether anything matched, whatever is listed.
    assert.equal(L.status, 0);
    assert.equal((await runLede(['--grep', 'nowhere', '-L', root])).status, 1);
    const json = await runLede(['--grep', 'storm', '-l', '--json', root]);
    assert.deepEqual(JSON.parse(json.stdout), { source: ARTICLES[4] });
  });

  it('-m stops after n matching sentences an article, its count included', async () => {
    assert.equal((await runLede(['--grep', 'said', '-m', '1', '-c', ARTICLES[2]!])).stdout, '1\n');
    const m = await runLede(['--grep', 'said', '-m', '1', ARTICLES[2]!]);
    assert.equal(m.stdout, '¶1:1: The Kremlin said on Monday that talks had stalled.\n');
    const zero = await runLede(['--grep', 'said', '-m', '0', root]);
    assert.equal(zero.stdout, '');
    assert.equal(zero.status, 1);
    assert.equal((await runLede(['--grep', 'x', '-m', 'some', root])).status, 2);
  });

  it('-m with context shows the context after the last match, where later matches are context', async () => {
    const m = await runLede(['--grep', 'said', '-m', '1', '-C', '1', ARTICLES[2]!]);
    assert.equal(m.stdout, '¶1:1: The Kremlin said on Monday that talks had stalled.\n¶2:1- “We are patient,” said Ivan Petrov, a spokesman.\n');
  });

  it('-m with a quote search keeps the first n quotes', async () => {
    const two = articleTree({ 'q.txt': story('Two Quotes', '“First words here,” she said.', '“Second words here,” he said.') });
    const r = await runLede(['--quotes', '--grep', 'words', '-m', '1', '-c', join(two, 'q.txt')]);
    assert.equal(r.stdout, '1\n');
  });

  it('-H names the file even when there is one; --no-filename never does', async () => {
    assert.equal((await runLede(['--grep', 'storm', '-c', '-H', ARTICLES[4]!])).stdout, `${ARTICLES[4]}:1\n`);
    assert.equal((await runLede(['--grep', 'storm', '--no-filename', root])).stdout, '¶1:1: The agency said the storm had passed.\n');
    assert.equal((await runLede(['--grep', 'x', '-H', '--no-filename', root])).status, 2);
  });

  it('takes these flags only with --grep', async () => {
    for (const flag of ['-l', '-L', '-H', '--no-filename']) {
      const r = await runLede([flag, root]);
      assert.equal(r.status, 2, flag);
      assert.match(r.stderr, /only works with --grep/);
    }
    assert.equal((await runLede(['-m', '2', root])).status, 2);
  });
});
