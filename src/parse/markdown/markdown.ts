// Markdown articles → an ArticleDraft: front matter gives the headline, date, byline and URL; the
// first `#` heading is the headline when there is no title; paragraphs are prose, with their links
// kept as `words (url)`; lists, block quotes, tables, code blocks and subheadings are kept whole as
// blocks. marked lexes; front-matter.ts reads the front matter. Loaded only for Markdown input
// (lazy-parsers.ts).

import { Marked, Tokenizer, type MarkedToken, type Token, type Tokens } from 'marked';
import type { ArticleDate, Block, BlockKind, Byline, RemovedLine, RemovedReason } from '../../article.js';
import { authorByline, parseBylineLine } from '../text/byline.js';
import { parseDateLine } from '../text/date.js';
import { takeLeadDateline, type ArticleDraft, type DraftParagraph } from '../draft.js';
import { decodeEntities } from '../entities.js';
import { boundNesting, windowedInlineRules } from './bounded-marked.js';
import { parseFrontMatter, type FrontMatterEntry } from './front-matter.js';
import { furnitureReason } from '../text/furniture.js';
import { looksLikeHeadline } from '../text/header.js';
import { foldSpace, toLines } from '../lines.js';
import { InlineBuffer } from '../inline.js';
import { splitSentences } from '../sentences.js';

// Not handled: HTML beyond dropping its tags (an HTML block goes to `removed` whole), footnotes,
// and reference-style links inside blocks in the terminal view (marked-terminal sees the block's
// source without the definitions). Inline styling (bold, italics, code spans) is not kept in the
// text: the text is what the words say.

/** Front-matter keys for each field, in order of preference. */
const TITLE_KEYS = ['title'];
const DATE_KEYS = ['date', 'published', 'pubdate'];
const AUTHOR_KEYS = ['author', 'authors', 'byline'];
const URL_KEYS = ['url', 'source', 'link', 'canonical'];

/** A value a URL key may hold: an absolute URL (`source: Reuters` names an agency, not a page). */
const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;

/** marked, with each inline rule run on a window of the text (bounded-marked.ts). */
const marked = new Marked({ gfm: true }).use({ tokenizer: windowedInlineRules(Tokenizer) });

/** Where in the source the block being read starts, and what the reader has taken out so far. */
interface Context {
  line: number;
  removed: RemovedLine[];
}

/**
 * Inline Markdown as plain text, white space folded as it is added: links as `words (url)`,
 * images left out (the caller lists them as removed), tags dropped, their words kept.
 */
class InlineText extends InlineBuffer {
  /** `urls`: write a link's URL after its words (the headline keeps only the words). */
  constructor(
    private readonly ctx: Context,
    private readonly urls: boolean,
  ) {
    super();
  }

  /** Adds inline tokens. */
  tokens(tokens: Token[]): void {
    for (const token of tokens) this.token(token as MarkedToken);
  }

  private token(t: MarkedToken): void {
    switch (t.type) {
      case 'text':
        if (t.tokens) this.tokens(t.tokens);
        else this.add(decodeEntities(t.text));
        return;
      case 'escape':
      case 'codespan':
        this.add(t.text);
        return;
      case 'strong':
      case 'em':
      case 'del':
        this.tokens(t.tokens);
        return;
      case 'br':
        this.space = true;
        return;
      case 'link':
        this.link(t);
        return;
      case 'image':
        this.ctx.removed.push({ line: this.ctx.line, text: foldSpace(t.raw), reason: 'markup' });
        return;
      case 'html':
      case 'checkbox':
        return;
      default:
        this.add((t as Token).raw);
    }
  }

  private link(t: Tokens.Link): void {
    const words = new InlineText(this.ctx, false);
    words.tokens(t.tokens);
    const url = t.href.trim();
    const label = words.text || url;
    if (!this.urls || url === '') {
      this.add(label);
      return;
    }
    // A bare URL (`<https://…>`, a GFM autolink, `<me@example.org>`) is written once.
    this.writeLink(label, url, label === url || `mailto:${label}` === url);
  }
}

/** The plain text of inline tokens. */
function inlineText(tokens: Token[], ctx: Context, urls = true): InlineText {
  const out = new InlineText(ctx, urls);
  out.tokens(tokens);
  return out;
}

