// `--grep -l` and `-L`: an article's name on a line of its own, as grep prints a file's; with
// --json, `{"source":…}` on one line.

import { showFileName } from './controls.js';
import { safeJson } from './safe-json.js';

/** Renders the source's name and a newline, shown as every printed file name is (showFileName); or its JSON line. */
export function renderFileName(source: string, json: boolean): string {
  return json ? safeJson({ source }, 0) + '\n' : `${showFileName(source)}\n`;
}
