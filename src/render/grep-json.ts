// `--grep --json`: JSON Lines in ripgrep's shape — `begin`, `match`/`context`, `end` per article,
// and a `summary` after the last. Sentences stand where ripgrep has lines, so each message also
// carries `part` (`paragraph`, or `headline`, `standfirst`, `date`, `byline`, `highlights`,
// `dateline`), `paragraph` and `sentence` (null outside the paragraphs; a highlight's number);
// `line_number` is null, and timing fields are left out so the output is repeatable. Submatch offsets are UTF-8 bytes into `lines.text`, as ripgrep's are.

import type { Article, GrepHit } from '../article.js';
import { safeJson } from './safe-json.js';

/** ripgrep's per-search statistics, without the timing fields. */
export interface GrepStats {
  searches: number;
  searches_with_match: number;
  bytes_searched: number;
  matched_lines: number;
  matches: number;
}

const utf8Length = (text: string) => Buffer.byteLength(text, 'utf8');

/** The statistics of one searched article. */
export function grepStats(article: Article): GrepStats {
  const hits = (article.matches ?? []).filter((m) => !m.context);
  return {
    searches: 1,
    searches_with_match: hits.length > 0 ? 1 : 0,
    bytes_searched: article.bytesSearched ?? 0,
    matched_lines: hits.length,
    matches: hits.reduce((n, h) => n + h.ranges.length, 0),
  };
}

/** Adds up statistics across articles. */
export function addStats(a: GrepStats, b: GrepStats): GrepStats {
  return {
    searches: a.searches + b.searches,
    searches_with_match: a.searches_with_match + b.searches_with_match,
    bytes_searched: a.bytes_searched + b.bytes_searched,
    matched_lines: a.matched_lines + b.matched_lines,
    matches: a.matches + b.matches,
  };
}

/** Statistics of no search at all, to add up from. */
export const NO_STATS: GrepStats = { searches: 0, searches_with_match: 0, bytes_searched: 0, matched_lines: 0, matches: 0 };

function hitMessage(path: { text: string }, hit: GrepHit): unknown {
  return {
    type: hit.context ? 'context' : 'match',
    data: {
      path,
      lines: { text: `${hit.text}\n` },
      line_number: null,
      part: hit.part ?? 'paragraph',
      paragraph: hit.part ? null : hit.paragraph,
      sentence: hit.part && hit.part !== 'highlights' ? null : hit.sentence,
      submatches: hit.ranges.map((r) => ({
        match: { text: hit.text.slice(r.start, r.end) },
        start: utf8Length(hit.text.slice(0, r.start)),
        end: utf8Length(hit.text.slice(0, r.end)),
      })),
    },
  };
}

/** Renders one searched article as ripgrep-style JSON Lines: begin, its hits, end. */
export function renderGrepJson(article: Article): string {
  const path = { text: article.source };
  const messages = [
    { type: 'begin', data: { path } },
    ...(article.matches ?? []).map((hit) => hitMessage(path, hit)),
    { type: 'end', data: { path, binary_offset: null, stats: grepStats(article) } },
  ];
  return messages.map((m) => safeJson(m, 0)).join('\n') + '\n';
}

/** The closing `summary` message over every article searched. */
export function renderGrepSummary(stats: GrepStats): string {
  return safeJson({ type: 'summary', data: { stats } }, 0) + '\n';
}
