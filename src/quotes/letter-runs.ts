// Finds the run of letters that ends a text by walking back over its characters: what patterns anchored
// at the end (`([\p{L}]+)\s*$`) find, without a regular expression trying every position of a long text.
// What the word is and means is left to speakers.ts.

const LETTER = /^\p{L}$/u;
/** What is known of each character of the Basic Multilingual Plane: 0 not yet tested, 1 a letter, 2 not. */
const BMP_LETTER = new Uint8Array(0x10000);
const APOSTROPHE = 0x27;

/** Whether the BMP character `code` is a letter (\p{L}). */
function isBmpLetter(code: number): boolean {
  let known = BMP_LETTER[code] as number;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    BMP_LETTER[code] = known;
  }
  return known === 1;
}

/** Whether `code` is white space as a regular expression's `\s` means it (and `trim` does). */
export function isSpace(code: number): boolean {
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
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}
