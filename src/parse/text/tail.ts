// Reads the tail zone, the lines after the last body paragraph: lists of other stories (related,
// trending, most read, with their teasers, sections and times), sign-up, app, follow and donation
// prompts, source credits (`Source: AAP`, `- AFP`), newsroom boilerplate (`More to follow…`), an
// author box (name, biography, e-mail) and site notices. The body above is other scanners' work.

import type { Byline, RemovedReason } from '../../article.js';
import { isAgencyName, isBareName } from './byline.js';
import { parseDateLine } from './date.js';
import { endsSentence, hasAtMostWords, isListHeading, isMenuOrIcons, isRelativeTime, isShortLabel, isTitleLike, wordCount } from './line-kinds.js';
import { foldedText, foldSpace, isBlank, type Line } from '../lines.js';
import { isHardWrapped } from './paragraphs.js';
import { letterPattern } from '../letters.js';

// Patterns with letter classes: ASCII versions for ASCII text (parse/letters.ts).
const OPENS_UPPER = letterPattern(String.raw`^\p{Lu}`, 'u');

/** What the tail scan found: the lines it took out, and a byline from an author box. */
export interface Tail {
  removed: { line: number; text: string; reason: RemovedReason }[];
  /** The author box's name line, when it gave `byline`: in `removed` only if the caller keeps another byline. */
  bylineLine: number | null;
  /** Every line the removed entries cover (a hard-wrapped block is one entry). */
  used: number[];
  byline: Byline | null;
}

/** A listed story's title under a heading is at most this long (it may end `B.C.`). */
const LIST_TITLE_MAX_WORDS = 12;
/** How many lines above a relative time a related story's title may stand. */
const ITEM_REACH = 3;
/** How many non-blank lines at the end the tail zone may take. */
const TAIL_WINDOW = 80;
/** A title line in the tail at most this long rides along with the furniture under it. */
const TAIL_TITLE_MAX_WORDS = 15;

/** `2036 Views`, `12 comments`, `5 shares`: a counter under a listed story. */
const COUNTER = /^[\d,.]+[kKmM]?\s+(?:views?|comments?|shares?|reads?|likes?)$/i;
/** Credits naming where the story came from, closing it: `Source: AAP`, `- AFP`, `(NAN)`, `Original News: …`. */
const SOURCE_CREDIT = letterPattern(String.raw`^(?:(?:source|sources|original news|originally published|via|courtesy|credit)\s*:.{1,80}|[-\u2013\u2014]\s*[\p{L}.& ]{2,40}|\(\s*[\p{Lu}][\p{L}.& ]{1,30}\))$`, 'iu');
/** Words of the prompts a page sets around a story: subscribe, sign up, apps, donations, follow us. */
const PROMO_WORDS =
  /\b(?:subscrib\w*|newsletters?|inbox|sign up|sign-up|signup|download\w*|our apps?|the app|podcasts?|donat\w*|contributing to|make a contribution|support (?:our|us|independent|quality|local)|journalism|follow (?:us|the|our)|like us|join (?:us|our|the)|whatsapp|telegram channel|get the facts|unlimited access|log ?in|register|daily email|email updates|stay informed|indicates required|now available on|app store|google play)\b/i;
/** A prompt is at most this long. */
const PROMO_MAX_WORDS = 60;
/** Notices of the site rather than the story: cookies, privacy, terms; newsroom boilerplate. */
export const BOILERPLATE =
  /\b(?:cookies?|privacy policy|terms of (?:service|use)|all rights reserved|this website|this site uses|disclaimer|auto-published|syndicated feed|has not been edited|more to follow|developing story|check back (?:later )?for updates|this story (?:will be|has been|is being) updated|commenting policy|comments? (?:are|have been) (?:closed|disabled)|disable comments|loading content|(?:web )?browser is (?:no longer supported|out of date|not supported))\b/i;
/** How an author's biography opens after the name: `Idowu is a multimedia journalist …`. */
const BIOGRAPHY = /^\S+(?: \S+)? (?:is|was|has been|writes|covers|reports)\b/;
/** An e-mail address alone on its line. Up to its first `@` (`\S+@` tried every `@` of `a@a@a…` against the rest: quadratic). */
const EMAIL_ALONE = /^[^\s@]+@\S+\.\w+$/;
/** A whole line in parentheses: an editor's note or a syndication notice. */
const PAREN_LINE = /^\(.{10,}\)$/;

/** Why a tail line is taken out; null when it could be the story's own. */
function tailReason(text: string): RemovedReason | null {
  // A long line ending a sentence can only be a prompt, a notice or a credit.
  const long = text.length > 80 && endsSentence(text);
  if (!long && (isListHeading(text) || COUNTER.test(text) || isRelativeTime(text))) return 'related';
  if (text.length <= 60 && parseDateLine(text)) return 'related';
  if (/^(?:published|updated|posted|last updated)\s*:?$/i.test(text)) return 'metadata';
  // (The patterns alone: tried at word starts only, they cost less than a first test for the words' parts.)
  if (BOILERPLATE.test(text) || PAREN_LINE.test(text)) return 'boilerplate';
  // (The words counted first, and no further than the limit: a long paragraph is spared the pattern.)
  if (long) return hasAtMostWords(text, PROMO_MAX_WORDS) && PROMO_WORDS.test(text) ? 'promo' : null;
  if (SOURCE_CREDIT.test(text) || isAgencyName(text)) return 'source';
  if (hasAtMostWords(text, PROMO_MAX_WORDS) && PROMO_WORDS.test(text)) return 'promo';
  if (/^share\b/i.test(text) && wordCount(text) <= 25) return 'promo';
  if (EMAIL_ALONE.test(text)) return 'author';
  if (isMenuOrIcons(text) || (isShortLabel(text) && OPENS_UPPER.test(text) && text === text.toUpperCase())) return 'label';
  if (text.length <= 2) return 'label';
  return null;
}

