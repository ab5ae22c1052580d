// Whole outputs of the bundled article and of a Markdown article in every format, at width 80
// with color pinned.
// Rewrite them with UPDATE_GOLDEN=1 npm test, then review the diff.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runLede } from './helpers/fake-proc.js';
import { fixture, GOLDEN } from './helpers/paths.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

const CASES: { file: string; args: string[] }[] = [
  { file: 'bundled.terminal.ansi', args: ['--format', 'terminal', '--color', 'always', '--width', '80'] },
  { file: 'bundled.plain.txt', args: ['--format', 'plain', '--width', '0'] },
  { file: 'bundled.plain-80.txt', args: ['--format', 'plain', '--width', '80'] },
  { file: 'bundled.markdown.md', args: ['--format', 'markdown'] },
  { file: 'bundled.json', args: ['--json'] },
  { file: 'bundled.numbers.txt', args: ['--format', 'plain', '--numbers', '--width', '80'] },
];

/** The Markdown fixture, read from standard input (so `source` is `-` wherever the tests run). */
const MARKDOWN_CASES: { file: string; args: string[]; env?: Record<string, string> }[] = [
  { file: 'clipped-article.terminal.ansi', args: ['--format', 'terminal', '--color', 'always', '--width', '80'] },
  { file: 'clipped-article.hyperlinks.ansi', args: ['--format', 'terminal', '--color', 'always', '--width', '80'], env: { FORCE_HYPERLINK: '1' } },
  { file: 'clipped-article.plain.txt', args: ['--format', 'plain', '--width', '0'] },
  { file: 'clipped-article.markdown.md', args: ['--format', 'markdown'] },
  { file: 'clipped-article.json', args: ['--json'] },
];

/** Compares an output with its golden file, or writes the file with UPDATE_GOLDEN=1. */
function matchGolden(file: string, stdout: string): void {
  const path = join(GOLDEN, file);
  if (UPDATE || !existsSync(path)) {
    assert.ok(UPDATE, `${file} is missing: run UPDATE_GOLDEN=1 npm test`);
    writeFileSync(path, stdout);
  }
  assert.equal(stdout, readFileSync(path, 'utf8'));
}

describe('golden outputs of a Markdown article', () => {
  for (const { file, args, env } of MARKDOWN_CASES) {
    it(`matches ${file}`, async () => {
      const r = await runLede(args, { env: { TERM: 'xterm', ...env }, stdin: readFileSync(fixture('clipped-article.md')) });
      assert.equal(r.status, 0, r.stderr);
      matchGolden(file, r.stdout);
    });
  }
});

describe('golden outputs of the bundled article', () => {
  for (const { file, args } of CASES) {
    it(`matches ${file}`, async () => {
      const r = await runLede(args, { env: { TERM: 'xterm' } });
      assert.equal(r.status, 0);
      matchGolden(file, r.stdout);
    });
  }
});
