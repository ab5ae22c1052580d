// The facts under the headline (date, place, byline, length) as a list of parts, shared by the
// terminal, plain and Markdown renderers. Each renderer joins and styles them its own way.

import type { Article } from '../article.js';

/** The separator renderers put between meta parts. */
export const META_SEPARATOR = ' · ';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The date in words, e.g. `Thursday, May 16, 2024`: what Intl.DateTimeFormat('en-US') writes, by
 * hand, because building an Intl formatter loads ICU data and costs a quarter of a bare Node start.
 */
export function dateInWords(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return `${WEEKDAYS[date.getUTCDay()]}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/**
 * The meta parts of an article: the date (in words, or as written when `dateAsWritten`), the
 * dateline's place, the byline as written, and the word count with reading time.
 */
export function metaParts(article: Article, dateAsWritten: boolean): string[] {
  const parts: string[] = [];
  if (article.date) parts.push(dateAsWritten ? article.date.raw : dateInWords(article.date.iso));
  if (article.dateline?.place) parts.push(article.dateline.place);
  // As written (`By Jane Doe, Reuters`); an author from front matter or JSON gets its `By`.
  if (article.byline) parts.push(/^by\b/i.test(article.byline.raw) ? article.byline.raw : `By ${article.byline.raw}`);
  if (article.words > 0) parts.push(`${article.words} ${article.words === 1 ? 'word' : 'words'}`, `${article.readingMinutes} min read`);
  return parts;
}

/** Packs meta parts into lines of at most `width` columns, breaking only between parts (0: one line). */
export function packParts(parts: string[], width: number, measure: (s: string) => number): string[] {
  if (width <= 0) return parts.length ? [parts.join(META_SEPARATOR)] : [];
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.at(-1);
    if (last !== undefined && measure(last + META_SEPARATOR + part) <= width) lines[lines.length - 1] = last + META_SEPARATOR + part;
    else lines.push(part);
  }
  return lines;
}
