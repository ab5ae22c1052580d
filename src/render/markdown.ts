// The Markdown view: `# headline`, the meta line in emphasis, the paragraphs. Article text is
// escaped so that it never turns into Markdown syntax; lexing the output gives the text back.

import type { Article } from '../article.js';
import { showControls } from './controls.js';
import { META_SEPARATOR, metaParts } from './meta.js';
import type { RenderOptions } from './options.js';

/** Characters that can start inline Markdown anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&!]/g;
/** Line starts that Markdown reads as a block: headings, quotes, lists, rules, fences, tables. */
const BLOCK_START = /^(\s*)([#>+=-]|\d+[.)])/;

/** Escapes text so that Markdown shows it literally. */
export function escapeMarkdown(text: string): string {
  return showControls(text)
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(BLOCK_START, (_m, space: string, mark: string) => `${space}${mark.replace(/([#>+=.)-])$/, '\\$1')}`);
}

/** Renders the Markdown view. Width is not applied: Markdown readers wrap for themselves. */
export function renderMarkdown(article: Article, _opts: RenderOptions): string {
  const blocks: string[] = [];
  if (article.headline !== null) blocks.push(`# ${escapeMarkdown(article.headline)}`);
  const meta = metaParts(article, false);
  if (meta.length) blocks.push(`*${meta.map(escapeMarkdown).join(META_SEPARATOR)}*`);
  for (const p of article.paragraphs) {
    const text = escapeMarkdown(p.text);
    blocks.push(p.number === 1 && article.dateline ? `**${escapeMarkdown(article.dateline.raw)}** ${text}` : text);
  }
  return blocks.join('\n\n') + '\n';
}
