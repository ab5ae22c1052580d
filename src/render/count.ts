// `--grep -c`: the number of matching sentences (or quotes) in an article, after its name when several
// are read; or one JSON object a line with --json.

import { showFileName } from './controls.js';
import { safeJson } from './safe-json.js';
import type { RenderOptions } from './options.js';

/** Renders `N` (or `source:N` with several files) and a newline. */
export function renderCount(source: string, count: number, opts: RenderOptions): string {
  return `${opts.withFileNames ? `${showFileName(source)}:` : ''}${count}\n`;
}

/** Renders `{"source":…,"count":N}` on one line: `-c` with `--json`. */
export function renderCountJson(source: string, count: number): string {
  return safeJson({ source, count }, 0) + '\n';
}
