// The table of renderers: one pure (Article, RenderOptions) → string function per format, and
// what must be loaded before one runs (renderers are synchronous; loading modules is not).

import type { Article, ViewPart } from '../article.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { Format, RenderOptions } from './options.js';
import { renderPlain, renderTerminal } from './terminal.js';
import { loadMarkdownBlocks } from './markdown-blocks.js';
import { viewOf } from './view.js';
import { loadWideText } from './wide-text.js';
import { isNarrow } from './wrap.js';

type Renderer = (article: Article, opts: RenderOptions) => string;

/** Every output format and the function that renders it. */
export const RENDERERS: Record<Format, Renderer> = {
  terminal: renderTerminal,
  plain: renderPlain,
  markdown: renderMarkdown,
  json: renderJson,
};

/** Paragraphs a page holds when a long article is rendered page by page. */
const PAGE_PARAGRAPHS = 2000;

/**
 * Renders an article as a sequence of strings whose concatenation is exactly `render(article)`.
 * A long article in a paragraph-by-paragraph format comes out a page at a time, so a 100 MB
 * article never exists twice over as one output string.
 */
export function* renderPages(article: Article, format: Format, opts: RenderOptions): Generator<string> {
  const render = RENDERERS[format];
  const whole = format === 'json' || article.view || article.summary || article.matches || article.paragraphs.length <= PAGE_PARAGRAPHS;
  if (whole) {
    yield render(article, opts);
    return;
  }
  const numbers = article.paragraphs.map((p) => p.number);
  for (let start = 0; start < numbers.length; start += PAGE_PARAGRAPHS) {
    const head: ViewPart[] = start === 0 ? ['headline', 'meta'] : [];
    const page = render({ ...article, view: [...head, ...numbers.slice(start, start + PAGE_PARAGRAPHS)] }, opts);
    // Each page ends in one newline; the blank line between paragraphs of two pages goes back in.
    yield start === 0 ? page : '\n' + page;
  }
}

/** Every piece of text a renderer may measure. */
function texts(article: Article): string[] {
  return [
    article.source,
    article.headline ?? '',
    article.dateline?.raw ?? '',
    article.byline?.raw ?? '',
    ...article.paragraphs.map((p) => p.text),
    ...article.highlights,
    ...article.removed.map((r) => r.text),
  ];
}

/** Whether the view shows a Markdown block that marked-terminal draws (subheadings it does not). */
function showsDrawnBlocks(article: Article): boolean {
  if (!article.paragraphs.some((p) => p.block && p.block.kind !== 'heading')) return false;
  const shown = new Set(viewOf(article).filter((part) => typeof part === 'number'));
  return article.paragraphs.some((p) => p.block && p.block.kind !== 'heading' && shown.has(p.number));
}

/**
 * Loads the modules rendering this article in this format needs: wide-text measuring when wrapping
 * non-Latin text, hyperlinks (wrap-ansi keeps them whole) or drawn blocks (box-drawing tables),
 * and marked-terminal only when a terminal view shows a list, quote, table or code block.
 */
export async function prepareRender(article: Article, format: Format, opts: RenderOptions): Promise<void> {
  const wraps = format === 'terminal' || (format === 'plain' && opts.width > 0);
  const blocks = format === 'terminal' && showsDrawnBlocks(article);
  const links = format === 'terminal' && opts.hyperlinks && article.paragraphs.some((p) => p.links);
  if ((wraps && !texts(article).every(isNarrow)) || blocks || links) await loadWideText();
  if (blocks) await loadMarkdownBlocks();
}
