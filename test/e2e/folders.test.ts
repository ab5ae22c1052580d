// Folders end to end, spawned: the bundle's workers start and stop, a reader that leaves early
// ends the run, and a single file never loads what the pool needs.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { articleTree, story } from '../helpers/article-tree.js';
import { fixture, LEDE_BIN } from '../helpers/paths.js';
import { tempFolder } from '../helpers/temp-folder.js';

const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin' };

/** A folder of 200 invented articles, enough for the worker pool. */
function manyArticles(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 200; i++) files[`d${i % 5}/a${String(i).padStart(3, '0')}.txt`] = story(`Headline ${i}`, `The mayor said ${i} things.`, 'Nothing more.');
  return articleTree(files);
}

describe('folders, spawned', () => {
  const tree = manyArticles();

  it('gives the same output on worker threads as on one thread', () => {
    const run = (threads: string) => spawnSync(process.execPath, [LEDE_BIN, '--grep', 'said', '-c', tree], { env: { ...ENV, LEDE_THREADS: threads }, encoding: 'utf8' });
    const one = run('1');
    const two = run('2');
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.status, 0, two.stderr);
    assert.equal(two.stdout.split('\n').length, 201);
    assert.equal(two.stdout, one.stdout);
  });

  it('reads on worker threads as on one thread: text, JSON Lines and quotes, with articles that print nothing among them', () => {
    const files: Record<string, string> = { 'notes.bin': '\u0000\u0001binary' };
    for (let i = 0; i < 150; i++) {
      const said = i % 3 === 0 ? `"We will build ${i} homes," the mayor said.` : `The mayor spoke about ${i} homes.`;
      files[`d${i % 4}/a${String(i).padStart(3, '0')}.txt`] = story(`Homes plan ${i}`, said, 'Nothing more.');
    }
    const mixed = articleTree(files);
    for (const args of [['-f', 'plain'], ['--json'], ['--quotes'], ['--quotes', '--json']]) {
      const run = (threads: string) => spawnSync(process.execPath, [LEDE_BIN, ...args, mixed], { env: { ...ENV, LEDE_THREADS: threads }, encoding: 'utf8' });
      const one = run('1');
      const two = run('2');
      assert.equal(one.status, 0, one.stderr);
      assert.equal(two.status, 0, two.stderr);
      assert.ok(one.stdout.includes('homes'), args.join(' '));
      assert.equal(two.stdout, one.stdout, args.join(' '));
    }
  });

  it('stops when the reader leaves: `| head -1` prints one line and lede exits 0', () => {
    const r = spawnSync('bash', ['-c', `"$NODE" "$LEDE" --grep said "$TREE" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], {
      env: { ...ENV, NODE: process.execPath, LEDE: LEDE_BIN, TREE: tree },
      encoding: 'utf8',
    });
    assert.equal(r.stdout, `${tree}/d0/a000.txt:¶1:1: The mayor said 0 things.\n`);
    assert.match(r.stderr, /status=0\n$/);
  });

  it('does not load node:worker_threads or node:os for a single file', () => {
    const probe = join(tempFolder('lede-probe-'), 'probe.cjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write(process.moduleLoadList.filter((m) => /worker_threads|NativeModule os$/.test(m)).join(',') + '\\n'));\n");
    const r = spawnSync(process.execPath, ['-r', probe, LEDE_BIN, '--grep', 'said', fixture('bbc-layout.txt')], { env: ENV, encoding: 'utf8' });
    assert.equal(r.stderr, '\n');
    const many = spawnSync(process.execPath, ['-r', probe, LEDE_BIN, '--grep', 'said', '-q', tree], { env: ENV, encoding: 'utf8' });
    assert.match(many.stderr, /worker_threads/, 'the probe sees the pool when there is one');
  });
});
