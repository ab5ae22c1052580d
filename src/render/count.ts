// `--grep -c`: the number of matching sentences (or quotes) in an article, after its name when several
// are read; or one JSON object a line with --json.

import type { Article } from '../article.js';
import { countHits } from '../select/grep.js';
import { showFileName } from './controls.js';
import { safeJson } from './safe-json.js';
import type { RenderOptions } from './options.js';

/** Renders `N` (or `source:N` with several files) and a newline. */
export function renderCount(article: Article, opts: RenderOptions): string {
  return `${opts.withFileNames ? `${showFileName(article.source)}:` : ''}${countHits(article)}\n`;
}

/** Renders `{"source":…,"count":N}` on one line: `-c` with `--json`. */
export function renderCountJson(article: Article): string {
  return safeJson({ source: article.source, count: countHits(article) }, 0) + '\n';
}
