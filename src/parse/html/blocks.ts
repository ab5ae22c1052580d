// The article's element (what Readability chose, pruned) → paragraphs: one a block element (`p`,
// a list, a block quote, a subheading, a table, `pre`), `<br><br>` splitting, links kept as
// `words (url)`, captions to `removed`. Never splits the page's text on its newlines.

import type { Block, BlockKind, Link, RemovedLine, RemovedReason } from '../../article.js';
import type { DraftParagraph } from '../draft.js';
import { InlineBuffer } from '../inline.js';
import { splitSentences } from '../sentences.js';
import { furnitureReason } from '../text/furniture.js';
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'img', 'picture', 'video', 'audio', 'iframe', 'object',
  'embed', 'canvas', 'source', 'track', 'button', 'input', 'select', 'textarea', 'option', 'map', 'head', 'title', 'meta', 'link',
]);

/** Elements that hold blocks: their boundaries end a paragraph, their text is read inside. */
const CONTAINERS = new Set([
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'center', 'dl', 'dt', 'dd', 'details',
  'summary', 'address', 'form', 'fieldset', 'body', 'html', 'li', 'td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'hgroup', 'figure',
]);

const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Beyond this depth a subtree is read as its text alone: a page of 100,000 nested elements must not overflow the stack. */
const MAX_DEPTH = 200;

/** Elements that make a table a layout of blocks rather than a table of data. */
const LAYOUT_TABLE_CONTENT = 'table, p, div, ul, ol, h1, h2, h3, h4, h5, h6, blockquote';

/** Text that is page furniture wherever it stands: a copyright line. */
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/i;

/** Whether inline text is all links: a related-story line, a "read more" link. */
function allLinks(text: string, links: Link[]): boolean {
  if (links.length === 0) return false;
  const linked = links.reduce((n, l) => n + (l.end - l.start), 0);
  return linked >= text.length * LINK_SHARE;
}

/** A paragraph or list item this much of whose text is links is a link, not prose. */
const LINK_SHARE = 0.9;

/** Why a paragraph of a page is furniture, or null. */
function pageFurniture(text: string, links: Link[]): RemovedReason | null {
  if (COPYRIGHT.test(text)) return 'furniture';
  if (allLinks(text, links)) return 'furniture';
  return furnitureReason(text);
}

/** Whether the page hides an element (`hidden`, `aria-hidden`, `display:none`). */
function isHidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** An absolute http(s) or mailto URL for a link's href, resolved against the page's address; null for others. */
export function linkUrl(href: string | null, base: string | null): string | null {
  if (href === null) return null;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  try {
    const url = base === null ? new URL(trimmed) : new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Inline text being gathered: white space folded as it is added, links as `words (url)`. */
class Inline extends InlineBuffer {
  link(label: string, url: string): void {
    if (label === '') return;
    this.writeLink(label, url, label === url || `mailto:${label}` === url || url === `${label}/`);
  }
}

/** What the reader found: paragraphs in order, and what it took out. */
export interface PageBlocks {
  paragraphs: DraftParagraph[];
  removed: RemovedLine[];
}

/** Reads an element's text as inline text: blocks inside are white space, links kept (or only their words). */
function inlineOf(el: DomNode, base: string | null, urls: boolean, depth = 0): Inline {
  const out = new Inline();
  const walk = (node: DomNode, d: number): void => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const child = kids[i]!;
      if (child.nodeType === TEXT_NODE) {
        out.add(child.textContent ?? '');
        continue;
      }
      if (!isElement(child)) continue;
      const name = child.localName;
      if (SKIPPED.has(name) || isHidden(child)) continue;
      if (d > MAX_DEPTH) {
        out.add(child.textContent ?? '');
        continue;
      }
      if (name === 'br' || CONTAINERS.has(name) || name === 'p' || name in HEADINGS) out.breakSpace();
      if (name === 'a') {
        const url = urls ? linkUrl(child.getAttribute('href'), base) : null;
        const label = inlineOf(child, base, false, d + 1).text;
        if (/^\s/.test(child.textContent ?? '')) out.breakSpace();
        if (url) out.link(label, url);
        else out.add(label);
        if (/\s$/.test(child.textContent ?? '')) out.breakSpace();
        continue;
      }
      walk(child, d + 1);
      if (CONTAINERS.has(name) || name === 'p' || name in HEADINGS) out.breakSpace();
    }
  };
  walk(el, depth);
  return out;
}

