// The test helpers' temporary folders go when the test file's process ends.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';

describe('temporary folders of the test helpers', () => {
  it('are removed when the process exits: an article tree (lede-tree-*) leaves nothing in the temp folder', () => {
    const helper = pathToFileURL(join(import.meta.dirname, 'article-tree.js')).href;
    const code = `const { newsroomTree } = await import(${JSON.stringify(helper)}); const root = newsroomTree(); process.stdout.write(root);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /lede-tree-/);
    assert.equal(existsSync(r.stdout), false, `${r.stdout} is still there`);
  });
});