/** A teaser cut short by the page: `… in a ...`. */
const CUT_TEASER = /(?:\.\.\.|…)$/;

/**
 * Finds where a list of other stories opens: a list heading with a story's title under it, or a
 * story's title over its teaser, section and relative time (`2 days ago`). -1 when there is none.
 */
function listStart(live: Unit[], from: number): number {
  for (let i = from; i < live.length; i++) {
    const t = live[i]!.text;
    if (isListHeading(t)) {
      const next = live[i + 1]?.text;
      if (next === undefined || isTitleLike(next) || isListHeading(next) || CUT_TEASER.test(next) || wordCount(next) <= LIST_TITLE_MAX_WORDS) return i;
    }
    if (isRelativeTime(t) || COUNTER.test(t)) {
      for (let k = i - 1; k >= Math.max(from, i - ITEM_REACH); k--) {
        if (isTitleLike(live[k]!.text) && !isShortLabel(live[k]!.text)) return k;
      }
    }
  }
  return -1;
}

/**
 * Scans the lines after `leadLine` (the first body paragraph's line) for the tail zone. `skip`
 * holds lines other scanners took; they count as furniture here too, so a tail may run through them.
 */
export function scanTail(lines: Line[], skip: Set<number>, leadLine: number): Tail {
  const tail: Tail = { removed: [], used: [], byline: null, bylineLine: null };
  // The last lines only, read from the end: a long article's body is not walked again.
  const live = tailUnits(lines, skip, leadLine);
  const taken = (i: number) => skip.has(live[i]!.line.number);
  const remove = (i: number, reason: RemovedReason) => {
    tail.removed.push({ line: live[i]!.line.number, text: live[i]!.text, reason });
    tail.used.push(...live[i]!.lines.map((l) => l.number));
  };

  // A list of other stories runs to the end of the text.
  let end = live.length;
  const list = listStart(live, 0);
  if (list >= 0) {
    for (let i = list; i < live.length; i++) if (!taken(i)) remove(i, 'related');
    end = list;
  }

  // Above it (or from the end), furniture up to the last line that could be the story's own; short
  // title lines between pieces of furniture go with them (app names under `Download our apps`).
  let top = end;
  const pending: number[] = [];
  const reasons = new Map<number, RemovedReason>();
  for (let i = end - 1; i >= 0; i--) {
    const text = live[i]!.text;
    if (taken(i)) {
      for (const p of pending) reasons.set(p, 'label');
      top = i;
      pending.length = 0;
      continue;
    }
    const reason = tailReason(text) ?? authorBox(live, i, end);
    if (reason) {
      reasons.set(i, reason);
      for (const p of pending) reasons.set(p, 'promo');
      pending.length = 0;
      top = i;
      continue;
    }
    if (isTitleLike(text) && !endsSentence(text) && wordCount(text) <= TAIL_TITLE_MAX_WORDS) {
      pending.push(i);
      continue;
    }
    break;
  }
  for (let i = top; i < end; i++) {
    const reason = reasons.get(i);
    if (!reason || taken(i)) continue;
    remove(i, reason);
    if (reason === 'author' && !tail.byline && isBareName(live[i]!.text)) {
      tail.byline = { raw: live[i]!.text, name: live[i]!.text };
      tail.bylineLine = live[i]!.line.number;
    }
  }
  tail.removed.sort((a, b) => a.line - b.line);
  return tail;
}

/** A unit of the tail: one line, or a hard-wrapped block read as one. */
interface Unit {
  line: Line;
  lines: Line[];
  text: string;
}

/** The last TAIL_WINDOW non-blank lines after the lead, a hard-wrapped block as one unit. */
function tailUnits(lines: Line[], skip: Set<number>, leadLine: number): Unit[] {
  let from = lines.length;
  for (let seen = 0; from > 0 && seen < TAIL_WINDOW; ) {
    const line = lines[from - 1]!;
    if (line.number <= leadLine) break;
    from--;
    if (!isBlank(line)) seen++;
  }
  const units: Unit[] = [];
  for (let i = from; i < lines.length; ) {
    const line = lines[i]!;
    if (isBlank(line) || skip.has(line.number)) {
      if (!isBlank(line)) units.push({ line, lines: [line], text: foldedText(line) });
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && !isBlank(lines[end]!) && !skip.has(lines[end]!.number)) end++;
    const block = lines.slice(i, end);
    // Wrapped prose, not a column of short names (`SBS News`, `SBS Audio`).
    if (block.length > 1 && block.some((l) => l.text.length >= 40) && isHardWrapped(block)) units.push({ line, lines: block, text: foldSpace(block.map((l) => l.text).join(' ')) });
    else for (const l of block) units.push({ line: l, lines: [l], text: foldedText(l) });
    i = end;
  }
  return units;
}

/**
 * An author box: a bare name over a biography that opens with the name (`Idowu is a …`) or over an
 * e-mail address; the name and its biography are both the box's.
 */
function authorBox(live: { text: string }[], i: number, end: number): RemovedReason | null {
  const text = live[i]!.text;
  const next = live[i + 1]?.text ?? '';
  if (isBareName(text)) {
    const first = text.split(' ')[0]!;
    const biography = next.startsWith(first + ' ') && BIOGRAPHY.test(next);
    if (EMAIL_ALONE.test(next) || biography || i + 1 === end) return 'author';
  }
  const above = live[i - 1]?.text ?? '';
  if (isBareName(above) && text.startsWith(above.split(' ')[0]! + ' ') && BIOGRAPHY.test(text)) return 'author';
  return null;
}
