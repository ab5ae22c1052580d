// Groups body lines into paragraphs: blank lines (and lines other scanners took) separate blocks;
// a hard-wrapped block becomes one paragraph, any other block one paragraph per line.
// Datelines, sentences and furniture are other scanners' work.

import { foldedText, foldSpace, isBlank, type Line } from '../lines.js';

/** Lines longer than this were not hard-wrapped by a person or a mail client. */
const HARD_WRAP_MAX_COLUMNS = 100;
/** In a hard-wrapped block every line but the last fills at least this share of the longest. */
const HARD_WRAP_MIN_FILL = 0.6;

/** A paragraph's folded text and the line it starts on. */
export interface RawParagraph {
  text: string;
  line: number;
}

/** How a sentence ends: a stop, perhaps inside closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["”’')\]]*\s*$/;

/**
 * Whether a block of two or more lines reads as one paragraph wrapped at a fixed width: every line
 * but the last fills most of the widest, and not every one of them ends a sentence (when each does,
 * it is one paragraph a line that happen to be of a length).
 */
export function isHardWrapped(block: Line[]): boolean {
  if (block.length < 2) return false;
  if (block.slice(0, -1).every((l) => SENTENCE_END.test(l.text))) return false;
  // A headline over one-sentence lines: every line between the first and the last ends a sentence.
  if (block.length >= 4 && block.slice(1, -1).every((l) => SENTENCE_END.test(l.text))) return false;
  const lengths = block.map((l) => l.text.trimEnd().length);
  const widest = lengths.reduce((a, b) => Math.max(a, b), 0);
  if (widest > HARD_WRAP_MAX_COLUMNS) return false;
  return lengths.slice(0, -1).every((n) => n >= widest * HARD_WRAP_MIN_FILL);
}

/**
 * Turns body lines into paragraphs, joining hard-wrapped blocks. Blocks are runs of lines between
 * blank lines and lines in `skip`; they are found by index, so the one-line blocks that make up
 * most articles cost no array of their own (a 100 MB article has hundreds of thousands).
 */
export function scanParagraphs(lines: Line[], skip: Set<number>): RawParagraph[] {
  const out: RawParagraph[] = [];
  const breaks = (line: Line) => isBlank(line) || skip.has(line.number);
  for (let start = 0; start < lines.length; ) {
    if (breaks(lines[start]!)) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < lines.length && !breaks(lines[end]!)) end++;
    const block = end - start > 1 ? lines.slice(start, end) : null;
    if (block && isHardWrapped(block)) {
      out.push({ text: foldSpace(block.map((l) => l.text).join(' ')), line: block[0]!.number });
    } else {
      for (let i = start; i < end; i++) {
        const first = lines[i]!;
        let text = first.text;
        // A stray line break inside a sentence: the line does not end one and the next goes on in lower case.
        while (i + 1 < end && continuesSentence(lines[i]!.text, lines[i + 1]!.text)) text += ' ' + lines[++i]!.text;
        out.push({ text: text === first.text ? foldedText(first) : foldSpace(text), line: first.number });
      }
    }
    start = end;
  }
  return out;
}

/** Whether `next` goes on with the sentence `line` leaves open: no stop or colon ends it, a lowercase letter opens `next`. */
function continuesSentence(line: string, next: string): boolean {
  const c = next.trimStart().charCodeAt(0);
  // Most lines open with a capital, a digit or a quote: decided without a pattern.
  if (c < 0x61 || (c > 0x7a && c < 0xdf)) return false;
  if (!/^\p{Ll}/u.test(next.trimStart())) return false;
  return !SENTENCE_END.test(line) && !/[:;]\s*$/.test(line) && line.trim() !== '';
}

/** Whether the text is one paragraph a line with no blank lines at all (three lines or more). */
export function isLinePerParagraph(lines: Line[]): boolean {
  // Stops at the first blank line inside the text, rather than building every block of a long article.
  let first = -1;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(lines[i]!)) continue;
    if (first < 0) first = i;
    else if (i > last + 1) return false;
    last = i;
  }
  if (first < 0 || last - first + 1 < 3) return false;
  return !isHardWrapped(lines.slice(first, last + 1));
}
