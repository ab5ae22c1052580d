// `npm install && npm start` prints the bundled article: the start script names the article by its
// slug, so it does so even when standard input is not a terminal (a CI job, an IDE's task runner).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BUNDLED_ARTICLE, REPO_ROOT } from '../helpers/paths.js';

const { scripts } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('npm start', () => {
  it('names a bundled article by its slug', () => {
    const slug = /^node bin\/lede\.cjs (\S+)$/.exec(scripts.start ?? '')?.[1];
    assert.ok(slug, `start script: ${scripts.start}`);
    assert.ok(existsSync(join(REPO_ROOT, 'articles', `${slug}.txt`)), `articles/${slug}.txt`);
  });

  it('prints the bundled article with standard input from /dev/null', () => {
    const args = (scripts.start ?? '').split(' ').slice(1);
    const r = spawnSync(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const headline = readFileSync(BUNDLED_ARTICLE, 'utf8').split('\n')[0]!.trim();
    assert.ok(r.stdout.startsWith(headline), r.stdout.slice(0, 200));
  });
});
