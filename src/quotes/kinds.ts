// Sorts a quotation into a direct quote, a scare quote (`so-called "woke"`) or a quoted title
// (`the film "The Long Night Home"`). Finding the quotation and its cue is others' work.

import type { QuoteKind } from '../article.js';

/** Quotes of at most this many words, with no cue, are scare quotes. */
export const SCARE_MAX_WORDS = 2;
/** A quoted heading standing as its own paragraph has at most this many words: a section heading is one short
 * line (a copy desk's crosshead runs to a handful of words), and a title-cased paragraph longer than that is
 * more likely a sentence someone said in capitals. */
const HEADING_MAX_WORDS = 8;
/** A heading has at least this many capitalized words of four letters or more: what sets `Rivers Are Not Roads`
 * apart from a short reply quoted alone (`Thank you.`, `No way.`), whose few capitals are a sentence's first
 * word and short words. */
const HEADING_MIN_LONG_WORDS = 2;
/** Titles longer than this are more likely slogans or sentences. */
const TITLE_MAX_WORDS = 12;

/** Words before a quotation that announce a title: `the film "…"`, `a report titled "…"`. */
const TITLE_NOUNS = new Set(
  (
    'book novel autobiography memoir memoirs biography film movie show series programme program documentary ' +
    'song single album track play musical opera poem article essay column report paper magazine newspaper ' +
    'titled entitled called named ministry campaign game sitcom drama comedy episode hit exhibition headline ' +
    'slogan blog website site anthem hymn motto broadcast podcast clip segment'
  ).split(' '),
);
/** Words right after a quotation that make it the name of a programme or an event: `"Straight Talk Tonight" radio
 * program`, `a "Founders Day" event`. */
const TITLE_NOUNS_AFTER = new Set(
  'show program programme series podcast segment broadcast documentary film movie book album song tour forum event radio'.split(' '),
);
/** Words right before a quotation that make it a name for something, not words spoken: `so-called "woke"`. */
const NAMING_WORDS = new Set(['so-called', 'dubbed', 'termed', 'nicknamed', 'word', 'term', 'label']);
/** Words a title leaves in lower case. */
export const SMALL_WORDS: ReadonlySet<string> = new Set(
  'a an the and but or nor for so yet of in on at to by up as is with from into over than vs de la le von van'.split(' '),
);

/** What the kind of a quotation depends on. */
export interface KindFacts {
  /** The quotation's text (its first part, for a joined quotation). */
  text: string;
  /** How many parts were joined into it: more than one makes it speech. */
  parts: number;
  /** Whether its sentence attributes it with a cue. */
  hasCue: boolean;
  /** Whether it is all its sentence says. */
  quoteOnly: boolean;
  /** The last few words before it, lower-cased. */
  wordsBefore: string[];
  /** The first words after it, lower-cased. */
  wordsAfter?: string[];
  /** Whether a possessive stands right before it: `Channel 9’s "Sunday Roundtable"`. */
  possessiveBefore?: boolean;
  /** Whether it is its paragraph's whole text. */
  wholeParagraph?: boolean;
}

/** Counts the words of a text (runs of non-spaces with a letter or digit), up to `atMost`: a test against a few
 * words need not count a long quotation's. */
export function wordCount(text: string, atMost = Infinity): number {
  let count = 0;
  NON_SPACE_RUN.lastIndex = 0;
  for (let m = NON_SPACE_RUN.exec(text); m !== null; m = NON_SPACE_RUN.exec(text)) {
    if (LETTER_OR_DIGIT.test(m[0]) && ++count >= atMost) break;
  }
  NON_SPACE_RUN.lastIndex = 0;
  return count;
}

/** One pattern for every call (matchAll would copy it each time): wordCount resets it before and after use. */
const NON_SPACE_RUN = /\S+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a quote reads as a title: capitalized words, at most a dozen, no sentence inside. */
export function isTitleLike(text: string): boolean {
  const t = text.replace(/[,.;:]+$/u, '');
  const words = t.split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0 || words.length > TITLE_MAX_WORDS) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(words[0] as string) || /[.!?]\s/u.test(t)) return false;
  return words.every((w) => {
    const core = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    return core === '' || SMALL_WORDS.has(core.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(core) || core.length < 4;
  });
}

/** Whether what stands around a title-cased quotation makes it a name even in a sentence with a cue: a title
 * noun before or after it, or a possessive before it (`Channel 9's "Sunday Roundtable"`). A preposition alone does not:
 * `a goal of "Peace Through Trade"` is a slogan spoken. */
function namedByContext(facts: KindFacts): boolean {
  const before = facts.wordsBefore;
  if (before.some((w) => TITLE_NOUNS.has(w)) || facts.possessiveBefore) return true;
  return TITLE_NOUNS_AFTER.has(facts.wordsAfter?.[0] ?? '');
}

/** Whether a quotation reads as a heading: title-cased, a few words, two or more of them long capitalized
 * words (`Rivers Are Not Roads.`, not `Thank you.`), no label's colon and no question or exclamation. */
function isQuotedHeading(text: string): boolean {
  if (!isTitleLike(text) || wordCount(text, HEADING_MAX_WORDS + 1) > HEADING_MAX_WORDS || /[:?!]/u.test(text)) return false;
  return (text.match(/(?:^|\s)\p{Lu}[\p{L}'’-]{3,}/gu) ?? []).length >= HEADING_MIN_LONG_WORDS;
}

/** Sorts a quotation: joined parts and quote-only sentences are speech; a title-cased quote with no cue (or
 * named by what stands around it: `on Channel 9’s "Sunday Roundtable"`) is a title; one or two words with no cue (or
 * after `so-called`) are a scare quote. */
export function quoteKind(facts: KindFacts): QuoteKind {
  // `'Rivers Are Not Roads.'` standing alone as a paragraph: a section heading set in quotes.
  if (facts.wholeParagraph && facts.parts === 1 && !facts.hasCue && isQuotedHeading(facts.text)) return 'title';
  if (facts.parts > 1 || facts.quoteOnly) return 'direct';
  const before = facts.wordsBefore;
  if (isTitleLike(facts.text) && (!facts.hasCue || namedByContext(facts))) return 'title';
  if (wordCount(facts.text, SCARE_MAX_WORDS + 1) <= SCARE_MAX_WORDS && (!facts.hasCue || NAMING_WORDS.has(before.at(-1) ?? ''))) return 'scare';
  return 'direct';
}
