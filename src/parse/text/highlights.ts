// Finds a CNN story's `@highlight` blocks at the end of the text. The body before them is left
// to the other scanners.

import { isBlank, type Line } from '../lines.js';

/** The marker that opens each highlight in the DeepMind Q&A `.story` layout. */
export const HIGHLIGHT_MARKER = '@highlight';

/** Splits lines into the body before the first `@highlight` and the highlight texts after it. */
export function splitHighlights(lines: Line[]): { body: Line[]; highlights: string[] } {
  const start = lines.findIndex((l) => l.text.length >= HIGHLIGHT_MARKER.length && l.text.trim() === HIGHLIGHT_MARKER);
  if (start < 0) return { body: lines, highlights: [] };
  const highlights = lines
    .slice(start)
    .filter((l) => !isBlank(l) && l.text.trim() !== HIGHLIGHT_MARKER)
    .map((l) => l.text.trim());
  return { body: lines.slice(0, start), highlights };
}
