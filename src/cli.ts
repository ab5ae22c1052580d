// The command line: commander program → Options → read → parse → render → write, for each input.
// The only file that touches `process`; the one place expected errors become a line and an exit code.

import { fstatSync } from 'node:fs';
import { Command, CommanderError, Help, Option } from 'commander';
import { layoutHelp } from './help-layout.js';
import { importPackage } from './import-package.js';
import { completionRequest, completionScript, optionSpecs, type Shell } from './completion.js';
import { EXIT_INPUT, EXIT_INTERRUPTED, EXIT_NO_MATCH, EXIT_OK, EXIT_USAGE, LedeError, UsageError } from './errors.js';
import { COLOR_WHENS, DEFAULT_MAX_WIDTH, DEFAULT_TIMEOUT_SECONDS, PAGING_WHENS, resolveOptions, type Flags, type Options } from './options.js';
import { packageVersion } from './package-root.js';
import { fetchAll, isUrl } from './read/fetch.js';
import { proxiedFetch } from './read/proxy.js';
import { progressNote } from './write/progress.js';
import { parseArticle, prepareParse } from './parse/index.js';
import { bundledArticles, bundledArticlesDir } from './read/bundled.js';
import { defaultInputs, MAX_INPUT_BYTES, readSource, STDIN_NAME, type ReadContext } from './read/sources.js';
import { machineThreads, startPool } from './parallel/pool.js';
import { expandInputs, isFolder, type Input } from './read/folders.js';
import { showFileName } from './render/controls.js';
import { addStats, NO_STATS, renderGrepSummary } from './render/grep-json.js';
import { safeJson } from './render/safe-json.js';
import { errorOutcome, runInput, type Outcome, type RunSettings } from './run-input.js';
import { SECTION_NAMES } from './select/sections.js';
import { FORMATS } from './render/options.js';
import { loadStyles, themeFor } from './render/theme.js';
import { fdSink, isDirectWritable } from './write/fd-sink.js';
import { writeOutput, type Sink } from './write/output.js';
import { runPager, type PagerCommand, type PagerResult } from './write/pager.js';
import { CollectSink, showPaged } from './write/paging.js';

export { runWorker } from './parallel/worker.js';

/** Turns every style off: written when Ctrl-C stops output mid-style. */
const ANSI_SGR_RESET = '\u001b[0m';

/** The slice of a process lede uses, so tests can run `main` in-process with a fake one. */
export interface Proc {
  argv: string[];
  env: Record<string, string | undefined>;
  /** Whether stdin is a terminal (then nothing was piped in), and how to read all of it. */
  stdin: { isTTY: () => Promise<boolean>; read: () => Promise<Uint8Array> };
  stdout: Sink & { isTTY: boolean; columns: number | undefined; rows?: number | undefined };
  /** Standard error; `isTTY` when it is a terminal (a fetch's progress note is shown only then). */
  stderr: Sink & { isTTY?: boolean };
  /** Node's fetch, or a stand-in; absent: Node's own, or undici's when a proxy is set. */
  fetch?: typeof fetch;
  /** Runs a pager on the text; the real one spawns it, tests give a fake. */
  page: (pager: PagerCommand, text: string) => Promise<PagerResult>;
}

/** The three uses, then the completion subcommand; commander prefixes the first with `Usage: lede `. */
const HELP_USAGE = `[options] [file|folder|url|slug|-]...
       command | lede [options]
       lede --grep <pattern> [options] [file|folder|url|slug|-]...
       lede completion bash|zsh|fish`;

/** The widest help gets: on a wider terminal, and when stdout is not a terminal. */
const HELP_WIDTH = 80;

