// The worker thread's side of the pool (pool.ts): takes batches of inputs, runs each through
// run-input.ts and sends back what to print, in the batch's order (a search's joined into runs).
// Knows nothing of the order across batches or of writing; node:worker_threads is loaded only here
// and in pool.ts, when used.

import { createRequire } from 'node:module';
import type { Input } from '../read/folders.js';
import { ReadElsewhere, STDIN_NAME, type ReadContext } from '../read/sources.js';
import { addStats } from '../render/grep-json.js';
import { runInput, type Outcome, type RunSettings } from '../run-input.js';

/** What a worker is started with. */
export interface WorkerSetup {
  settings: RunSettings;
  articlesDir: string;
}

/** One item of a batch: an input to run, or an error found before reading (a folder not listed). */
export type BatchItem = Input | { error: string; exitCode: number };

/** A batch sent to a worker, numbered so that the pool can put the results back in order. */
export interface Batch {
  id: number;
  items: BatchItem[];
}

/**
 * An outcome as a worker sends it: the pages rendered into one array, or `inline` for an input the
 * main thread runs itself (standard input, which only it holds; a large file, whose pages it
 * writes one at a time instead of holding them all).
 */
export type SentOutcome = Exclude<Outcome, { kind: 'article' }> | (Extract<Outcome, { kind: 'article' }> & { pages: string[] }) | { kind: 'inline'; input: Input };

/** A worker's answer to a batch. */
export interface BatchDone {
  id: number;
  outcomes: SentOutcome[];
}

/** Runs one batch item to what is sent back. */
async function runItem(item: BatchItem, settings: RunSettings, ctx: ReadContext): Promise<SentOutcome> {
  if ('error' in item) return { kind: 'error', message: item.error, exitCode: item.exitCode };
  if (item.path === STDIN_NAME && !item.found) return { kind: 'inline', input: item };
  try {
    const outcome = await runInput(item, settings, ctx);
    return outcome.kind === 'article' ? { ...outcome, pages: [...outcome.pages] } : outcome;
  } catch (err) {
    if (err instanceof ReadElsewhere) return { kind: 'inline', input: item };
    throw err;
  }
}

/**
 * A search's outcomes with each run of searched articles joined into one: their output as one
 * text, their hits and statistics added up (what the CLI's search loop takes of an article: it
 * prints the text and adds the rest up). A file passed over is dropped; an error or an input the
 * main thread runs ends a run, so everything still comes out in order. One message and one write
 * then carry many articles' lines (with `-c`, a line each) instead of one each.
 */
export function joinSearched(outcomes: SentOutcome[]): SentOutcome[] {
  const out: SentOutcome[] = [];
  let run: Extract<SentOutcome, { kind: 'article' }> | null = null;
  for (const outcome of outcomes) {
    if (outcome.kind === 'skipped') continue;
    if (outcome.kind !== 'article') {
      run = null;
      out.push(outcome);
      continue;
    }
    if (!run) {
      run = { ...outcome, pages: [outcome.pages.join('')] };
      out.push(run);
      continue;
    }
    run.hits += outcome.hits;
    if (outcome.stats) run.stats = run.stats ? addStats(run.stats, outcome.stats) : outcome.stats;
    run.pages[0] += outcome.pages.join('');
  }
  return out;
}

/**
 * The reading loop's outcomes (not a search's) with each run of one-page articles joined into one,
 * as the CLI would print them: with `between`, a blank line before an article's text when text
 * came before it in the run (the CLI puts one before the run's first text itself). A file passed
 * over is dropped; an error, an input the main thread runs or an article of several pages ends a
 * run. With `--json`, whose lines need nothing between them, a batch's articles are one write.
 */
export function joinRead(outcomes: SentOutcome[], between: boolean): SentOutcome[] {
  const out: SentOutcome[] = [];
  let run: Extract<SentOutcome, { kind: 'article' }> | null = null;
  for (const outcome of outcomes) {
    if (outcome.kind === 'skipped') continue;
    if (outcome.kind !== 'article' || outcome.pages.length > 1) {
      run = null;
      out.push(outcome);
      continue;
    }
    const text = outcome.pages[0] ?? '';
    if (!run) {
      run = { ...outcome, pages: [text] };
      out.push(run);
      continue;
    }
    const printed = run.pages[0] !== '';
    run.pages[0] += (between && printed && text ? '\n' : '') + text;
  }
  return out;
}

/** What a batch's outcomes are sent as: a search's and the reading loop's runs joined (ruled articles, each named, stay apart). */
function joined(outcomes: SentOutcome[], settings: RunSettings): SentOutcome[] {
  if (settings.grepOutput) return joinSearched(outcomes);
  const ruled = settings.format === 'terminal' && settings.render.compact;
  return ruled ? outcomes : joinRead(outcomes, settings.format !== 'json');
}

/** The worker's main: answers each batch the pool sends, in turn. */
export function runWorker(): void {
  const { parentPort, workerData } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  if (!parentPort) throw new Error('runWorker() outside a worker thread');
  const port = parentPort;
  const setup = workerData as WorkerSetup;
  const ctx: ReadContext = {
    readStdin: () => {
      throw new Error('a worker read standard input');
    },
    articlesDir: setup.articlesDir,
    largeElsewhere: true,
  };
  // One batch at a time, in the order sent: the pool decides how many wait.
  let queue = Promise.resolve();
  port.on('message', (batch: Batch) => {
    queue = queue.then(async () => {
      const outcomes: SentOutcome[] = [];
      for (const item of batch.items) outcomes.push(await runItem(item, setup.settings, ctx));
      port.postMessage({ id: batch.id, outcomes: joined(outcomes, setup.settings) } satisfies BatchDone);
    });
  });
}