/** A block's plain-text lines and the units its text reads in (items, paragraphs, rows, code lines). */
interface BlockParts {
  lines: string[];
  units: string[];
}

const NO_PARTS: BlockParts = { lines: [], units: [] };

function joinParts(parts: BlockParts[]): BlockParts {
  return { lines: parts.flatMap((p) => p.lines), units: parts.flatMap((p) => p.units) };
}

/** A line and unit of inline text, or nothing when it is empty. */
function textParts(tokens: Token[], indent: string, ctx: Context): BlockParts {
  const text = inlineText(tokens, ctx).text;
  return text === '' ? NO_PARTS : { lines: [indent + text], units: [text] };
}

/** A list: `- item` lines (numbered when ordered, `[x]` for tasks), nested blocks indented under their item. */
function listParts(list: Tokens.List, indent: string, ctx: Context): BlockParts {
  const start = typeof list.start === 'number' ? list.start : 1;
  return joinParts(
    list.items.map((item, i) => {
      const marker = list.ordered ? `${start + i}.` : '-';
      const check = item.task ? (item.checked ? '[x] ' : '[ ] ') : '';
      const inline = item.tokens.filter((t) => t.type === 'text' || t.type === 'paragraph');
      const text = inlineText(inline.flatMap((t) => (t as Tokens.Text | Tokens.Paragraph).tokens ?? [t]), ctx).text;
      const nested = item.tokens.filter((t) => t.type !== 'text' && t.type !== 'paragraph' && t.type !== 'checkbox');
      const inner = joinParts(nested.map((t) => blockParts(t as MarkedToken, indent + '  ', ctx)));
      return { lines: [`${indent}${marker} ${check}${text}`.trimEnd(), ...inner.lines], units: [...(text ? [text] : []), ...inner.units] };
    }),
  );
}

/** A table: the header row, then each row, cells separated by tabs; a row's cells read as one unit. */
function tableParts(table: Tokens.Table, indent: string, ctx: Context): BlockParts {
  const rows = [table.header, ...table.rows].map((row) => row.map((cell) => inlineText(cell.tokens, ctx).text));
  return {
    lines: rows.map((cells) => indent + cells.join('\t')),
    units: rows.map((cells) => cells.filter((c) => c !== '').join(' ')).filter((u) => u !== ''),
  };
}

/**
 * A table's cells in one row of its source, split at pipes as marked splits them (not at `\|`),
 * without the empty cells outside a leading or trailing pipe.
 */
function sourceCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let backslashes = 0;
  for (const c of row) {
    if (c === '|' && backslashes % 2 === 0) {
      cells.push(cell);
      cell = '';
    } else cell += c;
    backslashes = c === '\\' ? backslashes + 1 : 0;
  }
  cells.push(cell);
  if (cells[0]!.trim() === '') cells.shift();
  if (cells.length && cells.at(-1)!.trim() === '') cells.pop();
  return cells;
}

/**
 * A table whose rows have more cells than its header, with the header and delimiter rows
 * widened by empty cells to the widest row; null when no row is wider. marked (and so
 * marked-terminal) cuts every row to the header's cells, which would lose the extra ones.
 */
function widenedTable(raw: string): string | null {
  const rows = raw.replace(/(?<!\n)\n+$/, '').split('\n');
  if (rows.length < 3) return null;
  const header = sourceCells(rows[0]!);
  const widest = Math.max(...rows.slice(2).map((r) => sourceCells(r).length));
  if (widest <= header.length) return null;
  const delimiter = sourceCells(rows[1]!);
  const pad = (cells: string[], filler: string) => `| ${[...cells.map((c) => c.trim()), ...Array<string>(widest - cells.length).fill(filler)].join(' | ')} |`;
  return [pad(header, ''), pad(delimiter, '---'), ...rows.slice(2)].join('\n') + '\n';
}

/** A top-level table token read again from its widened source when a row is wider than the header. */
function tableWithEveryCell(t: Tokens.Table): Tokens.Table {
  const widened = widenedTable(t.raw);
  const again = widened === null ? undefined : marked.lexer(widened)[0];
  return again?.type === 'table' ? (again as Tokens.Table) : t;
}

