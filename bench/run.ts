// npm run bench — start-up, large-input, --quotes and archive figures, each as a ratio to a baseline
// measured in the same run, alternating pair by pair so machine noise hits both sides alike. Prints
// a table; with --check, exits 1 when a ratio is over its limit. Not part of npm test: timings are
// not tests. BENCH_ONLY picks groups (comma-separated: startup, pages, large, quotes, archive).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { DEFAULT_SLUG } from '../src/read/bundled.js';
import { archiveRows, peakMiB, type ArchiveFigures, type BenchRow } from './archive-rows.js';
import { quotesRows, realText } from './quotes-rows.js';

const LEDE = join(packageRoot(), 'bin', 'lede.cjs');
const NODE = process.execPath;
const PAIRS = Number(process.env.BENCH_PAIRS ?? 25);
const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 3);
const ARCHIVE_RUNS = Number(process.env.BENCH_ARCHIVE_RUNS ?? 3);
/** The groups of rows to run: all, or those BENCH_ONLY names. */
const ONLY = new Set((process.env.BENCH_ONLY ?? 'startup,pages,large,quotes,archive').split(',').map((g) => g.trim()));
/** Peak memory limits, MiB. */
const PEAK_LIMIT_100MB = 500;
const PEAK_LIMIT_ARCHIVE = 300;
const devNull = openSync('/dev/null', 'w');

/** Wall time of one command in milliseconds; output to a pipe (`piped`) or /dev/null. */
function time(cmd: string, args: string[], piped = false): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', piped ? 'pipe' : devNull, 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr.toString()}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Runs baseline and subject alternately `n` times; returns the medians and the median of ratios. */
function pairs(n: number, baseline: () => number, subject: () => number) {
  const b: number[] = [];
  const s: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = baseline();
    const y = subject();
    b.push(x);
    s.push(y);
    ratios.push(y / x);
  }
  return { baseline: median(b), subject: median(s), ratio: median(ratios) };
}