/** A block's plain-text lines, the units its text reads in, and its Markdown. */
interface BlockParts {
  lines: string[];
  units: string[];
  markdown: string[];
  /** A list's items, and how many of them are nothing but a link. */
  items?: number;
  linkItems?: number;
}

/** Block kinds whose units are prose, split into sentences; rows and code lines are one each. */
const PROSE_UNITS: ReadonlySet<BlockKind> = new Set(['list', 'quote', 'heading']);

/** Reads the blocks of an article element. */
class BlockReader {
  readonly paragraphs: DraftParagraph[] = [];
  readonly removed: RemovedLine[] = [];
  private current = new Inline();
  private lastWasBreak = false;
  /** The position of the next block, which `removed` gives as its `line`. */
  private position = 1;

  constructor(private readonly base: string | null) {}

  remove(text: string, reason: RemovedReason): void {
    const folded = text.replace(/\s+/g, ' ').trim();
    if (folded !== '') this.removed.push({ line: this.position++, text: folded, reason });
  }

  /** Ends the paragraph being gathered. */
  flush(): void {
    const { text, links } = this.current;
    this.current = new Inline();
    this.lastWasBreak = false;
    if (text === '') return;
    const reason = pageFurniture(text, links);
    if (reason) return this.remove(text, reason);
    this.paragraphs.push({ text, ...(links.length ? { links } : {}) });
    this.position++;
  }

  block(kind: BlockKind, parts: BlockParts): void {
    this.flush();
    if (parts.units.length === 0) return;
    const sentences = PROSE_UNITS.has(kind) ? parts.units.flatMap(splitSentences) : parts.units;
    const block: Block = { kind, markdown: parts.markdown.join('\n'), lines: parts.lines };
    this.paragraphs.push({ text: parts.units.join(' '), sentences, block });
    this.position++;
  }

