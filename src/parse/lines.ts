// The line type the line-level scanners share. Owns nothing else.

/** One source line, with its 1-based number in the input. */
export interface Line {
  number: number;
  text: string;
  /** The text folded (foldedText), once asked for; a line whose text changes is a new Line. */
  folded?: string;
}

/** The line's text folded (foldSpace), worked out once: the header, furniture, tail and paragraph scanners each read it. */
export function foldedText(line: Line): string {
  return (line.folded ??= foldSpace(line.text));
}

/** A line not yet folded. Every Line is made here, with all its fields: objects of one shape keep the scanners' compiled code to one case. */
export function newLine(number: number, text: string): Line {
  return { number, text, folded: undefined };
}

/** Splits LF-normalized text into numbered lines (as split('\n') would, without its array of strings). */
export function toLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0, number = 1; ; number++) {
    const end = text.indexOf('\n', start);
    lines.push(newLine(number, end < 0 ? text.slice(start) : text.slice(start, end)));
    if (end < 0) return lines;
    start = end + 1;
  }
}

/** Whether a line holds nothing but white space. */
export function isBlank(line: Line): boolean {
  // Decided by the first character for nearly every line (this runs on each line of a long
  // article, several times): printable ASCII and C1 controls are not white space.
  const c = line.text.charCodeAt(0);
  if (c > 32 && c < 0xa0) return false;
  return line.text.trim() === '';
}

/** White space other than a space: with two spaces together, what foldSpace has to replace. */
const OTHER_SPACE = /[\t\n\f\v\r]/;

/** Folds runs of ASCII white space to one space and trims; keeps no-break spaces as written. */
export function foldSpace(text: string): string {
  // Most lines are already folded: skip the copy replace() would make of every one of them.
  // (Two tests: a pattern of both alternatives tries the second at every space of the line.)
  return text.includes('  ') || OTHER_SPACE.test(text) ? text.replace(/[ \t\n\f\v\r]+/g, ' ').trim() : text.trim();
}
