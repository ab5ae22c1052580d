// Flags + environment + terminal facts → one Options value, resolved once. Validation of flag
// values lives here too. Nothing here reads `process`: the CLI passes the facts in.

import { UsageError } from './errors.js';
import { FORMATS, type ColorLevel, type Format, type RenderOptions } from './render/options.js';
import type { Selection } from './select/apply.js';
import type { QuoteChoice } from './select/quotes.js';
import type { SummarySize } from './select/summary.js';
import { pagerCommand, type PagerCommand } from './write/pager.js';
import { compilePattern } from './select/grep.js';
import { parseSectionList } from './select/sections.js';
import { prefilterFor, type Prefilter } from './select/prefilter.js';

/** The measure lede wraps to on a wide terminal: a comfortable line for reading. */
export const DEFAULT_MAX_WIDTH = 80;
/** The width assumed when neither the terminal nor COLUMNS says. */
export const FALLBACK_COLUMNS = 80;
/** The height assumed when neither the terminal nor LINES says. */
export const FALLBACK_ROWS = 24;

export const COLOR_WHENS = ['auto', 'always', 'never'] as const;
export type ColorWhen = (typeof COLOR_WHENS)[number];

export const PAGING_WHENS = ['auto', 'always', 'never'] as const;
export type PagingWhen = (typeof PAGING_WHENS)[number];

/** The flags as commander parsed them, values still unchecked strings. */
export interface Flags {
  format?: string;
  json?: boolean;
  color?: string;
  width?: string;
  maxWidth?: string;
  numbers?: boolean;
  list?: boolean;
  paging?: string;
  /** `-P`: commander sets `pager: false` for `--no-pager`. */
  pager?: boolean;
  section?: string;
  summary?: string | boolean;
  quotes?: string | boolean;
  grep?: string;
  /** `-e PATTERN`: the pattern as grep's -e takes it, even one that starts with `-`. */
  regexp?: string;
  ignoreCase?: boolean;
  fixedStrings?: boolean;
  wordRegexp?: boolean;
  context?: string;
  count?: boolean;
  quiet?: boolean;
  filesWithMatches?: boolean;
  filesWithoutMatch?: boolean;
  maxCount?: string;
  withFilename?: boolean;
  /** `--no-filename`: commander sets `filename: false`. */
  filename?: boolean;
  /** `--timeout <seconds>` for fetching URLs. */
  timeout?: string;
}

/** How search results are reported: the hits, a count per article, the names of the articles that matched or did not, or only the exit status. */
export type GrepOutput = 'hits' | 'count' | 'files-with-matches' | 'files-without-match' | 'quiet';

/** What the CLI knows about where it runs. */
export interface Environment {
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  /** The terminal's columns, when stdout is one. */
  columns: number | undefined;
  /** The terminal's rows, when stdout is one. */
  rows?: number | undefined;
  /** Whether an input names a folder: its articles are read as several files are. */
  folderInput?: boolean;
}

/** Everything the pipeline needs, decided once. */
export interface Options {
  inputs: string[];
  list: boolean;
  format: Format;
  render: RenderOptions;
  select: Selection;
  /** Set when searching: how to report. */
  grepOutput: GrepOutput | null;
  /** Set when searching and the pattern allows: the raw-text test an article must pass to be parsed. */
  prefilter: Prefilter | null;
  /** LEDE_THREADS: the worker threads for many inputs (1: none); null: one a core. */
  threads: number | null;
  /** The pager to use, and whether always or only when the output is taller than `rows`; null: never. */
  paging: { pager: PagerCommand; always: boolean; rows: number; columns: number } | null;
  /** Seconds a URL's fetch may take. */
  timeoutSeconds: number;
}

/** Seconds a URL's fetch may take when `--timeout` is not given. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** `--timeout`: a number of seconds above zero (fractions allowed). */
function parseTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS;
  const seconds = Number(value.trim());
  if (!/^\d*\.?\d+$/.test(value.trim()) || !(seconds > 0)) throw new UsageError('--timeout', `expected a number of seconds above 0, got '${value}'`);
  return seconds;
}

function wholeNumber(flag: string, value: string, min: number): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) {
    throw new UsageError(flag, `expected a whole number${min > 0 ? ` of at least ${min}` : ''}, got '${value}'`);
  }
  return Number(value);
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(flag, `expected one of ${allowed.join(', ')}, got '${value}'`);
  }
  return value as T;
}

