// Reads the header zone, the lines before the first body paragraph, one line at a time: the
// headline, the standfirst, the byline, the publication date, and the page furniture packed
// around them (section labels and menus above the headline; repeated headlines, captions and
// credits, reading times, relative times and metadata lines under it). Also a date or byline
// closing the article. Paragraphs, datelines and whole-line furniture are other scanners' work.

import type { ArticleDate, Byline, RemovedLine, RemovedReason } from '../../article.js';
import { isBareName, parseBylineLine, parseCreditLine } from './byline.js';
import { parseDateLine } from './date.js';
import { splitDateline } from './dateline.js';
import {
  endsSentence,
  isCaptionWithCredit,
  isImageName,
  isMenuOrIcons,
  isReadingTime,
  isRelativeTime,
  isShortLabel,
  isTitleLike,
  isTitleWithStop,
  couldOpenOneKey,
  keyHead,
  lineKey,
  wordCount,
  wordCountUpTo,
} from './line-kinds.js';
import { parseMetadataLine } from './metadata-line.js';
import { BOILERPLATE } from './tail.js';
import { foldedText, foldSpace, isBlank, type Line } from '../lines.js';
import { isHardWrapped } from './paragraphs.js';
import { letterPattern } from '../letters.js';

// Patterns with letter classes: ASCII versions for ASCII text (parse/letters.ts).
const OPENS_LOWER = letterPattern(String.raw`^\p{Ll}`, 'u');

/** How many non-blank lines at the top the header zone may take before the body must have begun. */
const HEADER_WINDOW = 24;
/** Words a long notice holds one of (of BOILERPLATE's), in lower case. */
const NOTICE_STEMS = /cookie|privacy|terms of|this website|this site|disclaimer|comment|browser|developing|more to follow|check back/;
const NOTICE_STEMS_ANY_CASE = new RegExp(NOTICE_STEMS.source, 'i');
/** The Kelvin sign: besides A-Z, the one character whose lowercase (`k`) a stem can hold (`İ` gives `i` and a combining dot). */
const KELVIN = '\u212a';

/** Whether the line lowercased holds a NOTICE_STEM, without lowercasing a copy of every long line. */
function hasNoticeStem(text: string): boolean {
  return NOTICE_STEMS_ANY_CASE.test(text) || (text.includes(KELVIN) && NOTICE_STEMS.test(text.toLowerCase()));
}
/** What a metadata line joins its parts with, or labels them by. */
const METADATA_SIGN = /[|•·/]| [-–—] |time:/i;
/** Header lines longer than this are not dates, credits or metadata lines. */
const SHORT_LINE = 120;
/** A headline at least this long is taken over shorter title lines above it (labels, kickers, taglines). */
const HEADLINE_MIN_WORDS = 5;
/** At most this many prose lines (notices, a cut caption) may stand above the headline. */
const MAX_PROSE_ABOVE = 2;
/** A title line under the headline at most this long, before the lead, is a caption. */
const CAPTION_TITLE_MAX_WORDS = 15;
/** How far wordsOf counts: every count it gives is compared with a smaller number (CAPTION_TITLE_MAX_WORDS the largest). */
const WORDS_COUNTED = CAPTION_TITLE_MAX_WORDS + 1;
/** A standfirst that the body repeats is at least this long. */
const REPEAT_MIN_WORDS = 6;
/** A line opening with the same this many words as a caption beside it is the caption's copy. */
const CAPTION_COPY_WORDS = 6;

/** What the header scan found, and which lines it used up. */
export interface Header {
  headline: string | null;
  standfirst: string | null;
  date: ArticleDate | null;
  byline: Byline | null;
  /** Lines taken out: repeats of the headline, second dates, captions, labels, metadata. */
  removed: RemovedLine[];
  /** Numbers of every line the header took (facts and removed lines). */
  used: Set<number>;
}

