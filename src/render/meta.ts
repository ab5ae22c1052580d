// The facts under the headline (date, place, byline, length) as a list of parts, shared by the
// terminal, plain and Markdown renderers. Each renderer joins and styles them its own way.

import type { Article } from '../article.js';

/** The separator renderers put between meta parts. */
export const META_SEPARATOR = ' · ';

// Made on first use: building an Intl formatter loads ICU data, a cost plain output never needs.
let longDate: Intl.DateTimeFormat | undefined;

/** The date in words, e.g. `Thursday, May 16, 2024`. */
export function dateInWords(iso: string): string {
  longDate ??= new Intl.DateTimeFormat('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return longDate.format(new Date(`${iso}T00:00:00Z`));
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
