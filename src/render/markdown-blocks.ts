// Renders a Markdown article's lists, block quotes, tables and code blocks for the terminal view
// with marked-terminal, in lede's theme and fitted to the width. marked-terminal is imported only
// when such a block is shown: importing it costs about four bare Node starts. Renderers stay
// synchronous: render/index.ts loads it before rendering.

import type { Marked as MarkedClass, MarkedExtension, RendererObject, Token, Tokenizer as TokenizerClass, Tokens } from 'marked';
import type { BlockKind } from '../article.js';
import { showControls } from './controls.js';
import { hyperlink } from './hyperlink.js';
import type { ColorLevel } from './options.js';
import { themeFor, type Theme } from './theme.js';
import { columns, wrap } from './wrap.js';
import { importPackage } from '../import-package.js';
import { windowedInlineRules } from '../parse/markdown/bounded-marked.js';

// What marked-terminal would otherwise decide from the process, and lede decides instead: colors
// (every style is passed in, from a Chalk at the view's level; its code highlighting, which uses
// the global chalk, is replaced), hyperlinks (from RenderOptions, not supports-hyperlinks), and
// the width (its reflow measures escape sequences as text, so lede wraps the lines itself).
// A table wider than the width is drawn again with its columns narrowed (cells wrapped in them).
// Control characters in a block are made visible before marked sees it, so no URL in a block
// holds one when it reaches hyperlink.ts.

type MarkedTerminal = (options: Record<string, unknown>) => MarkedExtension;

let loaded: { Marked: typeof MarkedClass; Tokenizer: typeof TokenizerClass; markedTerminal: MarkedTerminal } | undefined;

/** Imports marked and marked-terminal, once. */
export async function loadMarkdownBlocks(): Promise<void> {
  if (loaded) return;
  const [m, mt] = await Promise.all([import('marked'), importPackage('marked-terminal') as Promise<typeof import('marked-terminal')>]);
  loaded = { Marked: m.Marked, Tokenizer: m.Tokenizer, markedTerminal: mt.markedTerminal as MarkedTerminal };
}

/** How a block is drawn. */
export interface BlockStyle {
  /** Columns to fit in; 0 means no limit. */
  width: number;
  color: ColorLevel;
  hyperlinks: boolean;
}

/** Indent of list items, quotes and code, in spaces. */
const INDENT = 2;
/** Columns between tab stops in code; tabs are expanded so that lines can be measured. */
const TAB_SIZE = 4;
/** marked-terminal ends every block with white space (trimmed with trimEnd: `\s+$` is quadratic on a long run of it); lede puts its own blank lines between parts. */
/** A line's leading styles, indent and list marker: what its wrapped lines hang under. */
const LINE_PREFIX = /^((?:\u001b\[[\d;]*m)*)( *(?:\* |\d+\. )?)/;

/** A word a link shows, then the URL in brackets unless the words are the URL. */
function linkAsText(words: string, url: string): string {
  return words === url || `mailto:${words}` === url ? words : `${words} (${url})`;
}

/** lede's overrides of marked-terminal's renderers (marked calls the last one registered first). */
function overrides(theme: Theme, style: BlockStyle): RendererObject {
  const codeWidth = style.width > 0 ? Math.max(style.width - INDENT, 1) : 0;
  return {
    // marked-terminal prints a tight list item's text token as written, `**` and `[]()` included.
    text(token: Tokens.Text | Tokens.Escape) {
      return 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : false;
    },
    link(token: Tokens.Link) {
      const words = this.parser.parseInline(token.tokens);
      const linked = style.hyperlinks ? hyperlink(token.href, theme.link(words)) : null;
      return linked ?? linkAsText(words, token.href);
    },
    code(token: Tokens.Code) {
      const pad = ' '.repeat(INDENT);
      const lines = token.text
        .split('\n')
        .map(expandTabs)
        .flatMap((line) => (codeWidth > 0 ? cut(line, codeWidth) : [line]));
      return lines.map((l) => (l === '' ? '' : pad + l)).join('\n') + '\n\n';
    },
    hr() {
      return theme.rule('─'.repeat(style.width > 0 ? Math.min(style.width, 20) : 20)) + '\n\n';
    },
  };
}

/** Replaces each tab with the spaces up to the next tab stop. */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(TAB_SIZE - (columns(out) % TAB_SIZE)) : ch;
  return out;
}