/** Code: its lines as written; each non-blank line, folded, a unit. */
function codeParts(code: Tokens.Code, indent: string): BlockParts {
  const lines = code.text.split('\n');
  return { lines: lines.map((l) => (l === '' ? '' : indent + l)), units: lines.map(foldSpace).filter((u) => u !== '') };
}

/** The lines and units of any block token, at an indent (blocks nest in lists and quotes). */
function blockParts(t: MarkedToken, indent: string, ctx: Context): BlockParts {
  switch (t.type) {
    case 'paragraph':
    case 'heading':
      return textParts(t.tokens, indent, ctx);
    case 'text':
      return textParts(t.tokens ?? [t], indent, ctx);
    case 'list':
      return listParts(t, indent, ctx);
    case 'blockquote':
      return joinParts(t.tokens.map((c) => blockParts(c as MarkedToken, indent, ctx)));
    case 'table':
      return tableParts(t, indent, ctx);
    case 'code':
      return codeParts(t, indent);
    case 'html': {
      const text = foldSpace(decodeEntities(t.text.replace(/<!--[\s\S]*?-->|<[^>]*>/g, ' ')));
      return text === '' ? NO_PARTS : { lines: [indent + text], units: [text] };
    }
    case 'space':
    case 'hr':
    case 'def':
    case 'checkbox':
      return NO_PARTS;
    default: {
      const text = foldSpace((t as Token).raw);
      return text === '' ? NO_PARTS : { lines: [indent + text], units: [text] };
    }
  }
}

/** Block kinds whose units are prose, split into sentences; rows and code lines are one each. */
const PROSE_UNITS: ReadonlySet<BlockKind> = new Set(['list', 'quote', 'heading']);

/** A block paragraph of this kind from its token; null when it holds no text. */
function blockParagraph(kind: BlockKind, t: MarkedToken, ctx: Context): DraftParagraph | null {
  const parts = blockParts(t, '', ctx);
  if (parts.units.length === 0) return null;
  const sentences = PROSE_UNITS.has(kind) ? parts.units.flatMap(splitSentences) : parts.units;
  const info = t.type === 'code' ? foldSpace(t.lang ?? '') : '';
  const block: Block = { kind, markdown: t.raw.replace(/(?<!\n)\n+$/, ''), lines: parts.lines, ...(info ? { info } : {}) };
  return { text: parts.units.join(' '), sentences, block };
}

const BLOCK_KINDS: Partial<Record<MarkedToken['type'], BlockKind>> = { list: 'list', blockquote: 'quote', table: 'table', code: 'code' };

/** The first entry with one of these keys whose value `read` accepts, and what it made of it. */
function pick<T>(entries: FrontMatterEntry[], keys: string[], used: Set<FrontMatterEntry>, read: (value: string | string[]) => T | null): T | null {
  for (const key of keys) {
    for (const entry of entries) {
      if (entry.key !== key || used.has(entry)) continue;
      const value = read(entry.value);
      if (value === null) continue;
      used.add(entry);
      return value;
    }
  }
  return null;
}

