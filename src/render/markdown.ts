// The Markdown view: `# headline`, the meta line in emphasis, the paragraphs. Article text is
// escaped so that it never turns into Markdown syntax; lexing the output gives the text back.
// A Markdown article's blocks are written back as their source, and its links as links.

import type { Article, GrepHit, Paragraph, ViewPart } from '../article.js';
import { showControls } from './controls.js';
import { hitAddress } from './hit-address.js';
import { dateInWords, META_SEPARATOR, metaParts } from './meta.js';
import type { RenderOptions } from './options.js';
import { attribution, quoted } from './quote-line.js';
import { paragraphNumbered, viewOf } from './view.js';

/** Characters that can start inline Markdown anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&!]/g;
/** Line starts that Markdown reads as a block: headings, quotes, lists, rules, fences, tables. */
const BLOCK_START = /^(\s*)([#>+=-]|\d+[.)])/;

/** Characters a link destination cannot hold as they are. */
const DESTINATION_SPECIAL = /[\s()<>\\]/g;

/** Escapes text so that Markdown shows it literally. */
export function escapeMarkdown(text: string): string {
  return escapeInline(text).replace(BLOCK_START, (_m, space: string, mark: string) => `${space}${mark.replace(/([#>+=.)-])$/, '\\$1')}`);
}

/** Escapes text that does not start a line. */
function escapeInline(text: string): string {
  return showControls(text).replace(INLINE_SPECIAL, '\\$&');
}

/** A paragraph's text with its links written as Markdown links, `[words](url)`. */
function linkedMarkdown(p: Paragraph): string {
  let out = '';
  let at = 0;
  for (const link of p.links ?? []) {
    const before = p.text.slice(at, link.start);
    out += at === 0 ? escapeMarkdown(before) : escapeInline(before);
    const url = showControls(link.url).replace(DESTINATION_SPECIAL, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    out += `[${escapeInline(link.label)}](${url})`;
    at = link.end;
  }
  return out + (at === 0 ? escapeMarkdown(p.text) : escapeInline(p.text.slice(at)));
}

/** A hit's sentence with its matches in bold (context sentences in italics). */
function markedHit(hit: GrepHit): string {
  if (hit.context) return `*${escapeMarkdown(hit.text)}*`;
  let out = '';
  let at = 0;
  for (const r of hit.ranges) {
    out += escapeMarkdown(hit.text.slice(at, r.start)) + `**${escapeMarkdown(hit.text.slice(r.start, r.end))}**`;
    at = r.end;
  }
  return out + escapeMarkdown(hit.text.slice(at));
}

/** Renders one part of the view; null when the article has nothing for it. */
function part(article: Article, p: ViewPart): string | null {
  switch (p) {
    case 'headline':
      return article.headline === null ? null : `# ${escapeMarkdown(article.headline)}`;
    case 'standfirst':
      return article.standfirst === null ? null : `*${escapeMarkdown(article.standfirst)}*`;
    case 'meta': {
      const meta = metaParts(article, false);
      return meta.length ? `*${meta.map(escapeMarkdown).join(META_SEPARATOR)}*` : null;
    }
    case 'date':
      return article.date && escapeMarkdown(dateInWords(article.date.iso));
    case 'dateline':
      return article.dateline && `**${escapeMarkdown(article.dateline.raw)}**`;
    case 'byline':
      return article.byline && escapeMarkdown(article.byline.raw);
    case 'highlights':
      return article.highlights.length ? article.highlights.map((h) => `- ${escapeMarkdown(h)}`).join('\n') : null;
    case 'removed':
      return article.removed.length ? article.removed.map((r) => `- ${escapeMarkdown(r.text)}`).join('\n') : null;
    case 'quotes':
      return (article.quotes ?? []).map((q) => `> ${escapeMarkdown(quoted(q))} ${escapeMarkdown(attribution(q))}`).join('\n\n') || null;
    case 'matches':
      return (article.matches ?? []).map((hit) => `- **${hitAddress(hit)}** ${markedHit(hit)}`).join('\n') || null;
    case 'summary':
      return (
        (article.summary ?? [])
          .map((s) => (s.paragraph === 1 && s.sentence === 1 && article.dateline ? `**${escapeMarkdown(article.dateline.raw)}** ` : '') + escapeMarkdown(s.text))
          .join('\n\n') || null
      );
    default: {
      const paragraph = paragraphNumbered(article, p);
      if (paragraph.block) return showControls(paragraph.block.markdown);
      const text = paragraph.links ? linkedMarkdown(paragraph) : escapeMarkdown(paragraph.text);
      return p === 1 && article.dateline ? `**${escapeMarkdown(article.dateline.raw)}** ${text}` : text;
    }
  }
}

/** Renders the Markdown view. Width is not applied: Markdown readers wrap for themselves. */
export function renderMarkdown(article: Article, _opts: RenderOptions): string {
  const blocks = viewOf(article)
    .map((p) => part(article, p))
    .filter((b): b is string => b !== null);
  return blocks.length ? blocks.join('\n\n') + '\n' : '';
}
