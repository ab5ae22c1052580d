// What a character is, as the quote scanners ask of nearly every character they read: a letter
// (`\p{L}`), an upper- or lower-case one (`\p{Lu}`, `\p{Ll}`), a digit (`\p{N}`). One table covers the
// Basic Multilingual Plane, a byte a code unit: the Unicode patterns decide each character the first
// time it is asked about (all of ASCII when the module loads), and a lookup answers from then on. A
// character outside the plane is a pair of surrogates, which no class holds: the scanners test such a
// pair whole, with a pattern. What a word or a name is stays with word-spans.ts and its callers.

export const LETTER = 1;
export const UPPER = 2;
export const LOWER = 4;
export const DIGIT = 8;
/** What a word is made of: a letter or a digit (`[\p{L}\p{N}]`). */
export const WORD_CHAR = LETTER | DIGIT;
/** Set in every entry that has been worked out, so that 0 means not yet. */
const KNOWN = 16;

const LETTER_PATTERN = /^\p{L}$/u;
const UPPER_PATTERN = /^\p{Lu}$/u;
const LOWER_PATTERN = /^\p{Ll}$/u;
const DIGIT_PATTERN = /^\p{N}$/u;

const CLASSES = new Uint8Array(0x10000);

function classify(code: number): number {
  const c = String.fromCharCode(code);
  return (
    KNOWN |
    (LETTER_PATTERN.test(c) ? LETTER : 0) |
    (UPPER_PATTERN.test(c) ? UPPER : 0) |
    (LOWER_PATTERN.test(c) ? LOWER : 0) |
    (DIGIT_PATTERN.test(c) ? DIGIT : 0)
  );
}

for (let code = 0; code < 0x80; code++) CLASSES[code] = classify(code);

/** Whether the code unit `code` (below 0x10000) is of the class `bit`: LETTER, UPPER, LOWER, DIGIT or WORD_CHAR.
 * (The first sight is a function of its own so that this stays a few bytes of bytecode, cheap to inline into the
 * scanners' loops: with the lookup written out here it cost the archive's `--quotes --json` 1% more.) */
export function isOf(code: number, bit: number): boolean {
  return ((CLASSES[code] || learn(code)) & bit) !== 0;
}

/** Works out the classes of a code unit not asked about before, and keeps them. */
function learn(code: number): number {
  const known = classify(code);
  CLASSES[code] = known;
  return known;
}
