// The parser: article text → Article, by running the scanners in order. Pure: no I/O, no styling.
// Each scanner owns one job; this file only sequences them and counts words.

import type { Article, Byline, Dateline, Paragraph, RemovedLine } from '../article.js';
import { splitLeadByline } from './byline.js';
import { splitDateline } from './dateline.js';
import { furnitureReason, splitFurnitureTails } from './furniture.js';
import { scanHeader } from './header.js';
import { splitHighlights } from './highlights.js';
import { toLines, type Line } from './lines.js';
import { isLinePerParagraph, scanParagraphs, type RawParagraph } from './paragraphs.js';
import { splitSentences } from './sentences.js';

/** Reading speed for the reading-time estimate, in words a minute. */
export const WORDS_PER_MINUTE = 230;

/** Counts white-space separated words, without making an array of them (articles can be 100 MB). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Takes a byline and then a dateline off the front of the lead, when it opens with them. */
function splitLead(lead: string): { byline: Byline | null; dateline: Dateline | null; rest: string } {
  const by = splitLeadByline(lead);
  const afterBy = by ? by.rest : lead;
  const dl = splitDateline(afterBy);
  return { byline: by?.byline ?? null, dateline: dl?.dateline ?? null, rest: dl ? dl.rest : afterBy };
}

/** Parses article text (LF line endings) from `source` into an Article. */
export function parseArticle(source: string, text: string): Article {
  const split = splitHighlights(toLines(text));
  const highlights = split.highlights;

  const removed: RemovedLine[] = [];
  const skip = new Set<number>();
  const body: Line[] = [];
  for (const line of split.body) {
    const reason = furnitureReason(line.text.trim());
    if (reason) {
      removed.push({ line: line.number, text: line.text.trim(), reason });
      skip.add(line.number);
      body.push(line);
      continue;
    }
    const { rest, tails } = splitFurnitureTails(line.text);
    for (const tail of tails.reverse()) removed.push({ line: line.number, text: tail.text, reason: tail.reason });
    body.push(tails.length ? { number: line.number, text: rest } : line);
  }

  const header = scanHeader(body, skip, isLinePerParagraph(body));
  removed.push(...header.removed);
  for (const n of header.used) skip.add(n);

  let raw: RawParagraph[] = scanParagraphs(body, skip);
  // A headline repeated as the first paragraph is a copy, not body text.
  if (header.headline !== null && raw[0]?.text === header.headline) {
    removed.push({ line: raw[0].line, text: raw[0].text, reason: 'repeated-headline' });
    raw = raw.slice(1);
  }

  let byline = header.byline;
  let dateline: Dateline | null = null;
  if (raw[0]) {
    const lead = splitLead(raw[0].text);
    if (lead.byline && !byline) byline = lead.byline;
    dateline = lead.dateline;
    // A byline already found above still leaves a repeated one in the text.
    const rest = lead.byline && lead.byline !== byline ? raw[0].text : lead.rest;
    raw = rest === '' ? raw.slice(1) : [{ ...raw[0], text: rest }, ...raw.slice(1)];
  }

  const paragraphs: Paragraph[] = raw.map((p, i) => ({ number: i + 1, text: p.text, sentences: splitSentences(p.text) }));
  // Stable: run-on tails keep their order after the line they ended.
  removed.sort((a, b) => a.line - b.line);
  const words = paragraphs.reduce((n, p) => n + countWords(p.text), dateline ? countWords(dateline.raw) : 0);
  return {
    source,
    headline: header.headline,
    date: header.date,
    dateline,
    byline,
    paragraphs,
    highlights,
    removed,
    words,
    readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
}