/** What one line of the header zone is. */
export type Kind =
  | 'date'
  | 'metadata'
  | 'byline'
  | 'by'
  | 'relative-time'
  | 'reading-time'
  | 'image'
  | 'caption'
  | 'menu'
  | 'notice'
  | 'label'
  | 'title'
  | 'prose';

interface ZoneLine {
  number: number;
  text: string;
  /** Which blank-line block of the text the line is in. */
  block: number;
  kind: Kind;
  /** lineKey(text), keyHead(text) and wordCount(text) (up to WORDS_COUNTED), worked out when first asked for (see keyOf, headOf, wordsOf). */
  key?: string;
  head?: string | null;
  words?: number;
  /** repeatText(line) and repeatKey(line), worked out when first asked for. */
  repeatText?: string;
  repeatKey?: string;
  /** repeatedBelow(zone, this line's index), likewise. */
  repeated?: boolean;
}

// A zone line is compared with its neighbours, with the headline and with the standfirst, by key
// and by length: each is worked out once, when first needed, not at every comparison.
/** The line's key (line-kinds.ts's lineKey); '' for no line at all. */
const keyOf = (z: ZoneLine | undefined): string => (z ? (z.key ??= lineKey(z.text)) : '');
/** The opening of the line's key (line-kinds.ts's keyHead): lines whose openings differ have different keys, told without making them. */
const headOf = (z: ZoneLine): string | null => (z.head === undefined ? (z.head = keyHead(z.text)) : z.head);
/** The line's words (line-kinds.ts's wordCount), counted no further than WORDS_COUNTED. */
const wordsOf = (z: ZoneLine): number => (z.words ??= wordCountUpTo(z.text, WORDS_COUNTED));

/** Whether a line reads like a headline rather than a paragraph of prose. */
export function looksLikeHeadline(text: string): boolean {
  return isTitleLike(foldSpace(text));
}

/** Classifies one folded line of the header zone by its shape alone. */
export function kindOf(text: string): Kind {
  // A long line ending a sentence is prose (or a notice, or a title-case headline with a stop):
  // most lines of a plain article are, and are spared the other patterns.
  if (text.length > 80 && endsSentence(text)) {
    if (hasNoticeStem(text) && BOILERPLATE.test(text)) return 'notice';
    return isTitleWithStop(text) ? 'title' : 'prose';
  }
  // Date and metadata lines are short: a paragraph spares the large date patterns.
  const short = text.length <= SHORT_LINE;
  if (short && parseDateLine(text)) return 'date';
  if (isRelativeTime(text)) return 'relative-time';
  if (isReadingTime(text)) return 'reading-time';
  if (/^by:?$/i.test(text)) return 'by';
  if (parseCreditLine(text)) return 'byline';
  if (short && (METADATA_SIGN.test(text) || /^by\b/i.test(text)) && parseMetadataLine(text)) return 'metadata';
  if (isImageName(text)) return 'image';
  if (isCaptionWithCredit(text)) return 'caption';
  if (isMenuOrIcons(text)) return 'menu';
  if (BOILERPLATE.test(text)) return 'notice';
  if (/^(?:published|updated|posted|last updated)\s*:?$/i.test(text)) return 'label';
  // A dateline alone on its line (`WASHINGTON (CNN) --`) opens the lead.
  if (text.length <= 60 && /[(:—–-]/.test(text) && splitDateline(text)?.rest === '') return 'prose';
  if (isTitleLike(text)) return isShortLabel(text) ? 'label' : 'title';
  // A headline may end with a full stop when it is written in title case.
  if (isTitleWithStop(text)) return 'title';
  return 'prose';
}

/** A list bullet before a headline (`• Texan wins …`) is not part of it. */
const BULLET = /^[•·▪◦‣]\s*/;
/** A photo credit glued to the end of a headline: `… in Denver (CDOT)`; not `(VIDEO)` or `(UPDATED)`. */
const HEADLINE_CREDIT = /\s+\((?!(?:video|videos|photos?|pictures?|watch|listen|live|updated?|update|poll|audio|graphic|opinion|analysis|exclusive|op-ed)\))([A-Z][A-Z0-9&.-]{1,7})\)$/i;

