// Scoring for the quote evaluation: matching found quotes to expected ones and counting precision,
// recall and speaker accuracy. Pure; reading the corpus and printing are quotes.ts's job.

import type { Quote } from '../src/article.js';

/** A quotation a case expects, with who said it (null when the text leaves it unclear). */
export interface ExpectedQuote {
  text: string;
  speaker: string | null;
}

/** Counts behind precision, recall and speaker accuracy. */
export interface Tally {
  found: number;
  expected: number;
  matched: number;
  speakerRight: number;
}

/** One miss, for the report. */
export interface Miss {
  what: 'missed' | 'extra' | 'speaker';
  text: string;
  expected?: string | null;
  actual?: string | null;
}

/** A tally of nothing yet. */
export function emptyTally(): Tally {
  return { found: 0, expected: 0, matched: 0, speakerRight: 0 };
}

/** The sum of two tallies. */
export function addTally(a: Tally, b: Tally): Tally {
  return {
    found: a.found + b.found,
    expected: a.expected + b.expected,
    matched: a.matched + b.matched,
    speakerRight: a.speakerRight + b.speakerRight,
  };
}

/** Folds white space, so texts match however they were wrapped. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** A speaker reduced for comparison: case, punctuation and a leading article ignored. */
function speakerKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/^(?:the|a|an)\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Whether a found speaker is the expected one; a null expected needs a null found. */
export function sameSpeaker(expected: string | null, actual: string | null): boolean {
  if (expected === null || actual === null) return expected === actual;
  return speakerKey(expected) === speakerKey(actual);
}

/** Matches found quotes to expected ones one to one by normalized text and counts the results. */
export function scoreQuotes(expected: readonly ExpectedQuote[], found: readonly Quote[]): { tally: Tally; misses: Miss[] } {
  const tally: Tally = { found: found.length, expected: expected.length, matched: 0, speakerRight: 0 };
  const misses: Miss[] = [];
  const unused = [...found];
  for (const e of expected) {
    const k = unused.findIndex((q) => normalizeText(q.text) === normalizeText(e.text));
    if (k < 0) {
      misses.push({ what: 'missed', text: e.text, expected: e.speaker });
      continue;
    }
    const [q] = unused.splice(k, 1) as [Quote];
    tally.matched++;
    if (sameSpeaker(e.speaker, q.speaker)) tally.speakerRight++;
    else misses.push({ what: 'speaker', text: e.text, expected: e.speaker, actual: q.speaker });
  }
  for (const q of unused) misses.push({ what: 'extra', text: q.text, actual: q.speaker });
  return { tally, misses };
}

/** A share as a percentage with one decimal, or `n/a` for nothing to share. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** A share from 0 to 1; 1 when there is nothing to share, so an empty set never fails a target. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
