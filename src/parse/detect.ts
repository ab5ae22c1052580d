// Decides what an input is: article text, a Markdown article, or an article extractor's JSON, by
// its name (`.md`, `.markdown`, `.json`) or, failing that, by its content. Parsing is left to the
// parser of each format; parse/index.ts dispatches.

/** The input formats lede reads. */
export type InputFormat = 'text' | 'markdown' | 'json';

// Conservative on purpose: article text must never be taken for Markdown. Content alone makes an
// input Markdown only when it opens with YAML front matter, or opens with a `# ` heading and shows
// another Markdown sign in its first part. Markdown with neither is read as text (it reads well
// enough: only the marks stay visible); naming the file `.md` always works.

const MARKDOWN_NAME = /\.(?:md|markdown)$/i;
const JSON_NAME = /\.json$/i;

/** How much of the start of the text the Markdown signs are looked for in. */
const SNIFF_CHARS = 64 * 1024;
/** Front matter longer than this many lines is not front matter. */
const MAX_FRONT_MATTER_LINES = 100;

const FRONT_MATTER_OPEN = /^---[ \t]*$/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** A `key: value` line, a list item under a key, or a comment: what simple YAML front matter holds. */
const FRONT_MATTER_LINE = /^(?:[A-Za-z_][\w-]*[ \t]*:(?:[ \t].*)?|[ \t]+-(?:[ \t].*)?|[ \t]+\S.*|#.*)$/;
const KEY_LINE = /^[A-Za-z_][\w-]*[ \t]*:/;

const TITLE_HEADING = /^# \S/;
/** Signs of Markdown besides the opening heading; any one of them will do. */
const MARKDOWN_SIGNS: readonly RegExp[] = [
  /^#{1,6} \S/m, // another heading
  // No `[` inside a link's words: from every `[` of a long run, `[^\]\n]+` scanned to the line's end.
  /\[[^[\]\n]+\]\((?:https?:|mailto:|\/|#|\.)[^)\s]*\)/, // an inline link
  /!\[[^[\]\n]*\]\([^)\s]+\)/, // an image
  /^(?:```|~~~)/m, // a code fence
  /^> \S/m, // a block quote
  /^[ \t]*(?:[-*+]|\d{1,3}[.)]) \S.*\n[ \t]*(?:[-*+]|\d{1,3}[.)]) \S/m, // two list items in a row
  /\*\*\S[^*\n]*\*\*|__\S[^_\n]*__/, // strong emphasis
  /^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/m, // a table's delimiter row
];

/** Whether the text opens with a block of YAML front matter (`---`, `key: value` lines, `---`). */
export function hasFrontMatter(text: string): boolean {
  return frontMatterEnd(text.slice(0, SNIFF_CHARS).split('\n')) !== null;
}

/**
 * The index of the line that closes the front matter opening these lines, or null when they do
 * not open with front matter holding at least one `key: value` line.
 */
export function frontMatterEnd(lines: string[]): number | null {
  if (!FRONT_MATTER_OPEN.test(lines[0] ?? '')) return null;
  let keys = 0;
  for (let i = 1; i < Math.min(lines.length, MAX_FRONT_MATTER_LINES + 1); i++) {
    const line = lines[i]!;
    if (FRONT_MATTER_CLOSE.test(line)) return keys > 0 ? i : null;
    if (line.trim() === '') continue;
    if (!FRONT_MATTER_LINE.test(line)) return null;
    if (KEY_LINE.test(line)) keys++;
  }
  return null;
}

/** Whether the text opens with a `# ` heading and shows another sign of Markdown. */
function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  const firstLine = /^\s*(.*)/.exec(head)?.[1] ?? '';
  if (!TITLE_HEADING.test(firstLine)) return false;
  const rest = head.slice(head.indexOf(firstLine) + firstLine.length);
  return MARKDOWN_SIGNS.some((sign) => sign.test(rest));
}

/** Whether the text is shaped like a JSON object: `{` first and `}` last (it may still not parse). */
function looksLikeJsonObject(text: string): boolean {
  const start = /\S/.exec(text);
  return start?.[0] === '{' && text.trimEnd().endsWith('}');
}

/**
 * What the input is: by name for `.json`, `.md` and `.markdown`; otherwise JSON when it is shaped
 * like an object, Markdown when it opens with front matter or a heading with other Markdown signs,
 * and article text for everything else.
 */
export function detectFormat(source: string, text: string): InputFormat {
  if (JSON_NAME.test(source)) return 'json';
  if (MARKDOWN_NAME.test(source)) return 'markdown';
  if (looksLikeJsonObject(text)) return 'json';
  if (hasFrontMatter(text) || looksLikeMarkdown(text)) return 'markdown';
  return 'text';
}
