// Blanks out a paragraph's quotations and cuts it into sentences that no quotation breaks, so that
// attribution reads `"Why?" he asked.` as one sentence. Paragraph.sentences is not used for this: a
// sentence splitter cannot see quote spans. Finding the spans is marks.ts's job.

import type { QuoteSpan } from './marks.js';
import { periodAfterWordEnds } from '../parse/sentences.js';
import { FEMALE_NAMES, MALE_NAMES } from './given-names.js';
import { isCue, MASK } from './speakers.js';
import { NAME_SUFFIX_ABBREVIATIONS } from '../parse/abbreviations.js';
import { NUMERAL_SUFFIXES } from './speaker-names.js';
import { isOf, LETTER } from './char-classes.js';

/** After an initial, a surname and then a capitalized word that is not a name's suffix: `W. Bush Went …` is
 * not, `X. Nora Blake, …` is, a new sentence after the initial. */
const INITIAL_THEN_NAME = new RegExp(`^\\s+\\p{Lu}[\\p{L}'’-]*\\s+(?!(?:${[...NAME_SUFFIX_ABBREVIATIONS, ...NUMERAL_SUFFIXES].join('|')})\\b)\\p{Lu}`, 'u');

/** A sentence of a paragraph, as offsets into its text. */
export interface SentenceRange {
  start: number;
  end: number;
}

/** The most words a short credit may put before its cue: `Mr Haldane's lawyer Rosa Pike said.` */
const SHORT_CREDIT_MAX_WORDS = 8;
/** How far past a quotation a short credit is looked for. */
const CREDIT_WINDOW = 200;
/** What may follow the cue of a short credit: nothing, or a where-or-when phrase (`said in a statement.`). */
const CREDIT_TAIL = /^(?:\s+(?:in|on|at|to|during|after|before|from|via|when|as|yesterday|today|later|earlier|last|this|late|early)\b[^.!?]{0,40})?\s*[.!?]/u;

/** Whether the text after a closed quotation opens with a short sentence that only credits it:
 * `"We won." Smith said.`, `"…" Mr Haldane's lawyer Rosa Pike said in a statement.` */
function isShortCredit(rest: string): boolean {
  if (!/^\s+\p{Lu}/u.test(rest)) return false;
  const window = rest.slice(0, CREDIT_WINDOW);
  const words: RegExpExecArray[] = [];
  const wordPattern = /[\p{L}'’.-]+/gu;
  for (let m = wordPattern.exec(window); m !== null && words.length <= SHORT_CREDIT_MAX_WORDS; m = wordPattern.exec(window)) words.push(m);
  for (let w = 1; w < words.length; w++) {
    const m = words[w] as RegExpExecArray;
    const word = m[0].replace(/\.$/u, '');
    if (!isCue(word)) continue;
    const start = m.index ?? 0;
    for (let i = 0; i < start; i++) if ('.!?'.includes(rest[i] as string) && endsSentenceAt(rest, i)) return false;
    return CREDIT_TAIL.test(rest.slice(start + word.length, start + word.length + 80));
  }
  return false;
}

/** The paragraph text with every quotation, marks included, replaced by MASK characters. */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    // An unclosed span ends where the next one opens (or at the text's end): its `close` is not a mark.
    const end = s.closed ? Math.min(text.length, s.close + 1) : s.close;
    out += text.slice(at, s.open) + MASK.repeat(end - s.open);
    at = end;
  }
  return out + text.slice(at);
}

/**
 * The run of letters and dots that ends just before `i`. Scanned backwards a character at a time:
 * a regular expression over `masked.slice(0, i)` at every full stop made long paragraphs quadratic.
 */
function wordBefore(masked: string, i: number): string {
  let start = i;
  // No abbreviation or initial is longer than this: a run of letters stops mattering after it.
  const limit = Math.max(0, i - 24);
  while (start > limit && isLetterOrStop(masked.charCodeAt(start - 1))) start--;
  // A letter outside the BMP is two code units; the test above sees halves as non-letters, which only shortens the word.
  return masked.slice(start, i);
}

const FULL_STOP = 0x2e;

/** Whether the code unit `c` is a letter or a full stop: `[\p{L}.]`. */
function isLetterOrStop(c: number): boolean {
  return c === FULL_STOP || isOf(c, LETTER);
}

