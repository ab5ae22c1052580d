// Deciding whether collected output goes through the pager, and sending it there or to stdout.
// Which pager and how it runs is pager.ts's; rendering is not our business.

import type { Options } from '../options.js';
import { unstyled } from '../render/wrap.js';
import { writeOutput, type Sink } from './output.js';
import type { PagerCommand, PagerResult } from './pager.js';

/** Gathers output that may go to a pager: its height decides. */
export class CollectSink implements Sink {
  text = '';
  write(text: string): void {
    this.text += text;
  }
}

/** The rows text takes on a terminal `columns` wide: long lines (unwrapped Markdown, plain) take several. */
export function screenRows(text: string, columns: number): number {
  let rows = 0;
  for (const line of (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n')) {
    const width = unstyled(line).length;
    rows += Math.max(1, Math.ceil(width / Math.max(1, columns)));
  }
  return text === '' ? 0 : rows;
}

/** Where collected output goes: stdout, the pager, and what to say on stderr. */
export interface PagedIo {
  stdout: Sink;
  stderr: Sink;
  page: (pager: PagerCommand, text: string) => Promise<PagerResult>;
}

/**
 * Shows collected output: through the pager when paging is `always` or the text is taller than the
 * window, otherwise straight to stdout. A pager that cannot start gets one warning, then stdout.
 */
export async function showPaged(text: string, paging: NonNullable<Options['paging']>, io: PagedIo, warn: (line: string) => string): Promise<'done' | 'interrupted'> {
  if (!paging.always && screenRows(text, paging.columns) < paging.rows) {
    writeOutput(io.stdout, text);
    return 'done';
  }
  const result = await io.page(paging.pager, text);
  if (result.kind === 'failed') {
    io.stderr.write(warn(`warning: pager '${paging.pager.label}' failed (${result.why}); printing directly`));
    writeOutput(io.stdout, text);
    return 'done';
  }
  return result.kind;
}
