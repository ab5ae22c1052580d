// Where the tests find the repository's files, from the compiled test's location (dist/test/…).

import { join } from 'node:path';
import { packageRoot } from '../../src/package-root.js';

/** The repository root. */
export const REPO_ROOT = packageRoot();
/** The hand-written fixtures. */
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');
/** The golden outputs. */
export const GOLDEN = join(REPO_ROOT, 'test', 'golden');
/** The built command. */
export const LEDE_BIN = join(REPO_ROOT, 'bin', 'lede.cjs');
/** The bundled article. */
export const BUNDLED_ARTICLE = join(REPO_ROOT, 'articles', 'putin-xi-beijing-summit.txt');

/** The path of a fixture file. */
export function fixture(name: string): string {
  return join(FIXTURES, name);
}
