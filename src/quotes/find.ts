// The quote scanner: paragraphs → the quotations in them, in order, with speaker, cue and address.
// It joins the parts of one quotation (continued across paragraphs, or split by `she said,`), sorts
// direct quotes from scare quotes and titles, and walks the article in order so that pronouns and
// quote-only sentences find their speaker. Marks, sentences, attribution, kinds, names and the
// speaker context are the work of the modules it imports.
// Decisions: a split quote (`"A," she said, "B."`) is one Quote, parts joined with ` … `; a quote
// continued into the next paragraph is one Quote, parts joined with a space.

import type { Paragraph, Quote } from '../article.js';
import { quoteKind, wordCount } from './kinds.js';
import { findQuoteSpans, type QuoteSpan } from './marks.js';
import { maskQuotes, sentenceRanges, type SentenceRange } from './sentences.js';
import { sentencesOf } from '../parse/sentences.js';
import {
  carriedSpeaker,
  followNarrative,
  learnPeople,
  namedSpeaker,
  newSpeakerContext,
  noteSpeaker,
  type SpeakerContext,
} from './speaker-context.js';
import { attribute, blankAsides, firstCueSubject, isPronoun, MASK, stanceSubject, type Attribution } from './speakers.js';
import { isPersonName } from './speaker-names.js';

/** What joins the parts of a split quote. */
export const SPLIT_JOINER = ' … ';
/** What joins the paragraphs of a quote continued across paragraphs. */
export const CONTINUATION_JOINER = ' ';
/** How much of a sentence either side of a quotation attribution reads: a cue and its subject are near
 * the quotation, and bounding what each quotation looks at keeps a long sentence linear. */
export const ATTRIBUTION_WINDOW = 400;
/** The longest paragraph read as possibly a heading set in quotes: HEADING_MAX_WORDS (kinds.ts) words of up to
 * fifteen characters with their quotation marks; longer paragraphs are never headings, and skipping them keeps
 * the test off running text. */
const WHOLE_PARAGRAPH_MAX = 120;
/** A quote with no cue in a sentence about `he` or `she` needs this many words to be taken as theirs. */
const MIN_PRONOUN_PARTIAL_WORDS = 3;
/** A quote with no cue, credited to the main clause's subject, needs this many words: a shorter one is more
 * often a scare quote or a name than the subject's words. */
const MIN_SUBJECT_QUOTE_WORDS = 3;

/** One paragraph with its quote spans, masked text and quote-proof sentences. */
interface Scanned {
  paragraph: Paragraph;
  spans: QuoteSpan[];
  masked: string;
  sentences: SentenceRange[];
  /** Where each of the paragraph's own sentences (sentencesOf), which number a quote's address, starts
   * in the text: found once, when a quote in the paragraph first needs its number. */
  starts: number[] | null;
  /** Whether a sentence (by its start) holds nothing but quotations, worked out once. */
  quoteOnly: Map<number, boolean>;
}

/** One span of a quotation, with where it stands. */
interface Part {
  at: number;
  span: QuoteSpan;
  sentence: SentenceRange;
  /** Whether it is the last span of its paragraph. */
  last: boolean;
}

/** The parts of one quotation and what joins each to the one before. */
interface Group {
  parts: Part[];
  joiners: string[];
}

function scan(paragraph: Paragraph, spans: QuoteSpan[]): Scanned {
  const masked = maskQuotes(paragraph.text, spans);
  return {
    paragraph,
    spans,
    masked,
    sentences: sentenceRanges(paragraph.text, spans, masked),
    starts: null,
    quoteOnly: new Map(),
  };
}

function sentenceOf(s: Scanned, offset: number): SentenceRange {
  // Binary search: the ranges are in order, and a long paragraph has many.
  let lo = 0;
  let hi = s.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = s.sentences[mid] as SentenceRange;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return r;
  }
  return { start: 0, end: s.paragraph.text.length };
}

