// Recognises a line that is a publication date and nothing else, and gives its calendar day.
// Finding which line to try, and dropping duplicates of it, is left to the parser.

import type { ArticleDate } from '../../article.js';
import { lazyRegExp } from '../lazy-regexp.js';

// Deliberately not handled: dates without a year, two-digit years, non-English month names,
// relative dates ("3 hours ago"), and converting a timestamp's zone: the day is the one written.

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Years outside this range are more likely counts or codes than publication dates. */
const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const WEEKDAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const MERIDIEM = '[ap]\\.?\\s?m\\.?';
const ZONE = '(?:[ecmp][sd]?t|ak[sd]t|h[sd]?t|gmt|utc|bst|cet|cest|eet|eest|ist|jst|kst|hkt|sgt|aest|aedt|msk|z)(?:[+-]\\d{1,2}(?::?\\d{2})?)?';
const TIME = `(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?${MERIDIEM})?|\\d{1,2}\\s?${MERIDIEM})(?:\\s*${ZONE})?`;
const PREFIX =
  '(?:(?:posted|published|first published|updated|last updated|last modified|modified|date created|created|date)\\s*(?:on\\s+|:\\s*)?)';

/** The calendar part of a date line; each form says how to read its captures. */
interface DateForm {
  pattern: string;
  read: (m: RegExpExecArray) => { y: number; mo: number; d: number } | null;
}

const num = (s: string | undefined): number => Number(s ?? NaN);
const month = (s: string | undefined): number => MONTHS.get((s ?? '').toLowerCase()) ?? NaN;

const FORMS: readonly DateForm[] = [
  // May 16 2024, June 26, 2024, Sept. 4, 2023, Jan 5th, 2021
  { pattern: `${MONTH}\\s+${DAY},?\\s+${YEAR}`, read: (m) => ({ y: num(m[3]), mo: month(m[1]), d: num(m[2]) }) },
  // 25 May 2024, 3rd of June, 2024
  {
    pattern: `${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`,
    read: (m) => ({ y: num(m[3]), mo: month(m[2]), d: num(m[1]) }),
  },
  // 2015-05-12, 2024/05/16, 2024.05.16
  {
    pattern: '(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})',
    read: (m) => ({ y: num(m[1]), mo: num(m[3]), d: num(m[4]) }),
  },
  // 11-12-2020, 16/05/2024: day first unless only month first makes sense
  { pattern: '(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})', read: (m) => readNumeric(num(m[1]), num(m[3]), num(m[4])) },
];

const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?$/;

/**
 * The whole-line pattern of each form. An optional time may stand before the date
 * (`2:15 PM EST, Tue January 20, 2009`, `8:54 am on 29 December 2021`) or after it
 * (`June 26, 2024 7:09AM PDT`, `Fri, 30 Sep, 2022 - 08:30`). Written in lowercase only, so
 * matching the lowercased line is the same as matching case-insensitively.
 */
export const DATE_LINE_PATTERNS = FORMS.map(
  (form) =>
    `^(?:${TIME}\\s*,?\\s+(?:on\\s+)?)?(?:${WEEKDAY}\\s*,?\\s+)?${form.pattern}(?:\\s*[,|–-]?\\s*(?:at\\s+)?${TIME})?$`,
);

/**
 * Each form's pattern without the times, `^(weekday)? date$`: most date lines have no time, and
 * this a fifth the size. A line it matches, the whole-line pattern matches alike (a time cannot
 * open a line that opens with a weekday, a month or a day number), so it is tried first.
 */
export const BARE_DATE_PATTERNS = FORMS.map((form) => `^(?:${WEEKDAY}\\s*,?\\s+)?${form.pattern}$`);

