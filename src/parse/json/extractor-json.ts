// Article extractors' JSON → an ArticleDraft: `trafilatura --json` (`title`, `author`, `date`,
// `text` or `raw_text`, `source`/`url`) and readability-cli's `readable --json` (`title`,
// `byline`, `publishedTime`, `content` or `textContent`), and lede's own (lede-json.ts). Telling
// JSON from other input is detect.ts's.

import type { ArticleDate, Byline } from '../../article.js';
import { InputError } from '../../errors.js';
import { authorByline } from '../text/byline.js';
import { parseDateLine } from '../text/date.js';
import { takeLeadDateline, type ArticleDraft } from '../draft.js';
import { decodeEntities } from '../entities.js';
import { foldSpace, toLines } from '../lines.js';
import { scanParagraphs } from '../text/paragraphs.js';
import { isLedeJson, parseLedeJson } from './lede-json.js';

// Other keys (`hostname`, `description`, `excerpt`, `siteName`, `fingerprint`, `categories`, …)
// are left alone: they describe the page, not the article's text. HTML in `content` is read only
// for its paragraph breaks; it is not rendered.

/** The keys each field is read from, in order of preference. */
const TITLE_KEYS = ['title'];
const AUTHOR_KEYS = ['author', 'byline'];
const DATE_KEYS = ['date', 'publishedTime', 'published_time', 'published'];
const URL_KEYS = ['url', 'source'];
/** Text as text: trafilatura's `text` (one paragraph a line) and `raw_text`. */
const TEXT_KEYS = ['text', 'raw_text'];
/** Text as HTML: readability's `content`, whose tags mark the paragraphs. */
const HTML_KEYS = ['content'];
/** readability's `textContent`, when there is no `content`: its line breaks are the page source's. */
const TEXT_CONTENT_KEYS = ['textContent'];

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;

// A tag's attributes hold no `<` here (`[^<>]*`, not `[^>]*`): scanning on past a `<` to a later
// `>` from every `<` of a long run of them with no `>` was quadratic (46 s at 256k characters).

/** Tags whose end (or, for `br`, whose place) breaks a paragraph. */
const BLOCK_TAG = /<\/?(?:p|div|section|article|header|footer|aside|blockquote|pre|ul|ol|li|h[1-6]|table|tr|figure|figcaption|hr|br)\b[^<>]*>/gi;
const ANY_TAG = /<[^<>]*>/g;
/** Elements whose content is not text. */
const HIDDEN_OPEN = /<(script|style|template)\b/gi;
/** The closer of each hidden kind, built once rather than at each opening found. */
const HIDDEN_CLOSE = new Map(['script', 'style', 'template'].map((name) => [name, new RegExp(`</${name}\\s*>`, 'gi')]));

/**
 * The HTML with comments and script, style and template elements replaced by a space. Found with
 * searches that only move on: `<!--[\s\S]*?-->` scans to the end from every unclosed opening.
 */
function dropHidden(html: string): string {
  let out = '';
  // Text before `from` is in `out`; the next opening is looked for from `search`.
  let from = 0;
  let search = 0;
  // Kinds with no closer after some opening: no later opening of them closes either.
  let commentsUnclosed = false;
  const unclosed = new Set<string>();
  for (;;) {
    const comment = commentsUnclosed ? -1 : html.indexOf('<!--', search);
    HIDDEN_OPEN.lastIndex = search;
    let open = HIDDEN_OPEN.exec(html);
    while (open && unclosed.has(open[1]!.toLowerCase())) open = HIDDEN_OPEN.exec(html);
    if (comment < 0 && !open) break;
    const isComment = comment >= 0 && (!open || comment < open.index);
    const start = isComment ? comment : open!.index;
    let end = -1;
    if (isComment) {
      const close = html.indexOf('-->', start + 4);
      if (close < 0) commentsUnclosed = true;
      else end = close + 3;
    } else {
      const name = open![1]!.toLowerCase();
      const close = HIDDEN_CLOSE.get(name)!;
      close.lastIndex = start;
      const m = close.exec(html);
      if (!m) unclosed.add(name);
      else end = m.index + m[0].length;
    }
    if (end < 0) {
      search = start + 1;
      continue;
    }
    out += html.slice(from, start) + ' ';
    from = search = end;
  }
  return out + html.slice(from);
}

/** Paragraphs of HTML as text: block tags break paragraphs, other tags are dropped, entities decoded. */
export function htmlToText(html: string): string {
  return decodeEntities(dropHidden(html).replace(/\s+/g, ' ').replace(BLOCK_TAG, '\n\n').replace(ANY_TAG, ''));
}

/** The first of these keys holding a non-empty string. */
function stringAt(record: Record<string, unknown>, keys: string[]): string | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

/** The article's text: a text key as written, else HTML as text, else readability's text content. */
function bodyText(record: Record<string, unknown>): string | null {
  const text = stringAt(record, TEXT_KEYS);
  if (text !== null) return text;
  const html = stringAt(record, HTML_KEYS);
  return html !== null ? htmlToText(html) : stringAt(record, TEXT_CONTENT_KEYS);
}

/** Whether a parsed JSON value is an extractor's output: an object with a title or a text. */
export function isExtractorOutput(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return stringAt(record, TITLE_KEYS) !== null || bodyText(record) !== null;
}

/**
 * Reads an extractor's parsed JSON. The text is split into paragraphs as article text is (at blank
 * lines; a block of lines is one paragraph a line unless hard-wrapped), and the lead's dateline is
 * taken off. lede's own JSON is read back as it was written. Throws InputError when the value is
 * neither.
 */
export function parseExtractorJson(source: string, value: unknown): ArticleDraft {
  // lede's own --json output reads back as the article it was.
  if (isLedeJson(value)) return parseLedeJson(value);
  if (!isExtractorOutput(value)) throw new InputError(source, "JSON, but not an article extractor's output (no title or text)");
  const title = stringAt(value, TITLE_KEYS);
  const author = stringAt(value, AUTHOR_KEYS);
  const dateText = stringAt(value, DATE_KEYS);
  const url = stringAt(value, URL_KEYS);
  const text = bodyText(value) ?? '';
  const raw = scanParagraphs(toLines(text.replace(/\r\n?/g, '\n')), new Set());
  const lead = takeLeadDateline(raw.map((p) => ({ text: p.text })));
  const date: ArticleDate | null = dateText === null ? null : parseDateLine(dateText);
  const byline: Byline | null = author === null ? null : authorByline(author);
  return {
    url: url !== null && ABSOLUTE_URL.test(url.trim()) ? url.trim() : null,
    headline: title === null ? null : foldSpace(title) || null,
    date,
    dateline: lead.dateline,
    byline,
    paragraphs: lead.paragraphs,
    highlights: [],
    removed: [],
  };
}