const HELP_EXAMPLES = `
Read:
  lede                           the bundled article
  lede story.txt                 an article from a file
  lede putin-xi-beijing-summit   a bundled article, by slug
  lede clipped.md                a Markdown article, or an extractor's .json
  lede page.html                 a saved web page
  lede https://example.com/a     a web page, fetched
  lede -s headline,lead a.txt    just the headline and the first paragraph

Pipe:
  curl -sL URL | lede            a page or article from a pipe
  lede story.txt | grep limits   plain text, one paragraph a line, into a pipe
  lede --json story.txt | jq .headline
  lede -f markdown story.txt > story.md

Grep:
  lede --grep "no limits"        matching sentences, as ¶paragraph:sentence
  lede --grep putin -i -c *.txt  how many sentences match in each file
  lede --grep Kremlin -l news/   the articles under news/ that mention it
  lede --quotes                  every quotation, with its speaker and ¶
  lede --quotes --grep Putin     what did Putin say?

Shell completion: lede completion bash|zsh|fish. More: man lede.
`;

const SECTION_HELP = `print only these parts, in this order: ${SECTION_NAMES.join(', ')}, or paragraphs: 3, 2-4, 5-, -1`;

/** Help's width: the terminal's, at most 80 columns; 80 when stdout is not a terminal. */
function helpWidth(out: Proc['stdout']): number {
  return Math.min(out.columns && out.columns > 0 ? out.columns : HELP_WIDTH, HELP_WIDTH);
}

