// Reads the simple YAML front matter Markdown articles open with: `key: value` lines, the value
// quoted or not, and `- item` lists under a key. Which key fills which field is markdown.ts's.

import { frontMatterEnd } from '../detect.js';
import type { Line } from '../lines.js';

// Deliberately not a YAML parser: no nesting beyond one list, anchors or flow mappings. A plain
// value continued on indented lines is folded into one, as YAML does. Nothing is dropped: a line
// it cannot read belongs to the entry above it, and a value's trailing `# comment` is kept with
// the entry, so the caller can put every unused part in `removed`.

/** One key and its value, with the source lines it came from. */
export interface FrontMatterEntry {
  /** The key, lowercased. */
  key: string;
  /** The value: a string, or the items of a list (`- a` lines, or `[a, b]`). */
  value: string | string[];
  /** The key's line and the lines under it. */
  lines: Line[];
  /** What the value leaves out: trailing comments, and lines under the key it could not read. */
  unused: { line: number; text: string }[];
}

/** What the front matter holds and the number of the line that closes it. */
export interface FrontMatter {
  entries: FrontMatterEntry[];
  /** 1-based number of the closing `---` line. */
  closingLine: number;
}

const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const LIST_ITEM = /^[ \t]+-(?:[ \t]+(.*))?$/;
/** A comment's `#` after a value: after a space or tab (`Issue#4` holds none). */
const COMMENT_MARK = /[ \t]#/;
/** `>` or `|` (with an optional chomping sign): the value is the indented lines that follow. */
const BLOCK_SCALAR = /^[>|][-+]?$/;

/**
 * Where a plain value's trailing comment starts (the `#` after a space), or -1. Found by a search
 * for the mark rather than `[ \t]+#.*$`, which tries every space of a long run of them.
 */
function commentAt(text: string): number {
  const m = COMMENT_MARK.exec(text);
  return m ? m.index + 1 : -1;
}

/** A plain (unquoted) value's trailing `# comment`, or '' when it has none. */
function scalarComment(raw: string): string {
  const text = raw.trim();
  if (/^["']/.test(text)) return '';
  const at = commentAt(text);
  return at < 0 ? '' : text.slice(at).trim();
}

/** A scalar as written: quotes taken off (with their escapes), a trailing comment dropped, `[[wiki links]]` unwrapped. */
export function scalar(raw: string): string {
  const text = raw.trim();
  let value: string;
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) {
    value = text.slice(1, -1).replace(/\\(["\\/])/g, '$1').replace(/\\n/g, ' ').replace(/\\t/g, ' ');
  } else if (text.startsWith("'") && text.endsWith("'") && text.length >= 2) {
    value = text.slice(1, -1).replace(/''/g, "'");
  } else {
    const at = commentAt(text);
    value = at < 0 ? text : text.slice(0, at);
  }
  // Obsidian's web clipper writes authors as `[[Jane Doe]]` links to notes. No `[` inside, so a
  // run of `[[[[` is not scanned again from each bracket.
  return value.replace(/\[\[([^[\]|]*)(?:\|[^[\]]*)?\]\]/g, '$1').trim();
}

/** A flow list `[a, "b, c"]` split into its items (quoted items may hold commas). */
function flowList(raw: string): string[] {
  const items = raw.trim().slice(1, -1).match(/\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]+)/g) ?? [];
  return items.map(scalar).filter((s) => s !== '');
}

/** Parses the front matter at the top of these lines; null when they do not open with any. */
export function parseFrontMatter(lines: Line[]): FrontMatter | null {
  const end = frontMatterEnd(lines.map((l) => l.text));
  if (end === null) return null;
  const entries: FrontMatterEntry[] = [];
  // Set while the lines under a `key: >` or `key: |` are the value, folded into one line.
  let blockScalar: FrontMatterEntry | null = null;
  const unusedComment = (entry: FrontMatterEntry, line: Line, raw: string) => {
    const comment = scalarComment(raw);
    if (comment) entry.unused.push({ line: line.number, text: comment });
  };
  for (const line of lines.slice(1, end)) {
    if (line.text.trim() === '') continue;
    if (line.text.startsWith('#')) {
      // A comment: no field takes it, but it is kept with the rest of the unused lines.
      entries.push({ key: '', value: '', lines: [line], unused: [{ line: line.number, text: line.text.trim() }] });
      blockScalar = null;
      continue;
    }
    const kv = KEY_VALUE.exec(line.text);
    if (kv) {
      const raw = kv[2] ?? '';
      const isFlowList = /^\[(?!\[).*\]$/.test(raw.trim());
      const entry: FrontMatterEntry = { key: kv[1]!.toLowerCase(), value: isFlowList ? flowList(raw) : scalar(raw), lines: [line], unused: [] };
      if (!isFlowList) unusedComment(entry, line, raw);
      blockScalar = BLOCK_SCALAR.test(raw.trim()) ? { ...entry, value: '' } : null;
      entries.push(blockScalar ?? entry);
      continue;
    }
    const entry = entries.at(-1);
    if (!entry) continue;
    entry.lines.push(line);
    if (entry === blockScalar) {
      entry.value = `${entry.value as string} ${line.text.trim()}`.trim();
      continue;
    }
    const item = LIST_ITEM.exec(line.text);
    const items = Array.isArray(entry.value) ? entry.value : entry.value === '' ? [] : null;
    if (item && items) {
      entry.value = [...items, scalar(item[1] ?? '')].filter((s) => s !== '');
      unusedComment(entry, line, item[1] ?? '');
    } else if (!item && typeof entry.value === 'string' && entry.key !== '' && /^[ \t]/.test(line.text) && !scalarComment(entry.lines[entry.lines.length - 2]!.text)) {
      // A plain value continued on an indented line: YAML folds the lines into one.
      entry.value = `${entry.value} ${scalar(line.text)}`.trim();
      unusedComment(entry, line, line.text);
    } else {
      entry.unused.push({ line: line.number, text: line.text.trim() });
    }
  }
  return { entries, closingLine: lines[end]!.number };
}
