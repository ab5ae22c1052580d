// Splits one paragraph of folded text into sentences. It owns where sentences end; it leaves
// whitespace folding, paragraphs and quotation attribution to the other scanners.
//
// A hand-written scanner, chosen over Intl.Segmenter plus an abbreviation pass: ICU's rules break
// after every `Mr.`, `U.S.`, `p.m.` and initial followed by a capital, break after `"Now!"` even
// when `she shouted` follows, yet never break after an ellipsis, so the segmenter's output would
// need both merging and re-splitting. A single pass over the characters is simpler to reason about
// and about 3.5 times faster than the bare segmenter (bench/sentences.ts: ~75 vs ~22 MB/s).
//
// The rules, applied at each `.`, `?`, `!` or `…` (a run such as `?!` or `...` counts as one mark,
// and closing quotes or brackets right after it belong to the sentence it ends):
// 1. A boundary needs a space after the mark, so `3.14`, `$1.13bn` and the inner dots of `U.S.`
//    never split.
// 2. A next word in lower case or a dash never starts a sentence (`"Go!" he said`, `etc. and`,
//    `Wham! - the band`); camel case such as `iPod` or `eBay` counts as capitalized.
// 3. `?` and `!` end a sentence, except inside quotes followed by an attribution
//    (`"Why?" Smith asked.`).
// 4. After a title (`Mr.`, `Dr.`, `Gen.`, `Sen.`...) or `vs.` there is never a boundary; after
//    `No.`, `Jan.`…`Dec.` and similar there is none before a number.
// 5. After an ellipsis, an initial (`F.`), a dotted abbreviation (`U.S.`, `p.m.`, `J.K.`) or a word
//    such as `Inc.`, `Co.`, `St.`, `etc.` the sentence ends only when the next word is a common
//    sentence opener (`The`, `He`, `But`, `In`, a title...): `in the U.S. The next day` splits,
//    `U.S. Army`, `John F. Kennedy` and `5 p.m. Monday` do not.
// 6. Any other period ends the sentence.
// Not handled: a sentence-final abbreviation followed by a name (`... Apple Inc. Smith said`) stays
// one sentence; sentences that open in lower case are not split off; a quoted question followed by
// a capitalized name and a speech verb that starts a new sentence (`"Why?" Police said ...`) is kept
// with it; a space before a closing quote (`end... " he said`) hides the quote from the mark.

