// Loads evaluation articles from ../shared/corpus: decoding, the CNN `.story` and BBC layouts, and
// the reference summaries. It never copies corpus text anywhere; scoring is left to eval/summary.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/parse/sentences.js';

/** One article as the summary evaluation sees it. */
export interface LoadedArticle {
  path: string;
  headline: string | null;
  /** Body paragraphs, each split into sentences. */
  paragraphs: string[][];
  /** The reference summary, one sentence (CNN: one highlight) per entry. */
  reference: string[];
}

/** The shape `parse()` from src/parse/index.ts will return, reduced to what the evaluation reads. */
interface ParsedBody {
  headline: string | null;
  paragraphs: { sentences: string[] }[];
}

const HIGHLIGHT = '@highlight';

/** Reads one corpus file with its reference summary. */
export function loadArticle(path: string): LoadedArticle {
  const text = decode(readFileSync(path));
  // Swap for `parse(text)` from src/parse/index.ts once the article parser lands.
  const parsed: ParsedBody = standInParse(text);
  const reference = path.endsWith('.story') ? highlights(text) : bbcReference(path);
  return {
    path,
    headline: parsed.headline,
    paragraphs: parsed.paragraphs.map((p) => p.sentences).filter((s) => s.length > 0),
    reference,
  };
}

/** UTF-8, or Windows-1252 when the bytes are not valid UTF-8 (some BBC files are Latin-1). */
export function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Windows-1252 by hand: Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1, turning the
 * curly quotes and dashes at 0x80-0x9F into control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80]! : String.fromCharCode(b);
  return out;
}

/** 0x80-0x9F in Windows-1252; the five undefined bytes decode to themselves, as in WHATWG. */
const WINDOWS_1252_HIGH = [
  '€', '\x81', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\x8d', 'Ž', '\x8f',
  '\x90', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\x9d', 'ž', 'Ÿ',
];

/** The corpus files, sorted: CNN stories and BBC articles (all categories). */
export function corpusFiles(root: string): { cnn: string[]; bbc: string[] } {
  const cnnDir = join(root, 'cnn');
  const cnn = readdirSync(cnnDir).filter((f) => f.endsWith('.story')).sort().map((f) => join(cnnDir, f));
  const bbcDir = join(root, 'bbc', 'articles');
  const bbc: string[] = [];
  for (const category of readdirSync(bbcDir).sort()) {
    const dir = join(bbcDir, category);
    for (const f of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) bbc.push(join(dir, f));
  }
  return { cnn, bbc };
}

/**
 * Stand-in for the real parser: a `.story` (it has `@highlight` blocks) has no headline and its body
 * ends at the first highlight; otherwise line 1 is the headline. Paragraphs are blank-line separated.
 */
export function standInParse(text: string): ParsedBody {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const cut = lines.findIndex((l) => l.trim() === HIGHLIGHT);
  const isStory = cut !== -1;
  const bodyLines = isStory ? lines.slice(0, cut) : lines.slice(1);
  const headline = isStory ? null : fold(lines[0] ?? '') || null;
  const paragraphs = bodyLines
    .join('\n')
    .split(/\n\s*\n/)
    .map(fold)
    .filter((p) => p !== '')
    .map((p) => ({ sentences: splitSentences(p) }));
  return { headline, paragraphs };
}

/** The lines that follow each `@highlight` marker in a `.story`. */
export function highlights(text: string): string[] {
  const blocks = text.replace(/\r\n?/g, '\n').split(/^@highlight$/m).slice(1);
  return blocks.map(fold).filter((h) => h !== '');
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
  return splitGluedSummary(decode(readFileSync(summaryPath)));
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
