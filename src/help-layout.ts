// Lays help text out for a terminal's width: a long line is wrapped at spaces, never inside a
// word, and its continuation lines keep the indent of the column its description starts in.
// Pure: the CLI gives the text and the width.

/** The fewest columns a description keeps beside its term; narrower, it goes under the term. */
const MIN_DESCRIPTION = 24;
/** The indent of a description set under its term, or of a wrapped line with no description. */
const UNDER_INDENT = 4;

/**
 * Splits text into lines at spaces: the first of at most `first` columns, the others `rest` (a
 * longer word stands alone).
 */
function wrapWords(text: string, first: number, rest = first): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/).filter(Boolean)) {
    if (line && [...line].length + 1 + [...word].length > (lines.length === 0 ? first : rest)) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * One line of help at `width` columns. A line whose text runs past two or more spaces is a term
 * and its description (`  -n, --numbers   show paragraph numbers`): the description wraps in its
 * own column, or under the term, indented, when the column would be too narrow. Any other line
 * wraps at its margin, an indented one (a command) with its continuation a little further in.
 */
function layoutLine(line: string, width: number): string[] {
  if ([...line].length <= width) return [line];
  const item = /^( *\S(?:.*?\S)?)( {2,})(\S.*)$/.exec(line);
  if (item) {
    const [, term, gap, description] = item as unknown as [string, string, string, string];
    const column = [...term].length + gap.length;
    if (width - column >= MIN_DESCRIPTION) {
      return wrapWords(description, width - column).map((l, i) => (i === 0 ? term + gap : ' '.repeat(column)) + l);
    }
    const indent = (/^ */.exec(term)?.[0].length ?? 0) + UNDER_INDENT;
    return [...layoutLine(term, width), ...wrapWords(description, Math.max(width - indent, 1)).map((l) => ' '.repeat(indent) + l)];
  }
  // A prose paragraph goes on at its margin; an indented line (a command, `Usage: …`) a little further in.
  const lead = /^(?:Usage: +| *)/.exec(line)![0];
  const indent = lead ? lead.length + UNDER_INDENT : 0;
  return wrapWords(line.slice(lead.length), width - lead.length, Math.max(width - indent, 1)).map((l, i) => (i === 0 ? lead : ' '.repeat(indent)) + l);
}

/** Lays out every line of the help text for `width` columns. */
export function layoutHelp(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => layoutLine(line, width))
    .join('\n');
}