/** `Jane Doe`, `Jane Doe and John Roe`, `A, B and C`. */
function joinNames(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

const asText = (value: string | string[]): string => (Array.isArray(value) ? joinNames(value) : value);

interface Header {
  url: string | null;
  headline: string | null;
  date: ArticleDate | null;
  byline: Byline | null;
}

/** The fields the front matter fills; every line no field took goes to `removed`. */
function readFrontMatter(entries: FrontMatterEntry[], removed: RemovedLine[]): Header {
  const used = new Set<FrontMatterEntry>();
  const header: Header = {
    headline: pick(entries, TITLE_KEYS, used, (v) => foldSpace(asText(v)) || null),
    date: pick(entries, DATE_KEYS, used, (v) => (Array.isArray(v) ? null : parseDateLine(v))),
    byline: pick(entries, AUTHOR_KEYS, used, (v) => authorByline(asText(v))),
    url: pick(entries, URL_KEYS, used, (v) => (!Array.isArray(v) && ABSOLUTE_URL.test(v.trim()) ? v.trim() : null)),
  };
  for (const entry of entries) {
    // An entry no field took goes whole; a used one leaves what its value did not take (a comment, a stray line).
    if (used.has(entry)) for (const part of entry.unused) removed.push({ ...part, reason: 'front-matter' });
    else for (const line of entry.lines) removed.push({ line: line.number, text: line.text.trim(), reason: 'front-matter' });
  }
  return header;
}

/** Compares headlines the way a reader would: case, spacing and punctuation aside. */
function sameHeadline(a: string, b: string): boolean {
  return headlineWords(a) === headlineWords(b);
}

/** A headline reduced to its lower-cased words, for comparing. */
function headlineWords(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether one headline opens with the other, as a site name or section appended to a title does. */
function sameStart(a: string, b: string): boolean {
  const [x, y] = [headlineWords(a), headlineWords(b)];
  return x !== '' && y !== '' && (x.startsWith(y) || y.startsWith(x));
}

/** Finds each top-level token's line: tokens come in source order, so the search only moves on. */
class LineFinder {
  private pos = 0;
  private line: number;

  constructor(
    private readonly body: string,
    firstLine: number,
  ) {
    this.line = firstLine;
  }

  /** The 1-based line the token's source starts on. */
  lineOf(raw: string): number {
    const at = raw === '' ? -1 : this.body.indexOf(raw, this.pos);
    if (at < 0) return this.line;
    for (let i = this.pos; i < at; i++) if (this.body.charCodeAt(i) === 10) this.line++;
    this.pos = at;
    // Leading blank lines of the raw text are not the block's first line.
    const lead = /^\n*/.exec(raw)![0].length;
    return this.line + lead;
  }
}

/** The separator and the closing parts of the meta line lede's Markdown view writes (render/meta.ts). */
const META_SEPARATOR = ' · ';
const META_WORDS = /^\d+ words?$/;
const META_MINUTES = /^\d+ min read$/;

/** A paragraph that is one run of emphasis, `*…*`, and its text; null otherwise. */
function emphasisOnly(t: MarkedToken, ctx: Context): string | null {
  if (t.type !== 'paragraph' || t.tokens.length !== 1 || t.tokens[0]!.type !== 'em') return null;
  return inlineText(t.tokens, ctx).text || null;
}

/**
 * lede's own meta line, as `lede -f markdown` writes it under the headline: `*date · place ·
 * By … · N words · N min read*`. Gives back the date and byline it names (the place is the lead's
 * dateline's, the counts are worked out again); null for any other paragraph.
 */
function ledeMetaLine(text: string): { date: ArticleDate | null; byline: Byline | null } | null {
  const parts = text.split(META_SEPARATOR);
  if (parts.length < 2 || !META_MINUTES.test(parts.at(-1)!) || !META_WORDS.test(parts.at(-2)!)) return null;
  let date: ArticleDate | null = null;
  let byline: Byline | null = null;
  for (const part of parts.slice(0, -2)) {
    if (!date && (date = parseDateLine(part))) continue;
    if (!byline && /^by\s/i.test(part)) byline = parseBylineLine(part) ?? authorByline(part.replace(/^by\s+/i, ''));
  }
  return { date, byline };
}

/** What a prose paragraph stands for at the top of the article, before any paragraph is kept. */
function headerLine(text: string, header: Header): 'date' | 'byline' | null {
  if (!header.date && parseDateLine(text)) return 'date';
  if (!header.byline && parseBylineLine(text)) return 'byline';
  return null;
}

/** Parses a Markdown article (LF line endings). */
export function parseMarkdown(text: string): ArticleDraft {
  const lines = toLines(text);
  const removed: RemovedLine[] = [];
  const fm = parseFrontMatter(lines);
  const header: Header = fm ? readFrontMatter(fm.entries, removed) : { url: null, headline: null, date: null, byline: null };
  const titled = header.headline !== null;

  // Lines keep their count (only markers and indentation go), so line numbers stay right.
  const body = boundNesting(fm ? lines.slice(fm.closingLine).map((l) => l.text).join('\n') : text);
  const finder = new LineFinder(body, fm ? fm.closingLine + 1 : 1);
  const paragraphs: DraftParagraph[] = [];
  const remove = (line: number, raw: string, reason: RemovedReason) => removed.push({ line, text: foldSpace(raw), reason });

  // What lede's own Markdown view puts under the headline, read back: the standfirst in italics,
  // the meta line, a CNN story's highlights as a list. Only at the top (under the `#` headline when
  // there is one), before any paragraph, and only when the meta line is there to say the text is lede's.
  let standfirst: string | null = null;
  let highlights: string[] = [];
  let metaSeen = false;
  const blocks = marked.lexer(body) as MarkedToken[];
  const nextBlock = (i: number) => {
    for (let k = i + 1; k < blocks.length; k++) if (blocks[k]!.type !== 'space') return blocks[k];
    return undefined;
  };
  for (let i = 0; i < blocks.length; i++) {
    const token = blocks[i]!;
    const ctx: Context = { line: finder.lineOf(token.raw), removed };
    const t = (token.type === 'table' ? tableWithEveryCell(token as Tokens.Table) : token) as MarkedToken;
    if (t.type === 'space' || t.type === 'hr') continue;
    if (!titled && paragraphs.length === 0 && !metaSeen) {
      const emphasis = emphasisOnly(t, ctx);
      const meta = emphasis === null ? null : ledeMetaLine(emphasis);
      if (meta) {
        metaSeen = true;
        header.date ??= meta.date;
        header.byline ??= meta.byline;
        continue;
      }
      // The next block is looked for only here: looked for at every block, it made a long top quadratic.
      const next = emphasis !== null && header.headline !== null && standfirst === null ? nextBlock(i) : undefined;
      if (next && ledeMetaLine(emphasisOnly(next, ctx) ?? '')) {
        standfirst = emphasis;
        continue;
      }
    }
    if (metaSeen && paragraphs.length === 0 && highlights.length === 0 && t.type === 'list' && !t.ordered) {
      highlights = listParts(t, '', ctx).units;
      continue;
    }
    if (t.type === 'html' || t.type === 'def') {
      if (t.raw.trim() !== '') remove(ctx.line, t.raw, 'markup');
      continue;
    }
    if (t.type === 'heading') {
      const words = inlineText(t.tokens, ctx, false).text;
      // Only a top heading before the prose is the headline (a kicker line above it is fine); one
      // after a paragraph of prose is a section heading.
      const top = t.depth === 1 && words !== '' && paragraphs.every((p) => !p.block && looksLikeHeadline(p.text));
      if (header.headline === null && top && !titled) {
        header.headline = words;
        continue;
      }
      // A clipper's title (`Putin meets Xi | Reuters`) over the page's own `# Putin meets Xi`: the
      // heading repeats the headline in another form.
      if (header.headline !== null && (sameHeadline(words, header.headline) || (titled && top && sameStart(header.headline, words)))) {
        remove(ctx.line, t.raw, 'repeated-headline');
        continue;
      }
      const p = blockParagraph('heading', t, ctx);
      if (p) paragraphs.push(p);
      continue;
    }
    const kind = BLOCK_KINDS[t.type];
    if (kind) {
      const p = blockParagraph(kind, t, ctx);
      if (p) paragraphs.push(p);
      continue;
    }
    const tokens = t.type === 'paragraph' || t.type === 'text' ? (t.tokens ?? [t]) : [t];
    const inline = inlineText(tokens, ctx);
    const prose = inline.text;
    if (prose === '') continue;
    const furniture = furnitureReason(prose);
    if (furniture) {
      remove(ctx.line, prose, furniture);
      continue;
    }
    if (header.headline !== null && paragraphs.length === 0 && sameHeadline(prose, header.headline)) {
      remove(ctx.line, prose, 'repeated-headline');
      continue;
    }
    const fact = paragraphs.length === 0 ? headerLine(prose, header) : null;
    if (fact === 'date') header.date = parseDateLine(prose);
    else if (fact === 'byline') header.byline = parseBylineLine(prose);
    else paragraphs.push({ text: prose, ...(inline.links.length ? { links: inline.links } : {}) });
  }

  const lead = takeLeadDateline(paragraphs);
  removed.sort((a, b) => a.line - b.line);
  return { ...header, standfirst, dateline: lead.dateline, paragraphs: lead.paragraphs, highlights, removed };
}
