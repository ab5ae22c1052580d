// Reads a header line that packs several facts together: `AFP | Paris | Updated: 09-04-2021 |
// Created: 08-04-2021`, `April 9, 2021 / 6:45 AM / 3 years ago`, `By Timeslive - 02 January 2018 -
// 08:53`, `By Jane Doe Tuesday 21 Jun 2022, 9:14 AM`, `Published time: … Edited time: …`. Each part
// is classified; the line counts only when every part is something a header holds.

import type { ArticleDate, Byline } from '../../article.js';
import { isAgencyName, parseCreditLine } from './byline.js';
import { parseDateLine } from './date.js';
import { isReadingTime, isRelativeTime, isTimeAlone, wordCount } from './line-kinds.js';
import { letterPattern } from '../letters.js';

// Patterns with letter classes: ASCII versions for ASCII text (parse/letters.ts).
const OPENS_UPPER = letterPattern(String.raw`^\p{Lu}`, 'u');

/** What a metadata line holds. */
export interface MetadataLine {
  /** The publication date: a published or created date before an updated one. */
  date: ArticleDate | null;
  byline: Byline | null;
  /** The parts neither field took (a place, an updated time, `3 years ago`), as written. */
  rest: string[];
}

/** Labels that say which date a part is: published ones first, updated ones after. */
const DATE_LABEL =
  /^(first published|published|posted|created|date created|date|updated|last updated|last modified|modified|edited|updated on)(?:\s+(?:time|date|on|at))?\s*:?\s*/i;
const PUBLISHED_LABEL = /^(?:first published|published|posted|created|date created|date)$/i;
/** Where a second labelled date starts inside a part: ` Edited time: …`, ` Updated: …`. */
const INNER_LABEL = /\s(?=(?:first published|published|posted|created|updated|last updated|last modified|modified|edited)(?:\s+(?:time|date|on|at))?\s*:)/gi;

/** The separators pages join header facts with. */
const SEPARATOR = /\s*\|\s*|\s+[/•·]\s+|\s+[-–—]\s+/;

/** Parts longer than this many words are prose, not a fact. */
const MAX_LABEL_WORDS = 2;

interface DatePart {
  date: ArticleDate;
  published: boolean;
}

/** A part read as a date, with its label's kind; null when it is not one. */
function datePart(part: string): DatePart | null {
  if (part.length > 60) return null;
  const label = DATE_LABEL.exec(part);
  const rest = label ? part.slice(label[0].length) : part;
  if (label && rest.trim() === '') return null;
  const date = parseDateLine(rest);
  if (!date) return null;
  return { date: { raw: part, iso: date.iso }, published: !label || PUBLISHED_LABEL.test(label[1]!) };
}

/** Splits a part holding two labelled dates (`Published time: … Edited time: …`) into its dates. */
function labelledDates(part: string): string[] {
  return part.split(INNER_LABEL).map((p) => p.trim()).filter(Boolean);
}

/**
 * Reads a metadata line; null unless it has two parts or more, each a date, a time, a relative
 * time, a reading time, a byline or agency, or (beside one of those) a short label such as a place.
 */
export function parseMetadataLine(line: string): MetadataLine | null {
  const text = line.trim().replace(/\s+/g, ' ');
  if (text.length > 200) return null;
  const parts = text.split(SEPARATOR).flatMap(labelledDates).filter((p) => p !== '');
  const joined = parts.length >= 2 ? readParts(parts) : null;
  return joined ?? bylineThenDate(text);
}

function readParts(parts: string[]): MetadataLine | null {
  const dates: DatePart[] = [];
  let byline: Byline | null = null;
  const others: string[] = [];
  for (const part of parts) {
    const date = datePart(part);
    const credit: Byline | null = byline ? null : (parseCreditLine(part) ?? (isAgencyName(part) ? { raw: part, name: part } : null));
    if (date) dates.push(date);
    else if (isTimeAlone(part) || isRelativeTime(part) || isReadingTime(part)) others.push(part);
    else if (credit) byline = credit;
    else if (wordCount(part) <= MAX_LABEL_WORDS && OPENS_UPPER.test(part) && !/[.!?]$/.test(part)) others.push(part);
    else if (/^(?:published|posted|updated|created|edited)\s*:?$/i.test(part)) others.push(part);
    else return null;
  }
  // Labels only ride along with a fact: `AFP | Paris | Updated: …`.
  if (dates.length === 0 && !byline) return null;
  const date = dates.find((d) => d.published) ?? dates[0] ?? null;
  const rest = parts.filter((p) => p !== date?.date.raw && p !== byline?.raw);
  return { date: date?.date ?? null, byline, rest };
}

/** `By Jane Doe Tuesday 21 Jun 2022, 9:14 AM`: a byline with the date run on, no separator. */
function bylineThenDate(text: string): MetadataLine | null {
  if (!/^by\b/i.test(text)) return null;
  const words = text.split(' ');
  for (let k = 2; k < words.length; k++) {
    const byline = parseCreditLine(words.slice(0, k).join(' '));
    if (!byline) continue;
    const date = datePart(words.slice(k).join(' '));
    if (date) return { date: date.date, byline, rest: [] };
  }
  return null;
}
