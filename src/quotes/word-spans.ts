// Finds where the words of a text are, as the speaker modules count them: what the regular expression
// WORD_PATTERN matches, found by a scanner over the characters. The speaker analysis cuts the same
// sentences into words many times over, and the pattern's match objects were a good part of its cost.
// What a word means (a cue, a name, an abbreviation) is left to speakers.ts and speaker-names.ts; which class a
// character is in, to char-classes.ts.

import { isOf, WORD_CHAR } from './char-classes.js';

/** The words the scanner finds, as a regular expression: a run of letters and digits, joined to more by
 * an apostrophe, full stop or hyphen, then maybe a full stop and a possessive (`U.S.`, `Smith's`). */
export const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?(?:['’]s?)?/gu;

/** A letter or digit outside the Basic Multilingual Plane, as its pair of surrogates. */
const WIDE_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
/** The full stop's character code. */
export const FULL_STOP = 0x2e;
const HYPHEN = 0x2d;
const SMALL_S = 0x73;

/** How many code units the character `c` (not ASCII) at `i` takes if it is a letter or digit (1, or 2 outside the BMP); else 0. */
function wideWordChar(text: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WIDE_LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return isOf(c, WORD_CHAR) ? 1 : 0;
}

/** The end of the run of letters and digits that starts at `i` (`i` itself when there is none). */
function runEnd(text: string, i: number): number {
  const length = text.length;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (!isOf(c, WORD_CHAR)) return i;
      i++;
    } else {
      const n = wideWordChar(text, i, c);
      if (n === 0) return i;
      i += n;
    }
  }
  return i;
}

/** Where the first word at or after `i` starts, `i` being outside a word; `limit` (the text's length unless
 * given) if none starts before it. */
export function nextWordStart(text: string, i: number, limit = text.length): number {
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? isOf(c, WORD_CHAR) : wideWordChar(text, i, c) !== 0) return i;
    i++;
  }
  return limit;
}

/**
 * Where the word that starts at `start` ends. Each part of WORD_PATTERN is greedy and every part after the
 * first run is optional, so the first way it can match is the match: the longest run, as many joined runs
 * as follow, a full stop, an apostrophe and an `s`.
 */
export function wordEnd(text: string, start: number): number {
  let i = runEnd(text, start);
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== APOSTROPHE && c !== RIGHT_QUOTE && c !== FULL_STOP && c !== HYPHEN) break;
    const after = runEnd(text, i + 1);
    if (after === i + 1) break;
    i = after;
  }
  if (text.charCodeAt(i) === FULL_STOP) i++;
  const c = text.charCodeAt(i);
  if (c === APOSTROPHE || c === RIGHT_QUOTE) {
    i++;
    if (text.charCodeAt(i) === SMALL_S) i++;
  }
  return i;
}

/** Whether the character at `i` is a letter or digit (its high half, for a pair outside the BMP). */
export function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? isOf(c, WORD_CHAR) : wideWordChar(text, i, c) !== 0;
}

/** 1 for the ASCII characters no word runs through: not a letter or digit, nor a joiner (`'`, `.`, `-`). */
const ASCII_WORD_BREAK = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_WORD_BREAK[c] = !isOf(c, WORD_CHAR) && c !== APOSTROPHE && c !== FULL_STOP && c !== HYPHEN ? 1 : 0;

/** Whether no word runs through the character at `i`: white space, most punctuation, a mask, either half of a
 * pair outside the BMP that is not a letter or digit (an emoji). */
function isWordBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII_WORD_BREAK[c] === 1;
  if (c === RIGHT_QUOTE) return false;
  // A low half is read with the high half before it (a lone one is no letter).
  if (c >= 0xdc00 && c <= 0xdfff) {
    const h = text.charCodeAt(i - 1);
    return !(h >= 0xd800 && h <= 0xdbff) || wideWordChar(text, i - 1, h) === 0;
  }
  return wideWordChar(text, i, c) === 0;
}

/**
 * The start of the word that holds offset `i`, or -1 when `i` is in none. `from` (at most `i`) must be where
 * no word runs through: 0, or the end of a word. The words are read from the last break before `i`, which
 * no word crosses, so the answer is eachWordSpan's without reading the text before it.
 */
export function wordHolding(text: string, i: number, from: number): number {
  let q = i;
  while (q > from && !isWordBreak(text, q - 1)) q--;
  // Words are looked for only up to `i`: past it none can hold it (reading on to the next word made a run of
  // symbols in no word quadratic).
  for (let start = nextWordStart(text, q, i + 1); start <= i; ) {
    const end = wordEnd(text, start);
    if (end > i) return start;
    start = nextWordStart(text, end, i + 1);
  }
  return -1;
}

/** Calls `found(start, end)` for each match of WORD_PATTERN in `text`, in order. */
export function eachWordSpan(text: string, found: (start: number, end: number) => void): void {
  for (let start = nextWordStart(text, 0); start < text.length; ) {
    const end = wordEnd(text, start);
    found(start, end);
    start = nextWordStart(text, end);
  }
}