/** The headline's text from its line, and the credit glued to its end, if any. */
function headlineParts(text: string): { headline: string; credit: string | null } {
  const t = text.replace(BULLET, '');
  const m = HEADLINE_CREDIT.exec(t);
  return m && /^[A-Z0-9&.-]+$/.test(m[1]!) ? { headline: t.slice(0, m.index), credit: m[0].trim() } : { headline: t, credit: null };
}

/** The key of the headline a zone line would give (its key, when it has no bullet or credit to take off). */
function headlineKeyOf(z: ZoneLine): string {
  const { headline } = headlineParts(z.text);
  return headline === z.text ? keyOf(z) : lineKey(headline);
}

/** The first non-blank, non-furniture lines, folded and classified, with their blocks. */
function zoneLines(lines: Line[], skip: Set<number>): ZoneLine[] {
  const out: ZoneLine[] = [];
  let block = 0;
  let blankBefore = false;
  // (An index, not for-of: leaving a for-of early looks up the iterator's `return`, which V8's
  // compiled code has not seen until a text fills the window, and is then thrown away.)
  for (let i = 0; i < lines.length && out.length < HEADER_WINDOW; i++) {
    const line = lines[i]!;
    if (isBlank(line)) {
      blankBefore = true;
      continue;
    }
    if (blankBefore) block++;
    blankBefore = false;
    if (skip.has(line.number)) continue;
    const text = foldedText(line);
    // (Every field set from the start, the lazy ones too: one object shape for the compiled code.)
    out.push({ number: line.number, text, block, kind: kindOf(text), key: undefined, head: undefined, words: undefined, repeatText: undefined, repeatKey: undefined, repeated: undefined });
  }
  markCopies(out);
  markContinuations(lines, out);
  return out;
}

/**
 * Marks the copies a page prints of a picture's words: a line printed twice in a row (alt text and
 * caption), and a line that opens with the same words as a caption beside it, or that the next
 * line repeats and continues (`Police said:` over `Police said: "…"`).
 */
function markCopies(zone: ZoneLine[]): void {
  const opening = (z: ZoneLine) => keyOf(z).split(' ').slice(0, CAPTION_COPY_WORDS).join(' ');
  let titleAbove = false;
  for (let i = 0; i + 1 < zone.length; i++) {
    const a = zone[i]!;
    const b = zone[i + 1]!;
    // The first title printed twice is the headline and its repeat, not a picture's words.
    titleAbove ||= i > 0 && zone[i - 1]!.kind === 'title';
    // A pair, not a run: text repeated line after line is the text's own.
    const pair = () => keyOf(zone[i + 2]) !== keyOf(a) && keyOf(zone[i - 1]) !== keyOf(a);
    // (The keys last: each is a copy of the whole line.)
    const same = wordsOf(a) >= 3 && (titleAbove || (a.kind !== 'title' && a.kind !== 'label')) && couldOpenOneKey(headOf(a), headOf(b)) && keyOf(a) === keyOf(b) && pair();
    const prefix = b.block === a.block && wordsOf(a) >= 3 && couldOpenOneKey(headOf(a), headOf(b)) && keyOf(b).startsWith(keyOf(a) + ' ');
    if (same || prefix) {
      a.kind = 'caption';
      b.kind = 'caption';
    }
  }
  for (let i = 0; i < zone.length; i++) {
    const c = zone[i]!;
    if (c.kind !== 'caption' || wordsOf(c) < CAPTION_COPY_WORDS) continue;
    for (const j of [i - 1, i + 1]) {
      const d = zone[j];
      if (d && d.kind === 'prose' && wordsOf(d) >= CAPTION_COPY_WORDS && opening(d) === opening(c)) d.kind = 'caption';
    }
  }
}

