// The up-to-date check `npm start` and `npm test` run before building (scripts/build-if-stale.mjs),
// on a made-up project in a temporary folder; and the install-scripts setting in package.json.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/paths.js';
import { tempFolder } from '../helpers/temp-folder.js';

interface Check {
  isStale: (root: string) => boolean;
}

const check = (await import(pathToFileURL(join(REPO_ROOT, 'scripts', 'build-if-stale.mjs')).href)) as Check;

/** A project with one source file, built at time `built` (seconds), its source written at `source`. */
function project(source: number, built: number | null): string {
  const root = tempFolder('lede-stale-');
  mkdirSync(join(root, 'src', 'deep'), { recursive: true });
  writeFileSync(join(root, 'src', 'deep', 'a.ts'), 'x');
  writeFileSync(join(root, 'package.json'), '{}');
  for (const p of ['src/deep/a.ts', 'src/deep', 'src', 'package.json']) utimesSync(join(root, p), source, source);
  if (built !== null) {
    mkdirSync(join(root, 'dist', 'bundle'), { recursive: true });
    writeFileSync(join(root, 'dist', 'bundle', 'cli.cjs.cache'), '');
    writeFileSync(join(root, 'lede.1'), '');
    utimesSync(join(root, 'dist', 'bundle', 'cli.cjs.cache'), built, built);
    utimesSync(join(root, 'lede.1'), built, built);
  }
  return root;
}

describe('the up-to-date check before npm start and npm test', () => {
  it('does not build again when nothing changed since the build (was: a full build every time)', () => {
    assert.equal(check.isStale(project(1000, 2000)), false);
  });

  it('builds when there is no build, or a source file is newer than it', () => {
    assert.equal(check.isStale(project(1000, null)), true);
    assert.equal(check.isStale(project(3000, 2000)), true);
  });

  it('builds when a file was deleted (its folder changed) or the build stopped half way', () => {
    const deleted = project(1000, 2000);
    rmSync(join(deleted, 'src', 'deep', 'a.ts'));
    assert.equal(check.isStale(deleted), true);
    const half = project(1000, 2000);
    rmSync(join(half, 'lede.1'));
    assert.equal(check.isStale(half), true);
  });
});

describe('install scripts', () => {
  it('package.json decides every dependency install script (npm 11 warns about undecided ones)', () => {
    const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([path]) => path.replace(/^.*node_modules\//, ''));
    assert.ok(withScripts.length > 0);
    for (const name of withScripts) assert.equal(typeof pkg.allowScripts?.[name], 'boolean', name);
  });
});