/** Whether the text between two quotes of one sentence is only an attribution: `, she said,`. */
function isSplitBetween(between: string, first: QuoteSpan): boolean {
  const t = between.trim();
  if (!t.endsWith(',') || t.includes(MASK)) return false;
  if (!/[,\-–—…]$/u.test(first.text) && !t.startsWith(',')) return false;
  const words = t.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length >= 1 && words.length <= 10 && attribute(`${MASK}${between}${MASK}`, 0, 0) !== null;
}

/** Groups spans into quotations: continuations across and within paragraphs, and split quotes. */
function groupParts(scanned: Scanned[]): Group[] {
  const groups: Group[] = [];
  scanned.forEach((s, at) => {
    s.spans.forEach((span, j) => {
      const part: Part = { at, span, sentence: sentenceOf(s, span.open), last: j === s.spans.length - 1 };
      const group = groups.at(-1);
      const prev = group?.parts.at(-1);
      if (group && prev) {
        // A transcript's next turn (`"PENCE: …`) opens a new quotation even where the last one ran on.
        const continued =
          transcriptLabel(span.text) === undefined &&
          (span.continues ||
          (j === 0 && prev.at === at - 1 && prev.last && !prev.span.closed && s.paragraph.text.slice(0, span.open).trim() === ''));
        if (continued) {
          group.parts.push(part);
          group.joiners.push(CONTINUATION_JOINER);
          return;
        }
        if (prev.at === at && prev.sentence.start === part.sentence.start && prev.span.closed) {
          const between = s.masked.slice(prev.span.close + 1, span.open);
          if (isSplitBetween(between, prev.span)) {
            group.parts.push(part);
            group.joiners.push(SPLIT_JOINER);
            return;
          }
        }
      }
      groups.push({ parts: [part], joiners: [] });
    });
  });
  return groups;
}

function groupText(g: Group): string {
  return g.parts.map((p, k) => (k === 0 ? '' : g.joiners[k - 1]) + p.span.text).join('');
}

/** The attribution a part's own sentence gives it. */
function attributePart(s: Scanned, part: Part): Attribution | null {
  const start = Math.max(part.sentence.start, part.span.open - ATTRIBUTION_WINDOW);
  const end = Math.min(part.sentence.end, part.span.close + 1 + ATTRIBUTION_WINDOW);
  const sentence = s.masked.slice(start, end);
  const close = Math.min(part.span.close, end - 1);
  return attribute(sentence, part.span.open - start, close - start);
}

/** The attribution of the first part of a quotation whose sentence gives one: later parts are not read. */
function attributeGroup(scanned: Scanned[], g: Group): Attribution | null {
  for (const part of g.parts) {
    const a = attributePart(scanned[part.at] as Scanned, part);
    if (a) return a;
  }
  return null;
}

/** Whether the quotation is all its sentence says: nothing but linking words outside the marks. */
function isQuoteOnly(s: Scanned, part: Part): boolean {
  const { start, end } = part.sentence;
  const cached = s.quoteOnly.get(start);
  if (cached !== undefined) return cached;
  const rest = s.masked.slice(start, end).replace(LINKING_WORDS, '');
  const only = !NOT_PUNCTUATION.test(rest);
  s.quoteOnly.set(start, only);
  return only;
}

const LINKING_WORDS = /\b(?:and|but|so|still|yet|then|or)\b/giu;
/** A character other than a space, punctuation, a symbol or a masked quotation. */
const NOT_PUNCTUATION = new RegExp(`[^\\s\\p{P}\\p{S}${MASK}]`, 'u');

/** The few words before a quotation, lower-cased, for naming and title cues. */
function wordsBefore(s: Scanned, part: Part, n: number): string[] {
  const before = s.masked.slice(Math.max(part.sentence.start, part.span.open - 120), part.span.open);
  return (before.toLowerCase().match(/[\p{L}-]+/gu) ?? []).slice(-n);
}

/** The few words right after a quotation, lower-cased, up to the next quotation or the sentence's end. */
function wordsAfter(s: Scanned, part: Part, n: number): string[] {
  const after = s.masked.slice(part.span.close + 1, Math.min(part.sentence.end, part.span.close + 60)).split(MASK)[0] ?? '';
  return (after.toLowerCase().match(/[\p{L}-]+/gu) ?? []).slice(0, n);
}

