// Takes out the furniture between body paragraphs that only its neighbours give away: a caption
// over its credit line (`Photo: Jo Marsh`), a caption's copy beside it, a sign-up prompt's blurb
// and a line printed twice under furniture. Whole-line furniture is furniture.ts's; the header and
// tail zones are header.ts's and tail.ts's.

import type { RemovedLine, RemovedReason } from '../../article.js';
import { isCaptionWithCredit, lineKey, mayEndWithCredit, wordCount } from './line-kinds.js';
import { foldedText, isBlank, type Line } from '../lines.js';

/** A credit line standing alone: `Photo: RNZ / Patrice Allen`, `Image: Mark Stedman`. */
const BARE_CREDIT = /^(?:photo|photos|picture|pictures|image|images|pic|credit|photo credit|image credit)\s*:\s*\S.{0,60}$/i;
/** A prompt whose blurb is the line under it: `Subscribe to The Week`, `Sign up for our newsletters`. */
const PROMPT = /^(?:subscribe|sign up|sign-up|get (?:our|the) newsletter|join (?:us|our))/i;
/** A caption or blurb is at most this long. */
const CAPTION_MAX_WORDS = 60;
const BLURB_MAX_WORDS = 40;
/** Lines that open with this many of the same words as a caption are its copy. */
const COPY_WORDS = 6;

/**
 * Finds the furniture among body lines after `leadLine` that `removed` (what other scanners took,
 * by line) reveals; returns it, for the caller to add to `removed` and `skip`.
 */
export function neighbourFurniture(lines: Line[], skip: Set<number>, removed: RemovedLine[], leadLine: number): RemovedLine[] {
  const out: RemovedLine[] = [];
  const reasonOf = new Map<number, RemovedLine>();
  for (const r of removed) if (!reasonOf.has(r.line)) reasonOf.set(r.line, r);
  // What this scan took, by line (the same entries as `out`).
  const taken = new Map<number, RemovedLine>();
  const take = (line: Line, reason: RemovedReason) => {
    if (taken.has(line.number) || skip.has(line.number) || line.number <= leadLine) return;
    const r = { line: line.number, text: foldedText(line), reason };
    taken.set(line.number, r);
    out.push(r);
  };
  const opening = (t: string) => lineKey(t).split(' ').slice(0, COPY_WORDS).join(' ');

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.number <= leadLine || isBlank(line)) continue;
    const text = foldedText(line);
    const prev = previousLine(lines, i);
    // (The line below is looked for only where it is asked about: beside furniture and captions.)
    const next = () => nextLine(lines, i);
    const before = reasonOf.get(prev?.line.number ?? -1);
    if (skip.has(line.number)) {
      // A credit alone takes the caption over it.
      if (BARE_CREDIT.test(text) && prev && !skip.has(prev.line.number) && wordCount(foldedText(prev.line)) <= CAPTION_MAX_WORDS) {
        take(prev.line, 'caption');
      }
      // A prompt takes the blurb right under it (no blank line between).
      const below = PROMPT.test(text) ? next() : null;
      if (below && below.adjacent && wordCount(foldedText(below.line)) <= BLURB_MAX_WORDS) take(below.line, 'promo');
      continue;
    }
    // Cheap first: a caption's credit ends it with `)`, a `Label: Name`, a `/Name` or `full screen`.
    const mayBeCaption = text.length <= 600 && mayEndWithCredit(text);
    if (mayBeCaption && isCaptionWithCredit(text) && wordCount(text) <= CAPTION_MAX_WORDS) {
      take(line, 'caption');
      for (const n of [prev, next()]) {
        if (n && wordCount(n.line.text) >= COPY_WORDS && opening(n.line.text) === opening(text)) take(n.line, 'caption');
      }
      continue;
    }
    // A line printed again under furniture (a blurb's repeat) is that furniture too.
    const above = prev && (taken.get(prev.line.number) ?? before);
    if (above && prev && lineKey(foldedText(prev.line)) === lineKey(text) && wordCount(text) >= 3) take(line, above.reason);
  }
  return out;
}

/** The nearest non-blank line above `i`, and whether it touches it (no blank line between). */
function previousLine(lines: Line[], i: number): { line: Line; adjacent: boolean } | null {
  for (let k = i - 1; k >= 0; k--) if (!isBlank(lines[k]!)) return { line: lines[k]!, adjacent: k === i - 1 };
  return null;
}

/** The nearest non-blank line below `i`, and whether it touches it. */
function nextLine(lines: Line[], i: number): { line: Line; adjacent: boolean } | null {
  for (let k = i + 1; k < lines.length; k++) if (!isBlank(lines[k]!)) return { line: lines[k]!, adjacent: k === i + 1 };
  return null;
}
