// The articles that ship with lede: where they live and what their slugs are.
// Reading and decoding them is sources.ts's job.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

/** The extensions a bundled article may have. */
const ARTICLE_EXTENSIONS = ['.txt', '.md'];

/** The slug of the article `lede` shows with no argument. */
export const DEFAULT_SLUG = 'putin-xi-beijing-summit';

/** The package's `articles/` folder. */
export function bundledArticlesDir(): string {
  return join(packageRoot(), 'articles');
}

/** The bundled articles as slug → path, sorted by slug. */
export function bundledArticles(dir = bundledArticlesDir()): Map<string, string> {
  const entries = readdirSync(dir)
    .filter((f) => ARTICLE_EXTENSIONS.some((ext) => f.endsWith(ext)))
    .sort()
    .map((f): [string, string] => [f.replace(/\.[^.]+$/, ''), join(dir, f)]);
  return new Map(entries);
}