/** Finds the quotations in the paragraphs, in order: direct quotes, and with `all` scare quotes and titles too. */
export function findQuotes(paragraphs: Paragraph[], options: { all?: boolean } = {}): Quote[] {
  const spans = paragraphs.map((p) => findQuoteSpans(p.text));
  // No quotation mark opened a quotation: nothing to attribute, and the narrative need not be followed.
  if (spans.every((s) => s.length === 0)) return [];
  // Paragraphs after the last quotation mark are never read: the walk ends with the last quotation.
  let lastQuoted = spans.length - 1;
  while ((spans[lastQuoted] as QuoteSpan[]).length === 0) lastQuoted--;
  const scanned = paragraphs.slice(0, lastQuoted + 1).map((p, at) => scan(p, spans[at] as QuoteSpan[]));
  const groups = groupParts(scanned);
  const found = groups.map((g) => attributeGroup(scanned, g));
  // Quotes in one sentence share its cue: `called it "A" and "B"`, `"A" and "B," he said`.
  const sameSentence = (a: Group | undefined, b: Group | undefined): boolean =>
    !!a && !!b && a.parts[0]?.at === b.parts[0]?.at && a.parts[0]?.sentence.start === b.parts[0]?.sentence.start;
  const shared = found.map((a, k) => {
    if (a) return a;
    if (sameSentence(groups[k - 1], groups[k]) && found[k - 1]) return found[k - 1] ?? null;
    if (sameSentence(groups[k + 1], groups[k]) && found[k + 1]) return found[k + 1] ?? null;
    return null;
  });

  // Who the narrative is about is read only by a quote that carries its speaker over (carriedSpeaker): past
  // the last quote that may, following the narrative changes no speaker, and it is most of the work.
  let lastCarried = -1;
  shared.forEach((a, k) => {
    if (mayCarrySpeaker(a)) lastCarried = k;
  });

  const ctx = newSpeakerContext(scanned);
  const quotes: Quote[] = [];
  let next = 0;
  // The context only serves the quotations still to come: the walk ends with the last of them.
  for (let at = 0; at < scanned.length && next < groups.length; at++) {
    const s = scanned[at] as Scanned;
    learnPeople(ctx, at);
    for (const range of s.sentences) {
      if (next >= groups.length) break;
      ctx.sentence++;
      let direct = false;
      while (next < groups.length && (groups[next]?.parts[0] as Part).at === at && (groups[next]?.parts[0] as Part).sentence.start === range.start) {
        const quote = resolveGroup(ctx, scanned, groups[next] as Group, shared[next] ?? null, options);
        if (quote) quotes.push(quote);
        if (quote?.kind === 'direct' && quote.speaker !== null) direct = true;
        next++;
      }
      // A sentence with no direct quote of a known speaker (a title, a scare quote, a quote left `?`, or none)
      // moves the narrative on.
      if (!direct && next <= lastCarried) followNarrative(ctx, s.masked.slice(range.start, range.end), at);
    }
  }
  return quotes;
}

