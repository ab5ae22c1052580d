// Where the tests find the repository's files, from the compiled test's location (dist/test/…).

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

/** The repository root. */
export const REPO_ROOT = findRoot();
/** The hand-written fixtures. */
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');
/** The golden outputs. */
export const GOLDEN = join(REPO_ROOT, 'test', 'golden');
/** The built command. */
export const LEDE_BIN = join(REPO_ROOT, 'bin', 'lede.js');
/** The bundled article. */
export const BUNDLED_ARTICLE = join(REPO_ROOT, 'articles', 'putin-xi-beijing-summit.txt');

/** The path of a fixture file. */
export function fixture(name: string): string {
  return join(FIXTURES, name);
}
