// The table of renderers: one pure (Article, RenderOptions) → string function per format, and
// what must be loaded before one runs (renderers are synchronous; loading modules is not).

import type { Article } from '../article.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { Format, RenderOptions } from './options.js';
import { renderPlain, renderTerminal } from './terminal.js';
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

/** Every piece of text a renderer may measure. */
function texts(article: Article): string[] {
  return [
    article.headline ?? '',
    article.dateline?.raw ?? '',
    article.byline?.raw ?? '',
    ...article.paragraphs.map((p) => p.text),
    ...article.highlights,
    ...article.removed.map((r) => r.text),
  ];
}

/** Loads the modules rendering this article in this format needs: wide-text measuring when wrapping non-Latin text. */
export async function prepareRender(article: Article, format: Format, opts: RenderOptions): Promise<void> {
  const wraps = format === 'terminal' || (format === 'plain' && opts.width > 0);
  if (wraps && !texts(article).every(isNarrow)) await loadWideText();
}