/** Cuts a line of code into pieces of at most `width` columns, keeping its spaces. */
function cut(line: string, width: number): string[] {
  if (columns(line) <= width) return [line];
  const pieces: string[] = [];
  let piece = '';
  for (const ch of line) {
    if (columns(piece + ch) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  return [...pieces, piece];
}

/** cli-table3's cell padding, a space each side. */
const CELL_PADDING = 2;

/** A Marked instance set up for one style and, for a squeezed table, its column widths. */
function markedFor(style: BlockStyle, squeeze?: { colWidths: number[]; words: boolean }): MarkedClass {
  const { Marked, Tokenizer, markedTerminal } = loaded ?? failNotLoaded();
  const theme = themeFor(style.color);
  const plain = (s: string) => s;
  const terminal = markedTerminal({
    code: plain,
    blockquote: theme.quote,
    html: (s: string) => s.replace(/<[^>]*>/g, ''),
    heading: theme.strong,
    firstHeading: theme.strong,
    hr: theme.rule,
    listitem: plain,
    table: plain,
    paragraph: plain,
    strong: theme.strong,
    em: theme.emphasis,
    codespan: plain,
    del: plain,
    link: plain,
    href: theme.link,
    text: plain,
    image: (_href: string, _title: string, alt: string) => alt,
    emoji: false,
    unescape: true,
    showSectionPrefix: false,
    reflowText: false,
    width: style.width,
    tab: INDENT,
    // No colors from cli-table3, which would decide them from the process; compact: no rules between rows.
    tableOptions: {
      style: { head: [], border: [], compact: true },
      ...(squeeze ? { colWidths: squeeze.colWidths, wordWrap: true, wrapOnWordBoundary: squeeze.words } : {}),
    },
  });
  return new Marked({ gfm: true }).use(terminal, { renderer: overrides(theme, style), walkTokens: foldSoftBreaks, tokenizer: windowedInlineRules(Tokenizer) });
}

/** A soft line break is a space: lede wraps the lines itself (a hard break, `br`, stays a break). */
function foldSoftBreaks(token: Token): void {
  if (token.type === 'text' && !token.tokens) token.text = (token.text as string).replace(/\n/g, ' ');
}

function failNotLoaded(): never {
  throw new Error('Markdown blocks rendered before loadMarkdownBlocks()');
}

/** Wraps a line wider than the width, its wrapped lines hanging under its indent and list marker. */
function fitLine(line: string, width: number): string {
  if (width <= 0 || columns(line) <= width) return line;
  const m = LINE_PREFIX.exec(line)!;
  const prefix = m[2]!;
  const inner = Math.max(width - prefix.length, 1);
  return wrap(m[1]! + line.slice(m[0].length), inner)
    .split('\n')
    .map((l, i) => (i === 0 ? prefix : ' '.repeat(prefix.length)) + l)
    .join('\n');
}

/** Each cell's text in a table drawn by cli-table3 at its natural width, row by row (one line a row). */
function tableCells(drawn: string): string[][] {
  return drawn
    .split('\n')
    .filter((line) => line.startsWith('│'))
    .map((line) => line.slice(1, -1).split('│').map((cell) => cell.trim()));
}

/**
 * Column widths (cli-table3's, padding included) that fit a table in `width`: each column gets at
 * least its longest word where the width allows, and the rest of the room in proportion to what
 * it lacks. `words`: whether every word fits whole (else the cells are broken anywhere, not cut).
 */
function squeezedColumns(cells: string[][], width: number): { colWidths: number[]; words: boolean } {
  const count = Math.max(...cells.map((row) => row.length));
  const measure = (i: number, part: (cell: string) => string[]) => Math.max(0, ...cells.map((row) => Math.max(0, ...part(row[i] ?? '').map(columns)))) + CELL_PADDING;
  const natural = Array.from({ length: count }, (_, i) => measure(i, (cell) => [cell]));
  const longestWord = Array.from({ length: count }, (_, i) => measure(i, (cell) => cell.split(' ')));
  const room = width - (count + 1);
  const floor = longestWord.reduce((a, b) => a + b, 0) <= room ? longestWord : natural.map(() => Math.max(Math.floor(room / count), CELL_PADDING + 1));
  const spare = Math.max(room - floor.reduce((a, b) => a + b, 0), 0);
  const wanted = natural.map((n, i) => Math.max(n - floor[i]!, 0));
  const totalWanted = wanted.reduce((a, b) => a + b, 0) || 1;
  const colWidths = floor.map((f, i) => f + Math.floor((spare * wanted[i]!) / totalWanted));
  return { colWidths, words: floor === longestWord };
}

/**
 * Renders one block's Markdown for the terminal: styled at the style's color level (none at 0),
 * links as hyperlinks or `words (url)`, fitted to the width. Control characters in the source
 * are made visible first, so the only escapes in the result are lede's own.
 */
export function renderBlock(kind: BlockKind, markdown: string, blockStyle: BlockStyle): string {
  const source = showControls(markdown);
  // Table cells are wrapped by cli-table3, which would cut an OSC 8 sequence in two: links in a
  // table are shown as `words (url)`.
  const style = kind === 'table' ? { ...blockStyle, hyperlinks: false } : blockStyle;
  let out = String(markedFor(style).parse(source)).replace(/^\n+/, '').trimEnd();
  if (kind === 'table' && style.width > 0 && out.split('\n').some((l) => columns(l) > style.width)) {
    const unstyled = { ...style, color: 0 as const, hyperlinks: false };
    const squeeze = squeezedColumns(tableCells(String(markedFor(unstyled).parse(source))), style.width);
    // Unstyled: cli-table3 wraps a narrowed cell's text without regard to escape sequences and
    // would cut lede's styles in two (a lone ESC at a line's end, `[1m` shown on the next).
    out = String(markedFor(unstyled, squeeze).parse(source)).replace(/^\n+/, '').trimEnd();
  }
  return out
    .split('\n')
    .map((line) => fitLine(line, style.width))
    .join('\n');
}
