// What keeps a start fast, checked as facts rather than timed (`npm run bench` times it): the
// bundled CLI starts from V8's code cache (bin/load-cli.cjs, scripts/bundle.ts), a start into a
// pipe, a file or /dev/null sets up no Node stream, and one that does not page never loads
// node:child_process. A cache V8 rejects is ignored without a word, so
// this checks that the one the build writes is taken.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/paths.js';

const LOADER = join(REPO_ROOT, 'bin', 'load-cli.cjs');

/** Loads the bundle as bin/lede.cjs does, in a fresh Node, and says whether V8 took the cache. */
function cacheTaken(options: string): string {
  const code = `const { script } = require(${JSON.stringify(LOADER)}).loadCli(${options}); process.stdout.write(String(script.cachedDataRejected))`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

describe('code cache', () => {
  it('goes with a bundle that is pure ASCII (read without decoding; scripts/bundle.ts escapes the rest)', () => {
    const bundle = readFileSync(join(REPO_ROOT, 'dist', 'bundle', 'cli.cjs'));
    assert.equal(bundle.findIndex((b) => b > 0x7f), -1);
  });

  it('is written by the build beside the bundle', () => {
    assert.ok(existsSync(join(REPO_ROOT, 'dist', 'bundle', 'cli.cjs.cache')));
  });

  it('is accepted by V8 when lede starts', () => {
    assert.equal(cacheTaken(''), 'false');
  });

  it('is not read when the loader is asked not to (so the check above can tell)', () => {
    assert.equal(cacheTaken('{ cache: false }'), 'undefined');
  });
});

describe('a start that names its input', () => {
  it('does not load node:tty (and node:net with it) to ask whether stdin is a terminal', () => {
    const code = `require(${JSON.stringify(LOADER)}).loadCli().cli.run(process).then(() => process.stderr.write('tty:' + process.moduleLoadList.includes('NativeModule tty')))`;
    const r = spawnSync(process.execPath, ['-e', code, 'lede', 'putin-xi-beijing-summit'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /tty:false$/);
  });
});

describe('a start that writes into a pipe, a file or /dev/null', () => {
  it('sets up no Node stream for stdout or stderr (node:stream is not loaded)', () => {
    // fs.writeSync(2, …): process.stderr itself would set the stream up.
    const code = `require(${JSON.stringify(LOADER)}).loadCli().cli.run(process).then(() => require('node:fs').writeSync(2, 'stream:' + process.moduleLoadList.includes('NativeModule stream')))`;
    // spawnSync's 'pipe' is a socket pair; a shell's pipe (a FIFO) and a file are checked in lede.test.ts.
    for (const stdout of ['pipe', 'devnull'] as const) {
      const out = stdout === 'pipe' ? 'pipe' : openSync('/dev/null', 'w');
      const r = spawnSync(process.execPath, ['-e', code, 'lede', 'putin-xi-beijing-summit'], { encoding: 'utf8', stdio: ['ignore', out, 'pipe'] });
      if (typeof out === 'number') closeSync(out);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /stream:false$/, `stdout ${stdout}`);
    }
  });
});

describe('a start that does not page', () => {
  it('does not load node:child_process, and the pager does', () => {
    const code = `require(${JSON.stringify(LOADER)}).loadCli().cli.run(process).then(() => process.stderr.write('child_process:' + process.moduleLoadList.includes('NativeModule child_process')))`;
    const run = (args: string[], env: Record<string, string>) => {
      const r = spawnSync(process.execPath, ['-e', code, 'lede', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env } });
      assert.equal(r.status, 0, r.stderr);
      return /child_process:(true|false)$/.exec(r.stderr)?.[1];
    };
    const slug = 'putin-xi-beijing-summit';
    assert.equal(run([slug], {}), 'false');
    assert.equal(run(['--format', 'terminal', '--color', 'always', '--width', '80', slug], {}), 'false');
    // Paging forced on a pipe, with `cat` as the pager: the pager is spawned, so the module loads.
    assert.equal(run(['--paging', 'always', slug], { PAGER: 'cat' }), 'true');
  });
});

describe('a clone where the build never ran', () => {
  it('says so in one line and exits 2, with no stack trace', () => {
    const clone = mkdtempSync(join(tmpdir(), 'lede-unbuilt-'));
    try {
      mkdirSync(join(clone, 'bin'));
      for (const name of ['lede.cjs', 'load-cli.cjs']) copyFileSync(join(REPO_ROOT, 'bin', name), join(clone, 'bin', name));
      const r = spawnSync(process.execPath, [join('bin', 'lede.cjs'), 'putin-xi-beijing-summit'], { cwd: clone, encoding: 'utf8' });
      assert.equal(r.stderr, "lede: dist/bundle/cli.cjs: not built (run `npm run build` in lede's folder)\n");
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe('the chunks split off the bundle (scripts/bundle.ts)', () => {
  /** The chunk files (dist/bundle/*.cjs but the CLI's own) a run of lede in a fresh Node required. */
  function chunksLoaded(args: string[], input?: string): string[] {
    const code = `require(${JSON.stringify(LOADER)}).loadCli().cli.run(process).then(() => require('node:fs').writeSync(2, '\\nchunks:' + JSON.stringify(Object.keys(require.cache))))`;
    const r = spawnSync(process.execPath, ['-e', code, 'lede', ...args], { encoding: 'utf8', input });
    assert.equal(r.status, 0, r.stderr);
    const loaded = JSON.parse(/chunks:(.*)$/.exec(r.stderr)![1]!) as string[];
    return loaded
      .filter((path) => dirname(path) === join(REPO_ROOT, 'dist', 'bundle'))
      .map((path) => basename(path))
      .filter((name) => name !== 'cli.cjs')
      .sort();
  }

  it('are not loaded by a plain or styled read of article text, a file or standard input', () => {
    const slug = 'putin-xi-beijing-summit';
    assert.deepEqual(chunksLoaded([slug]), []);
    assert.deepEqual(chunksLoaded(['--format', 'terminal', '--color', 'always', '--width', '80', slug]), []);
    assert.deepEqual(chunksLoaded(['--json', slug]), []);
    assert.deepEqual(chunksLoaded(['--grep', 'Putin', slug]), []);
    assert.deepEqual(chunksLoaded(['-'], 'A Headline\n\nShe said it was fine. Nobody else spoke.\n'), []);
  });

  it('are loaded when asked for (so the check above can tell): quotes, summary, Markdown, a web page', () => {
    const slug = 'putin-xi-beijing-summit';
    assert.deepEqual(chunksLoaded(['--quotes', slug]), ['quotes.cjs']);
    assert.deepEqual(chunksLoaded(['--summary', slug]), ['summary.cjs']);
    assert.deepEqual(chunksLoaded(['-'], '# A Headline\n\nShe said it was *fine*.\n\n- one\n- two\n'), ['markdown.cjs', 'marked.cjs']);
    assert.deepEqual(chunksLoaded(['-'], '<!doctype html><html><head><title>A Headline</title></head><body><article><h1>A Headline</h1><p>She said it was fine, and nobody else spoke at all that day in the town.</p></article></body></html>'), ['html.cjs']);
  });
});
