// Letters at the ends of a text, read character by character: the run of letters that ends it (what
// `([\p{L}]+)\s*$` finds, without a regular expression trying every position of a long text) and the case of
// its first letter (what `/^\p{Lu}/u` tests, at a fraction of a pattern call), and white space by its code (what
// `\s` and `trim` take). Which class a character is in is char-classes.ts's; what a word means is speakers.ts's.

import { isOf, LETTER, LOWER, UPPER } from './char-classes.js';

const LETTER_PATTERN = /^\p{L}$/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const APOSTROPHE = 0x27;

/** Whether `text` starts with a letter of the class `bit` (UPPER or LOWER); `pair` tests a pair outside the BMP. */
function startsWithCase(text: string, pair: RegExp, bit: number): boolean {
  if (text === '') return false;
  const c = text.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdbff) return pair.test(text);
  return isOf(c, bit);
}

/** Whether `text` starts with an upper-case letter (\p{Lu}). */
export function startsUpper(text: string): boolean {
  return startsWithCase(text, UPPER_START, UPPER);
}

/** Whether `text` starts with a lower-case letter (\p{Ll}). */
export function startsLower(text: string): boolean {
  return startsWithCase(text, LOWER_START, LOWER);
}

/** Whether `code` is white space as a regular expression's `\s` means it (and `trim` does). */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Where the run of letters (and, with `apostrophes`, straight apostrophes) that ends at `end` starts:
 * `end` itself when the character before it is neither. A character outside the BMP counts whole. */
function letterRunStart(text: string, end: number, apostrophes = false): number {
  let i = end;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdfff && i > 1) {
      const h = text.charCodeAt(i - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        if (!LETTER_PATTERN.test(text.slice(i - 2, i))) return i;
        i -= 2;
        continue;
      }
    }
    if (isOf(c, LETTER)) i--;
    else if (apostrophes && c === APOSTROPHE) i--;
    else return i;
  }
  return i;
}

/** Where the white space that ends `text` before `end` starts. */
function trailingSpaceStart(text: string, end = text.length): number {
  let i = end;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the last word of `text` starts: a run of letters and straight apostrophes after white space or at the
 * text's start, ending the text (what `(?:^|\s)([\p{L}']+)$` finds); -1 when the text ends otherwise. */
export function lastWordStart(text: string): number {
  const start = letterRunStart(text, text.length, true);
  return start === text.length || (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) ? -1 : start;
}

/** The run of letters just before the white space that ends `text` (what `([\p{L}]+)\s*$` finds), or null. */
export function lettersBeforeTrailingSpace(text: string): string | null {
  const end = trailingSpaceStart(text);
  const start = letterRunStart(text, end);
  return start < end ? text.slice(start, end) : null;
}
