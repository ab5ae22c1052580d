// Word wrapping for the terminal and plain views, at spaces, in terminal columns, keeping lede's
// own SGR styling intact across line breaks. wrap-ansi does the general case (wide CJK characters,
// emoji, combining marks); lines made only of one-column characters (Latin, Greek, Cyrillic,
// punctuation) take a fast path that gives the same lines at a fraction of the cost: wrap-ansi
// measures every grapheme with string-width, which made a 10 MB article take 10 s to style.
// Neither handles cursor-moving escapes or tabs: article text arrives with controls made visible.

import { wideText } from './wide-text.js';

/** A Select Graphic Rendition sequence, the only escape sequence lede writes. */
const SGR = /\u001b\[(\d+(?:;\d+)*)m/g;
const ESC = '\u001b';
/** Characters one column wide with no combining or zero-width behaviour (Latin, punctuation, quotes). */
const NARROW_ONLY = /^[\u0020-\u007e\u00a0-\u02ff\u0370-\u03ff\u0400-\u04ff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]*$/;

/** The SGR code that turns off what an opening code turned on. */
function closerOf(open: string): string {
  const n = Number(open.split(';')[0]);
  if (n === 1 || n === 2) return '22';
  if (n === 3) return '23';
  if (n === 4) return '24';
  if (n === 7) return '27';
  if (n === 9) return '29';
  if ((n >= 30 && n <= 38) || (n >= 90 && n <= 97)) return '39';
  if ((n >= 40 && n <= 48) || (n >= 100 && n <= 107)) return '49';
  return '0';
}

/** The text without lede's SGR styling: what a terminal shows of it. */
export function unstyled(text: string): string {
  return text.includes(ESC) ? text.replace(SGR, '') : text;
}

/**
 * Characters string-width and wrap-ansi are given at a time. Both segment text into graphemes with
 * Intl.Segmenter, whose time grows faster than the text on a long run with no break in it (30,000
 * `中` took seconds, and past 65,536 this Node's ICU falls off a cliff: 66,000 took 42 s); so long
 * text is measured and wrapped in pieces cut where no grapheme can span the cut.
 */
const PIECE_CHARS = 1024;

/** A character a grapheme starts with and no earlier character joins: a CJK, kana or Hangul syllable, or an ASCII letter or digit. */
const CLEAN_START = /[0-9A-Za-z\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]/;
const ZWJ = '\u200d';

/** An emoji that starts a grapheme (not a skin-tone modifier, which joins the emoji before it). */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
function emojiStart(text: string, i: number): boolean {
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && !(cp >= 0x1f3fb && cp <= 0x1f3ff) && PICTOGRAPH.test(String.fromCodePoint(cp));
}

/** Whether text can be cut before index i without splitting a grapheme, a space's place or an SGR sequence. */
function cleanCut(text: string, i: number): boolean {
  // A space before the cut would end a wrapped line and be trimmed, gluing the words either side.
  if (!(CLEAN_START.test(text[i]!) || emojiStart(text, i)) || text[i - 1] === ZWJ || /\s/.test(text[i - 1]!)) return false;
  const esc = text.lastIndexOf(ESC, i - 1);
  return esc < 0 || text.indexOf('m', esc) < i;
}

/** The text cut into pieces of about PIECE_CHARS characters at clean cuts (one piece when it has none). */
function pieces(text: string): string[] {
  if (text.length <= 2 * PIECE_CHARS) return [text];
  const out: string[] = [];
  let from = 0;
  for (let i = PIECE_CHARS; i < text.length - PIECE_CHARS; ) {
    if (cleanCut(text, i)) {
      out.push(text.slice(from, i));
      from = i;
      i += PIECE_CHARS;
    } else i++;
  }
  out.push(text.slice(from));
  return out;
}

/** Terminal columns of text that may hold SGR sequences. */
export function columns(text: string): number {
  const visible = unstyled(text);
  if (NARROW_ONLY.test(visible)) return visible.length;
  const { stringWidth } = wideText();
  let total = 0;
  for (const piece of pieces(visible)) total += stringWidth(piece);
  return total;
}

/**
 * wrap-ansi's lines for one line of text, a piece at a time: the last line of what is wrapped so
 * far is wrapped again with the next piece, which gives the lines wrapping the whole would.
 */
function wrapWide(text: string, width: number): string {
  const { wrapAnsi } = wideText();
  const all = pieces(text);
  if (all.length === 1) return wrapAnsi(text, width, { hard: true, trim: true });
  const done: string[] = [];
  let carry = '';
  for (const piece of all) {
    const lines = wrapAnsi(carry + piece, width, { hard: true, trim: true }).split('\n');
    carry = lines.pop()!;
    for (const line of lines) done.push(line);
  }
  done.push(carry);
  return done.join('\n');
}

/** The SGR codes that turn a style off. */
const CLOSERS = new Set(['22', '23', '24', '27', '29', '39', '49']);

/** Tracks which styles are on, so a line can close them and the next reopen them. */
class StyleState {
  private open: string[] = [];

  /** Updates the state with the SGR sequences in text. */
  feed(text: string): void {
    if (!text.includes(ESC)) return;
    for (const m of text.matchAll(SGR)) {
      const code = m[1]!;
      if (code === '0') this.open = [];
      else if (CLOSERS.has(code)) this.open = this.open.filter((o) => closerOf(o) !== code);
      else this.open.push(code);
    }
  }

  /** The sequences that close every open style. */
  close(): string {
    return [...this.open].reverse().map((o) => `${ESC}[${closerOf(o)}m`).join('');
  }

  /** The sequences that reopen every open style. */
  reopen(): string {
    return this.open.map((o) => `${ESC}[${o}m`).join('');
  }
}

/** Breaks a one-column-per-character word wider than the line into pieces of `width` columns. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  // Keep SGR sequences whole by treating each as a zero-width unit.
  const units = word.split(/(\u001b\[[\d;]*m)/).flatMap((part) => (part.startsWith(ESC) ? [part] : [...part]));
  for (const unit of units) {
    const w = unit.startsWith(ESC) ? 0 : 1;
    if (used + w > width && used > 0) {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += unit;
    used += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Wraps one line of one-column characters to `width` columns, greedily at spaces, as wrap-ansi
 * does. One difference, on purpose: a word wider than the line (a URL) starts on a line of its own
 * before it is broken, where wrap-ansi first fills the rest of the current line.
 */
function wrapNarrowLine(text: string, width: number): string {
  const words = text.split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  const state = new StyleState();
  let line = '';
  let used = 0;
  const finish = () => {
    lines.push(line + state.close());
    line = state.reopen();
    used = 0;
  };
  for (const word of words) {
    // The line is one column a character, so each word is too: its columns are its visible length.
    const w = unstyled(word).length;
    if (used > 0 && used + 1 + w <= width) {
      line += ' ' + word;
      used += 1 + w;
    } else if (w <= width) {
      if (used > 0) finish();
      line += word;
      used = w;
    } else {
      // Wider than a whole line (a URL, say): start it on a line of its own and break it there.
      if (used > 0) finish();
      const pieces = breakWord(word, width);
      pieces.forEach((piece, i) => {
        line += piece;
        used = columns(piece);
        state.feed(piece);
        if (i < pieces.length - 1) finish();
      });
      continue;
    }
    state.feed(word);
  }
  lines.push(line);
  return lines.join('\n');
}

/**
 * wrapNarrowLine's lines for the common case, unstyled words single-spaced with none wider than the
 * line, cut out of the text rather than put together word by word (a third of the time of a
 * styled 10 MB article went there); null for any other line.
 */
function wrapPlainLine(text: string, width: number): string | null {
  if (text.includes(ESC) || text.includes('  ') || text.startsWith(' ') || text.endsWith(' ')) return null;
  let out = '';
  let at = 0;
  while (text.length - at > width) {
    // The last space within reach ends the line; with none, the word at `at` is wider than the line.
    const space = text.lastIndexOf(' ', at + width);
    if (space <= at) return null;
    out += text.slice(at, space) + '\n';
    at = space + 1;
  }
  return out + text.slice(at);
}

/** Whether every visible character of the text takes exactly one column. */
export function isNarrow(text: string): boolean {
  return NARROW_ONLY.test(unstyled(text));
}

/** Wraps text at spaces to `width` columns (0: no wrapping); each input line is wrapped on its own. */
export function wrap(text: string, width: number): string {
  if (width <= 0) return text;
  return text
    .split('\n')
    .map((l) => (isNarrow(l) ? (wrapPlainLine(l, width) ?? wrapNarrowLine(l, width)) : wrapWide(l, width)))
    .join('\n');
}
