// What a run imports, seen through a module resolution hook (helpers/trace-imports.ts):
// marked-terminal (about four bare Node starts to import) loads only when a Markdown article's
// blocks are drawn on a terminal. Everything else lede runs is in its one bundle (scripts/bundle.ts),
// where the parts an article may not need (marked, the Markdown and JSON parsers, string-width and
// wrap-ansi) are compiled from V8's code cache and initialised only when called.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BUNDLED_ARTICLE, fixture, LEDE_BIN, REPO_ROOT } from '../helpers/paths.js';

const TRACER = join(REPO_ROOT, 'dist', 'test', 'helpers', 'trace-imports.js');
const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', TERM: 'xterm' };

/** The modules (as package/file paths under node_modules) a run of lede resolved. */
function importsOf(args: string[]): string[] {
  const r = spawnSync(process.execPath, ['--import', TRACER, LEDE_BIN, ...args], { env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(r.status, 0, r.stderr);
  const urls = r.stderr.split('\n').filter((l) => l.startsWith('lede-trace: '));
  assert.ok(urls.length > 0, 'the tracer saw the run');
  return urls.map((l) => l.replace(/^.*\/node_modules\//, ''));
}

const loads = (imports: string[], pkg: string) => imports.some((m) => m.startsWith(`${pkg}/`));

describe('lazy imports', () => {
  it('does not load marked-terminal for a plain-text article on a terminal', () => {
    for (const args of [[BUNDLED_ARTICLE], [fixture('cnn-layout-story.txt')]]) {
      const imports = importsOf([...args, '--format', 'terminal', '--color', 'always']);
      assert.ok(!loads(imports, 'marked-terminal'), `marked-terminal loaded for ${args[0]}`);
    }
  });

  it('loads marked-terminal for a Markdown article’s blocks on a terminal (so the tracer would see it)', () => {
    assert.ok(loads(importsOf([fixture('clipped-article.md'), '--format', 'terminal']), 'marked-terminal'));
  });

  it('does not load marked-terminal for a Markdown article in plain output, or summarized', () => {
    for (const extra of [['--format', 'plain'], ['--format', 'terminal', '--summary']]) {
      const imports = importsOf([fixture('clipped-article.md'), ...extra]);
      assert.ok(!loads(imports, 'marked-terminal'), `marked-terminal loaded with ${extra.join(' ')}`);
    }
  });
});
