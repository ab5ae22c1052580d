// One input through the pipeline, read → parse → select → render, to what is printed for it and
// what the exit status needs (matches, grep statistics). The CLI runs it on each input in turn, or
// the worker pool (parallel/) runs it on its threads; writing the result out is the CLI's.

import type { Article } from './article.js';
import { EmptyInputError, InputError, LedeError } from './errors.js';
import type { GrepOutput } from './options.js';
import { detectFormat } from './parse/detect.js';
import { parseArticle, prepareParse, type InputFacts } from './parse/index.js';
import { isUrl } from './read/fetch.js';
import type { Input } from './read/folders.js';
import { readFound, readSource, STDIN_NAME, type ReadContext, type Source } from './read/sources.js';
import { renderCount, renderCountJson } from './render/count.js';
import { renderFileName } from './render/file-name.js';
import { grepStats, type GrepStats } from './render/grep-json.js';
import { prepareRender, renderPages, RENDERERS } from './render/index.js';
import type { Format, RenderOptions } from './render/options.js';
import { applySelection, prepareSelection, type Selection } from './select/apply.js';
import { countHits, countMatches } from './select/grep.js';
import { mayMatch, type Prefilter } from './select/prefilter.js';

/** What running an input needs of the options: plain data, so a worker thread can be sent it. */
export interface RunSettings {
  format: Format;
  render: RenderOptions;
  select: Selection;
  grepOutput: GrepOutput | null;
  /** With --grep: a cheap test of the raw text that every article that can match passes. */
  prefilter: Prefilter | null;
}

/** What came of one input. */
export type Outcome =
  /** It could not be read or selected from: the message for `lede: …` and its exit status. */
  | { kind: 'error'; message: string; exitCode: number }
  /** A file found in a folder that is not an article: nothing to say. */
  | { kind: 'skipped' }
  /**
   * An article: the text to print, in pieces whose concatenation is the whole (a long article is
   * rendered a page at a time, as the pieces are taken); with --grep, its matches and statistics.
   */
  | { kind: 'article'; source: string; hits: number; stats: GrepStats | null; pages: Iterable<string> };

/** The outcome of an error found before reading (a folder that cannot be listed). */
export function errorOutcome(err: LedeError): Outcome {
  return { kind: 'error', message: err.message, exitCode: err.exitCode };
}

/** Said after `-: empty input` when lede read standard input because no file was named. */
const EMPTY_STDIN_HINT = ' (nothing was piped in; name a file, or run lede on a terminal for the bundled article)';

/** The outcome of an error with one input: an input error names it already; a selection error (`--section 5: paragraphs are 1-3`) gets it in front. */
function inputErrorOutcome(input: Input, err: LedeError): Outcome {
  const message = err instanceof InputError ? err.message : `${input.path}: ${err.message}`;
  const hint = err instanceof EmptyInputError && input.path === STDIN_NAME && err.why === 'empty input' ? EMPTY_STDIN_HINT : '';
  return { kind: 'error', message: message + hint, exitCode: err.exitCode };
}

/** The article an empty input is searched as: no text, no hits. */
function emptyArticle(source: string): Article {
  return { source, url: undefined, headline: null, standfirst: null, date: null, dateline: null, byline: null, paragraphs: [], highlights: [], removed: [], words: 0, readingMinutes: 0, matches: [], bytesSearched: 0 };
}

/** Reads, parses, selects and renders one input. Expected errors become an error outcome. */
export async function runInput(input: Input, settings: RunSettings, ctx: ReadContext): Promise<Outcome> {
  try {
    const fetched = !input.found && isUrl(input.path) && ctx.fetchUrl ? await ctx.fetchUrl(input.path) : null;
    const source = fetched ?? (input.found ? readFound(input.path, ctx) : readSource(input.path, ctx));
    if (!source) return { kind: 'skipped' };
    // A fetched input's content type names its format, and its address is the article's url.
    const facts: InputFacts = fetched ? { url: fetched.url, ...(fetched.format ? { format: fetched.format } : {}) } : {};
    if (settings.prefilter && cannotMatch(source, facts, settings.prefilter)) return searched(source.name, null, 0, settings);
    let parsed: Article;
    try {
      await prepareParse(source.name, source.text, facts);
      parsed = parseArticle(source.name, source.text, facts);
    } catch (err) {
      // A found `.json` that is not an extractor's output, or not JSON at all, is not an article.
      if (input.found && err instanceof InputError) return { kind: 'skipped' };
      throw err;
    }
    // Text that parsed to nothing at all (a Markdown file of empty front matter) is as empty as an empty file.
    if (parsed.headline === null && parsed.standfirst === null && !parsed.dateline && parsed.paragraphs.length + parsed.highlights.length + parsed.removed.length === 0) {
      if (input.found) return { kind: 'skipped' };
      throw new EmptyInputError(source.name, 'no article text');
    }
    await prepareSelection(settings.select);
    const { grep } = settings.select;
    // A count, a name or nothing to print (-c, -l, -L, -q): the hits are counted, not built.
    if (grep && settings.grepOutput && settings.grepOutput !== 'hits' && !settings.select.quotes) {
      const picked = applySelection(parsed, { ...settings.select, grep: null });
      return searched(picked.source, null, countMatches(picked, grep.re, grep.maxCount, settings.prefilter), settings);
    }
    const article = applySelection(parsed, settings.select);
    const hits = settings.grepOutput ? countHits(article) : 0;
    if (settings.grepOutput && settings.grepOutput !== 'hits') return searched(article.source, article, hits, settings);
    if (settings.grepOutput === 'hits' && hits === 0) return searched(article.source, article, 0, settings);
    await prepareRender(article, settings.format, settings.render);
    const pages = settings.grepOutput ? [RENDERERS[settings.format](article, settings.render)] : renderPages(article, settings.format, settings.render);
    return { kind: 'article', source: article.source, hits, stats: settings.grepOutput ? grepStats(article) : null, pages };
  } catch (err) {
    if (!(err instanceof LedeError)) throw err;
    // As grep with an empty file: an empty input is searched and nothing is found (`-c` says 0).
    if (settings.grepOutput && err instanceof EmptyInputError) return searched(input.path, emptyArticle(input.path), 0, settings);
    return inputErrorOutcome(input, err);
  }
}

/** Whether the prefilter rules the article out: only article text, whose words the parser keeps as written. */
function cannotMatch(source: Source, facts: InputFacts, prefilter: Prefilter): boolean {
  return (facts.format ?? detectFormat(source.name, source.text)) === 'text' && !mayMatch(prefilter, source.text);
}

/**
 * A searched article's outcome when what is printed does not need it rendered: its count (-c), its
 * name (-l, -L), or nothing (-q, or no match). `article` is null when its hits were only counted
 * (or the prefilter ruled it out unparsed): no statistics, which only `--json` hits output needs.
 */
function searched(source: string, article: Article | null, hits: number, settings: RunSettings): Outcome {
  const stats = article ? grepStats(article) : null;
  const json = settings.format === 'json';
  let text = '';
  switch (settings.grepOutput) {
    case 'count':
      text = json ? renderCountJson(source, hits) : renderCount(source, hits, settings.render);
      break;
    case 'files-with-matches':
      if (hits > 0) text = renderFileName(source, json);
      break;
    case 'files-without-match':
      if (hits === 0) text = renderFileName(source, json);
      break;
  }
  return { kind: 'article', source, hits, stats, pages: text ? [text] : [] };
}
