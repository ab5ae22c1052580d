// Decides what an input is: article text, a Markdown article, an article extractor's JSON, or a web
// page, by its name (`.md`, `.markdown`, `.json`, `.html`, `.htm`, `.xhtml`) or, failing that, by its content. Parsing is left to the
// parser of each format; parse/index.ts dispatches.

/** The input formats lede reads. */
export type InputFormat = 'text' | 'markdown' | 'json' | 'html';

// Conservative on purpose: article text must never be taken for Markdown. Content alone makes an
// input Markdown only when it opens with YAML front matter, or opens with a `# ` heading and shows
// another Markdown sign in its first part. Markdown with neither is read as text (it reads well
// enough: only the marks stay visible); naming the file `.md` always works.

const MARKDOWN_NAME = /\.(?:md|markdown)$/i;
const JSON_NAME = /\.json$/i;
const HTML_NAME = /\.(?:html?|xhtml)$/i;

/** How a page opens: a doctype, `<html`, `<head`, `<body`, or an XML declaration or comment before them. */
const HTML_OPENING = /^(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;
/** Tags that make up a page's body. */
const BODY_TAG = /<\/?(?:p|div|span|a|br|table|tr|td|section|article|header|footer|nav|main|meta|link|script|style|h[1-6]|ul|ol|li|img|form)\b[^>]*>/gi;
/** Markup-dense text: at least this many tags, taking up at least this share of the text sniffed. */
const MIN_TAGS = 5;
const MIN_MARKUP_SHARE = 0.15;

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
/** The meta line lede's Markdown view writes under the headline: `*… · 383 words · 2 min read*`. */
const LEDE_META_LINE = /^\*[^*\n]*(?<!\d)\d+ words? · \d+ min read\*$/m;
/** Signs of Markdown besides the opening heading; any one of them will do. */
const MARKDOWN_SIGNS: readonly RegExp[] = [
  /^#{1,6} \S/m, // another heading
  LEDE_META_LINE, // lede's own Markdown meta line
  // No `[` inside a link's words: from every `[` of a long run, `[^\]\n]+` scanned to the line's end.
  /\[[^[\]\n]+\]\((?:https?:|mailto:|\/|#|\.)[^)\s]*\)/, // an inline link
  /!\[[^[\]\n]*\]\([^)\s]+\)/, // an image
  /^(?:```|~~~)/m, // a code fence
  /^> \S/m, // a block quote
  /^[ \t]*(?:[-*+]|\d{1,3}[.)]) \S.*\n[ \t]*(?:[-*+]|\d{1,3}[.)]) \S/m, // two list items in a row
  /\*\*\S[^*\n]*\*\*|__\S[^_\n]*__/, // strong emphasis
  // One run of blanks before the line's end, not two in a row (`[ \t]*\|?[ \t]*$` tried every split of a long run).
  /^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+(?:\|[ \t]*)?$/m, // a table's delimiter row
];

/** Whether the text opens with a block of YAML front matter (`---`, `key: value` lines, `---`). */
export function hasFrontMatter(text: string): boolean {
  // Cheap first (FRONT_MATTER_OPEN needs it): most inputs are not split into lines at all.
  return text.startsWith('---') && frontMatterEnd(text.slice(0, SNIFF_CHARS).split('\n')) !== null;
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

/** Whether the text opens with a `# ` heading and shows another sign of Markdown, or opens as lede's own Markdown does. */
function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  const firstLine = /^\s*(.*)/.exec(head)?.[1] ?? '';
  // Each pattern is tried only on a line that opens as it must: a start then compiles neither
  // for article text (a pattern is compiled when first used, a cost at every start).
  // lede's own Markdown of an article with no headline opens on its meta line.
  if (firstLine.startsWith('*') && LEDE_META_LINE.test(firstLine)) return true;
  if (!firstLine.startsWith('# ') || !TITLE_HEADING.test(firstLine)) return false;
  const rest = head.slice(head.indexOf(firstLine) + firstLine.length);
  return MARKDOWN_SIGNS.some((sign) => sign.test(rest));
}

/** Whether the text is shaped like a JSON object: `{` first and `}` last (it may still not parse). */
function looksLikeJsonObject(text: string): boolean {
  const start = /\S/.exec(text);
  return start?.[0] === '{' && text.trimEnd().endsWith('}');
}

/**
 * Whether the text is a web page: it opens as one, or opens with a tag and is dense with markup.
 * Article text that mentions `<p>` in its prose does not open with a tag.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  // Both ways need a tag first (HTML_OPENING's BOM is white space to \s): article text is told
  // without compiling HTML_OPENING.
  if (!/^\s*</.test(head)) return false;
  if (HTML_OPENING.test(head)) return true;
  let tags = 0;
  let markup = 0;
  for (const m of head.matchAll(BODY_TAG)) {
    tags++;
    markup += m[0].length;
  }
  return tags >= MIN_TAGS && markup / head.length >= MIN_MARKUP_SHARE;
}

/**
 * What the input is: by name for `.json`, `.md` and `.markdown`; otherwise JSON when it is shaped
 * like an object, HTML when it looks like a page, Markdown when it opens with front matter or a heading with other Markdown signs,
 * and article text for everything else.
 */
export function detectFormat(source: string, text: string): InputFormat {
  if (JSON_NAME.test(source)) return 'json';
  if (MARKDOWN_NAME.test(source)) return 'markdown';
  if (HTML_NAME.test(source)) return 'html';
  if (looksLikeJsonObject(text)) return 'json';
  if (looksLikeHtml(text)) return 'html';
  if (hasFrontMatter(text) || looksLikeMarkdown(text)) return 'markdown';
  return 'text';
}
