// Markdown → roff for a man page, from marked's tokens: headings, paragraphs, lists, code and
// tables. Pure. Reading doc/lede.1.md and writing lede.1 is build-man.ts's job.
//
// The Markdown conventions it reads:
//   # lede(1)                the title: name and section (.TH); must come first
//   ## NAME, ### Output      a section (.SH, upper-cased) and a subsection (.SS); plain text
//   - `--width` *n*          a list item whose first line stands alone is a term and its
//     wrap at n columns        definition (.TP); an item of one line is a bullet (.IP)
//   a line ending in \       a line break (.br)
//   `code`, **bold**         bold, with - as \- so options can be searched for; *em* is italic
// It does not handle images, HTML, block quotes or rules: it throws rather than drop them.

import { Lexer, type Token, type Tokens } from 'marked';

/** What the page's header and footer say, beside the name and section from the title. */
export interface ManMeta {
  /** The date in the footer, e.g. 2024-05-16. */
  date: string;
  /** The source in the footer, e.g. `lede 0.1.0`. */
  source: string;
  /** The manual's name in the header, e.g. `User Commands`. */
  manual: string;
}

const TITLE = /^([\w.-]+)\((\w+)\)$/;
/** Marks a page for tbl; man runs the preprocessors this line names. */
const TBL_PREPROCESSOR_LINE = `'\\" t`;
/** A roff font change back to the regular font. */
const ROMAN = '\\fR';
/** Stands for a line break inside inline text until the lines are guarded; roff never sees it. */
const LINE_BREAK = '\u0000br';