// Each built on first use (a line is tried against the forms in order, and most dates are the
// first form, with no time). A case-insensitive pattern this size costs a few times more to
// compile than a case-sensitive one, so an ASCII line is lowercased and matched case-sensitively;
// the flag is kept for lines beyond ASCII, where lowercasing can change a character's length or kind.
const COMPILED = FORMS.map((form, k) => ({
  form,
  lowercase: { bare: lazyRegExp(BARE_DATE_PATTERNS[k]!, ''), whole: lazyRegExp(DATE_LINE_PATTERNS[k]!, '') },
  anyCase: { bare: lazyRegExp(BARE_DATE_PATTERNS[k]!, 'i'), whole: lazyRegExp(DATE_LINE_PATTERNS[k]!, 'i') },
}));
const ASCII_ONLY = /^[\x00-\x7f]*$/;

const PREFIX_RE = lazyRegExp(`^${PREFIX}`, 'i');
const FOUR_DIGITS = /\d{4}/;
/** Only where a run starts (the look-behind): tried from every character of a long run, `[…]+$` is quadratic. */
const TRAILING_PUNCTUATION = /(?<![\s.,;:])[\s.,;:]+$/;

/**
 * More runs of characters between white space and `.,;:` than a date line can hold: its longest,
 * prefix, times and zones written out (`first published on 10:00:00 a. m. aest+10:00 on
 * wednesday., 12th of september., 2024 - at 10:00:00 a. m. aest+10:00`), holds 25; trailing
 * punctuation, however long, holds none. A paragraph with a year in it is spared the passes below.
 */
const TOO_MANY_RUNS = /^[\s.,;:]*(?:[^\s.,;:]+[\s.,;:]+){40}[^\s.,;:]/;

/** Returns the date when the whole line is a publication date (with optional prefix, weekday, time and zone). */
export function parseDateLine(line: string): ArticleDate | null {
  const raw = line.trim();
  // Every form has a four-digit year: a cheap test spares most lines the large patterns below.
  if (!FOUR_DIGITS.test(raw) || TOO_MANY_RUNS.test(raw)) return null;
  const core = stripDecoration(raw);
  if (!core) return null;

  const iso = ISO_TIMESTAMP.exec(core);
  if (iso) return toArticleDate(raw, num(iso[1]), num(iso[2]), num(iso[3]));

  const ascii = ASCII_ONLY.test(core);
  const subject = ascii ? core.toLowerCase() : core;
  for (const { form, lowercase, anyCase } of COMPILED) {
    const patterns = ascii ? lowercase : anyCase;
    const m = patterns.bare().exec(subject) ?? patterns.whole().exec(subject);
    if (!m) continue;
    // The time and weekday groups are non-capturing, so the form's captures come first.
    const parts = form.read(m);
    return parts ? toArticleDate(raw, parts.y, parts.mo, parts.d) : null;
  }
  return null;
}

/** Drops a leading `Posted`/`Updated:`-style prefix and trailing punctuation, keeping `a.m.` readable. */
function stripDecoration(raw: string): string {
  let s = raw.replace(/\s+/g, ' ');
  s = s.replace(PREFIX_RE(), '');
  s = s.replace(TRAILING_PUNCTUATION, '');
  // `10 a.m.` lost its last dot above; the meridiem pattern accepts `a.m` too.
  return s.trim();
}

/**
 * Reads an all-numeric date: day first (dd-mm-yyyy), as written outside the US, unless the first
 * number cannot be a month's day but the second can, i.e. only the month-first reading is valid.
 */
function readNumeric(a: number, b: number, y: number): { y: number; mo: number; d: number } | null {
  if (isCalendarDay(y, b, a)) return { y, mo: b, d: a };
  if (isCalendarDay(y, a, b)) return { y, mo: a, d: b };
  return null;
}

function toArticleDate(raw: string, y: number, mo: number, d: number): ArticleDate | null {
  if (!isCalendarDay(y, mo, d)) return null;
  const iso = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { raw, iso };
}

function isCalendarDay(y: number, mo: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(mo) || !Number.isInteger(d)) return false;
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(y: number, mo: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
