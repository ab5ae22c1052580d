// Reads the simple YAML front matter Markdown articles open with: `key: value` lines, the value
// quoted or not, and `- item` lists under a key. Which key fills which field is markdown.ts's.

import { frontMatterEnd } from '../detect.js';
import type { Line } from '../lines.js';

// Deliberately not a YAML parser: no nesting beyond one list, no multi-line strings, anchors or
// flow mappings. A line it cannot read is still kept: it belongs to the entry above it, so the
// caller can put every unused line in `removed`.

/** One key and its value, with the source lines it came from. */
export interface FrontMatterEntry {
  /** The key, lowercased. */
  key: string;
  /** The value: a string, or the items of a list (`- a` lines, or `[a, b]`). */
  value: string | string[];
  /** The key's line and the lines under it. */
  lines: Line[];
}

/** What the front matter holds and the number of the line that closes it. */
export interface FrontMatter {
  entries: FrontMatterEntry[];
  /** 1-based number of the closing `---` line. */
  closingLine: number;
}

const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const LIST_ITEM = /^[ \t]+-(?:[ \t]+(.*))?$/;
const COMMENT = /[ \t]+#.*$/;
/** `>` or `|` (with an optional chomping sign): the value is the indented lines that follow. */
const BLOCK_SCALAR = /^[>|][-+]?$/;

/** A scalar as written: quotes taken off (with their escapes), a trailing comment dropped, `[[wiki links]]` unwrapped. */
export function scalar(raw: string): string {
  const text = raw.trim();
  let value: string;
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) {
    value = text.slice(1, -1).replace(/\\(["\\/])/g, '$1').replace(/\\n/g, ' ').replace(/\\t/g, ' ');
  } else if (text.startsWith("'") && text.endsWith("'") && text.length >= 2) {
    value = text.slice(1, -1).replace(/''/g, "'");
  } else {
    value = text.replace(COMMENT, '');
  }
  // Obsidian's web clipper writes authors as `[[Jane Doe]]` links to notes.
  return value.replace(/\[\[([^\]|]*)(?:\|[^\]]*)?\]\]/g, '$1').trim();
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
  for (const line of lines.slice(1, end)) {
    if (line.text.trim() === '') continue;
    if (line.text.startsWith('#')) {
      // A comment: no field takes it, but it is kept with the rest of the unused lines.
      entries.push({ key: '', value: '', lines: [line] });
      blockScalar = null;
      continue;
    }
    const kv = KEY_VALUE.exec(line.text);
    if (kv) {
      const raw = kv[2] ?? '';
      const isFlowList = /^\[(?!\[).*\]$/.test(raw.trim());
      const entry: FrontMatterEntry = { key: kv[1]!.toLowerCase(), value: isFlowList ? flowList(raw) : scalar(raw), lines: [line] };
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
    if (item) {
      const items = Array.isArray(entry.value) ? entry.value : entry.value === '' ? [] : null;
      if (items) entry.value = [...items, scalar(item[1] ?? '')].filter((s) => s !== '');
    }
  }
  return { entries, closingLine: lines[end]!.number };
}