/** Builds the Quote for one group, or null for a scare quote or title when `all` is off; updates the context. */
function resolveGroup(ctx: SpeakerContext, scanned: Scanned[], g: Group, a: Attribution | null, options: { all?: boolean }): Quote | null {
  const first = g.parts[0] as Part;
  const last = g.parts.at(-1) as Part;
  const s = scanned[first.at] as Scanned;
  const quoteOnly = !a && isQuoteOnly(s, first);
  const kind = quoteKind({
    text: first.span.text,
    parts: g.parts.length,
    hasCue: a !== null,
    quoteOnly,
    wordsBefore: wordsBefore(s, first, 3),
    wordsAfter: wordsAfter(s, first, 1),
    possessiveBefore: /\p{L}['’]s?\s*$/u.test(s.masked.slice(Math.max(first.sentence.start, first.span.open - 20), first.span.open)),
    wholeParagraph: s.spans.length === 1 && s.masked.length < WHOLE_PARAGRAPH_MAX && s.masked.replaceAll(MASK, '').trim() === '',
  });
  if (kind !== 'direct' && !options.all) return null;
  const address = { paragraph: s.paragraph.number, sentence: sentenceNumber(s, first.span.open) };
  if (kind !== 'direct') return { text: groupText(g), speaker: null, cue: null, ...address, kind };
  const place = { at: first.at, sentence: first.sentence, open: first.span.open };
  let speaker: string | null = null;
  const label = transcriptLabel(first.span.text);
  const turn = label !== undefined ? label : continuedTurn(ctx, s, first);
  if (turn !== undefined) {
    speaker = turn === null ? null : namedSpeaker(ctx, turn);
    ctx.turn = { speaker: turn, at: last.at, open: !last.span.closed };
    noteSpeaker(ctx, speaker, last.at, last.span.close);
    return { text: groupText(g), speaker, cue: label !== undefined ? ':' : (a?.cue ?? null), ...address, kind: 'direct' };
  }
  ctx.turn = null;
  if (a && !a.pronoun) speaker = namedSpeaker(ctx, a.phrase);
  else if (quoteOnly) speaker = namedAfter(ctx, s, first) ?? carriedSpeaker(ctx, place, null);
  else if (a) speaker = carriedSpeaker(ctx, place, a.phrase);
  else {
    // Read from the sentence's start, bounded: a sentence of many quotes stays linear.
    const opening = s.masked.slice(first.sentence.start, Math.min(first.span.open, first.sentence.start + ATTRIBUTION_WINDOW));
    const opensSentence = first.span.open - first.sentence.start <= ATTRIBUTION_WINDOW && /^[\s\p{P}]*$/u.test(opening);
    // `She spoke of how she tried, leaving "nothing to chance"`: a sentence about he or she, quoting words.
    const lead = /^\s*(He|She)\s+\p{Ll}/u.exec(opening.slice(0, 40))?.[1];
    if (lead && wordCount(first.span.text, MIN_PRONOUN_PARTIAL_WORDS) >= MIN_PRONOUN_PARTIAL_WORDS) speaker = carriedSpeaker(ctx, place, lead);
    // `"A," Ruiz said. "B" to keep the ward open.`: a quote opening a sentence with no cue, after a quote
    // of the same paragraph with a speaker, goes on in that speaker's voice.
    else if (opensSentence && ctx.previous?.at === first.at && ctx.previous.speaker) speaker = ctx.previous.speaker;
    // `Ames has gone after the mayor as a "clerk who never reads …"`: a person named as the main clause's
    // subject of a verb of calling, attacking or praising, quoted without a cue, is the one quoted.
    else if (wordCount(first.span.text, MIN_SUBJECT_QUOTE_WORDS) >= MIN_SUBJECT_QUOTE_WORDS) speaker = subjectSpeaker(ctx, opening);
  }
  noteSpeaker(ctx, speaker, last.at, last.span.close);
  return { text: groupText(g), speaker, cue: a?.cue ?? null, ...address, kind: 'direct' };
}

/** The person a paragraph that opens with a quote-only sentence names in its next sentence as the subject of a
 * cue: `"We will never sell." Ana Ruiz, who farms the valley, says the offer was an insult.` */
function namedAfter(ctx: SpeakerContext, s: Scanned, first: Part): string | null {
  if (s.masked.slice(0, first.span.open).trim() !== '') return null;
  const next = s.sentences.find((r) => r.start >= first.sentence.end);
  if (!next) return null;
  const cued = firstCueSubject(s.masked.slice(next.start, Math.min(next.end, next.start + ATTRIBUTION_WINDOW)));
  if (!cued || cued.pronoun || !/^\p{Lu}/u.test(cued.phrase)) return null;
  const name = namedSpeaker(ctx, cued.phrase);
  return name && isPersonName(name, ctx.known) ? name : null;
}

/** Verbs of obligation and wanting: their subject is told or wants, and the quote is not theirs. */
const OBLIGATION = /^(?:(?:needs?|ought|wants?|deserves?|has|have|had)\s+to|needs?|must|should|wants?)$/u;

/** The person named as the subject of a sentence's main clause (read up to a quotation) whose verb puts
 * words in their mouth (`mocked`, `has gone after … as`), or null: `is known as "…"`, `scored "…"` credit no one. */
function subjectSpeaker(ctx: SpeakerContext, opening: string): string | null {
  const subject = stanceSubject(blankAsides(opening));
  if (!subject || isPronoun(subject)) return null;
  // `Holm needs to "stop hiding from …"`: what a subject must or should do is someone else's wording.
  const verb = /^[\s,]*(\p{Ll}+(?:\s+to\b)?)/u.exec(opening.slice(opening.indexOf(subject) + subject.length))?.[1];
  if (verb && OBLIGATION.test(verb)) return null;
  const name = namedSpeaker(ctx, subject);
  return name && isPersonName(name, ctx.known) ? name : null;
}

/** Whether resolving a quotation may carry a speaker over from the narrative (resolveGroup's carriedSpeaker
 * calls): any quotation whose sentence names no speaker (no cue, or a pronoun's). */
function mayCarrySpeaker(a: Attribution | null): boolean {
  return a === null || a.pronoun;
}

/** Labels of a transcript's turns that name no one: `Q:` and `A:` (the question and the answer). */
const ANONYMOUS_LABELS = /^(?:Q|A|QUESTION|ANSWER|AUDIENCE MEMBER|MODERATOR|UNIDENTIFIED(?: [A-Z]+)*)$/u;
/** Labels that open a note, not a turn of speech. */
const NOT_LABELS = /^(?:NOTE|UPDATE|EDITOR'?S NOTE|CORRECTION|CLARIFICATION|WARNING|BREAKING|WATCH|READ|PHOTOS?|VIDEO)$/u;

/** The speaker a transcript label opening a quotation names: `PENCE: We will…` → `Pence`; null for `Q:`;
 * undefined when the quotation opens with no label. A label is one to three words in capitals and a colon. */
export function transcriptLabel(text: string): string | null | undefined {
  const m = /^((?:MR|MRS|MS|DR|SEN|REP|GOV)\.?\s)?([\p{Lu}][\p{Lu}'’.-]*(?:\s[\p{Lu}][\p{Lu}'’.-]*){0,2}):\s/u.exec(text.slice(0, 60));
  if (!m) return undefined;
  const label = m[2] as string;
  if (NOT_LABELS.test(label)) return undefined;
  if (ANONYMOUS_LABELS.test(label)) return null;
  if (label.replace(/[^\p{Lu}]/gu, '').length < 2) return undefined;
  return label
    .toLowerCase()
    .replace(/(^|[\s'’.-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The speaker of a transcript turn that runs on: a quotation opening its paragraph right after a labelled
 * one left open; undefined when there is none. */
function continuedTurn(ctx: SpeakerContext, s: Scanned, first: Part): string | null | undefined {
  const turn = ctx.turn;
  if (!turn || !turn.open || turn.at !== first.at - 1) return undefined;
  return s.paragraph.text.slice(0, first.span.open).trim() === '' ? turn.speaker : undefined;
}

/** The 1-based number of the sentence (of the paragraph's own sentences) that contains `offset`. */
function sentenceNumber(s: Scanned, offset: number): number {
  s.starts ??= sentenceStarts(s.paragraph.text, sentencesOf(s.paragraph));
  let lo = 0;
  let hi = s.starts.length - 1;
  let number = 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((s.starts[mid] as number) <= offset) {
      number = mid + 1;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return number;
}

/** Where each of `sentences` starts in `text`, found in one pass. */
function sentenceStarts(text: string, sentences: string[]): number[] {
  let cursor = 0;
  return sentences.map((sentence) => {
    const at = text.indexOf(sentence, cursor);
    const start = at < 0 ? cursor : at;
    cursor = start + sentence.length;
    return start;
  });
}