/**
 * FORCE_COLOR as the convention (force-color.org) reads it: unset or empty → undefined (not
 * forced); `0`/`false` → 0; `1`–`3`; anything else → 1.
 */
export function forcedColorLevel(value: string | undefined): ColorLevel | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === '0' || value === 'false') return 0;
  if (value === '2' || value === '3') return Number(value) as ColorLevel;
  return 1;
}

/** The richest color level the terminal claims: truecolor, 256 colors or the basic 16. */
export function terminalColorLevel(env: Record<string, string | undefined>): ColorLevel {
  if (/^(truecolor|24bit)$/i.test(env.COLORTERM ?? '')) return 3;
  if (/256/.test(env.TERM ?? '')) return 2;
  return 1;
}

/**
 * Decides the color level. `never`: none. `always`: FORCE_COLOR's level or the terminal's, at
 * least basic. `auto`: FORCE_COLOR when set; otherwise color only when stdout is a terminal,
 * NO_COLOR is unset or empty and TERM is not `dumb`.
 */
export function resolveColor(when: ColorWhen, e: Environment): ColorLevel {
  const forced = forcedColorLevel(e.env.FORCE_COLOR);
  if (when === 'never') return 0;
  if (when === 'always') return forced ? forced : terminalColorLevel(e.env);
  if (forced !== undefined) return forced;
  const noColor = e.env.NO_COLOR !== undefined && e.env.NO_COLOR !== '';
  return e.stdoutIsTTY && !noColor && e.env.TERM !== 'dumb' ? terminalColorLevel(e.env) : 0;
}

/** Terminal programs known to show OSC 8 hyperlinks, as `TERM_PROGRAM` names them. */
const HYPERLINK_PROGRAMS: ReadonlySet<string> = new Set(['iTerm.app', 'WezTerm', 'vscode', 'ghostty']);
/** VTE (GNOME Terminal, Tilix, …) shows hyperlinks from 0.50, which VTE_VERSION writes as 5000. */
const VTE_HYPERLINKS = 5000;

/**
 * Whether to write links as OSC 8 hyperlinks. `FORCE_HYPERLINK` decides when set (`0` or `false`:
 * no; anything else: yes). Otherwise only styled output to a terminal known to show them:
 * `TERM_PROGRAM` iTerm.app, WezTerm, vscode or ghostty, `VTE_VERSION` 5000 or later, Windows
 * Terminal (`WT_SESSION`) or kitty (`KITTY_WINDOW_ID`). Elsewhere a link is `words (url)`.
 */
export function resolveHyperlinks(format: Format, color: ColorLevel, e: Environment): boolean {
  if (format !== 'terminal') return false;
  const forced = e.env.FORCE_HYPERLINK;
  if (forced !== undefined && forced !== '') return forced !== '0' && forced !== 'false';
  if (!e.stdoutIsTTY || color === 0) return false;
  const env = e.env;
  if (HYPERLINK_PROGRAMS.has(env.TERM_PROGRAM ?? '')) return true;
  if (Number(env.VTE_VERSION ?? '') >= VTE_HYPERLINKS) return true;
  return Boolean(env.WT_SESSION) || Boolean(env.KITTY_WINDOW_ID);
}

