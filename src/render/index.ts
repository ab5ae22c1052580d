// The table of renderers: one pure (Article, RenderOptions) → string function per format, and
// what must be loaded before one runs (renderers are synchronous; loading modules is not).

import type { Article, ViewPart } from '../article.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { Format, RenderOptions } from './options.js';
import { renderPlain, renderTerminal } from './terminal.js';
import { loadStyles } from './theme.js';
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

/**
 * Paragraph text a page holds (UTF-16 code units) when a long article is rendered page by page. A
 * page's output then stays well under V8's largest young-generation object (128 KiB; text with
 * curly quotes takes two bytes a character): a larger string goes straight to the old generation's
 * large-object space, which only a full collection frees, and a long run may never make one, so
 * the pages of a 100 MB article would pile up there.
 */
export const PAGE_CHARS = 32 * 1024;

/**
 * Renders an article as a sequence of strings whose concatenation is exactly `render(article)`.
 * A long article in a paragraph-by-paragraph format comes out a page at a time, so a 100 MB
 * article never exists twice over as one output string.
 */
export function* renderPages(article: Article, format: Format, opts: RenderOptions): Generator<string> {
  const render = RENDERERS[format];
  const paragraphs = article.paragraphs;
  let chars = 0;
  for (const p of paragraphs) chars += p.text.length;
  const whole = format === 'json' || article.view || article.summary || article.matches || chars <= PAGE_CHARS;
  if (whole) {
    yield render(article, opts);
    return;
  }
  for (let start = 0; start < paragraphs.length; ) {
    const view: ViewPart[] = start === 0 ? ['headline', 'standfirst', 'meta', ...(article.highlights.length ? (['highlights'] as const) : [])] : [];
    // At least one paragraph a page, however long.
    let size = 0;
    do {
      const p = paragraphs[start++]!;
      view.push(p.number);
      size += p.text.length;
    } while (start < paragraphs.length && size + paragraphs[start]!.text.length <= PAGE_CHARS);
    const page = render({ ...article, view }, opts);
    // Each page ends in one newline; the blank line between paragraphs of two pages goes back in.
    yield view[0] === 'headline' ? page : '\n' + page;
  }
}

/** Every piece of text a renderer may measure. */
function texts(article: Article): string[] {
  return [
    article.source,
    article.headline ?? '',
    article.standfirst ?? '',
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
 * marked-terminal only when a terminal view shows a list, quote, table or code block, and chalk
 * only for styled output.
 */
export async function prepareRender(article: Article, format: Format, opts: RenderOptions): Promise<void> {
  const wraps = format === 'terminal' || (format === 'plain' && opts.width > 0);
  const blocks = format === 'terminal' && showsDrawnBlocks(article);
  const links = format === 'terminal' && opts.hyperlinks && article.paragraphs.some((p) => p.links);
  if ((wraps && !texts(article).every(isNarrow)) || blocks || links) await loadWideText();
  if (blocks) await loadMarkdownBlocks();
  if (opts.color > 0) await loadStyles();
}
