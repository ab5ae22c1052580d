// Web pages → an ArticleDraft: linkedom parses the page, metadata.ts reads the headline, date,
// byline and address, Readability picks the article's element, prune.ts takes the furniture left
// in it out, blocks.ts reads its paragraphs; the lead's byline, date and dateline are read as for
// text. Loaded only for HTML input (lazy-parsers.ts): the DOM is most of lede's size.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RemovedLine } from '../../article.js';
import { countWords, takeLeadDateline, type ArticleDraft, type DraftParagraph } from '../draft.js';
import { foldSpace } from '../lines.js';
import { parseBylineLine } from '../text/byline.js';
import { parseDateLine } from '../text/date.js';
import { readBlocks } from './blocks.js';
import type { DomDocument, DomElement } from './dom.js';
import { readMetadata } from './metadata.js';
import { pruneArticle, type Pruned } from './prune.js';

/**
 * Fewer words than this is not an article: what Readability makes of a page of links (an index,
 * a search page, a login form) is a few stray words.
 */
const MIN_ARTICLE_WORDS = 15;

/** Whether two headlines say the same, ignoring case, spacing and punctuation. */
function sameWords(a: string, b: string): boolean {
  const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words(a) === words(b);
}

/**
 * Parses a web page. `address` is the URL it was read from, when it was fetched: the article's url
 * when the page names none, and the base of its relative links. Null when the page holds no
 * article (the caller says so: this module is bundled on its own, apart from lede's error classes).
 */
export function parseHtml(html: string, address: string | null): ArticleDraft | null {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const meta = readMetadata(document, address);
  const base = address ?? meta.url;

  // Pruned before Readability too: it unwraps a `div` around a single `p`, and the div's class
  // (`newsletter-signup`) would be lost with it.
  const prunedFirst = document.body ? pruneArticle(document.body, true) : [];
  const reader = new Readability(document as never, { serializer: (node: unknown) => node, keepClasses: true });
  const result = reader.parse();
  const content = result?.content as DomElement | null | undefined;
  if (!content) return null;

  const removed: RemovedLine[] = [];
  // What was pruned from inside the article is kept in `removed`; the page's chrome around it is not.
  const inArticle = (p: Pruned) => p.parent !== null && (p.parent === content || content.contains(p.parent));
  const pruned = [...prunedFirst.filter(inArticle), ...pruneArticle(content)];
  const blocks = readBlocks(content, base);
  let line = blocks.paragraphs.length + blocks.removed.length + 1;
  for (const p of pruned) removed.push({ line: line++, text: p.text, reason: p.reason });
  removed.push(...blocks.removed);

  const headline = meta.headline ?? (result?.title ? foldSpace(result.title) || null : null);
  let { date, byline } = meta;
  // The top of the article repeats what the header gives: the headline, a byline line, a date line.
  const paragraphs: DraftParagraph[] = [...blocks.paragraphs];
  for (let position = 1; paragraphs.length > 0; position++) {
    const first = paragraphs[0]!;
    const text = first.block?.kind === 'heading' || !first.block ? first.text : null;
    if (text === null) break;
    if (headline !== null && sameWords(text, headline)) {
      removed.push({ line: position, text, reason: 'repeated-headline' });
    } else if (!first.block && parseBylineLine(text)) {
      byline ??= parseBylineLine(text);
      removed.push({ line: position, text, reason: 'furniture' });
    } else if (!first.block && parseDateLine(text)) {
      date ??= parseDateLine(text);
      removed.push({ line: position, text, reason: 'duplicate-date' });
    } else break;
    paragraphs.shift();
  }
  const words = paragraphs.reduce((n, p) => n + countWords(p.text), 0);
  if (words < MIN_ARTICLE_WORDS) return null;

  const lead = takeLeadDateline(paragraphs);
  removed.sort((a, b) => a.line - b.line);
  return { url: meta.url, headline, date, dateline: lead.dateline, byline, paragraphs: lead.paragraphs, highlights: [], removed };
}