/** The commander program: every option, its help group and the help text. */
function buildProgram(out: Proc['stdout']): Command {
  return new Command('lede')
    .description('Read news articles in the terminal, pipe them on, and find who said what.')
    .usage(HELP_USAGE)
    .argument('[files...]', 'article files or web pages, folders of them, URLs, bundled slugs, or - for standard input')
    .optionsGroup('Output:')
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`))
    .addOption(new Option('--json', 'same as --format json'))
    .addOption(new Option('--color <when>', 'color: auto (the default), always, never'))
    .addOption(new Option('--width <n>', 'wrap at n columns; 0: no wrapping'))
    .addOption(new Option('--max-width <n>', 'widest measure on a wide terminal (80)'))
    .addOption(new Option('-n, --numbers', 'show paragraph numbers'))
    .addOption(new Option('--paging <when>', 'page long output: auto (the default), always, never'))
    .addOption(new Option('-P, --no-pager', 'same as --paging never'))
    .optionsGroup('Reading less:')
    .addOption(new Option('--summary [size]', 'the most informative sentences: a count (3) or a share like 20%'))
    .addOption(new Option('-s, --section <list>', SECTION_HELP))
    .optionsGroup('Searching:')
    .addOption(new Option('--quotes [all]', 'list the quotations: what was said, by whom, where; =all adds scare quotes and titles'))
    .addOption(new Option('--grep <pattern>', 'print the sentences that match a JavaScript regex (yours as written: (a+)+ and the like can run for ages; Ctrl-C stops them)'))
    .addOption(new Option('-e, --regexp <pattern>', 'same as --grep, for a pattern that starts with -'))
    .addOption(new Option('-i, --ignore-case', 'match without regard to case'))
    .addOption(new Option('-F, --fixed-strings', 'take the pattern as plain text'))
    .addOption(new Option('-w, --word-regexp', 'match whole words only'))
    .addOption(new Option('-C, --context <n>', 'show n sentences around each match'))
    .addOption(new Option('-c, --count', 'print how many sentences matched'))
    .addOption(new Option('-q, --quiet', 'print nothing; exit 0 if anything matched'))
    .addOption(new Option('-l, --files-with-matches', 'print only the names of the articles that matched'))
    .addOption(new Option('-L, --files-without-match', 'print only the names of the articles that did not'))
    .addOption(new Option('-m, --max-count <n>', 'stop after n matching sentences (or quotes) an article'))
    .addOption(new Option('-H, --with-filename', 'start each hit and count with the article\'s name'))
    .addOption(new Option('--no-filename', 'never start hits and counts with the name'))
    .optionsGroup('Articles:')
    .addOption(new Option('--list', 'list the bundled articles and exit'))
    .addOption(new Option('--timeout <seconds>', `give up on fetching a URL after this long (${DEFAULT_TIMEOUT_SECONDS})`))
    .optionsGroup('Other:')
    .version(`lede ${packageVersion()}`, '-V, --version', "print lede's name and version")
    .helpOption('-h, --help', 'show this help')
    .configureHelp({
      // commander lays out the items without wrapping; layoutHelp wraps them, and the examples, at words.
      formatHelp: (cmd, helper) => layoutHelp(Help.prototype.formatHelp.call(helper, cmd, helper) + HELP_EXAMPLES, helpWidth(out)),
    })
    .exitOverride()
    .configureOutput({
      // Help or the version into a pipe the reader has left (`lede --help | true`) is success too.
      writeOut: (s) => void writeOutput(out, s),
      writeErr: () => {},
      outputError: () => {},
      getOutHelpWidth: () => Number.MAX_SAFE_INTEGER,
    });
}

/** Turns a commander error into `lede: <what>: <why>`'s one line, keeping its suggestion. */
function commanderMessage(err: CommanderError): string {
  const [first = '', ...rest] = err.message.replace(/^error: /, '').split('\n');
  const hint = rest.join(' ').trim().replace(/^\(Did you mean/, '(did you mean');
  const m = /^(unknown option|too many arguments|unknown command) '([^']+)'(.*)$/.exec(first) ?? /^option '([^']+)' (.*)$/.exec(first);
  let line = first;
  if (m && m.length === 4) line = `${m[2]}: ${m[1]}${m[3]}`;
  else if (m) line = `${m[1]!.replace(/ <.*$/, '').split(', ').at(-1)}: ${m[2]}`;
  return hint ? `${line} ${hint}` : line;
}

async function listBundled(opts: Options, ctx: ReadContext): Promise<string> {
  const rows = [];
  for (const [slug] of bundledArticles(ctx.articlesDir)) {
    const { text } = readSource(slug, ctx);
    await prepareParse(slug, text);
    const a = parseArticle(slug, text);
    rows.push({ slug, headline: a.headline, date: a.date?.iso ?? null });
  }
  if (opts.format === 'json') return safeJson(rows, 2) + '\n';
  const width = Math.max(...rows.map((r) => r.slug.length));
  if (opts.render.color > 0) await loadStyles();
  const theme = themeFor(opts.render.color);
  return rows.map((r) => `${r.slug.padEnd(width)}  ${theme.meta(r.date ?? '----------')}  ${r.headline ?? ''}`).join('\n') + '\n';
}

/** `lede completion <shell>`: the script, from the program's own options and the bundled slugs. */
function writeCompletion(shell: Shell, program: Command, ctx: ReadContext, proc: Proc): number {
  const hints = {
    '--format': { values: FORMATS },
    '--color': { values: COLOR_WHENS },
    '--paging': { values: PAGING_WHENS },
    '--quotes': { values: ['all'] },
    '--section': { values: SECTION_NAMES, list: true },
  };
  const options = optionSpecs(program.createHelp().visibleOptions(program), hints);
  writeOutput(proc.stdout, completionScript(shell, options, [...bundledArticles(ctx.articlesDir).keys()]));
  return EXIT_OK;
}

/** What runInput needs of the options. */
function runSettings(opts: Options): RunSettings {
  return { format: opts.format, render: opts.render, select: opts.select, grepOutput: opts.grepOutput, prefilter: opts.prefilter };
}

/**
 * Inputs from which on worker threads pay for their start (some 30 to 50 ms each, against about
 * half a millisecond to read and search a news article): fewer are run on the main thread.
 */
const POOL_MIN_INPUTS = 64;
/**
 * Inputs this thread runs itself when a pool takes the rest: enough for the first results to come
 * out while the workers start, and no more, for it runs them before V8 has made the code fast
 * (over the bench's archive this thread took 0.52 s of CPU against 0.63 s when it ran the first
 * 65, work a warm worker does in some 25 ms).
 */
const HEAD_ON_MAIN = 8;

/** The items of `head`, then the rest of `rest`. */
function* chain<T>(head: T[], rest: Iterator<T>): Generator<T> {
  yield* head;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

/**
 * The outcome of each input in order, folders expanded to the articles under them. Many inputs
 * are run on a pool of worker threads (parallel/pool.ts), a few on this thread; either way each
 * outcome comes as soon as it and those before it are ready, output streams, and a reader that
 * leaves early stops the work.
 */
async function* outcomes(opts: Options, ctx: ReadContext): AsyncGenerator<Outcome> {
  const settings = runSettings(opts);
  const items = expandInputs(opts.inputs);
  const head: (Input | LedeError)[] = [];
  for (let next = items.next(); !next.done; next = items.next()) {
    head.push(next.value);
    if (head.length > POOL_MIN_INPUTS) break;
  }
  // URLs are fetched on this thread (fetchAll's pool of connections): a run with any stays here.
  const threads = head.length > POOL_MIN_INPUTS && !ctx.fetchUrl ? (opts.threads ?? machineThreads()) : 1;
  // The pool takes the inputs after the first few and starts on them while this thread runs those.
  const pool = threads > 1 ? startPool(chain(head.splice(HEAD_ON_MAIN), items), settings, ctx, threads) : null;
  try {
    for (const input of pool ? head : chain(head, items)) {
      yield input instanceof LedeError ? errorOutcome(input) : await runInput(input, settings, ctx);
    }
    if (pool) yield* pool.outcomes();
  } finally {
    pool?.stop();
  }
}

/**
 * A rule between articles on a terminal, as bat draws one: the input's name on a line of its own,
 * ruled to the width.
 */
function articleRule(name: string, opts: Options): string {
  const label = `── ${showFileName(name)} `;
  const width = opts.render.width > 0 ? opts.render.width : DEFAULT_MAX_WIDTH;
  // Counted in code points: a wide character in a file name only makes the rule a little longer.
  const line = label + '─'.repeat(Math.max(width - [...label].length, 2));
  return themeFor(opts.render.color).rule(line) + '\n';
}

/** Reads, parses and renders each input in turn; returns the exit status. */
async function runPipeline(opts: Options, ctx: ReadContext, proc: Proc, out: Sink): Promise<number> {
  let status = EXIT_OK;
  let printed = false;
  // Several articles on a terminal: each opens on a rule with its name. Plain output stays as it was.
  const ruled = opts.format === 'terminal' && opts.render.compact;
  for await (const outcome of outcomes(opts, ctx)) {
    if (outcome.kind === 'error') {
      proc.stderr.write(errorLine(outcome.message));
      // With several inputs, the most severe failure decides (2 over 1), whatever the order.
      status = Math.max(status, outcome.exitCode);
      continue;
    }
    if (outcome.kind === 'skipped') continue;
    let first = true;
    for (const text of outcome.pages) {
      // A blank line between articles (JSON Lines need none).
      const separator = first && printed && opts.format !== 'json' && text ? '\n' : '';
      const rule = first && ruled ? articleRule(outcome.source, opts) : '';
      printed ||= text !== '';
      first = false;
      if (!writeOutput(out, separator + rule + text)) return EXIT_OK;
      // Let a Ctrl-C in between pages be handled now rather than after the last one.
      await new Promise((resolve) => setImmediate(resolve));
      await out.drained?.();
    }
  }
  return status;
}

/** `--grep`: searches each input and reports as grep does; 0 if anything matched, 1 if not, 2 on error. */
async function runSearch(opts: Options, ctx: ReadContext, proc: Proc, out: Sink): Promise<number> {
  let failed = false;
  let matched = false;
  let stats = NO_STATS;
  for await (const outcome of outcomes(opts, ctx)) {
    if (outcome.kind === 'error') {
      proc.stderr.write(errorLine(outcome.message));
      failed = true;
      continue;
    }
    if (outcome.kind === 'skipped') continue;
    matched ||= outcome.hits > 0;
    if (outcome.stats) stats = addStats(stats, outcome.stats);
    if (opts.grepOutput === 'quiet' && matched) return EXIT_OK;
    // As ripgrep: an article with no match prints nothing, not even JSON begin/end messages.
    for (const text of outcome.pages) {
      if (!writeOutput(out, text)) return EXIT_OK;
    }
    await out.drained?.();
  }
  if (opts.grepOutput === 'hits' && opts.format === 'json' && !opts.select.quotes) writeOutput(out, renderGrepSummary(stats));
  return failed ? EXIT_USAGE : matched ? EXIT_OK : EXIT_NO_MATCH;
}

/** One line for stderr, `lede: …`; a file name or argument can hold control characters, so they are shown as in any printed file name. */
function errorLine(message: string): string {
  return `lede: ${showFileName(message)}\n`;
}

/**
 * Options whose value is optional, what their value looks like, and the value they mean alone.
 * commander would take `lede --summary story.txt` as a summary of size `story.txt`; a next word
 * that does not look like the option's value is left to be a file.
 */
const OPTIONAL_VALUES: Record<string, { looksLike: RegExp; alone: string }> = {
  '--summary': { looksLike: /^[\d.]+%?$/, alone: '--summary=3' },
  '--quotes': { looksLike: /^(all|direct)$/, alone: '--quotes=direct' },
};

/** Rewrites `--summary FILE` to `--summary=3 FILE` (and likewise `--quotes`), before commander parses. */
export function separateOptionalValues(args: string[]): string[] {
  return args.map((arg, i) => {
    const spec = OPTIONAL_VALUES[arg];
    const next = args[i + 1];
    return spec && next !== undefined && !next.startsWith('-') && !spec.looksLike.test(next) ? spec.alone : arg;
  });
}

/**
 * `lede --grep -i putin`: commander would search for `-i` and take `putin` for a file. A pattern
 * right after `--grep` that is one of lede's own flags is an error that says so; `--grep=-i` and
 * `-e -i` search for it.
 */
function checkGrepPattern(args: string[], program: Command): void {
  const flags = new Set(program.options.flatMap((o) => [o.short, o.long]).filter((f): f is string => f !== undefined));
  flags.add('-h').add('--help').add('-V').add('--version');
  for (let i = 0; i < args.length - 1 && args[i] !== '--'; i++) {
    const next = args[i + 1]!;
    if (args[i] === '--grep' && (flags.has(next) || flags.has(next.replace(/=.*$/, '')))) {
      throw new UsageError(`--grep ${next}`, `the pattern is lede's own option ${next}; give the pattern after --grep (--grep putin -i), or search for '${next}' with -e '${next}'`);
    }
  }
}

