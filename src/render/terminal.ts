// The terminal and plain views: headline, meta line, paragraphs (or whatever the view names),
// wrapped at words to the width. Plain is this renderer with the unstyled theme, the date as
// written, and a Markdown article's blocks as plain lines. Wrapping is wrap.ts's; drawing blocks
// on a terminal is markdown-blocks.ts's.

import type { Article, Block, GrepHit, Paragraph, Quote, SummarySentence, ViewPart } from '../article.js';
import { showControls, showFileName } from './controls.js';
import { hitAddress } from './hit-address.js';
import { hyperlink } from './hyperlink.js';
import { renderBlock } from './markdown-blocks.js';
import { dateInWords, metaParts, packParts } from './meta.js';
import type { RenderOptions } from './options.js';
import { attribution, quoted } from './quote-line.js';
import { themeFor, type Theme } from './theme.js';
import { columns, wrap } from './wrap.js';
import { paragraphNumbered, viewOf } from './view.js';


/** Wraps text behind a first-line gutter, indenting the lines after it to match (a hanging indent). */
function hanging(text: string, gutter: string, styledGutter: string, width: number): string {
  // Unwrapped and one line: nothing to measure (a CJK file name before a hit into a pipe loads no wide-text support).
  if (width <= 0 && !text.includes('\n')) return styledGutter + text;
  const inner = width > 0 ? Math.max(width - columns(gutter), 1) : 0;
  const pad = ' '.repeat(columns(gutter));
  return wrap(text, inner)
    .split('\n')
    .map((line, i) => (i === 0 ? styledGutter : pad) + line)
    .join('\n');
}

interface Context {
  article: Article;
  opts: RenderOptions;
  theme: Theme;
  dateAsWritten: boolean;
  /** Draw Markdown blocks with marked-terminal (the terminal view) rather than as plain lines. */
  styledBlocks: boolean;
  /** Digits in the largest paragraph number, for aligned gutters. */
  digits: number;
}

/** A block of text with a number in the gutter when numbers are on. */
function numbered(ctx: Context, text: string, number: number): string {
  if (!ctx.opts.numbers) return wrap(text, ctx.opts.width);
  const gutter = String(number).padStart(ctx.digits) + '  ';
  return hanging(text, gutter, ctx.theme.number(gutter), ctx.opts.width);
}

/** Lines drawn to a width, with a number in the gutter of the first when numbers are on. */
function numberedLines(ctx: Context, draw: (width: number) => string, number: number): string {
  if (!ctx.opts.numbers) return draw(ctx.opts.width);
  const gutter = String(number).padStart(ctx.digits) + '  ';
  const inner = ctx.opts.width > 0 ? Math.max(ctx.opts.width - columns(gutter), 1) : 0;
  const pad = ' '.repeat(columns(gutter));
  return draw(inner)
    .split('\n')
    .map((line, i) => (i === 0 ? ctx.theme.number(gutter) + line : line === '' ? '' : pad + line))
    .join('\n');
}

/** A paragraph's text with its links as hyperlinks (a link whose URL is unsafe stays `words (url)`). */
function hyperlinked(ctx: Context, p: Paragraph): string {
  let out = '';
  let at = 0;
  for (const link of p.links ?? []) {
    out += showControls(p.text.slice(at, link.start));
    out += hyperlink(link.url, ctx.theme.link(showControls(link.label))) ?? showControls(p.text.slice(link.start, link.end));
    at = link.end;
  }
  return out + showControls(p.text.slice(at));
}

/** The lead gets its dateline back at the start, styled as a newspaper sets it. */
function paragraphText(ctx: Context, n: number): string {
  const p = paragraphNumbered(ctx.article, n);
  const text = ctx.opts.hyperlinks && p.links ? hyperlinked(ctx, p) : showControls(p.text);
  const dl = ctx.article.dateline;
  return n === 1 && dl ? `${ctx.theme.dateline(showControls(dl.raw))} ${text}` : text;
}

