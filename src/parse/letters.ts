// When ASCII letter classes may stand in for Unicode ones. A pattern with \p{L}, \p{Lu}, \p{Ll} or
// \p{N} costs a few tenths of a millisecond to compile (the classes hold hundreds of ranges), its
// ASCII counterpart (A-Z, a-z, 0-9) a tenth of that, and a start compiles dozens. For text made of
// ASCII and the common characters below, which are neither letters nor digits, both decide alike.

/**
 * Characters beyond ASCII that are neither letters nor digits, common in news copy: curly quotes,
 * dashes, the ellipsis, spaces, bullets, currency and a few signs.
 */
export const NOT_LETTERS_OR_DIGITS: ReadonlySet<number> = new Set(
  [...'‘’‚“”„‹›«»–—―…·•′″\u00a0\u2002\u2003\u2009\u200a\u202f€£¥¢©®™°±×÷§¶¿¡'].map((c) => c.charCodeAt(0)),
);

/** Whether the text holds a character that ASCII classes might judge differently from Unicode ones. */
export function needsUnicode(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f && !NOT_LETTERS_OR_DIGITS.has(code)) return true;
  }
  return false;
}