/** Runs lede with a process-like object and returns the exit status. Expected errors are one line. */
export async function main(proc: Proc): Promise<number> {
  const program = buildProgram(proc.stdout);
  try {
    checkGrepPattern(proc.argv.slice(2), program);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    proc.stderr.write(errorLine(err.message));
    return EXIT_USAGE;
  }
  try {
    program.parse([...proc.argv.slice(0, 2), ...separateOptionalValues(proc.argv.slice(2))]);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return EXIT_OK;
      proc.stderr.write(errorLine(commanderMessage(err)));
      return EXIT_USAGE;
    }
    throw err;
  }
  try {
    const flags = program.opts<Flags>();
    const shell = completionRequest(proc.argv.slice(2));
    if (flags.list && program.args.length) throw new UsageError('--list', 'takes no files; it lists the bundled articles');
    // With no file named: the bundled article when stdin is a terminal, else stdin, whatever it holds.
    const args = program.args.length || shell || flags.list ? program.args : defaultInputs(await proc.stdin.isTTY());
    // Standard input is read once, up front, when an input needs it.
    const stdin = !shell && args.includes(STDIN_NAME) ? await proc.stdin.read() : new Uint8Array();
    const ctx: ReadContext = { readStdin: () => stdin, articlesDir: bundledArticlesDir() };
    if (shell) return writeCompletion(shell, program, ctx, proc);
    const env = { env: proc.env, stdoutIsTTY: proc.stdout.isTTY, columns: proc.stdout.columns, rows: proc.stdout.rows, folderInput: args.some(isFolder) };
    const opts = resolveOptions(args, flags, env);
    // URLs are fetched a few at a time from the start, and read in argument order.
    if (args.some(isUrl)) {
      ctx.fetchUrl = fetchAll(args, {
        timeoutSeconds: opts.timeoutSeconds,
        userAgent: `lede/${packageVersion()} (+https://www.npmjs.com/package/lede)`,
        fetch: proc.fetch ?? (await proxiedFetch(proc.env)),
        ...(proc.stderr.isTTY ? { progress: progressNote(proc.stderr) } : {}),
      });
    }
    // When a pager may be wanted, collect the output first: its height decides.
    const collected = opts.paging ? new CollectSink() : null;
    const out = collected ?? proc.stdout;
    let status: number;
    if (opts.list) {
      writeOutput(out, await listBundled(opts, ctx));
      status = EXIT_OK;
    } else {
      status = await (opts.grepOutput ? runSearch(opts, ctx, proc, out) : runPipeline(opts, ctx, proc, out));
    }
    if (collected && opts.paging) {
      const ended = await showPaged(collected.text, opts.paging, proc, errorLine);
      if (ended === 'interrupted') return EXIT_INTERRUPTED;
    }
    return status;
  } catch (err) {
    if (err instanceof LedeError) {
      proc.stderr.write(errorLine(err.message));
      return err.exitCode;
    }
    throw err;
  }
}

