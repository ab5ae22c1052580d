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

const NON_ASCII = /[^\x00-\x7f]/;

/** Whether the text holds a character that ASCII classes might judge differently from Unicode ones. */
export function needsUnicode(text: string): boolean {
  // Most text is ASCII throughout: one native scan finds where the characters to look at start.
  const first = text.search(NON_ASCII);
  if (first < 0) return false;
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f && !NOT_LETTERS_OR_DIGITS.has(code)) return true;
  }
  return false;
}

/** The ASCII halves of the Unicode classes a pattern may use. */
const ASCII_CLASS: Record<string, string> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', N: '0-9' };

/**
 * A pattern's source with its Unicode letter and digit classes (`\p{L}`, `\p{Lu}`, `\p{Ll}`,
 * `\p{N}`) made ASCII: `A-Za-z` inside a bracket class, `[A-Za-z]` outside one.
 */
export function asciiSource(source: string): string {
  let inClass = false;
  // One pass over the tokens that matter: a class escape, any other escape, a bracket.
  return source.replace(/\\p\{(L|Lu|Ll|N)\}|\\[\s\S]|\[|\]/g, (token, name: string | undefined) => {
    if (name) return inClass ? ASCII_CLASS[name]! : `[${ASCII_CLASS[name]!}]`;
    if (token === '[') inClass = true;
    else if (token === ']') inClass = false;
    return token;
  });
}

/**
 * A pattern written with Unicode letter classes, for testing text: the ASCII version (without the
 * `u` flag, which makes a case-insensitive pattern several times dearer to compile) for text that
 * needsUnicode says they decide alike, the Unicode one otherwise. Each is built on first use.
 */
export function letterPattern(source: string, flags: string): { test: (text: string) => boolean; exec: (text: string) => RegExpExecArray | null } {
  let unicode: RegExp | undefined;
  let ascii: RegExp | undefined;
  const pick = (text: string) =>
    needsUnicode(text) ? (unicode ??= new RegExp(source, flags)) : (ascii ??= new RegExp(asciiSource(source), flags.replace('u', '')));
  return { test: (text) => pick(text).test(text), exec: (text) => pick(text).exec(text) };
}
