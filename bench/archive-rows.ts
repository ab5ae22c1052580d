// The archive rows of `npm run bench`: 20,000 real articles in nested folders (the corpus's 500 BBC
// articles copied into 40 folders, each with its five category folders), searched by lede and by
// `grep -r` alternately pair by pair; the peak memory of the heaviest run; and how soon
// `lede --grep said DIR | head -1` ends against a whole run. Without the corpus the rows are skipped.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../src/package-root.js';

/** The corpus's BBC articles: `<category>/NNN.txt`. */
const BBC = resolve(packageRoot(), '..', 'shared', 'corpus', 'bbc', 'articles');
/** The copies of the BBC set the archive holds (BENCH_ARCHIVE_COPIES: fewer, for a quick try). */
const COPIES = Number(process.env.BENCH_ARCHIVE_COPIES ?? 40);

/** One row of the bench table (every group of rows: run.ts, quotes-rows.ts and these). */
export interface BenchRow {
  what: string;
  baseline: string;
  ms: string;
  ratio: number;
  limit: number;
  target: number;
}

/** run.ts's `pairs`: runs baseline and subject alternately `n` times; the medians and the median ratio. */
export type Pairs = (n: number, baseline: () => number, subject: () => number) => { baseline: number; subject: number; ratio: number };

/** What the archive rows measured, for the table and the checks. */
export interface ArchiveFigures {
  rows: BenchRow[];
  /** Peak resident memory in MiB of each measured run, by what it ran; null without /usr/bin/time. */
  peaks: { what: string; mib: number | null }[];
  files: number;
}

/** Copies the BBC articles into `dir/archive/partNN/<category>/`; returns the folder and its file count. */
function buildArchive(dir: string): { root: string; files: number } {
  const root = join(dir, 'archive');
  let files = 0;
  const categories = readdirSync(BBC).sort();
  for (let copy = 1; copy <= COPIES; copy++) {
    for (const category of categories) {
      const to = join(root, `part${String(copy).padStart(2, '0')}`, category);
      mkdirSync(to, { recursive: true });
      for (const name of readdirSync(join(BBC, category)).sort()) {
        copyFileSync(join(BBC, category, name), join(to, name));
        files++;
      }
    }
  }
  return { root, files };
}

/** Wall time in ms of a shell command line (for a pipeline: until every command in it has ended). */
function shellTime(script: string, env: Record<string, string>): number {
  const start = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', script], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr.toString()}`);
  return ms;
}

/** Peak resident memory of a command in MiB, from GNU time; null when /usr/bin/time is missing. */
export function peakMiB(cmd: string[]): number | null {
  if (!existsSync('/usr/bin/time')) return null;
  const r = spawnSync('/usr/bin/time', ['-v', ...cmd], { stdio: ['ignore', 'ignore', 'pipe'] });
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr.toString());
  return m ? Number(m[1]) / 1024 : null;
}

/**
 * Builds the archive in `dir` and times lede on it against `grep -r`, `runs` pairs each. `time`
 * runs a command with its output to /dev/null; `lede` is the command line that starts lede.
 */
export function archiveRows(
  dir: string,
  runs: number,
  pairs: Pairs,
  time: (cmd: string, args: string[]) => number,
  lede: string[],
): ArchiveFigures | null {
  if (!existsSync(BBC)) return null;
  const { root, files } = buildArchive(dir);
  const run = (args: string[]) => () => time(lede[0]!, [...lede.slice(1), ...args, root]);
  const grep = (args: string[]) => () => time('grep', ['-r', ...args, root]);
  const ms = (x: number) => x.toFixed(0);
  const rows: BenchRow[] = [];

  const said = pairs(runs, grep(['-c', 'said']), run(['--grep', 'said', '-c']));
  rows.push({ what: `archive: --grep said -c`, baseline: `grep -r -c said: ${ms(said.baseline)} ms`, ms: ms(said.subject), ratio: said.ratio, limit: 15, target: 10 });
  const rare = pairs(runs, grep(['-E', '-c', 'Putin|Kremlin']), run(['--grep', 'Putin|Kremlin', '-c']));
  rows.push({ what: `archive: --grep 'Putin|Kremlin' -c`, baseline: `grep -rEc 'Putin|Kremlin': ${ms(rare.baseline)} ms`, ms: ms(rare.subject), ratio: rare.ratio, limit: 6, target: 4 });
  // --quotes has no pattern: its baseline is the same search for `said`, the commonest cue.
  const quotes = pairs(runs, grep(['-c', 'said']), run(['--quotes', '--json']));
  rows.push({ what: `archive: --quotes --json`, baseline: `grep -r -c said: ${ms(quotes.baseline)} ms`, ms: ms(quotes.subject), ratio: quotes.ratio, limit: 45, target: 30 });

  // The reader leaves after the first line: the pipeline ends when lede does.
  const env = { LEDE_CMD: lede.join(' '), ARCHIVE: root };
  const head = pairs(
    runs,
    () => shellTime('$LEDE_CMD --grep said "$ARCHIVE" > /dev/null', env),
    () => shellTime('$LEDE_CMD --grep said "$ARCHIVE" | head -1 > /dev/null', env),
  );
  rows.push({ what: `archive: --grep said | head -1`, baseline: `the whole run: ${ms(head.baseline)} ms`, ms: ms(head.subject), ratio: head.ratio, limit: 0.25, target: 0.25 });

  const peaks = [
    { what: '--quotes --json', mib: peakMiB([...lede, '--quotes', '--json', root]) },
    { what: '--grep said -c', mib: peakMiB([...lede, '--grep', 'said', '-c', root]) },
  ];
  return { rows, peaks, files };
}