/** Reads a stream to its end, or until `limit` bytes (enough for the reader to refuse it as too large). */
async function readStream(stream: NodeJS.ReadableStream, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buf);
    size += buf.length;
    if (size >= limit) break;
  }
  return Buffer.concat(chunks);
}

/**
 * Whether standard input is a terminal; a closed stdin is not. Asked only when no input is named,
 * and node:tty (which brings node:net and the streams) is loaded only when stdin is a character
 * device: a pipe, a file or a socket is not a terminal.
 */
async function stdinIsTTY(): Promise<boolean> {
  try {
    if (!fstatSync(0).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  // Through importPackage: the bundle runs as a vm.Script, where import() itself cannot.
  const { isatty } = (await importPackage('node:tty')) as typeof import('node:tty');
  return isatty(0);
}

/** All of standard input, or nothing when it cannot be read (closed). */
async function readStdin(p: NodeJS.Process): Promise<Uint8Array> {
  try {
    fstatSync(0);
  } catch {
    return new Uint8Array();
  }
  return readStream(p.stdin, MAX_INPUT_BYTES + 1);
}

/**
 * Resolves when a stream has written out what it queued: at once when nothing waits, else on
 * 'drain' (or 'close' or 'error', which the 'error' handler in run() deals with). A pipe to a slow
 * reader (`lede big.txt | less`) is written asynchronously, so without this a 100 MB article's
 * pages would all be queued in memory.
 */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ['drain', 'close', 'error']) stream.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error']) stream.once(event, done);
  });
}