/** A title-shaped line that the next line continues (lower case, or a hard-wrapped block) is prose. */
function markContinuations(lines: Line[], zone: ZoneLine[]): void {
  // The zone is the top of the text: look only that far.
  const last = zone.at(-1)?.number ?? 0;
  const byNumber = new Map<number, Line>();
  for (let i = 0; i < lines.length && lines[i]!.number <= last; i++) byNumber.set(lines[i]!.number, lines[i]!);
  for (let i = 0; i < zone.length; i++) {
    const z = zone[i]!;
    if (z.kind !== 'title' && z.kind !== 'label') continue;
    const next = zone[i + 1];
    const continues = next && next.block === z.block && (next.kind === 'prose' || next.kind === 'title');
    if (continues && OPENS_LOWER.test(next.text)) z.kind = 'prose';
    else if (next && next.block === z.block) {
      const block = zone.filter((y) => y.block === z.block);
      const blockLines = block.map((y) => byNumber.get(y.number)!);
      // (Two lines may be a headline run into the lead: only a longer block is wrapping.)
      if (block.length >= 3 && isHardWrapped(blockLines) && block.every((y) => y.kind === 'title' || y.kind === 'prose')) z.kind = 'prose';
    }
  }
}

/** Whether the line carries a header fact (or a note that only a header holds). */
const isFact = (z: ZoneLine | undefined): boolean =>
  !!z && (z.kind === 'date' || z.kind === 'metadata' || z.kind === 'byline' || z.kind === 'by' || z.kind === 'relative-time' || z.kind === 'reading-time' || z.kind === 'image');

/** Whether a line of the zone is page furniture that may stand anywhere in the header. */
const isNoise = (z: ZoneLine): boolean => z.kind === 'label' || z.kind === 'menu' || z.kind === 'notice';

