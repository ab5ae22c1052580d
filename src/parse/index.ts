// The parser: an input's text → Article. Decides the format (detect.ts) and hands Markdown,
// extractor JSON and web pages to their own parsers; for article text it runs the scanners in order. Pure: no
// I/O, no styling. Each scanner owns one job; this file only sequences them.

import type { Article, Byline, Dateline, RemovedLine } from '../article.js';
import { InputError } from '../errors.js';
import { MAX_PAGE_SIZE } from '../page-limit.js';
import { splitLeadByline } from './text/byline.js';
import { splitDateline } from './text/dateline.js';
import { detectFormat, type InputFormat } from './detect.js';
import { finishArticle, type ArticleDraft } from './draft.js';
import { furnitureReason, splitFurnitureTails } from './text/furniture.js';
import { scanHeader } from './text/header.js';
import { splitHighlights } from './text/highlights.js';
import { extractorJsonParser, htmlParser, loadParser, markdownParser } from './lazy-parsers.js';
import { isBlank, newLine, toLines, type Line } from './lines.js';
import { neighbourFurniture } from './text/body-furniture.js';
import { scanTail } from './text/tail.js';
import { isLinePerParagraph, scanParagraphs, type RawParagraph } from './text/paragraphs.js';

/** Takes a byline and then a dateline off the front of the lead, when it opens with them. */
function splitLead(lead: string, underHeader: boolean): { byline: Byline | null; dateline: Dateline | null; rest: string } {
  const by = splitLeadByline(lead);
  const afterBy = by ? by.rest : lead;
  const dl = splitDateline(afterBy, underHeader);
  return { byline: by?.byline ?? null, dateline: dl?.dateline ?? null, rest: dl ? dl.rest : afterBy };
}

/** What the reader knows of an input beyond its text: its format (a fetched page's content type) and address. */
export interface InputFacts {
  format?: InputFormat;
  /** The URL the input was fetched from (after redirects). */
  url?: string;
}

/** Loads the parser this input needs when it is Markdown, JSON or HTML; call before parseArticle. */
export async function prepareParse(source: string, text: string, facts: InputFacts = {}): Promise<void> {
  const format = facts.format ?? detectFormat(source, text);
  if (format !== 'text') await loadParser(format);
}

/**
 * Parses an input (LF line endings) from `source` into an Article: article text, or (after
 * prepareParse) Markdown, an extractor's JSON or a web page. Throws InputError for JSON that is not
 * an article and for a page with no article in it.
 */
export function parseArticle(source: string, text: string, facts: InputFacts = {}): Article {
  const article = parseFormat(source, text, facts);
  // A fetched article that names no address of its own is where it was fetched from.
  return facts.url !== undefined && article.url === undefined ? { ...article, url: facts.url } : article;
}

function parseFormat(source: string, text: string, facts: InputFacts): Article {
  switch (facts.format ?? detectFormat(source, text)) {
    case 'html': {
      // The DOM of a page takes many times its size and Readability's time grows faster than it:
      // a page past the limit for fetching one is refused rather than read for minutes.
      if (text.length > MAX_PAGE_SIZE) {
        throw new InputError(source, `too large for a web page (${Math.round(text.length / 2 ** 20)} Mi characters; the limit is ${MAX_PAGE_SIZE / 2 ** 20} Mi)`);
      }
      const draft = htmlParser()(text, facts.url ?? null);
      if (!draft) throw new InputError(source, 'no article found in this page');
      return finishArticle(source, draft);
    }
    case 'markdown':
      try {
        return finishArticle(source, markdownParser()(text));
      } catch (err) {
        // marked failing on some input is no reason to show nothing: the words are read as text.
        if (err instanceof InputError) throw err;
        return finishArticle(source, parseText(text));
      }
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (err) {
        // Shaped like JSON but not JSON: text, unless the name promised JSON.
        if (/\.json$/i.test(source)) throw new InputError(source, `not valid JSON (${(err as Error).message})`);
        return finishArticle(source, parseText(text));
      }
      return finishArticle(source, extractorJsonParser()(source, value));
    }
    case 'text':
      return finishArticle(source, parseText(text));
  }
}

/** Parses article text by running the scanners in order. */
function parseText(text: string): ArticleDraft {
  const split = splitHighlights(toLines(text));
  const highlights = split.highlights;

  const removed: RemovedLine[] = [];
  const skip = new Set<number>();
  // The lines are this function's own: a line with furniture run onto its end is replaced in place,
  // rather than copying every line of a long article into a second array.
  const body: Line[] = split.body;
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    const trimmed = line.text.trim();
    // A blank line is no furniture and has none run onto it; half the lines of most articles are blank.
    if (trimmed === '') continue;
    const reason = furnitureReason(trimmed);
    if (reason) {
      removed.push({ line: line.number, text: trimmed, reason });
      skip.add(line.number);
      continue;
    }
    const { rest, tails } = splitFurnitureTails(line.text);
    if (tails.length === 0) continue;
    for (const tail of tails.reverse()) removed.push({ line: line.number, text: tail.text, reason: tail.reason });
    body[i] = newLine(line.number, rest);
  }

  const header = scanHeader(body, skip, isLinePerParagraph(body));
  removed.push(...header.removed);
  for (const n of header.used) skip.add(n);

  // The lead is the first line the header left; the tail and the furniture between paragraphs
  // are read below it.
  const lead = body.find((l) => !skip.has(l.number) && !isBlank(l));
  if (lead) {
    const tail = scanTail(body, skip, lead.number);
    for (const n of tail.used) skip.add(n);
    // An author box's name is the byline when the header had none (and then not also in removed).
    const boxByline = !header.byline && tail.byline;
    if (boxByline) header.byline = tail.byline;
    removed.push(...tail.removed.filter((r) => !(boxByline && r.line === tail.bylineLine)));
    const between = neighbourFurniture(body, skip, removed, lead.number);
    for (const r of between) skip.add(r.line);
    removed.push(...between);
  }

  const raw: RawParagraph[] = scanParagraphs(body, skip);
  // A headline repeated as the first paragraph is a copy, not body text.
  if (header.headline !== null && raw[0]?.text === header.headline) {
    removed.push({ line: raw[0].line, text: raw[0].text, reason: 'repeated-headline' });
    raw.shift();
  }

  let byline = header.byline;
  let dateline: Dateline | null = null;
  if (raw[0]) {
    const underHeader = header.headline !== null && (header.byline !== null || header.date !== null || header.standfirst !== null);
    const lead = splitLead(raw[0].text, underHeader);
    if (lead.byline && !byline) byline = lead.byline;
    dateline = lead.dateline;
    // A byline already found above still leaves a repeated one in the text.
    const rest = lead.byline && lead.byline !== byline ? raw[0].text : lead.rest;
    if (rest === '') raw.shift();
    else raw[0] = { ...raw[0], text: rest };
  }

  // Stable: run-on tails keep their order after the line they ended.
  removed.sort((a, b) => a.line - b.line);
  return {
    url: null,
    headline: header.headline,
    standfirst: header.standfirst,
    date: header.date,
    dateline,
    byline,
    paragraphs: raw.map((p) => ({ text: p.text })),
    highlights,
    removed,
  };
}