/**
 * Ctrl-C. A JavaScript listener only runs when the event loop turns, so during a long parse or
 * search it would wait for the work to end; so lede listens only while it has terminal state to
 * restore (a write to a terminal, until the loop has turned once after it, and a pager running),
 * and otherwise leaves SIGINT its default action: the process ends at once, and the shell reports
 * 130. `hold` returns the release; with no holder left the default action is back.
 */
function interruptGuard(p: NodeJS.Process, onInterrupt: () => void): { hold: () => () => void } {
  let holders = 0;
  return {
    hold() {
      if (holders++ === 0) p.on('SIGINT', onInterrupt);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (--holders === 0) p.off('SIGINT', onInterrupt);
      };
    },
  };
}

/** Node's stdout stream as lede's stdout: for a terminal or a device other than /dev/null. */
function streamStdout(p: NodeJS.Process, failed: (err: NodeJS.ErrnoException) => never, guard: ReturnType<typeof interruptGuard>): Proc['stdout'] {
  p.stdout.on('error', failed);
  const isTTY = Boolean(p.stdout.isTTY);
  const write = (s: string): boolean => {
    if (!isTTY) return p.stdout.write(s);
    // A Ctrl-C that lands while a styled line is being written is handled after it (a terminal
    // write is synchronous), so the listener stays until the loop has turned and delivered it.
    const release = guard.hold();
    try {
      return p.stdout.write(s);
    } finally {
      setImmediate(release);
    }
  };
  return { isTTY, columns: p.stdout.columns, rows: p.stdout.rows, write, drained: () => drained(p.stdout) };
}

