// Loads string-width and wrap-ansi only for text that needs them (wide CJK characters, emoji,
// combining marks): importing them costs about half of a bare Node start, and most articles are
// one column a character. Renderers stay synchronous: render/index.ts loads these before rendering.

type StringWidth = (text: string) => number;
type WrapAnsi = (text: string, columns: number, options: { hard: boolean; trim: boolean }) => string;

let loaded: { stringWidth: StringWidth; wrapAnsi: WrapAnsi } | undefined;

/** Imports string-width and wrap-ansi, once. */
export async function loadWideText(): Promise<void> {
  if (loaded) return;
  const [sw, wa] = await Promise.all([import('string-width'), import('wrap-ansi')]);
  loaded = { stringWidth: sw.default, wrapAnsi: wa.default };
}

/** The loaded modules; calling this before loadWideText() is a bug in lede, not the user's error. */
export function wideText(): { stringWidth: StringWidth; wrapAnsi: WrapAnsi } {
  if (!loaded) throw new Error('wide-text support used before loadWideText()');
  return loaded;
}