/** Escapes text for roff: backslashes, and characters outside ASCII as `\[uXXXX]`. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\e').replace(/[^\x20-\x7e\n\t]/gu, (ch) => `\\[u${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

/** Escapes literal text (code, options): also `-` as a minus and `'` as a straight quote. */
function escapeLiteral(text: string): string {
  return escapeText(text).replace(/-/g, '\\-').replace(/'/g, '\\(aq');
}

/** Guards each line against being read as a request: one starting with `.` or `'`. */
function guardLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => (line === LINE_BREAK ? '.br' : /^[.']/.test(line) ? `\\&${line}` : line))
    .join('\n');
}

/** Inline tokens → roff text (may hold newlines, which roff fills as spaces). */
function inline(tokens: readonly Token[] | undefined, literal = false): string {
  return (tokens ?? [])
    .map((t): string => {
      switch (t.type) {
        case 'text':
          return 'tokens' in t && t.tokens ? inline(t.tokens, literal) : literal ? escapeLiteral(decode(t.text)) : escapeText(decode(t.text));
        case 'escape':
          return literal ? escapeLiteral(t.text) : escapeText(t.text);
        case 'codespan':
          return `\\fB${escapeLiteral(decode(t.text))}${ROMAN}`;
        case 'strong':
          return `\\fB${inline(t.tokens, true)}${ROMAN}`;
        case 'em':
          return `\\fI${inline(t.tokens, literal)}${ROMAN}`;
        case 'link':
          return inline(t.tokens, literal) + (t.href.startsWith('#') || t.text === t.href ? '' : ` <${escapeText(t.href)}>`);
        case 'br':
          return `\n${LINE_BREAK}\n`;
        case 'del':
          return inline(t.tokens, literal);
        default:
          return escapeText(t.raw);
      }
    })
    .join('');
}

/** marked leaves HTML entities encoded in text tokens. */
function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '');
}

/** A paragraph-like token's inline text. */
function blockText(token: Token): string {
  return 'tokens' in token && token.tokens ? inline(token.tokens) : escapeText(token.raw);
}

function list(token: Tokens.List): string[] {
  const out: string[] = [];
  token.items.forEach((item, i) => {
    const [first, ...rest] = item.tokens.filter((t) => t.type !== 'space');
    const firstText = first && (first.type === 'text' || first.type === 'paragraph') ? blockText(first) : '';
    const lineBreak = firstText.indexOf('\n');
    if (lineBreak > 0) {
      out.push('.TP', guardLines(firstText.slice(0, lineBreak)), guardLines(firstText.slice(lineBreak + 1)));
    } else {
      const mark = token.ordered ? `${Number(token.start || 1) + i}.` : '\\(bu';
      out.push(`.IP ${mark} 4`);
      if (firstText) out.push(guardLines(firstText));
      else if (first) rest.unshift(first);
    }
    for (const t of rest) {
      if (t.type === 'list') out.push('.RS', ...list(t as Tokens.List), '.RE');
      else out.push('.IP', ...block(t).filter((l) => l !== '.PP'));
    }
  });
  return out;
}

/** A table for tbl: a bold header row, text blocks so long cells wrap, the last column widest. */
function table(token: Tokens.Table): string[] {
  const cell = (c: Tokens.TableCell) => `T{\n${guardLines(inline(c.tokens)) || '\\&'}\nT}`;
  const columns = token.header.length;
  const align = (bold: boolean) => token.align.map((a, i) => `${a === 'right' ? 'r' : a === 'center' ? 'c' : 'l'}${bold ? 'b' : ''}${i === columns - 1 ? 'x' : ''}`).join(' ');
  return [
    '.PP',
    '.TS',
    'tab(\t);',
    align(true),
    `${align(false)}.`,
    token.header.map(cell).join('\t'),
    ...token.rows.map((row) => row.map(cell).join('\t')),
    '.TE',
  ];
}

function block(token: Token): string[] {
  switch (token.type) {
    case 'heading': {
      // Headings are plain text: a man page sets them in its own font, sections in capitals.
      const text = decode(token.text.trim());
      return token.depth <= 2 ? [`.SH ${quoteArg(escapeText(text.toUpperCase()))}`] : [`.SS ${quoteArg(escapeText(text))}`];
    }
    case 'paragraph':
    case 'text':
      return ['.PP', guardLines(blockText(token))];
    case 'code':
      return ['.PP', '.RS 4', '.nf', ...token.text.replace(/\n+$/, '').split('\n').map((l: string) => (/^[.']/.test(l) ? `\\&${escapeLiteral(l)}` : escapeLiteral(l))), '.fi', '.RE'];
    case 'list':
      return list(token as Tokens.List);
    case 'table':
      return table(token as Tokens.Table);
    case 'space':
      return [];
    default:
      throw new Error(`man page: no roff for a Markdown ${token.type}: ${token.raw.trim().slice(0, 40)}`);
  }
}

/** Whether the token is the paragraph under NAME, which whatis and apropos read. */
function isNameLine(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return tokens[i]?.type === 'paragraph' && before?.type === 'heading' && before.depth === 2 && before.text.trim().toUpperCase() === 'NAME';
}

/** `lede - read news articles`, with the dash as `\-`, as mandb's parser expects. */
function nameLine(token: Token): string[] {
  const [, text = ''] = block(token);
  return ['.PP', text.replace(' - ', ' \\- ')];
}

/** A request's argument, in double quotes (roff doubles a quote inside). */
function quoteArg(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Converts a man page written in Markdown to roff for `man`. Throws on what it cannot convert. */
export function markdownToRoff(markdown: string, meta: ManMeta): string {
  const tokens = new Lexer({ gfm: true }).lex(markdown).filter((t) => t.type !== 'space');
  const [title, ...body] = tokens;
  const m = title?.type === 'heading' && title.depth === 1 ? TITLE.exec(title.text.trim()) : null;
  if (!m) throw new Error('man page: the first line must be a title like # lede(1)');
  const [, name = '', section = ''] = m;
  const lines = [
    ...(body.some((t) => t.type === 'table') ? [TBL_PREPROCESSOR_LINE] : []),
    `.TH ${quoteArg(name.toUpperCase())} ${quoteArg(section)} ${quoteArg(meta.date)} ${quoteArg(escapeText(meta.source))} ${quoteArg(escapeText(meta.manual))}`,
    ...body.flatMap((token, i) => (isNameLine(body, i) ? nameLine(token) : block(token))),
  ];
  return lines.join('\n') + '\n';
}
