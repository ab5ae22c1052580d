// The articles that ship with lede: where they live and what their slugs are.
// Reading and decoding them is sources.ts's job.

import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The extensions a bundled article may have. */
const ARTICLE_EXTENSIONS = ['.txt', '.md'];

/** The slug of the article `lede` shows with no argument. */
export const DEFAULT_SLUG = 'putin-xi-beijing-summit';

let cachedDir: string | undefined;

/** The package's `articles/` folder, found by walking up from this module (works built or bundled). */
export function bundledArticlesDir(): string {
  if (cachedDir) return cachedDir;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'articles'))) return (cachedDir = join(dir, 'articles'));
    const parent = dirname(dir);
    if (parent === dir) throw new Error('lede: cannot find the bundled articles folder');
    dir = parent;
  }
}

/** The bundled articles as slug → path, sorted by slug. */
export function bundledArticles(dir = bundledArticlesDir()): Map<string, string> {
  const entries = readdirSync(dir)
    .filter((f) => ARTICLE_EXTENSIONS.some((ext) => f.endsWith(ext)))
    .sort()
    .map((f): [string, string] => [f.replace(/\.[^.]+$/, ''), join(dir, f)]);
  return new Map(entries);
}