/** The terminal's width: COLUMNS when it is a positive number, else the tty's, else 80. */
export function terminalColumns(e: Environment): number {
  const fromEnv = Number(e.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return e.columns && e.columns > 0 ? e.columns : FALLBACK_COLUMNS;
}

/** Sentences in a summary when `--summary` has no size. */
export const DEFAULT_SUMMARY_SENTENCES = 3;

/** `--summary`, `--summary 5` or `--summary 20%` → the size; UsageError for anything else. */
export function parseSummarySize(value: string | boolean | undefined): SummarySize | null {
  if (value === undefined || value === false) return null;
  if (value === true) return { count: DEFAULT_SUMMARY_SENTENCES };
  const m = /^(\d+)(%?)$/.exec(value.trim());
  const n = m ? Number(m[1]) : NaN;
  if (!m || n < 1 || (m[2] && n > 100)) {
    throw new UsageError('--summary', `expected a number of sentences (3) or a percentage (1%-100%), got '${value}'`);
  }
  return m[2] ? { percent: n } : { count: n };
}

/** `--quotes` → direct quotes; `--quotes=all` → scare quotes and titles too. */
export function parseQuoteChoice(value: string | boolean | undefined): QuoteChoice | null {
  if (value === undefined || value === false) return null;
  if (value === true || value === 'direct') return 'direct';
  if (value === 'all') return 'all';
  throw new UsageError('--quotes', `expected nothing or 'all', got '${value}'`);
}

/** The grep-only flags that were given without --grep, by their names on the command line. */
function strayGrepFlags(flags: Flags): string[] {
  const named: [unknown, string][] = [
    [flags.ignoreCase, '-i'],
    [flags.fixedStrings, '-F'],
    [flags.wordRegexp, '-w'],
    [flags.context, '-C'],
    [flags.count, '-c'],
    [flags.quiet, '-q'],
    [flags.filesWithMatches, '-l'],
    [flags.filesWithoutMatch, '-L'],
    [flags.maxCount, '-m'],
    [flags.withFilename, '-H'],
    [flags.filename === false ? true : undefined, '--no-filename'],
  ];
  return named.filter(([v]) => v !== undefined).map(([, name]) => name);
}

function resolveGrep(flags: Flags): { select: Selection['grep']; output: GrepOutput | null } {
  if (flags.grep !== undefined && flags.regexp !== undefined) throw new UsageError('-e', 'gives the pattern as --grep does; give one of them');
  const pattern = flags.grep ?? flags.regexp;
  if (pattern === undefined) {
    const stray = strayGrepFlags(flags);
    if (stray.length) throw new UsageError(stray[0]!, 'only works with --grep');
    return { select: null, output: null };
  }
  const re = compilePattern({ pattern, ignoreCase: !!flags.ignoreCase, fixed: !!flags.fixedStrings, wordRegexp: !!flags.wordRegexp });
  const context = flags.context === undefined ? 0 : wholeNumber('-C', flags.context, 0);
  if (flags.summary !== undefined && flags.summary !== false) throw new UsageError('--grep', 'does not combine with --summary; search the whole article, or read its summary');
  if (flags.quotes !== undefined && flags.quotes !== false && flags.context !== undefined) throw new UsageError('-C', 'does not apply to a quote search (--quotes --grep)');
  const maxCount = flags.maxCount === undefined ? null : wholeNumber('-m', flags.maxCount, 0);
  if (flags.filesWithMatches && flags.filesWithoutMatch) throw new UsageError('-l', 'conflicts with -L');
  // As grep: -q over -l and -L, and those over -c.
  const output: GrepOutput = flags.quiet ? 'quiet' : flags.filesWithMatches ? 'files-with-matches' : flags.filesWithoutMatch ? 'files-without-match' : flags.count ? 'count' : 'hits';
  return { select: { re, context, maxCount }, output };
}

/** Whether each hit and count starts with its article's name: -H yes, --no-filename no, else with several inputs or a folder. */
function resolveFileNames(inputs: string[], flags: Flags, e: Environment): boolean {
  if (flags.withFilename && flags.filename === false) throw new UsageError('-H', 'conflicts with --no-filename');
  if (flags.withFilename) return true;
  if (flags.filename === false) return false;
  return inputs.length > 1 || Boolean(e.folderInput);
}

/**
 * The prefilter a search can use, or null. Not with --json hits, whose summary counts the bytes of
 * every article's sentences, nor with picked sections, where a paragraph outside an article is an
 * error the article must be parsed to find.
 */
function resolvePrefilter(flags: Flags, format: Format, output: GrepOutput | null): Prefilter | null {
  const pattern = flags.grep ?? flags.regexp;
  if (pattern === undefined || output === null || flags.section !== undefined) return null;
  if (format === 'json' && output === 'hits') return null;
  return prefilterFor({ pattern, ignoreCase: !!flags.ignoreCase, fixed: !!flags.fixedStrings, wordRegexp: !!flags.wordRegexp });
}

/** The terminal's height: LINES when it is a positive number, else the tty's, else 24. */
export function terminalRows(e: Environment): number {
  const fromEnv = Number(e.env.LINES);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return e.rows && e.rows > 0 ? e.rows : FALLBACK_ROWS;
}

/**
 * Whether and how to page: `never` (or -P) no; `always` whenever a pager is set; `auto` when stdout
 * is a terminal and the output is taller than it. LEDE_PAGER='' turns the pager off.
 */
export function resolvePaging(flags: Flags, e: Environment): Options['paging'] {
  if (flags.pager === false && flags.paging !== undefined && flags.paging !== 'never') throw new UsageError('-P', `conflicts with --paging ${flags.paging}`);
  const when = flags.pager === false ? 'never' : oneOf('--paging', flags.paging ?? 'auto', PAGING_WHENS);
  if (when === 'never' || (when === 'auto' && !e.stdoutIsTTY)) return null;
  const pager = pagerCommand(e.env);
  return pager && { pager, always: when === 'always', rows: terminalRows(e), columns: terminalColumns(e) };
}

/** Whether an optional-value flag (`--summary`, `--quotes`) was given. */
const given = (value: string | boolean | undefined): boolean => value !== undefined && value !== false;

/**
 * Flags that would be silently ignored together are an error instead: `--list` lists and does
 * nothing else; a summary's sentences are not searched for quotes; paragraph numbers and widths
 * belong to the terminal and plain views (a search prints its own addresses).
 */
function checkCombinations(flags: Flags, format: Format): void {
  if (flags.list) {
    const named: [unknown, string][] = [
      [flags.grep ?? flags.regexp, '--grep'],
      [given(flags.summary) || undefined, '--summary'],
      [given(flags.quotes) || undefined, '--quotes'],
      [flags.section, '--section'],
      [flags.numbers, '--numbers'],
    ];
    const other = named.find(([v]) => v !== undefined);
    if (other) throw new UsageError('--list', `does not combine with ${other[1]}; it only lists the bundled articles`);
    if (format === 'markdown') throw new UsageError('--list', 'prints a table or JSON, not Markdown');
  }
  if (given(flags.summary) && given(flags.quotes)) throw new UsageError('--quotes', 'does not combine with --summary; list the quotes of the whole article, or read its summary');
  const searching = flags.grep !== undefined || flags.regexp !== undefined;
  if (flags.numbers && (searching || given(flags.quotes))) throw new UsageError('-n', `does not apply to ${searching ? '--grep' : '--quotes'}, which gives each sentence's ¶ address`);
  if (format === 'json' || format === 'markdown') {
    const stray = flags.numbers ? '-n' : flags.width !== undefined ? '--width' : flags.maxWidth !== undefined ? '--max-width' : null;
    if (stray) throw new UsageError(stray, `only applies to the terminal and plain views, not ${format}`);
  }
}

/** LEDE_THREADS: unset or empty, null (one a core); else a whole number of at least 1. */
export function resolveThreads(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  return wholeNumber('LEDE_THREADS', value, 1);
}

/** Resolves flags, environment and terminal facts into Options. Throws UsageError on bad values. */
export function resolveOptions(inputs: string[], flags: Flags, e: Environment): Options {
  const when = oneOf('--color', flags.color ?? 'auto', COLOR_WHENS);
  const grep = resolveGrep(flags);
  const color = resolveColor(when, e);
  let format: Format;
  if (flags.json) {
    if (flags.format !== undefined && flags.format !== 'json') throw new UsageError('--json', `conflicts with --format ${flags.format}`);
    format = 'json';
  } else if (flags.format !== undefined) {
    format = oneOf('--format', flags.format, FORMATS);
  } else {
    // The layout follows where the output goes, never the color: forcing color into a pipe
    // (`--color always`, FORCE_COLOR in CI) styles the plain layout and changes nothing else.
    format = e.stdoutIsTTY ? 'terminal' : 'plain';
  }
  checkCombinations(flags, format);
  const maxWidth = flags.maxWidth === undefined ? DEFAULT_MAX_WIDTH : wholeNumber('--max-width', flags.maxWidth, 1);
  let width: number;
  if (flags.width !== undefined) width = wholeNumber('--width', flags.width, 0);
  else if (format === 'terminal') width = Math.min(terminalColumns(e), maxWidth);
  else width = 0;
  return {
    inputs,
    list: flags.list ?? false,
    format,
    render: {
      width,
      color: format === 'terminal' || format === 'plain' ? color : 0,
      numbers: flags.numbers ?? false,
      withFileNames: resolveFileNames(inputs, flags, e),
      compact: inputs.length > 1 || Boolean(e.folderInput),
      hyperlinks: resolveHyperlinks(format, color, e),
    },
    select: {
      sections: flags.section === undefined ? null : parseSectionList(flags.section),
      summary: parseSummarySize(flags.summary),
      quotes: parseQuoteChoice(flags.quotes),
      grep: grep.select,
    },
    grepOutput: grep.output,
    prefilter: resolvePrefilter(flags, format, grep.output),
    threads: resolveThreads(e.env.LEDE_THREADS),
    paging: resolvePaging(flags, e),
    timeoutSeconds: parseTimeout(flags.timeout),
  };
}
