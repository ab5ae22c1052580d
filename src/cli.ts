// The command line: commander program → Options → read → parse → render → write, for each input.
// The only file that touches `process`; the one place expected errors become a line and an exit code.

import { fstatSync, readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, LedeError } from './errors.js';
import { resolveOptions, type Flags, type Options } from './options.js';
import { packageVersion } from './package-root.js';
import { parseArticle } from './parse/index.js';
import { bundledArticles, bundledArticlesDir } from './read/bundled.js';
import { defaultInputs, readOnce, readSource, type ReadContext } from './read/sources.js';
import { RENDERERS } from './render/index.js';
import { safeJson } from './render/json.js';
import { applySelection } from './select/apply.js';
import { SECTION_NAMES } from './select/sections.js';
import { FORMATS } from './render/options.js';
import { themeFor } from './render/theme.js';
import { writeOutput, type Sink } from './write/output.js';

/** The slice of a process lede uses, so tests can run `main` in-process with a fake one. */
export interface Proc {
  argv: string[];
  env: Record<string, string | undefined>;
  stdin: { isTTY: boolean; isPiped: boolean; read: () => Uint8Array };
  stdout: Sink & { isTTY: boolean; columns: number | undefined };
  stderr: Sink;
}

const HELP_EXAMPLES = `
Examples:
  lede                          read the bundled article
  lede story.txt                read an article from a file
  curl -s URL | lede            read an article from a pipe
  lede story.txt | grep limits  plain text, one paragraph per line, when piped
  lede --json story.txt | jq .headline
  lede --format markdown story.txt > story.md
  lede --list                   list the bundled articles
`;

function buildProgram(out: Sink): Command {
  return new Command('lede')
    .description('Read news articles in the terminal, pipe them on, and find who said what.')
    .version(packageVersion(), '-V, --version')
    .argument('[files...]', 'article files, bundled slugs, or - for standard input')
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`).helpGroup('Output:'))
    .addOption(new Option('--json', 'shortcut for --format json').helpGroup('Output:'))
    .addOption(new Option('--color <when>', 'color: auto, always or never (default: auto)').helpGroup('Output:'))
    .addOption(new Option('--width <n>', 'wrap at n columns; 0 for no wrapping').helpGroup('Output:'))
    .addOption(new Option('--max-width <n>', 'widest measure on a wide terminal (default: 80)').helpGroup('Output:'))
    .addOption(new Option('-n, --numbers', 'show paragraph numbers').helpGroup('Output:'))
    .addOption(new Option('--list', 'list the bundled articles and exit').helpGroup('Articles:'))
    .addOption(
      new Option('-s, --section <list>', `print only these parts, in this order: ${SECTION_NAMES.join(', ')}, or paragraphs like 3, 2-4, 5-, -1`).helpGroup(
        'Reading less:',
      ),
    )
    .addHelpText('after', HELP_EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => out.write(s),
      writeErr: () => {},
      outputError: () => {},
    })
    .helpOption('-h, --help', 'show this help');
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

function listBundled(opts: Options, ctx: ReadContext): string {
  const rows = [...bundledArticles(ctx.articlesDir)].map(([slug]) => {
    const a = parseArticle(slug, readSource(slug, ctx).text);
    return { slug, headline: a.headline, date: a.date?.iso ?? null };
  });
  if (opts.format === 'json') return safeJson(rows, 2) + '\n';
  const width = Math.max(...rows.map((r) => r.slug.length));
  const theme = themeFor(opts.render.color);
  return rows.map((r) => `${r.slug.padEnd(width)}  ${theme.meta(r.date ?? '----------')}  ${r.headline ?? ''}`).join('\n') + '\n';
}

/** Reads, parses and renders each input in turn; returns the exit status. */
function runPipeline(opts: Options, ctx: ReadContext, proc: Proc): number {
  const render = RENDERERS[opts.format];
  let status = EXIT_OK;
  let first = true;
  for (const input of opts.inputs) {
    let text: string;
    try {
      const source = readSource(input, ctx);
      const article = applySelection(parseArticle(source.name, source.text), opts.select);
      text = render(article, opts.render);
    } catch (err) {
      if (!(err instanceof LedeError)) throw err;
      proc.stderr.write(`lede: ${err.message}\n`);
      status = err.exitCode;
      continue;
    }
    const separator = first || opts.format === 'json' ? '' : '\n';
    first = false;
    if (!writeOutput(proc.stdout, separator + text)) return EXIT_OK;
  }
  return status;
}

/** Runs lede with a process-like object and returns the exit status. Expected errors are one line. */
export async function main(proc: Proc): Promise<number> {
  const program = buildProgram(proc.stdout);
  try {
    program.parse(proc.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return EXIT_OK;
      proc.stderr.write(`lede: ${commanderMessage(err)}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
  try {
    const flags = program.opts<Flags>();
    const ctx: ReadContext = { readStdin: readOnce(proc.stdin.read), articlesDir: bundledArticlesDir() };
    const args = program.args.length ? program.args : defaultInputs(proc.stdin.isPiped, ctx);
    const opts = resolveOptions(args, flags, { env: proc.env, stdoutIsTTY: proc.stdout.isTTY, columns: proc.stdout.columns });
    if (opts.list) {
      writeOutput(proc.stdout, listBundled(opts, ctx));
      return EXIT_OK;
    }
    return runPipeline(opts, ctx, proc);
  } catch (err) {
    if (err instanceof LedeError) {
      proc.stderr.write(`lede: ${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}

/** Whether standard input is a pipe, file or socket (not a terminal, /dev/null, or closed). */
function stdinIsPiped(): boolean {
  try {
    const s = fstatSync(0);
    return s.isFIFO() || s.isFile() || s.isSocket();
  } catch {
    return false;
  }
}

/** Runs lede for the real process: wires stdin/stdout/stderr, EPIPE, and sets the exit code. */
export async function run(p: NodeJS.Process): Promise<void> {
  p.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // The reader left early (`lede | head -1`): that is success, and nothing more to say.
    if (err.code === 'EPIPE') p.exit(EXIT_OK);
    p.stderr.write(`lede: stdout: ${err.message}\n`);
    p.exit(EXIT_INPUT);
  });
  const proc: Proc = {
    argv: p.argv,
    env: p.env,
    stdin: { isTTY: Boolean(p.stdin.isTTY), isPiped: stdinIsPiped(), read: () => readFileSync(0) },
    stdout: { isTTY: Boolean(p.stdout.isTTY), columns: p.stdout.columns, write: (s: string) => p.stdout.write(s) },
    stderr: { write: (s: string) => p.stderr.write(s) },
  };
  p.exitCode = await main(proc);
}

