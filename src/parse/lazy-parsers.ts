// Loads the Markdown and extractor-JSON parsers only for such input: article text, most of what
// lede reads, needs neither, and the Markdown parser brings marked (about a tenth of lede's start).
// The parser stays synchronous: parse/index.ts's prepareParse loads what an input needs first.

import type { ArticleDraft } from './draft.js';

type ParseMarkdown = (text: string) => ArticleDraft;
type ParseExtractorJson = (source: string, value: unknown) => ArticleDraft;

let markdown: ParseMarkdown | undefined;
let extractorJson: ParseExtractorJson | undefined;

/** Imports the parser for this format, once. */
export async function loadParser(format: 'markdown' | 'json'): Promise<void> {
  if (format === 'markdown') markdown ??= (await import('./markdown/markdown.js')).parseMarkdown;
  else extractorJson ??= (await import('./json/extractor-json.js')).parseExtractorJson;
}

/** The loaded Markdown parser; calling this before loadParser('markdown') is a bug in lede. */
export function markdownParser(): ParseMarkdown {
  if (!markdown) throw new Error('Markdown parser used before loadParser()');
  return markdown;
}

/** The loaded extractor-JSON parser; calling this before loadParser('json') is a bug in lede. */
export function extractorJsonParser(): ParseExtractorJson {
  if (!extractorJson) throw new Error('extractor JSON parser used before loadParser()');
  return extractorJson;
}