  children(node: DomNode, depth: number): void {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) this.node(kids[i]!, depth + 1);
  }

  node(node: DomNode, depth: number): void {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      if (/\S/.test(text)) this.lastWasBreak = false;
      this.current.add(text);
      return;
    }
    if (!isElement(node)) return;
    const el = node;
    const name = el.localName;
    if (SKIPPED.has(name) || isHidden(el)) return;
    if (depth > MAX_DEPTH) {
      this.current.add(el.textContent ?? '');
      return;
    }
    if (name === 'br') {
      if (this.lastWasBreak) this.flush();
      else {
        this.current.breakSpace();
        this.lastWasBreak = true;
      }
      return;
    }
    if (name === 'a') {
      const url = linkUrl(el.getAttribute('href'), this.base);
      const label = inlineOf(el, this.base, false, depth).text;
      if (/^\s/.test(el.textContent ?? '')) this.current.breakSpace();
      if (url) this.current.link(label, url);
      else this.current.add(label);
      // White space inside the link's edges is white space around it.
      if (/\s$/.test(el.textContent ?? '')) this.current.breakSpace();
      if (label !== '') this.lastWasBreak = false;
      return;
    }
    const level = HEADINGS[name];
    if (level !== undefined) {
      const text = inlineOf(el, this.base, false, depth).text;
      return this.block('heading', { lines: [text], units: text ? [text] : [], markdown: [`${'#'.repeat(level)} ${text}`] });
    }
    switch (name) {
      case 'figcaption':
        this.flush();
        return this.remove(el.textContent ?? '', 'caption');
      case 'ul':
      case 'ol': {
        const parts = this.listParts(el, '', depth);
        // A list of nothing but links is a list of other pages: related stories, tags, a menu.
        if (parts.items && parts.linkItems === parts.items) {
          this.flush();
          return this.remove(parts.units.join(' '), 'furniture');
        }
        return this.block('list', parts);
      }
      case 'blockquote':
        return this.quote(el, depth);
      case 'pre':
        return this.block('code', codeParts(el.textContent ?? ''));
      case 'table':
        if (el.querySelector(LAYOUT_TABLE_CONTENT)) break;
        return this.block('table', this.tableParts(el, depth));
      case 'hr':
        return this.flush();
    }
    if (name === 'p' || CONTAINERS.has(name)) {
      this.flush();
      this.children(el, depth);
      this.flush();
      return;
    }
    this.children(el, depth);
  }

  private quote(el: DomElement, depth: number): void {
    const inner = new BlockReader(this.base);
    inner.children(el, depth);
    inner.flush();
    const units = inner.paragraphs.map((p) => p.text);
    this.block('quote', { lines: units, units, markdown: units.map((u) => `> ${u}`) });
  }

  private listParts(list: DomElement, indent: string, depth: number): BlockParts {
    const parts: BlockParts = { lines: [], units: [], markdown: [], items: 0, linkItems: 0 };
    const ordered = list.localName === 'ol';
    let n = Number(list.getAttribute('start') ?? '1') || 1;
    const items = list.children;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (item.localName !== 'li' || isHidden(item)) continue;
      const marker = ordered ? `${n++}.` : '-';
      const nested: DomElement[] = [];
      const words = new Inline();
      const kids = item.childNodes;
      for (let k = 0; k < kids.length; k++) {
        const kid = kids[k]!;
        if (isElement(kid) && (kid.localName === 'ul' || kid.localName === 'ol')) nested.push(kid);
        else if (kid.nodeType === TEXT_NODE) words.add(kid.textContent ?? '');
        else if (isElement(kid) && kid.localName === 'a') {
          const url = linkUrl(kid.getAttribute('href'), this.base);
          const label = inlineOf(kid, this.base, false, depth + 1).text;
          if (/^\s/.test(kid.textContent ?? '')) words.breakSpace();
          if (url) words.link(label, url);
          else words.add(label);
          if (/\s$/.test(kid.textContent ?? '')) words.breakSpace();
        } else if (isElement(kid) && !SKIPPED.has(kid.localName) && !isHidden(kid)) {
          words.add(` ${inlineOf(kid, this.base, true, depth + 1).text} `);
        }
      }
      const text = words.text;
      if (text !== '') {
        parts.items!++;
        if (allLinks(text, words.links)) parts.linkItems!++;
        parts.lines.push(`${indent}${marker} ${text}`);
        parts.markdown.push(`${indent}${marker} ${text}`);
        parts.units.push(text);
      }
      for (const sub of nested) {
        const inner = this.listParts(sub, indent + '  ', depth + 1);
        parts.lines.push(...inner.lines);
        parts.markdown.push(...inner.markdown);
        parts.units.push(...inner.units);
      }
    }
    return parts;
  }

  private tableParts(table: DomElement, depth: number): BlockParts {
    const rows: string[][] = [];
    const trs = table.querySelectorAll('tr');
    for (let i = 0; i < trs.length; i++) {
      const cells: string[] = [];
      const kids = trs[i]!.children;
      for (let k = 0; k < kids.length; k++) {
        const cell = kids[k]!;
        if (cell.localName === 'td' || cell.localName === 'th') cells.push(inlineOf(cell, this.base, true, depth + 1).text);
      }
      if (cells.some((c) => c !== '')) rows.push(cells);
    }
    const markdown = rows.map((cells) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
    if (rows.length > 0) markdown.splice(1, 0, `|${rows[0]!.map(() => ' --- ').join('|')}|`);
    return {
      lines: rows.map((cells) => cells.join('\t')),
      units: rows.map((cells) => cells.filter((c) => c !== '').join(' ')).filter((u) => u !== ''),
      markdown,
    };
  }
}

/** Code: its lines as written; each non-blank line, folded, a unit. */
function codeParts(code: string): BlockParts {
  // The look-behind starts the trailing run only where it starts: `\n+$` from every newline of a long run inside was quadratic.
  const lines = code.replace(/^\n/, '').replace(/(?<!\n)\n+$/, '').split('\n');
  return { lines, units: lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((u) => u !== ''), markdown: ['```', ...lines, '```'] };
}

/** The paragraphs and removed parts of an article element; `base` resolves relative links. */
export function readBlocks(root: DomElement, base: string | null): PageBlocks {
  const reader = new BlockReader(base);
  reader.children(root, 0);
  reader.flush();
  return { paragraphs: reader.paragraphs, removed: reader.removed };
}
