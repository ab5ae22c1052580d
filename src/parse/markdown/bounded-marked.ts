// What lede hands marked, bounded so that marked's time stays linear and its recursion shallow:
// each inline rule sees a window of the text, and nesting deeper than a limit is flattened.
// Shared by the Markdown parser and the terminal view's block drawing (render/markdown-blocks.ts).
// It imports nothing from marked itself: each caller passes the Tokenizer it has loaded.

import type { Tokenizer as TokenizerClass, TokenizerObject } from 'marked';

/**
 * Characters of inline text an inline rule is shown at a time. marked's rules scan ahead from
 * where they start, to the end of the paragraph when nothing closes them: the e-mail autolink's
 * `[\w.+-]+@` lookahead on `_a_a_a…`, emphasis looking for its closer, a `[` for its `]`. On a long
 * paragraph that is quadratic (a 256k-character line took a minute). Seen through a window, a
 * construct longer than this (a link whose words run past 2,048 characters, emphasis over a
 * longer stretch) is read as text, marks and all; no word is lost.
 */
export const INLINE_WINDOW = 2048;

/** Characters before the window an emphasis or strikethrough rule may look back at. */
const LOOK_BEHIND = 64;

type Rule = (this: TokenizerClass, ...args: never[]) => unknown;

/** marked tokenizer overrides (for `marked.use({ tokenizer })`) that run each inline rule on a window. */
export function windowedInlineRules(Tokenizer: typeof TokenizerClass): TokenizerObject {
  const proto = Tokenizer.prototype as unknown as Record<string, Rule>;
  const plain = (name: string) =>
    function (this: TokenizerClass, src: string, ...rest: unknown[]) {
      return proto[name]!.call(this, ...([src.length > INLINE_WINDOW ? src.slice(0, INLINE_WINDOW) : src, ...rest] as never[]));
    };
  // emStrong and del also get the whole paragraph's masked source, and find their place in it from
  // the two lengths; both are cut to the window (and a little before it).
  const masked = (name: string) =>
    function (this: TokenizerClass, src: string, maskedSrc: string, prevChar?: string) {
      if (src.length <= INLINE_WINDOW) return proto[name]!.call(this, ...([src, maskedSrc, prevChar] as never[]));
      const at = maskedSrc.length - src.length;
      const from = Math.max(0, at - LOOK_BEHIND);
      return proto[name]!.call(this, ...([src.slice(0, INLINE_WINDOW), maskedSrc.slice(from, at + INLINE_WINDOW), prevChar] as never[]));
    };
  return {
    escape: plain('escape'),
    tag: plain('tag'),
    link: plain('link'),
    reflink: plain('reflink'),
    codespan: plain('codespan'),
    br: plain('br'),
    autolink: plain('autolink'),
    url: plain('url'),
    inlineText: plain('inlineText'),
    emStrong: masked('emStrong'),
    del: masked('del'),
  } as unknown as TokenizerObject;
}

/**
 * Block quotes and lists nested deeper than this are flattened to this depth. marked lexes them
 * recursively (a few thousand `>` overflowed its stack) and marked-terminal's styles nest with them.
 */
export const MAX_NESTING = 16;

/** Columns of indentation kept at the start of a line; more is cut to this (deep list nesting is indentation). */
const MAX_INDENT = 4 * MAX_NESTING;

/**
 * The text with each line's container markers (`>`, list bullets `-` `*` `+`, `1.`) beyond
 * MAX_NESTING removed and its indentation cut to MAX_INDENT columns; the words are untouched.
 */
export function boundNesting(text: string): string {
  // Cheap test first: only a line with many markers or much indentation needs a look.
  if (!/^[ \t]*(?:(?:[>*+-]|\d{1,9}[.)])[ \t]*){17}|^[ \t]{65}/m.test(text)) return text;
  return text.split('\n').map(boundLine).join('\n');
}

/** One line of boundNesting. */
function boundLine(line: string): string {
  let i = 0;
  let markers = 0;
  let out = '';
  let indent = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') {
      // The space after a marker that was dropped goes with it.
      if (markers <= MAX_NESTING && indent++ < MAX_INDENT) out += c;
      i++;
      continue;
    }
    let end = i;
    if (c === '>' || c === '-' || c === '*' || c === '+') end = i + 1;
    else {
      while (end < line.length && end - i < 9 && line[end]! >= '0' && line[end]! <= '9') end++;
      if (end === i || (line[end] !== '.' && line[end] !== ')')) break;
      end++;
    }
    // A marker is followed by a space, a tab or the line's end (`>` needs none).
    if (c !== '>' && end < line.length && line[end] !== ' ' && line[end] !== '\t') break;
    if (++markers <= MAX_NESTING) out += line.slice(i, end);
    i = end;
  }
  // The words after dropped markers are set off from the last kept one by a space.
  return markers > MAX_NESTING && !/[ \t]$/.test(out) ? `${out} ${line.slice(i)}` : out + line.slice(i);
}
