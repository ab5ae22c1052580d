// Loads the Markdown, extractor-JSON and HTML parsers only for such input: article text, most of
// what lede reads, needs none, the Markdown parser brings marked (about a tenth of lede's start) and
// the HTML parser a DOM and Readability (several times lede's size).
// The parser stays synchronous: parse/index.ts's prepareParse loads what an input needs first.

import type { ArticleDraft } from './draft.js';

type ParseMarkdown = (text: string) => ArticleDraft;
type ParseExtractorJson = (source: string, value: unknown) => ArticleDraft;
type ParseHtml = (html: string, address: string | null) => ArticleDraft | null;

let markdown: ParseMarkdown | undefined;
let extractorJson: ParseExtractorJson | undefined;
let html: ParseHtml | undefined;

/** Imports the parser for this format, once. */
export async function loadParser(format: 'markdown' | 'json' | 'html'): Promise<void> {
  if (format === 'markdown') markdown ??= (await import('./markdown/markdown.js')).parseMarkdown;
  else if (format === 'json') extractorJson ??= (await import('./json/extractor-json.js')).parseExtractorJson;
  else html ??= (await import('./html/html.js')).parseHtml;
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

/** The loaded HTML parser; calling this before loadParser('html') is a bug in lede. */
export function htmlParser(): ParseHtml {
  if (!html) throw new Error('HTML parser used before loadParser()');
  return html;
}
