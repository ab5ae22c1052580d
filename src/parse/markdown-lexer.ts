// Loads marked's lexer only for Markdown input: article text, most of what lede reads, never needs
// it, and importing it costs about a tenth of lede's start. The parser stays synchronous:
// parse/index.ts's prepareParse loads this before parseArticle runs.

import type { TokensList } from 'marked';

type Lex = (markdown: string) => TokensList;

let lex: Lex | undefined;

/** Imports marked, once. */
export async function loadMarkdownLexer(): Promise<void> {
  if (lex) return;
  const { Lexer } = await import('marked');
  lex = (markdown) => Lexer.lex(markdown, { gfm: true });
}

/** The loaded lexer; calling this before loadMarkdownLexer() is a bug in lede, not the user's error. */
export function markdownLexer(): Lex {
  if (!lex) throw new Error('Markdown lexer used before loadMarkdownLexer()');
  return lex;
}
