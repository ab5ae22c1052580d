// Letters at the ends of a text, read character by character: the run of letters that ends it (what
// `([\p{L}]+)\s*$` finds, without a regular expression trying every position of a long text) and the case of
// its first letter (what `/^\p{Lu}/u` tests, at a fraction of a pattern call), and white space by its code (what
// `\s` and `trim` take). What a word means is speakers.ts's.

const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
/** What is known of each character of the Basic Multilingual Plane, one bit per class once tested: a letter,
 * an upper-case letter, a lower-case letter; and one bit that it has been tested. */
const BMP_CLASS = new Uint8Array(0x10000);
const TESTED = 8;
const IS_LETTER = 1;
const IS_UPPER = 2;
const IS_LOWER = 4;
const APOSTROPHE = 0x27;

/** The classes of the BMP character `code`: IS_LETTER, IS_UPPER, IS_LOWER bits. */
function bmpClass(code: number): number {
  let known = BMP_CLASS[code] as number;
  if (known === 0) {
    const c = String.fromCharCode(code);
    known = TESTED | (LETTER.test(c) ? IS_LETTER : 0) | (UPPER.test(c) ? IS_UPPER : 0) | (LOWER.test(c) ? IS_LOWER : 0);
    BMP_CLASS[code] = known;
  }
  return known;
}

function isBmpLetter(code: number): boolean {
  return (bmpClass(code) & IS_LETTER) !== 0;
}

/** Whether `text` starts with a letter of one case: ASCII `lo`..`hi`, `pair` for a pair outside the BMP, `bit` for the rest. */
function startsWithCase(text: string, lo: number, hi: number, pair: RegExp, bit: number): boolean {
  if (text === '') return false;
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= lo && c <= hi;
  if (c >= 0xd800 && c <= 0xdbff) return pair.test(text);
  return (bmpClass(c) & bit) !== 0;
}

/** Whether `text` starts with an upper-case letter (\p{Lu}). */
export function startsUpper(text: string): boolean {
  return startsWithCase(text, 0x41, 0x5a, UPPER_START, IS_UPPER);
}

/** Whether `text` starts with a lower-case letter (\p{Ll}). */
export function startsLower(text: string): boolean {
  return startsWithCase(text, 0x61, 0x7a, LOWER_START, IS_LOWER);
}

/** Whether `code` is white space as a regular expression's `\s` means it (and `trim` does). */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Where the run of letters (and, with `apostrophes`, straight apostrophes) that ends at `end` starts:
 * `end` itself when the character before it is neither. A character outside the BMP counts whole. */
export function letterRunStart(text: string, end: number, apostrophes = false): number {
  let i = end;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdfff && i > 1) {
      const h = text.charCodeAt(i - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        if (!LETTER.test(text.slice(i - 2, i))) return i;
        i -= 2;
        continue;
      }
    }
    if (c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : isBmpLetter(c)) i--;
    else if (apostrophes && c === APOSTROPHE) i--;
    else return i;
  }
  return i;
}

/** Where the white space that ends `text` before `end` starts. */
export function trailingSpaceStart(text: string, end = text.length): number {
  let i = end;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}
