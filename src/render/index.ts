// The table of renderers: one pure (Article, RenderOptions) → string function per format.

import type { Article } from '../article.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { Format, RenderOptions } from './options.js';
import { renderPlain, renderTerminal } from './terminal.js';

type Renderer = (article: Article, opts: RenderOptions) => string;

/** Every output format and the function that renders it. */
export const RENDERERS: Record<Format, Renderer> = {
  terminal: renderTerminal,
  plain: renderPlain,
  markdown: renderMarkdown,
  json: renderJson,
};
