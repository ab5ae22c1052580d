// Loads evaluation articles from ../shared/corpus: decoding, the CNN `.story` and BBC layouts, and
// the reference summaries. It never copies corpus text anywhere; scoring is left to eval/summary.ts.
import { parseArticle } from '../src/parse/index.js';
import { sentencesOf } from '../src/parse/sentences.js';
import { readSource } from '../src/read/sources.js';
import { corpusFiles as listCorpus } from './corpus-files.js';

/** One article as the summary evaluation sees it. */
export interface LoadedArticle {
  path: string;
  headline: string | null;
  /** Body paragraphs, each split into sentences. */
  paragraphs: string[][];
  /** The reference summary, one sentence (CNN: one highlight) per entry. */
  reference: string[];
}

/** Reads one corpus file, through lede's own read and parse path, with its reference summary. */
export function loadArticle(path: string): LoadedArticle {
  const parsed = parseArticle(path, readText(path));
  const reference = path.endsWith('.story') ? parsed.highlights : bbcReference(path);
  return {
    path,
    headline: parsed.headline,
    paragraphs: parsed.paragraphs.map(sentencesOf).filter((s) => s.length > 0),
    reference,
  };
}

/** A corpus file's text, decoded as lede decodes (UTF-8, else Windows-1252 for the stray bytes). */
function readText(path: string): string {
  return readSource(path, { readStdin: () => new Uint8Array(), articlesDir: '' }).text;
}

/** The corpus files, sorted: CNN stories and BBC articles (all categories). */
export function corpusFiles(root?: string): { cnn: string[]; bbc: string[] } {
  const all = listCorpus(root);
  return { cnn: all.filter((f) => f.layout === 'cnn').map((f) => f.path), bbc: all.filter((f) => f.layout === 'bbc').map((f) => f.path) };
}

/**
 * Splits a BBC reference summary whose sentences were glued without spaces (`$10.9bn.For the`):
 * a boundary is a `.`, `?` or `!` directly followed by a capital, or by a quote and a capital. A
 * straight quote there may close the sentence before or open the next one; an odd count of quotes
 * so far means it closes.
 */
export function splitGluedSummary(summary: string): string[] {
  const text = fold(summary);
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    if (!'.?!'.includes(text[i]!)) continue;
    let cut = -1;
    if (isCapital(text[i + 1])) cut = i + 1;
    else if (text[i + 1] === '"' && text[i + 2] === '"' && isCapital(text[i + 3])) cut = i + 2;
    else if (QUOTES.includes(text[i + 1]!) && isCapital(text[i + 2])) {
      const closes = text[i + 1] === '”' || (text[i + 1] === '"' && countQuotes(text.slice(start, i + 1)) % 2 === 1);
      cut = closes ? i + 2 : i + 1;
    }
    if (cut === -1) continue;
    out.push(text.slice(start, cut).trim());
    start = cut;
    i = cut - 1;
  }
  out.push(text.slice(start).trim());
  return out.filter((s) => s !== '');
}

const QUOTES = '"“”';

function isCapital(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'A' && ch <= 'Z';
}

function countQuotes(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '"') n++;
  return n;
}

function bbcReference(articlePath: string): string[] {
  const summaryPath = articlePath.replace(/([/\\])articles([/\\])/, '$1summaries$2');
  return splitGluedSummary(readText(summaryPath));
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
