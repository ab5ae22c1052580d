// Whole outputs of the bundled article in every format, at width 80 with color pinned.
// Rewrite them with UPDATE_GOLDEN=1 npm test, then review the diff.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runLede } from './helpers/fake-proc.js';
import { GOLDEN } from './helpers/paths.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

const CASES: { file: string; args: string[] }[] = [
  { file: 'bundled.terminal.ansi', args: ['--format', 'terminal', '--color', 'always', '--width', '80'] },
  { file: 'bundled.plain.txt', args: ['--format', 'plain', '--width', '0'] },
  { file: 'bundled.plain-80.txt', args: ['--format', 'plain', '--width', '80'] },
  { file: 'bundled.markdown.md', args: ['--format', 'markdown'] },
  { file: 'bundled.json', args: ['--json'] },
  { file: 'bundled.numbers.txt', args: ['--format', 'plain', '--numbers', '--width', '80'] },
];

describe('golden outputs of the bundled article', () => {
  for (const { file, args } of CASES) {
    it(`matches ${file}`, async () => {
      const r = await runLede(args, { env: { TERM: 'xterm' } });
      assert.equal(r.status, 0);
      const path = join(GOLDEN, file);
      if (UPDATE || !existsSync(path)) {
        assert.ok(UPDATE, `${file} is missing: run UPDATE_GOLDEN=1 npm test`);
        writeFileSync(path, r.stdout);
      }
      assert.equal(r.stdout, readFileSync(path, 'utf8'));
    });
  }
});
