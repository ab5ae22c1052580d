// The line type the line-level scanners share. Owns nothing else.

/** One source line, with its 1-based number in the input. */
export interface Line {
  number: number;
  text: string;
}

/** Splits LF-normalized text into numbered lines. */
export function toLines(text: string): Line[] {
  return text.split('\n').map((t, i) => ({ number: i + 1, text: t }));
}

/** Whether a line holds nothing but white space. */
export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}

/** White space other than a single space: what foldSpace has to replace. */
const UNFOLDED_SPACE = /[\t\n\f\v\r]| {2}/;

/** Folds runs of ASCII white space to one space and trims; keeps no-break spaces as written. */
export function foldSpace(text: string): string {
  // Most lines are already folded: skip the copy replace() would make of every one of them.
  return UNFOLDED_SPACE.test(text) ? text.replace(/[ \t\n\f\v\r]+/g, ' ').trim() : text.trim();
}
