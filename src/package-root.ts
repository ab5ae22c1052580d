// Finds lede's own package folder (for the bundled articles and the version), built or bundled.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/** The folder holding lede's package.json, found by walking up from this module. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'articles'))) return (cachedRoot = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the lede package folder');
    dir = parent;
  }
}

/** Set by the bundler (scripts/bundle.ts) so the bundled CLI does not read package.json at start-up. */
declare const __LEDE_VERSION__: string | undefined;

/** lede's version: built into the bundle, else from its package.json. */
export function packageVersion(): string {
  if (typeof __LEDE_VERSION__ === 'string') return __LEDE_VERSION__;
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
