// Reads the lines around the body: the headline, the publication date and the byline at the top,
// and a date or byline at the bottom. Paragraphs, datelines and furniture are other scanners' work.

import type { ArticleDate, Byline, RemovedLine } from '../../article.js';
import { parseBylineLine } from './byline.js';
import { parseDateLine } from './date.js';
import { foldSpace, isBlank, type Line } from '../lines.js';
import { needsUnicode } from '../letters.js';

/** How many non-blank lines at the top may hold header facts before the body must have begun. */
const HEADER_LINES = 6;
/** A headline longer than this is a paragraph. */
const HEADLINE_MAX_WORDS = 30;
const HEADLINE_MAX_CHARS = 250;

/** What the header scan found, and which lines it used up. */
export interface Header {
  headline: string | null;
  date: ArticleDate | null;
  byline: Byline | null;
  /** Lines taken out as repeats of the headline or a second date. */
  removed: RemovedLine[];
  /** Numbers of every line the header took (facts and removed repeats). */
  used: Set<number>;
}

/** Whether a line reads like a headline rather than a paragraph of prose. */
export function looksLikeHeadline(text: string): boolean {
  const t = foldSpace(text);
  if (t === '' || t.length > HEADLINE_MAX_CHARS) return false;
  if (t.split(' ').length > HEADLINE_MAX_WORDS) return false;
  // Prose ends with a full stop, colon, comma or semicolon; headlines rarely do.
  if (/[.:,;]$/.test(t) && !/\.\.\.$|…$/.test(t)) return false;
  // An ASCII letter settles it without compiling the Unicode class (a few tenths of a millisecond).
  return /[A-Za-z]/.test(t) || /\p{L}/u.test(t);
}

/** Normalizes a line for comparing it with the headline. */
function headlineKey(text: string): string {
  const key = foldSpace(text).toLowerCase();
  // Where they decide alike, the ASCII classes keep the same characters and cost nothing to compile.
  return needsUnicode(key) ? key.replace(/[^\p{L}\p{N} ]/gu, '') : key.replace(/[^a-z0-9 ]/g, '');
}

/**
 * Scans the top and bottom of the body for the headline, date and byline.
 * `skip` holds line numbers other scanners have already taken (furniture).
 * `linePerParagraph` says the text has no blank lines between paragraphs, so the line after the
 * headline need not be blank.
 */
export function scanHeader(lines: Line[], skip: Set<number>, linePerParagraph: boolean): Header {
  const header: Header = { headline: null, date: null, byline: null, removed: [], used: new Set() };
  const nonBlank = lines.filter((l) => !skip.has(l.number) && !isBlank(l));

  for (let k = 0; k < Math.min(nonBlank.length, HEADER_LINES); k++) {
    const line = nonBlank[k]!;
    const text = line.text.trim();
    const date = parseDateLine(text);
    if (date) {
      if (header.date) header.removed.push({ line: line.number, text, reason: 'duplicate-date' });
      else header.date = date;
      header.used.add(line.number);
      continue;
    }
    const byline = header.byline ? null : parseBylineLine(text);
    if (byline) {
      header.byline = byline;
      header.used.add(line.number);
      continue;
    }
    if (header.headline !== null && headlineKey(text) === headlineKey(header.headline)) {
      header.removed.push({ line: line.number, text, reason: 'repeated-headline' });
      header.used.add(line.number);
      continue;
    }
    if (header.headline === null && looksLikeHeadline(text) && (linePerParagraph || standsAlone(lines, line, skip))) {
      header.headline = foldSpace(text);
      header.used.add(line.number);
      continue;
    }
    break;
  }

  // A date or byline may also close the article.
  for (let k = nonBlank.length - 1; k >= 0 && k >= nonBlank.length - 3; k--) {
    const line = nonBlank[k]!;
    if (header.used.has(line.number)) break;
    const text = line.text.trim();
    const date = header.date ? null : parseDateLine(text);
    const byline = date || header.byline ? null : parseBylineLine(text);
    if (date) header.date = date;
    else if (byline) header.byline = byline;
    else break;
    header.used.add(line.number);
  }
  return header;
}

/**
 * Whether `line` stands alone: the line after it is blank or furniture, or is a date or byline
 * (which a headline is often followed by), or there is none.
 */
function standsAlone(lines: Line[], line: Line, skip: Set<number>): boolean {
  const after = lines[lines.indexOf(line) + 1];
  if (!after || isBlank(after) || skip.has(after.number)) return true;
  const t = after.text.trim();
  return parseDateLine(t) !== null || parseBylineLine(t) !== null;
}
