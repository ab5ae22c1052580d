// The worker pool gives exactly what one thread gives, in the same order, in every mode: lede run
// in-process with LEDE_THREADS=2 (the workers run the compiled modules) against LEDE_THREADS=1.

import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { batchSize } from '../../src/parallel/pool.js';
import { articleTree, story } from '../helpers/article-tree.js';
import { runLede } from '../helpers/fake-proc.js';

/** Enough articles that the pool starts (more than the CLI's 64), in nested folders, with things to pass over. */
function bigTree(): string {
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < 150; i++) {
    const said = i % 3 === 0 ? `“We will see,” said Officer ${i}.` : `Nothing was said in story ${i}.`;
    const rare = i % 37 === 0 ? ' The Kremlin declined to comment.' : '';
    files[`desk-${i % 4}/day-${i % 7}/story-${String(i).padStart(3, '0')}.txt`] = story(`Story Number ${i}`, `A report from town ${i}.${rare}`, said);
  }
  files['desk-1/logo.png'] = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]);
  files['desk-2/empty.txt'] = '';
  files['desk-3/clip.md'] = '# A Markdown Clip\n\nSomeone said this in Markdown.\n\n- a list\n- of two\n';
  return articleTree(files);
}

const tree = bigTree();
const threads = (n: number) => ({ env: { LEDE_THREADS: String(n) } });

describe('the worker pool', () => {
  const modes: string[][] = [
    [],
    ['--json'],
    ['--quotes', '--json'],
    ['--quotes'],
    ['--summary', '1'],
    ['-s', 'headline'],
    ['--grep', 'said'],
    ['--grep', 'said', '-c'],
    ['--grep', 'Kremlin', '-c'],
    ['--grep', 'Kremlin', '-l'],
    ['--grep', 'Kremlin', '-L'],
    ['--grep', 'said', '--json'],
    ['--grep', 'nowhere at all'],
  ];
  for (const mode of modes) {
    it(`prints what one thread prints, in the same order: ${mode.join(' ') || 'reading'}`, async () => {
      const one = await runLede([...mode, tree], threads(1));
      const two = await runLede([...mode, tree], threads(2));
      assert.ok(one.stdout.length > 0 || mode.includes('nowhere at all'));
      assert.equal(two.stdout, one.stdout);
      assert.equal(two.stderr, one.stderr);
      assert.equal(two.status, one.status);
    });
  }

  it('runs standard input among many files on the main thread, in its place', async () => {
    const args = ['--grep', 'said', '-c', tree, '-', join(tree, 'desk-3/clip.md')];
    const setup = { stdin: story('Piped', 'The pipe said hello.') };
    const one = await runLede(args, { ...setup, ...threads(1) });
    const two = await runLede(args, { ...setup, ...threads(2) });
    assert.equal(two.stdout, one.stdout);
    assert.match(two.stdout, /\n-:1\n[^\n]*clip\.md:1\n$/);
  });

  it('stops at the first match with -q', async () => {
    const r = await runLede(['--grep', 'said', '-q', tree], threads(2));
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '');
  });

  it('hands a large file back to the main thread, which reads it page by page', async () => {
    const big = articleTree({ 'big.txt': story('A Big One', ...Array.from({ length: 90_000 }, (_, i) => `Paragraph ${i} said something long enough to count.`)) });
    const args = ['--grep', 'said', '-c', tree, big];
    const one = await runLede(args, threads(1));
    const two = await runLede(args, threads(2));
    assert.equal(two.stdout, one.stdout);
    assert.match(two.stdout, /big\.txt:90000\n$/);
    rmSync(big, { recursive: true, force: true });
  });
});

describe('batchSize', () => {
  it('starts small, grows, and stays a whole number between 1 and 128 however many batches (regression: a shift overflowed after 58)', () => {
    assert.equal(batchSize(0, 2), 8);
    for (const n of [0, 1, 10, 57, 58, 59, 64, 1000, 1e6]) {
      const size = batchSize(n, 2);
      assert.ok(Number.isInteger(size) && size >= 1 && size <= 128, `${n}: ${size}`);
    }
    assert.equal(batchSize(1e6, 2), 128);
  });
});