/** What a dateline holds before the lead: an agency in brackets, a colon, a dash, a day after a comma. */
const DATELINE_SIGN = /\(|:|--|—|–| - |, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
/** The text a line is compared by when looking for its repeat: the dateline off, the ellipsis off. */
function repeatText(z: ZoneLine): string {
  if (z.repeatText === undefined) {
    // Only a line with a dateline's sign near its start is tried for one.
    const dl = DATELINE_SIGN.test(z.text.slice(0, 80)) ? splitDateline(z.text) : null;
    const rest = dl ? dl.rest : z.text;
    // (Tested from the end first: the pattern alone is tried from every space of the line.)
    z.repeatText = rest.endsWith('...') || rest.endsWith('…') ? rest.replace(/\s*(?:\.\.\.|…)$/, '') : rest;
  }
  return z.repeatText;
}

/** The key of repeatText(line). */
function repeatKey(z: ZoneLine): string {
  return (z.repeatKey ??= repeatText(z) === z.text ? keyOf(z) : lineKey(repeatText(z)));
}

/** The opening of repeatKey(line) (keyHead's). */
function repeatHead(z: ZoneLine): string | null {
  return repeatText(z) === z.text ? headOf(z) : keyHead(repeatText(z));
}

/** Whether the body repeats line `i` (as the lead, perhaps after a dateline, or the next paragraphs). */
function repeatedBelow(zone: ZoneLine[], i: number): boolean {
  // Asked of the line under the headline both when finding the headline and after: answered once.
  return (zone[i]!.repeated ??= findRepeatBelow(zone, i));
}

function findRepeatBelow(zone: ZoneLine[], i: number): boolean {
  const z = zone[i]!;
  if (wordsOf(z) < REPEAT_MIN_WORDS) return false;
  const key = repeatKey(z);
  // A run of the same line is the text's own, not a repeat.
  if (zone[i + 1] && couldOpenOneKey(repeatHead(zone[i + 1]!), key) && repeatKey(zone[i + 1]!) === key) return false;
  // Only lines that hold the line's opening words are compared closely; a repeat's key opens with
  // this line's, so lines opening otherwise are told apart first, without making their keys.
  const opening = key.split(' ').slice(0, 3).join(' ');
  return zone.slice(i + 2).some((y) => {
    if (!couldOpenOneKey(repeatHead(y), key) || !keyOf(y).includes(opening)) return false;
    const other = repeatKey(y);
    return other === key || (/(?:\.\.\.|…)$/.test(z.text) && other.startsWith(key));
  });
}

/**
 * Whether line `i`, the first line under the headline that is not a fact, is the standfirst: the
 * header's facts (byline, date, …) come under it, or the body repeats it, or the lead under it
 * opens with a dateline it lacks, or it is a title-shaped line standing alone over the lead.
 */
function isStandfirst(zone: ZoneLine[], i: number, linePerParagraph: boolean, webPage: boolean): boolean {
  const p = zone[i];
  if (!p || (p.kind !== 'title' && p.kind !== 'prose')) return false;
  let k = i + 1;
  while (zone[k] && isNoise(zone[k]!)) k++;
  const next = zone[k];
  if (isFact(next)) return true;
  if (next && isBareName(next.text) && zone[k + 1]?.kind === 'prose') return true;
  if (repeatedBelow(zone, i)) return true;
  const lead = zone.slice(i + 1).find((z) => z.kind === 'prose');
  if (lead && splitDateline(lead.text) && !splitDateline(p.text)) return true;
  const alone = !linePerParagraph && zone[i - 1]?.block !== p.block && zone[i + 1]?.block !== p.block;
  // In a page's copy (furniture around the header), a title line alone over the lead: a dek with no stop.
  return webPage && p.kind === 'title' && alone && wordsOf(p) >= 4 && next?.kind === 'prose';
}

/** The index of the headline in the zone, or -1. */
function findHeadline(zone: ZoneLine[], linePerParagraph: boolean, webPage: boolean): number {
  const firstProse = zone.findIndex((z) => z.kind === 'prose');
  const end = firstProse < 0 ? zone.length : firstProse;
  const titles = zone.flatMap((z, i) => (z.kind === 'title' ? [i] : []));
  // A title printed twice, apart (page title and article heading), is the headline.
  for (const i of zone.flatMap((z, i) => (z.kind === 'title' || (z.kind === 'label' && i < end) ? [i] : []))) {
    const key = headlineKeyOf(zone[i]!);
    // (A short label only when the repeat follows at once: `Open in App` recurs all down a page.)
    const reach = zone[i]!.kind === 'label' ? i + 3 : zone.length;
    if (zone.slice(i + 1, reach).some((z, k) => z.kind !== 'prose' && keyOf(z) === key && (k > 0 || z.block !== zone[i]!.block))) return i;
  }
  // Below prose (a comment notice, a browser warning, a caption cut short), only a title near the
  // top that the header's facts follow, or a standfirst when the prose above ends no sentence.
  const admissible = (i: number) => {
    if (!opensAsTitle(headlineParts(zone[i]!.text).headline)) return false;
    if (i < end) return true;
    const proseAbove = zone.slice(0, i).filter((z) => z.kind === 'prose');
    if (proseAbove.length > MAX_PROSE_ABOVE) return false;
    let k = i + 1;
    while (zone[k] && isNoise(zone[k]!)) k++;
    // Prose that ends its sentences is the body: the headline is above it, not below.
    if (!proseAbove.every((z) => !endsSentence(z.text))) return false;
    return isFact(zone[k]) || isStandfirst(zone, k, linePerParagraph, webPage);
  };
  const long = titles.find((i) => admissible(i) && wordCount(headlineParts(zone[i]!.text).headline) >= HEADLINE_MIN_WORDS && !isBareName(zone[i]!.text));
  if (long !== undefined) return long;
  // Otherwise the last title or label line before the first prose (one that reads as a person's
  // name only when nothing else is there: `Markets Rally`).
  const short = zone.slice(0, end).flatMap((z, i) => (z.kind === 'title' || z.kind === 'label' ? [i] : []));
  for (let k = short.length - 1; k >= 0; k--) if (!isBareName(zone[short[k]!]!.text)) return short[k]!;
  return short.at(-1) ?? -1;
}

/** A headline opens with no lowercase letter, unless a capital follows it (`iPhone`). */
function opensAsTitle(text: string): boolean {
  const lower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
  const upper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
  return !lower(text.charAt(0)) || upper(text.charAt(1));
}

/** Why a header line of this kind is taken out. */
function reasonFor(kind: Kind): RemovedReason {
  switch (kind) {
    case 'caption':
    case 'image':
      return 'caption';
    case 'label':
    case 'menu':
    case 'by':
      return 'label';
    case 'relative-time':
    case 'reading-time':
    case 'metadata':
      return 'metadata';
    case 'notice':
      return 'boilerplate';
    default:
      return 'furniture';
  }
}

/**
 * Scans the header zone for the headline, standfirst, date and byline, and the bottom of the body
 * for a date or byline. `skip` holds line numbers other scanners have already taken (furniture).
 * `linePerParagraph` says the text has no blank lines between paragraphs.
 */
export function scanHeader(lines: Line[], skip: Set<number>, linePerParagraph: boolean): Header {
  const header: Header = { headline: null, standfirst: null, date: null, byline: null, removed: [], used: new Set() };
  const zone = zoneLines(lines, skip);
  const remove = (z: ZoneLine, reason: RemovedReason) => {
    header.removed.push({ line: z.number, text: z.text, reason });
    header.used.add(z.number);
  };
  const take = (z: ZoneLine) => header.used.add(z.number);
  let dateUpdated = false;
  const takeDate = (z: ZoneLine): boolean => {
    const meta = z.kind === 'metadata' ? parseMetadataLine(z.text) : null;
    const date = meta ? meta.date : parseDateLine(z.text);
    const byline = meta?.byline ?? null;
    if (!date && !byline) return false;
    const updated = /^\s*(?:last )?(?:updated|modified|edited)\b/i.test(date?.raw ?? '');
    if (!meta) {
      if (date && (!header.date || (dateUpdated && !updated))) {
        if (header.date) header.removed.push({ line: z.number, text: header.date.raw, reason: 'duplicate-date' });
        header.date = date;
        dateUpdated = updated;
        take(z);
      } else remove(z, 'duplicate-date');
      return true;
    }
    // A metadata line: each part to its field, the parts no field took to removed, so every word
    // is in one place.
    const rest = [...meta.rest];
    if (date && !header.date) header.date = date;
    else if (date) rest.push(date.raw);
    if (byline && !header.byline) header.byline = byline;
    else if (byline) rest.push(byline.raw);
    header.used.add(z.number);
    if (rest.length) header.removed.push({ line: z.number, text: rest.join(' | '), reason: 'metadata' });
    return true;
  };

  // Signs that the text was copied from a web page: above the first prose, lines that are neither
  // titles nor prose (labels, menus, dates, bylines), or prose above a title.
  const firstProse = zone.findIndex((z) => z.kind === 'prose');
  const top = firstProse < 0 ? zone : zone.slice(0, firstProse);
  const webPage = top.some((z) => z.kind !== 'title') || (firstProse >= 0 && zone.slice(firstProse).some((z) => z.kind === 'title'));
  const h = findHeadline(zone, linePerParagraph, webPage);
  let start = 0;
  if (h >= 0) {
    const { headline, credit } = headlineParts(zone[h]!.text);
    header.headline = headline;
    take(zone[h]!);
    if (credit) header.removed.push({ line: zone[h]!.number, text: credit, reason: 'caption' });
    // Above the headline: a date standing alone (or with the headline) is the article's; the rest
    // is the page's furniture (menus, section labels, taglines, a widget's today-date).
    for (let i = 0; i < h; i++) {
      const z = zone[i]!;
      const blockMates = zone.filter((y) => y.block === z.block && y !== z && y.number !== zone[h]!.number);
      const alone = blockMates.every((y) => y.kind === 'date' || y.kind === 'metadata');
      if ((z.kind === 'date' || z.kind === 'metadata') && alone && takeDate(z)) continue;
      if (z.kind === 'byline' && !header.byline) {
        header.byline = parseCreditLine(z.text);
        take(z);
        continue;
      }
      remove(z, z.kind === 'prose' || z.kind === 'title' ? 'furniture' : reasonFor(z.kind));
    }
    start = h + 1;
  }

  const headlineKey = header.headline === null ? null : lineKey(header.headline);
  let factsSeen = false;
  for (let i = start; i < zone.length; i++) {
    const z = zone[i]!;
    if (headlineKey !== null && headlineKeyOf(z) === headlineKey) {
      remove(z, 'repeated-headline');
      continue;
    }
    if (z.kind === 'date' || z.kind === 'metadata') {
      if (takeDate(z)) {
        factsSeen = true;
        continue;
      }
    }
    if (z.kind === 'byline') {
      factsSeen = true;
      if (header.byline) remove(z, 'author');
      else {
        header.byline = parseCreditLine(z.text);
        take(z);
      }
      continue;
    }
    if (z.kind === 'by') {
      // `Jane Doe` over a lone `By`: the page's author box.
      const name = zone[i - 1];
      if (!header.byline && name && name.kind !== 'prose' && isBareName(name.text) && header.removed.at(-1)?.line !== name.number) {
        header.byline = { raw: name.text, name: name.text };
      }
      remove(z, 'label');
      factsSeen = true;
      continue;
    }
    const next = zone[i + 1];
    if (!header.byline && (z.kind === 'title' || z.kind === 'label') && isBareName(z.text) && (next?.kind === 'prose' || next?.kind === 'by')) {
      header.byline = { raw: z.text, name: z.text };
      take(z);
      factsSeen = true;
      continue;
    }
    if (header.byline && z.kind === 'title' && isBareName(z.text) && zone[i - 1]?.kind === 'byline') {
      // A second name under the byline: a co-author or the reporter behind a desk's credit.
      remove(z, 'author');
      continue;
    }
    if (z.kind !== 'title' && z.kind !== 'prose') {
      factsSeen ||= isFact(z);
      remove(z, reasonFor(z.kind));
      continue;
    }
    if (header.headline !== null && header.standfirst === null) {
      const first = !factsSeen && zone.slice(start, i).every((y) => header.used.has(y.number) && (isNoise(y) || y.kind === 'caption' || keyOf(y) === headlineKey));
      if ((first && isStandfirst(zone, i, linePerParagraph, webPage || h > 0)) || (factsSeen && repeatedBelow(zone, i))) {
        header.standfirst = z.text;
        take(z);
        continue;
      }
    }
    if (webPage && header.headline !== null && z.kind === 'title' && wordsOf(z) <= CAPTION_TITLE_MAX_WORDS && zone[i + 1]) {
      remove(z, 'caption');
      continue;
    }
    break;
  }

  scanClosing(lines, skip, header);
  return header;
}

/** A date or byline may also close the article. */
function scanClosing(lines: Line[], skip: Set<number>, header: Header): void {
  let seen = 0;
  for (let k = lines.length - 1; k >= 0 && seen < 3; k--) {
    const line = lines[k]!;
    if (skip.has(line.number) || isBlank(line)) continue;
    seen++;
    if (header.used.has(line.number)) break;
    const text = line.text.trim();
    const date = header.date ? null : parseDateLine(text);
    const byline = date || header.byline ? null : parseBylineLine(text);
    if (date) header.date = date;
    else if (byline) header.byline = byline;
    else break;
    header.used.add(line.number);
  }
}
