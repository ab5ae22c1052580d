// The JSON view: the model under stable, documented keys, in a fixed order; `--grep` results go
// to grep-json.ts. Escaping is safe-json.ts's.

import type { Article, Paragraph, ViewPart } from '../article.js';
import type { RenderOptions } from './options.js';
import { renderGrepJson } from './grep-json.js';
import { safeJson } from './safe-json.js';
import { paragraphNumbered } from './view.js';

/** A paragraph's keys: `number`, `text`, and `kind` for a Markdown block. */
function paragraphToJson(p: Paragraph): Record<string, unknown> {
  if (!p.block) return { number: p.number, text: p.text };
  return p.block.info ? { number: p.number, text: p.text, kind: p.block.kind, info: p.block.info } : { number: p.number, text: p.text, kind: p.block.kind };
}

/** The article as a plain object with the documented keys, in the documented order. */
export function articleToJson(article: Article): Record<string, unknown> {
  const out: Record<string, unknown> = {
    source: article.source,
    url: article.url ?? null,
    headline: article.headline,
    standfirst: article.standfirst,
    date: article.date && { raw: article.date.raw, iso: article.date.iso },
    dateline: article.dateline && { raw: article.dateline.raw, place: article.dateline.place, agency: article.dateline.agency },
    byline: article.byline && { raw: article.byline.raw, name: article.byline.name },
    words: article.words,
    readingMinutes: article.readingMinutes,
    paragraphs: article.paragraphs.map(paragraphToJson),
    highlights: article.highlights,
    removed: article.removed.map((r) => ({ line: r.line, text: r.text, reason: r.reason })),
  };
  if (article.summary) out.summary = article.summary.map((s) => ({ text: s.text, paragraph: s.paragraph, sentence: s.sentence }));
  if (article.quotes) {
    out.quotes = article.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      cue: q.cue,
      paragraph: q.paragraph,
      sentence: q.sentence,
      kind: q.kind,
      ...(q.part ? { part: q.part } : {}),
    }));
  }
  return out;
}

/** The keys each view part contributes to a sectioned article's JSON. */
const PART_KEYS: Record<Exclude<ViewPart, number>, string[]> = {
  headline: ['headline'],
  standfirst: ['standfirst'],
  meta: ['date', 'dateline', 'byline', 'words', 'readingMinutes'],
  date: ['date'],
  dateline: ['dateline'],
  byline: ['byline'],
  highlights: ['highlights'],
  removed: ['removed'],
  summary: ['summary'],
  matches: ['matches'],
  quotes: ['quotes'],
};

/** A sectioned article as JSON: `source`, then the keys its view names, in the order named. */
function viewToJson(article: Article, view: ViewPart[]): Record<string, unknown> {
  const full = articleToJson(article);
  const out: Record<string, unknown> = { source: article.source };
  for (const p of view) {
    if (typeof p === 'number') {
      const paragraphs = (out.paragraphs ??= []) as unknown[];
      paragraphs.push(paragraphToJson(paragraphNumbered(article, p)));
    } else {
      for (const key of PART_KEYS[p]) if (!(key in out)) out[key] = full[key] ?? null;
    }
  }
  return out;
}

/** Renders the JSON view: indented by two spaces, or on one line when `compact`; newline-terminated. */
export function renderJson(article: Article, opts: RenderOptions): string {
  if (article.matches) return renderGrepJson(article);
  // With --quotes, the quotes key is there even when none was found: `jq '.quotes[]'` works either way.
  const value = article.view ? viewToJson(article, article.view) : articleToJson(article);
  return safeJson(value, opts.compact ? 0 : 2) + '\n';
}