function isGivenName(word: string): boolean {
  return FEMALE_NAMES.has(word) || MALE_NAMES.has(word);
}

/** Whether the full stop at `i` of `masked` ends a sentence rather than an abbreviation or initial. */
function endsSentenceAt(masked: string, i: number): boolean {
  const next = charAfterSpace(masked, i);
  if (next === null) return i + 1 >= masked.length;
  if (!OPENS_SENTENCE.test(next)) return false;
  if (masked[i] !== '.') return true;
  const word = wordBefore(masked, i);
  if (!periodAfterWordEnds(word, /^\s*(\S*)/u.exec(masked.slice(i + 1, i + 40))?.[1] ?? '')) return false;
  if (/\.\p{L}$/u.test(word)) return false;
  if (!/^\p{Lu}$/u.test(word)) return true;
  // An initial (George W. Bush) is followed by one surname; `Agent X. Nora Blake, …` starts a sentence.
  // `Nora J. Vega Ruiz`: an initial after a common given name is a middle initial.
  if (isGivenName(wordBefore(masked, i - 2))) return false;
  return INITIAL_THEN_NAME.test(masked.slice(i + 1, i + 80));
}

/** What may open the sentence after a stop: a capital, a digit, an opening bracket or quotation mark, a mask. */
const OPENS_SENTENCE = /[\p{Lu}\p{N}(["“‘'«]|\uE000/u;
const SPACE = 0x20;

/** The character after the white space (at most 62 characters of it) that follows offset `i`; null when none follows. */
function charAfterSpace(masked: string, i: number): string | null {
  // Most often one space and a printable ASCII character follow, or none: no pattern runs for them.
  const c = masked.charCodeAt(i + 1);
  if (c > SPACE && c < 0x7f) return null;
  const d = masked.charCodeAt(i + 2);
  if (c === SPACE && d > SPACE && d < 0x7f) return masked[i + 2] as string;
  return /^\s+(.)/u.exec(masked.slice(i + 1, i + 64))?.[1] ?? null;
}

/** Whether a closed quotation ends the sentence it is in: its text ends in . ! ? and a new sentence follows. */
function quoteEndsSentence(text: string, masked: string, span: QuoteSpan): boolean {
  if (!span.closed || !/[.!?…]['’"”)]*$/u.test(span.text.slice(-8))) return false;
  const rest = masked.slice(span.close + 1, span.close + 1 + CREDIT_WINDOW);
  if (rest.trim() === '' && span.close + 1 + CREDIT_WINDOW >= masked.length) return true;
  if (isShortCredit(rest)) return false;
  return /^\s+(?:[\p{Lu}\p{N}(]|\uE000)/u.test(rest) || /^\s*\uE000/u.test(rest) || text[span.close + 1] === undefined;
}

/** The marks that may end a sentence here. Global, and one object: sentenceRanges resets it before each use. */
const STOPS = /[.?!]/g;

/** Cuts a paragraph into sentences no quotation breaks, given its quote spans (and its masked text, when
 * the caller has it already). */
export function sentenceRanges(text: string, spans: readonly QuoteSpan[], masked = maskQuotes(text, spans)): SentenceRange[] {
  const cuts = new Set<number>();
  // Jumps from stop to stop with a native scan: most of a paragraph is words.
  STOPS.lastIndex = 0;
  for (let m = STOPS.exec(masked); m !== null; m = STOPS.exec(masked)) if (endsSentenceAt(masked, m.index)) cuts.add(m.index + 1);
  for (const s of spans) {
    if (s.continues) cuts.add(s.open);
    if (quoteEndsSentence(text, masked, s)) cuts.add(s.close + 1);
  }
  const points = [...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  const ranges: SentenceRange[] = [];
  let start = 0;
  for (const p of points) {
    if (hasText(text, start, p)) ranges.push({ start, end: p });
    start = p;
  }
  if (hasText(text, start, text.length)) ranges.push({ start, end: text.length });
  return ranges;
}

/** Whether `text` from `start` to `end` holds more than white space; most stretches open with a printable ASCII character. */
function hasText(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return (start < end && c > 0x20 && c < 0x7f) || text.slice(start, end).trim() !== '';
}