/** A synthetic article of about `bytes` bytes: varied wire-copy paragraphs with quotes, numbers and abbreviations. */
function article(bytes: number): string {
  const sentences = [
    'WASHINGTON (AP) — The committee met on Tuesday to weigh a budget of $1.13bn for the coming year.',
    '“We have no limits on what we can do together,” said Sen. Jane Doe, who chairs the panel.',
    'Mr. Smith, a former U.S. official, told reporters the plan was “unworkable” and would cost 2.5% more.',
    'Prices rose in Zürich, São Paulo and Montréal after the announcement, traders said.',
    'The talks, which began in Jan. 2024, are expected to end by the summer — or sooner.',
    'Officials declined to comment on the report, citing ongoing negotiations with the unions.',
  ];
  const parts = ['Benchmark Headline for a Very Long Article', '', 'Thu May 16 2024', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = Array.from({ length: 3 + (i % 4) }, (_, k) => sentences[(i + k) % sentences.length]).join(' ');
    parts.push(p, '');
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n');
}

function main(): void {
  const rows: BenchRow[] = [];
  const ms = (x: number) => x.toFixed(0);
  const nodeBare = () => time(NODE, ['-e', '0']);

  if (ONLY.has('startup')) {
    const plain = pairs(PAIRS, nodeBare, () => time(NODE, [LEDE, DEFAULT_SLUG], true));
    rows.push({ what: 'lede (bundled article, plain, piped)', baseline: `node -e 0: ${ms(plain.baseline)} ms`, ms: ms(plain.subject), ratio: plain.ratio, limit: 1.3, target: 1.15 });
    const styled = pairs(PAIRS, nodeBare, () => time(NODE, [LEDE, '--format', 'terminal', '--color', 'always', '--width', '80', DEFAULT_SLUG], true));
    rows.push({ what: 'lede -f terminal --color always --width 80', baseline: `node -e 0: ${ms(styled.baseline)} ms`, ms: ms(styled.subject), ratio: styled.ratio, limit: 1.3, target: 1.15 });
  }

  // Web pages: each dev page of ../shared/corpus/html-bench read once, paired with a bare start.
  const pagesDir = join(packageRoot(), '..', 'shared', 'corpus', 'html-bench');
  if (ONLY.has('pages') && existsSync(pagesDir)) {
    const pages = readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort().slice(0, Number(process.env.BENCH_PAGES ?? 90));
    let i = 0;
    const page = pairs(pages.length, nodeBare, () => time(NODE, [LEDE, '--format', 'plain', join(pagesDir, pages[i++]!)]));
    rows.push({ what: `a web page (${pages.length} html-bench pages)`, baseline: `node -e 0: ${ms(page.baseline)} ms`, ms: ms(page.subject), ratio: page.ratio, limit: 8, target: 4 });
  }

  const dir = mkdtempSync(join(tmpdir(), 'lede-bench-'));
  let peak: number | null = null;
  let textSource = '';
  let archive: ArchiveFigures | null = null;
  try {
    if (ONLY.has('large')) {
      // Real news text (the corpus's articles one after another) when the corpus is there: the
      // line scanners, sentence splitter and wrapping see what they will see in use.
      const big10 = join(dir, 'article-10MB.txt');
      const big100 = join(dir, 'article-100MB.txt');
      const ten = realText(10e6, article);
      writeFileSync(big10, ten.text);
      writeFileSync(big100, realText(100e6, article).text);
      textSource = ten.source;
      const fmt = (file: string) => () => time('fmt', ['-w', '80', file]);
      const s10 = pairs(LARGE_RUNS, fmt(big10), () => time(NODE, [LEDE, '--format', 'terminal', '--color', 'always', '--width', '80', big10]));
      rows.push({ what: 'styled, wrapped view of 10 MB', baseline: `fmt -w 80: ${ms(s10.baseline)} ms`, ms: ms(s10.subject), ratio: s10.ratio, limit: 12, target: 3 });
      const p100 = pairs(LARGE_RUNS, fmt(big100), () => time(NODE, [LEDE, '--format', 'plain', big100]));
      rows.push({ what: 'plain view of 100 MB', baseline: `fmt -w 80: ${ms(p100.baseline)} ms`, ms: ms(p100.subject), ratio: p100.ratio, limit: 6, target: 1.5 });
      peak = peakMiB([NODE, LEDE, '--format', 'plain', big100]);
      rmSync(big100);
    }
    if (ONLY.has('quotes')) rows.push(...quotesRows(dir, LARGE_RUNS, article, pairs, (args) => time(NODE, [LEDE, ...args])));
    if (ONLY.has('archive')) {
      archive = archiveRows(dir, ARCHIVE_RUNS, pairs, time, [NODE, LEDE]);
      if (archive) rows.push(...archive.rows);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const pad = (s: string, n: number) => s.padEnd(n);
  // Columns as wide as their longest entry and two spaces: a long row name must not run into its baseline.
  const widest = (header: string, cells: string[]) => Math.max(header.length, ...cells.map((c) => c.length)) + 2;
  const what = widest('what', rows.map((r) => r.what));
  const baseline = widest('baseline (median)', rows.map((r) => r.baseline));
  console.log(`${pad('what', what)}${pad('baseline (median)', baseline)}${pad('lede ms', 10)}${pad('ratio', 8)}${pad('limit', 8)}target`);
  for (const r of rows) console.log(`${pad(r.what, what)}${pad(r.baseline, baseline)}${pad(r.ms, 10)}${pad(r.ratio.toFixed(2) + '×', 8)}${pad(r.limit + '×', 8)}${r.target}×`);
  if (ONLY.has('large')) {
    console.log(`large inputs: ${textSource}`);
    console.log(`peak memory, plain view of 100 MB: ${peak === null ? 'not measured (/usr/bin/time missing)' : `${peak.toFixed(0)} MiB (limit ${PEAK_LIMIT_100MB} MiB)`}`);
  }
  if (ONLY.has('archive')) {
    if (!archive) console.log('archive rows skipped: ../shared/corpus/bbc not found');
    for (const p of archive?.peaks ?? []) {
      console.log(`peak memory, archive of ${archive!.files} articles, ${p.what}: ${p.mib === null ? 'not measured' : `${p.mib.toFixed(0)} MiB (limit ${PEAK_LIMIT_ARCHIVE} MiB)`}`);
    }
  }
  console.log(`(${PAIRS} start-up pairs, ${LARGE_RUNS} large-input pairs, ${ARCHIVE_RUNS} archive pairs; node ${process.version}; ${process.platform} ${process.arch}; ${availableParallelism()} cores; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);

  if (process.argv.includes('--check')) {
    const over = rows.filter((r) => r.ratio > r.limit).map((r) => `${r.what}: ${r.ratio.toFixed(2)}× > ${r.limit}×`);
    if (peak !== null && peak > PEAK_LIMIT_100MB) over.push(`peak memory ${peak.toFixed(0)} MiB > ${PEAK_LIMIT_100MB} MiB`);
    for (const p of archive?.peaks ?? []) if (p.mib !== null && p.mib > PEAK_LIMIT_ARCHIVE) over.push(`archive peak memory, ${p.what}: ${p.mib.toFixed(0)} MiB > ${PEAK_LIMIT_ARCHIVE} MiB`);
    if (over.length) {
      console.log(`bench: over the limit:\n  ${over.join('\n  ')}`);
      process.exitCode = 1;
    }
  }
}

main();