import { MAYBE_FINAL_ABBREVIATIONS, NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';

/** Titles that stand before a name, and `vs.`: never sentence-final (rule 4). */
const TITLES: ReadonlySet<string> = new Set([...TITLE_ABBREVIATIONS, 'vs', 'v']);

/** Capitalized words that commonly open a news sentence (rule 5). */
const OPENERS = new Set([
  'The', 'A', 'An', 'But', 'And', 'Or', 'So', 'Yet', 'Nor', 'He', 'She', 'It', 'They', 'We', 'I',
  'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your', 'This', 'That', 'These', 'Those',
  'There', 'Here', 'Then', 'Now', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'Without', 'To',
  'Of', 'After', 'Before', 'During', 'Since', 'Until', 'Under', 'Over', 'When', 'While', 'Where',
  'What', 'Which', 'Who', 'Why', 'How', 'If', 'As', 'Although', 'Though', 'Because', 'However',
  'Meanwhile', 'Also', 'Still', 'Some', 'Many', 'Most', 'More', 'Several', 'Other', 'Others',
  'Another', 'Each', 'Every', 'All', 'Both', 'Few', 'No', 'Not', 'One', 'Two', 'Three', 'Last',
  'Earlier', 'Later', 'Today', 'Yesterday', 'Tomorrow', 'Instead', 'Indeed', 'Such', 'According',
  'Asked', 'Once', 'Even', 'Only', 'Just', 'Despite', 'Among', 'Like', 'Unlike', 'Mr', 'Mrs', 'Ms',
  'Dr',
]);

/** Words that make `"Why?" Smith asked` one sentence (rule 3). */
const SPEECH_VERBS = new Set([
  'said', 'says', 'asked', 'asks', 'told', 'tells', 'added', 'adds', 'replied', 'replies',
  'shouted', 'shouts', 'cried', 'wrote', 'writes', 'explained', 'insisted', 'recalled',
  'continued', 'exclaimed', 'wondered', 'laughed', 'joked',
]);

/** How many words after a quoted question the attribution verb may come (`Mr. John Smith asked`). */
const ATTRIBUTION_WINDOW = 4;

const CLOSERS = '"\'”’»)]}';
const OPENING_MARKS = '"\'“‘«([{';
const DASHES = '-–—';
const SPACE = 32;

/** The marks that may end a sentence (isTerminator's set). */
const TERMINATORS: readonly string[] = ['.', '?', '!', '\u2026'];

/**
 * A paragraph's sentences: a Markdown block's own, or its text split by splitSentences. Computed on
 * each call, not kept: callers that need them more than once hold on to the result.
 */
export function sentencesOf(paragraph: { text: string; sentences?: string[] }): string[] {
  return paragraph.sentences ?? splitSentences(paragraph.text);
}

/** Splits one paragraph into trimmed sentences whose join with single spaces is the paragraph. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const n = text.length;
  // Jump from one terminator to the next rather than visit every character: the splitter runs
  // over every paragraph of every article, 100 MB ones included.
  const terminators = new TerminatorFinder(text);
  for (let i = terminators.next(0); i >= 0; ) {
    let end = i + 1;
    while (end < n && isTerminator(text.charCodeAt(end))) end++;
    const markEnd = end;
    while (end < n && (isCloser(text[end]!) || isTerminator(text.charCodeAt(end)))) end++;
    if (end >= n) break;
    if (text.charCodeAt(end) === SPACE && endsSentence(text, i, markEnd, end > markEnd, end + 1)) {
      const sentence = text.slice(start, end).trim();
      if (sentence) out.push(sentence);
      start = end + 1;
    }
    i = terminators.next(end);
  }
  const last = text.slice(start).trim();
  if (last) out.push(last);
  return out;
}

/** Finds the terminators of a text in order, one indexOf per mark, each run again only once passed: a
 * pattern would build a match object for each. */
class TerminatorFinder {
  private readonly at: number[];

  constructor(private readonly text: string) {
    this.at = TERMINATORS.map((t) => text.indexOf(t));
  }

  /** The offset of the first terminator at or after `from`; -1 if there is none. */
  next(from: number): number {
    let first = -1;
    for (let k = 0; k < TERMINATORS.length; k++) {
      let at = this.at[k] as number;
      if (at >= 0 && at < from) {
        at = this.text.indexOf(TERMINATORS[k] as string, from);
        this.at[k] = at;
      }
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }
}

/** Whether the mark at `i`..`markEnd` (`closed` when quotes or brackets close after it) ends a sentence,
 * given the text from `next` on. */
function endsSentence(text: string, i: number, markEnd: number, closed: boolean, next: number): boolean {
  const word = wordAt(text, next);
  const first = firstSignificant(word);
  if (isLowerStart(first, word) || DASHES.includes(first)) return false;
  const mark = text.slice(i, markEnd);
  if (mark.includes('?') || mark.includes('!')) {
    const opener = OPENERS.has(bare(word)) && !TITLES.has(bare(word));
    return !(closed && !opener && hasAttribution(text, next));
  }
  if (mark === '…' || mark === '...') return OPENERS.has(bare(word));
  if (mark !== '.' || closed) return true;
  const before = stripOpeningMarks(text.slice(text.lastIndexOf(' ', i - 1) + 1, i));
  if (isInitialOrDotted(before)) return OPENERS.has(bare(word));
  return periodAfterWordEnds(before, word);
}

/** Whether a full stop after the word `before`, with `next` the word after the space, ends a sentence by the
 * abbreviation rules 4 and 5: never after a title or `vs.`, not before a number after `No.` or `Jan.`, and
 * after `Inc.`, `St.` and the like only before a common sentence opener. Initials are the caller's. */
export function periodAfterWordEnds(before: string, next: string): boolean {
  const first = firstSignificant(next);
  if (TITLES.has(before)) return false;
  if (NUMBER_ABBREVIATIONS.has(before) && first >= '0' && first <= '9') return false;
  if (MAYBE_FINAL_ABBREVIATIONS.has(before)) return OPENERS.has(bare(next));
  return true;
}

/** Whether one of the next few words is a speech verb (`Smith asked`, `Mr. Lee said`). */
function hasAttribution(text: string, from: number): boolean {
  let pos = from;
  for (let k = 0; k < ATTRIBUTION_WINDOW && pos < text.length; k++) {
    const word = wordAt(text, pos);
    if (SPEECH_VERBS.has(bare(word))) return true;
    pos += word.length + 1;
  }
  return false;
}

function wordAt(text: string, from: number): string {
  const space = text.indexOf(' ', from);
  return text.slice(from, space === -1 ? text.length : space);
}

/** The word without opening marks before it and punctuation after it. */
function bare(word: string): string {
  // From where the run of marks starts only: tried from each mark of a long run, `[…]+$` is quadratic.
  const w = stripOpeningMarks(word);
  // Most words end in an ASCII letter or digit: the pattern runs only for the others.
  const c = w.charCodeAt(w.length - 1);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return w;
  return w.replace(/(?<![^\p{L}\p{N}])[^\p{L}\p{N}]+$/u, '');
}

function stripOpeningMarks(word: string): string {
  let k = 0;
  while (k < word.length && OPENING_MARKS.includes(word[k]!)) k++;
  return k === 0 ? word : word.slice(k);
}

function firstSignificant(word: string): string {
  for (const ch of word) if (!OPENING_MARKS.includes(ch)) return ch;
  return '';
}

/** Lower case, but not camel case such as `iPod`: `eBay` may open a sentence. */
function isLowerStart(first: string, word: string): boolean {
  if (first === '' || first.toLowerCase() !== first || first.toUpperCase() === first) return false;
  const rest = stripOpeningMarks(word).slice(first.length);
  return !/^\p{Ll}*\p{Lu}/u.test(rest);
}

/** `F`, `U.S`, `p.m`, `J.K`: the word before the final period of an initial or a dotted abbreviation. */
function isInitialOrDotted(word: string): boolean {
  // An initial is one letter (two code units at most) and a dotted abbreviation holds a full stop.
  if (word.length > 2 && !word.includes('.')) return false;
  return /^(?:\p{L}\.)*\p{L}$/u.test(word) && (word.length === 1 ? /\p{Lu}/u.test(word) : true);
}

/** `.`, `?`, `!` and `…`, tested by code point because this runs on every character. */
function isTerminator(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 0x2026;
}

function isCloser(ch: string): boolean {
  return CLOSERS.includes(ch);
}
