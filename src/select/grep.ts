// `--grep`: finds the sentences that match a pattern (with context sentences around them), as
// an Article whose `matches` holds them. Building the pattern from the flags lives here too;
// printing the hits is the renderers' job.

import type { Article, GrepHit, GrepPart, ViewPart } from '../article.js';
import { UsageError } from '../errors.js';
import { sentencesOf } from '../parse/sentences.js';
import { mayMatch, type Prefilter } from './prefilter.js';

/** How the user asked to match, straight from the flags. */
export interface GrepPattern {
  pattern: string;
  ignoreCase: boolean;
  fixed: boolean;
  wordRegexp: boolean;
}

/** Letters, marks and digits are word characters; curly quotes and all punctuation are boundaries. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';

/** Escapes a fixed string for use in a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Compiles the pattern as a JavaScript regular expression with the `u` flag. Throws UsageError. */
export function compilePattern(p: GrepPattern): RegExp {
  let source = p.fixed ? escapeRegExp(p.pattern) : p.pattern;
  if (p.wordRegexp) source = `(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`;
  try {
    return new RegExp(source, p.ignoreCase ? 'giu' : 'gu');
  } catch (err) {
    const why = (err as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '');
    throw new UsageError(`--grep ${p.pattern}`, `not a valid regular expression: ${why.charAt(0).toLowerCase()}${why.slice(1)}`);
  }
}

/** The match ranges of a regular expression in text; empty matches are skipped. */
export function matchRanges(re: RegExp, text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const m of text.matchAll(re)) {
    if (m[0].length > 0) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return ranges;
}

/**
 * The texts printed outside the paragraphs, in the order a reader meets them: headline,
 * standfirst, date and byline (the meta line), highlights, and the lead's dateline. With
 * `--section`, only those the picked parts print (`meta` prints date, byline and place; the lead
 * prints its dateline).
 */
function printedParts(article: Article): { part: GrepPart; paragraph: number; sentence: number; text: string }[] {
  const view = article.view && new Set(article.view);
  const shown = (...parts: ViewPart[]) => !view || parts.some((p) => view.has(p));
  const out: { part: GrepPart; paragraph: number; sentence: number; text: string }[] = [];
  const add = (part: GrepPart, text: string | null | undefined, sentence = 0) => {
    if (text) out.push({ part, paragraph: 0, sentence, text });
  };
  if (shown('headline')) add('headline', article.headline);
  if (shown('standfirst')) add('standfirst', article.standfirst);
  if (shown('date', 'meta')) add('date', article.date?.raw);
  if (shown('byline', 'meta')) add('byline', article.byline?.raw);
  if (shown('highlights')) article.highlights.forEach((h, i) => add('highlights', h, i + 1));
  if (shown('dateline', 'meta', 1)) add('dateline', article.dateline?.raw);
  return out;
}

/**
 * Searches the article's printed texts: the parts outside the paragraphs (printedParts), then every
 * paragraph's sentences. Returns the article with `matches`: every matching sentence and
 * up to `context` sentences before and after each (across paragraph breaks), in article order;
 * with context, groups that are not next to each other are marked for grep's `--` separator.
 * With `maxCount` (grep's -m), the search stops after that many matching sentences: later ones are
 * not matches, though the context after the last may show them, as grep shows its trailing context.
 */
export function grepArticle(article: Article, re: RegExp, context: number, maxCount: number | null = null): Article {
  // The parts outside the paragraphs are searched on their own: a hit there has no context around it.
  let parts: GrepHit[] = [];
  for (const p of printedParts(article)) {
    const ranges = matchRanges(re, p.text);
    if (ranges.length > 0 || matchesAtAll(re, p.text)) parts.push({ ...p, ranges, context: false, breakBefore: false });
  }
  // They come first, so they count first towards -m.
  if (maxCount !== null) {
    parts = parts.slice(0, maxCount);
    maxCount -= parts.length;
  }
  const all = article.paragraphs.flatMap((p) => sentencesOf(p).map((text, i) => ({ paragraph: p.number, sentence: i + 1, text })));
  const ranges = all.map((s) => matchRanges(re, s.text));
  // A pattern can match only the empty string (`''`, `^`): as in grep, such a sentence matches too.
  const matched = all.map((s, i) => ranges[i]!.length > 0 || matchesAtAll(re, s.text));
  if (maxCount !== null) {
    let seen = 0;
    matched.forEach((hit, i) => {
      if (hit && ++seen > maxCount) {
        matched[i] = false;
        ranges[i] = [];
      }
    });
  }
  const shown = new Set<number>();
  matched.forEach((hit, i) => {
    if (!hit) return;
    for (let k = Math.max(0, i - context); k <= Math.min(all.length - 1, i + context); k++) shown.add(k);
  });
  const order = [...shown].sort((a, b) => a - b);
  const matches: GrepHit[] = order.map((i, k) => ({
    ...all[i]!,
    ranges: ranges[i]!,
    context: !matched[i],
    breakBefore: context > 0 && k > 0 && order[k - 1] !== i - 1,
  }));
  const searched = [...printedParts(article).map((p) => p.text), ...all.map((s) => s.text)];
  return { ...article, matches: [...parts, ...matches], view: ['matches'], bytesSearched: utf8Bytes(searched) };
}

/**
 * How many hits grepArticle would find (countHits of its article), without building them: what
 * `-c`, `-l`, `-L` and `-q` need. A paragraph that holds none of the prefilter's words (prefilter.ts)
 * has no sentence that can match, so it is not split into sentences at all.
 */
export function countMatches(article: Article, re: RegExp, maxCount: number | null, prefilter: Prefilter | null): number {
  const most = maxCount ?? Infinity;
  let hits = 0;
  for (const p of printedParts(article)) {
    if (hits >= most) return hits;
    if (matchesAtAll(re, p.text)) hits++;
  }
  for (const p of article.paragraphs) {
    if (hits >= most) return hits;
    // A paragraph's own sentences are pieces of its text; a Markdown block's given ones need not be.
    if (prefilter && !p.sentences && !mayMatch(prefilter, p.text)) continue;
    for (const sentence of sentencesOf(p)) {
      if (matchesAtAll(re, sentence) && ++hits >= most) return hits;
    }
  }
  return hits;
}

/** The UTF-8 bytes of the article's sentences: what a search reads, as ripgrep counts it. */
export function sentenceBytes(article: Article): number {
  return utf8Bytes(article.paragraphs.flatMap(sentencesOf));
}

function utf8Bytes(texts: string[]): number {
  return texts.reduce((n, text) => n + Buffer.byteLength(text, 'utf8'), 0);
}

/** Whether the pattern matches the text anywhere, even with an empty match. */
function matchesAtAll(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/** Counts the sentences that matched (context sentences do not count), or the quotes kept by a quote search. */
export function countHits(article: Article): number {
  if (article.quotes && !article.matches) return article.quotes.length;
  return (article.matches ?? []).filter((m) => !m.context).length;
}
