// `--grep -c`: the number of matching sentences in an article, after its name when several are read.

import type { Article } from '../article.js';
import { countHits } from '../select/grep.js';
import type { RenderOptions } from './options.js';

/** Renders `N` (or `source:N` with several files) and a newline. */
export function renderCount(article: Article, opts: RenderOptions): string {
  return `${opts.withFileNames ? `${article.source}:` : ''}${countHits(article)}\n`;
}
