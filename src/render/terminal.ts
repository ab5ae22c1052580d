// The terminal and plain views: headline, meta line, paragraphs, wrapped at words to the width.
// Plain is this renderer with the unstyled theme and the date as written. Wrapping is wrap-ansi's.

import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import type { Article } from '../article.js';
import { showControls } from './controls.js';
import { metaParts, packParts } from './meta.js';
import type { RenderOptions } from './options.js';
import { themeFor, type Theme } from './theme.js';

/** Wraps styled text at words to `width` columns (0: no wrapping); words wider than a line are broken. */
export function wrap(text: string, width: number): string {
  return width > 0 ? wrapAnsi(text, width, { hard: true, trim: true }) : text;
}

/** The gutter before numbered paragraphs: the number right-aligned, then two spaces. */
function numberGutter(n: number, digits: number): string {
  return String(n).padStart(digits) + '  ';
}

/** Wraps a paragraph, with a hanging gutter for its number when paragraphs are numbered. */
function paragraphBlock(text: string, number: number, digits: number, theme: Theme, opts: RenderOptions): string {
  if (!opts.numbers) return wrap(text, opts.width);
  const gutter = numberGutter(number, digits);
  const inner = opts.width > 0 ? Math.max(opts.width - gutter.length, 1) : 0;
  const pad = ' '.repeat(gutter.length);
  return wrap(text, inner)
    .split('\n')
    .map((line, i) => (i === 0 ? theme.number(gutter) : pad) + line)
    .join('\n');
}

function render(article: Article, opts: RenderOptions, theme: Theme, dateAsWritten: boolean): string {
  const blocks: string[] = [];
  const head: string[] = [];
  if (article.headline !== null) head.push(wrap(theme.headline(showControls(article.headline)), opts.width));
  const meta = metaParts(article, dateAsWritten).map(showControls);
  for (const line of packParts(meta, opts.width, stringWidth)) head.push(wrap(theme.meta(line), opts.width));
  if (head.length) blocks.push(head.join('\n'));

  const digits = String(article.paragraphs.at(-1)?.number ?? 1).length;
  for (const p of article.paragraphs) {
    let text = showControls(p.text);
    if (p.number === 1 && article.dateline) text = `${theme.dateline(showControls(article.dateline.raw))} ${text}`;
    blocks.push(paragraphBlock(text, p.number, digits, theme, opts));
  }
  return blocks.join('\n\n') + '\n';
}

/** Renders the styled terminal view. */
export function renderTerminal(article: Article, opts: RenderOptions): string {
  return render(article, opts, themeFor(opts.color), false);
}

/** Renders the plain view: the terminal view with no styling, the date as written. */
export function renderPlain(article: Article, opts: RenderOptions): string {
  return render(article, opts, themeFor(0), true);
}