/** Runs lede for the real process: wires stdin/stdout/stderr, EPIPE, and sets the exit code. */
export async function run(p: NodeJS.Process): Promise<void> {
  const writeFailed = (err: NodeJS.ErrnoException): never => {
    // The reader left early (`lede | head -1`): that is success, and nothing more to say.
    if (err.code === 'EPIPE') p.exit(EXIT_OK);
    p.stderr.write(`lede: stdout: ${err.message}\n`);
    // A write error is an error, never "no match": with --grep that is grep's 2.
    p.exit(p.argv.some((a) => /^(--grep|-e|--regexp)(=|$)/.test(a)) ? EXIT_USAGE : EXIT_INPUT);
  };
  // Ctrl-C while a pager runs is the pager's to handle (less -K quits and restores the screen);
  // lede waits for it. While writing to a terminal: close any style left open, then stop with 130
  // as shells expect. Otherwise the default action stops lede at once (interruptGuard).
  let pagerInterrupt: (() => void) | null = null;
  const guard = interruptGuard(p, () => {
    if (pagerInterrupt) return pagerInterrupt();
    if (p.stdout.isTTY) p.stdout.write(ANSI_SGR_RESET);
    p.exit(EXIT_INTERRUPTED);
  });
  // A pipe, a socket, a file or /dev/null is written with blocking writes (write/fd-sink.ts),
  // without ever setting up Node's stdout stream; a terminal or another device gets the stream.
  const stdout: Proc['stdout'] = isDirectWritable(1) ? { isTTY: false, columns: undefined, ...fdSink(1, writeFailed) } : streamStdout(p, writeFailed, guard);
  const proc: Proc = {
    argv: p.argv,
    env: p.env,
    // Read as a stream, not with readFileSync(0): once anything touches process.stdin (importing
    // node:process does, and commander does that) fd 0 is non-blocking, and a synchronous read of
    // a slow pipe (`curl … | lede`) fails with EAGAIN.
    stdin: { isTTY: stdinIsTTY, read: () => readStdin(p) },
    stdout,
    // Asked only when needed (a progress note for URLs, an error): touching process.stderr sets up
    // Node's stream for it, loading node:stream and, for a pipe, node:net (several milliseconds).
    stderr: {
      get isTTY() {
        return Boolean(p.stderr.isTTY);
      },
      write: (s: string) => p.stderr.write(s),
    },
    page: (pager, text) =>
      runPager(pager, text, p.env, (onInterrupt) => {
        pagerInterrupt = onInterrupt;
        const release = guard.hold();
        return () => {
          pagerInterrupt = null;
          release();
        };
      }),
  };
  p.exitCode = await main(proc);
}