/** A list or quote line in plain output, wrapped under its marker; code and table rows are not wrapped. */
function plainBlockLine(kind: Block['kind'], line: string, width: number): string {
  if (width <= 0 || kind === 'code' || kind === 'table') return line;
  const prefix = /^ *(?:(?:-|\d+\.) (?:\[[x ]\] )?)?/.exec(line)![0];
  return hanging(line.slice(prefix.length), prefix, prefix, width);
}

/**
 * Source characters and table columns beyond which a block is shown as its plain lines rather
 * than drawn by marked-terminal and cli-table3, whose time grows faster than the block (a 64 KB
 * table cell took 17 s, a table of 64,000 columns over two minutes).
 */
const MAX_DRAWN_CHARS = 16 * 1024;
const MAX_DRAWN_COLUMNS = 64;

/** Whether a block is small enough to draw with marked-terminal. */
function drawable(block: Block): boolean {
  if (block.markdown.length > MAX_DRAWN_CHARS) return false;
  return block.kind !== 'table' || (block.lines[0] ?? '').split('\t').length <= MAX_DRAWN_COLUMNS;
}

/**
 * A Markdown block: a subheading in the headline's style; on a terminal, anything else drawn by
 * marked-terminal; in plain output, the block's plain lines (`- item`, tab-separated rows, code).
 */
function blockText(ctx: Context, p: Paragraph & { block: Block }, width: number): string {
  const { kind, markdown, lines, info } = p.block;
  if (kind === 'heading') return wrap(ctx.theme.headline(showControls(p.text)), width);
  // A code block's info string (```` ```js extra words ````) on a line of its own above the code.
  const label = info ? wrap(ctx.theme.meta(showControls(info)), width) + '\n' : '';
  if (ctx.styledBlocks && drawable(p.block)) return label + renderBlock(kind, markdown, { width, color: ctx.opts.color, hyperlinks: ctx.opts.hyperlinks });
  return label + lines.map((line) => plainBlockLine(kind, showControls(line), width)).join('\n');
}

/** One paragraph of the view: prose wrapped, or a block drawn, with its number when numbers are on. */
function paragraphPart(ctx: Context, n: number): string {
  const p = paragraphNumbered(ctx.article, n);
  if (p.block) return numberedLines(ctx, (width) => blockText(ctx, p as Paragraph & { block: Block }, width), n);
  return numbered(ctx, paragraphText(ctx, n), n);
}

/** A summary sentence; the lead's first sentence gets its dateline back, as in the full view. */
function summaryText(ctx: Context, s: SummarySentence): string {
  const dl = ctx.article.dateline;
  const text = showControls(s.text);
  return s.paragraph === 1 && s.sentence === 1 && dl ? `${ctx.theme.dateline(showControls(dl.raw))} ${text}` : text;
}

/**
 * One quotation: on a terminal its words, then `— speaker, ¶n:s` under them; unwrapped (plain
 * into a pipe) all on one line, after `source:` when several files are read.
 */
function quoteBlock(ctx: Context, q: Quote): string {
  const words = ctx.theme.quote(showControls(quoted(q)));
  const credit = ctx.theme.speaker(showControls(attribution(q)));
  if (ctx.opts.width <= 0) return `${ctx.opts.withFileNames ? `${showFileName(ctx.article.source)}:` : ''}${words} ${credit}`;
  return `${wrap(words, ctx.opts.width)}\n${hanging(credit, '  ', '  ', ctx.opts.width)}`;
}

/** Grep's separator between groups of hits that are not next to each other. */
const GROUP_SEPARATOR = '--';

/** Highlights the matched ranges of a sentence (control characters shown after slicing). */
function highlight(hit: GrepHit, style: (s: string) => string): string {
  let out = '';
  let at = 0;
  for (const r of hit.ranges) {
    out += showControls(hit.text.slice(at, r.start)) + style(showControls(hit.text.slice(r.start, r.end)));
    at = r.end;
  }
  return out + showControls(hit.text.slice(at));
}

/**
 * One search hit: `¶3:2: sentence` or `headline: text` (`-` instead of `:` for context), after
 * `source:` with several files; wrapped under its address on a terminal, never cut.
 */
