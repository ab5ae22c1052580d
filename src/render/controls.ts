// Makes control characters in article text visible, so nothing in an article can act on the
// terminal. Caret notation as `less` shows it (ESC → `^[`); C1 controls and the bidi embedding,
// override and isolate characters (U+202A–U+202E, U+2066–U+2069, which reorder what a terminal
// shows: "Trojan Source") as `<U+202E>`. Styling escapes are added after this, by the theme, and
// are the only ones lede writes.

const CONTROL_CHAR = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_CHARS = new RegExp(CONTROL_CHAR.source, 'g');

/** Replaces C0, DEL and C1 control characters (except tab and newline) and bidi controls with visible text. */
export function showControls(text: string): string {
  if (!CONTROL_CHAR.test(text)) return text;
  return text.replace(CONTROL_CHARS, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return '^' + String.fromCharCode(code + 0x40);
    if (code === 0x7f) return '^?';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

/**
 * A file name wherever lede prints one (before a hit, a count or a quote, on a line of its own for
 * -l/-L, in the rule between articles, in an error line): its controls shown, newline and tab too
 * (`^J`, `^I`), so each stays one line.
 */
export function showFileName(name: string): string {
  return showControls(name).replace(/[\t\n]/g, (c) => (c === '\t' ? '^I' : '^J'));
}