function hitBlock(ctx: Context, hit: GrepHit): string {
  const name = ctx.opts.withFileNames ? `${showFileName(ctx.article.source)}:` : '';
  const address = `${name}${hitAddress(hit)}${hit.context ? '-' : ':'} `;
  const block = hanging(highlight(hit, ctx.theme.match), address, ctx.theme.number(address), ctx.opts.width);
  return hit.breakBefore ? `${ctx.theme.rule(GROUP_SEPARATOR)}\n${block}` : block;
}

/** Renders one part of the view; null when the article has nothing for it. */
function part(ctx: Context, p: ViewPart): string | null {
  const { article: a, opts, theme } = ctx;
  const line = (text: string, style: (s: string) => string) => wrap(style(showControls(text)), opts.width);
  switch (p) {
    case 'headline':
      return a.headline === null ? null : line(a.headline, theme.headline);
    case 'standfirst':
      return a.standfirst === null ? null : line(a.standfirst, theme.standfirst);
    case 'meta': {
      const lines = packParts(metaParts(a, ctx.dateAsWritten).map(showControls), opts.width, columns);
      return lines.length ? lines.map((l) => wrap(theme.meta(l), opts.width)).join('\n') : null;
    }
    case 'date':
      return a.date && line(ctx.dateAsWritten ? a.date.raw : dateInWords(a.date.iso), theme.meta);
    case 'dateline':
      return a.dateline && line(a.dateline.raw, theme.dateline);
    case 'byline':
      return a.byline && line(a.byline.raw, theme.meta);
    case 'highlights':
      return a.highlights.length ? a.highlights.map((h) => hanging(showControls(h), '• ', theme.rule('• '), opts.width)).join('\n') : null;
    case 'removed':
      return a.removed.length ? a.removed.map((r) => line(r.text, theme.meta)).join('\n') : null;
    case 'quotes':
      return (a.quotes ?? []).map((q) => quoteBlock(ctx, q)).join(opts.width > 0 ? '\n\n' : '\n') || null;
    case 'matches':
      return (a.matches ?? []).map((hit) => hitBlock(ctx, hit)).join('\n') || null;
    case 'summary':
      return (a.summary ?? []).map((s) => numbered(ctx, summaryText(ctx, s), s.paragraph)).join('\n\n') || null;
    default:
      return paragraphPart(ctx, p);
  }
}

function render(article: Article, opts: RenderOptions, theme: Theme, plain: boolean): string {
  // Paragraphs keep their article order, so the last has the largest number; computed once per call
  // without spreading every number (a long article is rendered page by page, each a call).
  let largest = article.paragraphs.at(-1)?.number ?? 1;
  for (const s of article.summary ?? []) largest = Math.max(largest, s.paragraph);
  const ctx: Context = { article, opts, theme, dateAsWritten: plain, styledBlocks: !plain, digits: String(largest).length };
  let out = '';
  let previous: ViewPart | undefined;
  for (const p of viewOf(article)) {
    const block = part(ctx, p);
    if (block === null) continue;
    // The standfirst and the meta line sit right under the headline (and the meta line under the
    // standfirst); every other part is a block of its own.
    const underHeadline = (previous === 'headline' && (p === 'standfirst' || p === 'meta')) || (previous === 'standfirst' && p === 'meta');
    if (out) out += underHeadline ? '\n' : '\n\n';
    out += block;
    previous = p;
  }
  return out ? out + '\n' : '';
}

/** Renders the styled terminal view. */
export function renderTerminal(article: Article, opts: RenderOptions): string {
  return render(article, opts, themeFor(opts.color), false);
}

/**
 * Renders the plain view: the terminal view's parts with the date as written, no hyperlinks and
 * Markdown blocks as plain lines; styled only when color is on (`--color always` into a pipe).
 */
export function renderPlain(article: Article, opts: RenderOptions): string {
  return render(article, { ...opts, hyperlinks: false }, themeFor(opts.color), true);
}
