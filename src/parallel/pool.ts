// Many inputs on all cores: a pool of worker threads (worker.ts) runs batches of inputs while the
// main thread hands out the next ones and yields the outcomes in input order, each as soon as it
// and all before it are ready. A bounded number of batches is out at once, so memory stays flat
// however many files there are; when the consumer stops early, the workers are stopped.

import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LedeError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import type { Input } from '../read/folders.js';
import type { ReadContext } from '../read/sources.js';
import { runInput, type Outcome, type RunSettings } from '../run-input.js';
import type { Batch, BatchDone, BatchItem, SentOutcome, WorkerSetup } from './worker.js';

/**
 * Inputs a batch holds: the first batches few, so that the first results come soon, then more, so
 * that a message's cost (a good part of a millisecond on a busy machine) is spread over many.
 */
const FIRST_BATCH_INPUTS = 8;
const MAX_BATCH_INPUTS = 128;
/** Batches out per worker: one running, the rest queued so that a worker never waits for the next. */
const BATCHES_PER_WORKER = 4;

/** How many inputs batch number `n` holds: doubling with each round of batches, up to the most. */
export function batchSize(n: number, threads: number): number {
  return Math.min(MAX_BATCH_INPUTS, FIRST_BATCH_INPUTS * 2 ** Math.min(16, Math.floor(n / threads)));
}

/** Set by the bundler (scripts/bundle.ts): the bundled CLI starts its workers through bin/lede-worker.cjs. */
declare const __LEDE_BUNDLED__: boolean | undefined;

/** The script a worker runs: the bundle's worker entry, or the compiled module's beside this one. */
function workerScript(): string {
  if (typeof __LEDE_BUNDLED__ === 'boolean' && __LEDE_BUNDLED__) return join(packageRoot(), 'bin', 'lede-worker.cjs');
  return fileURLToPath(new URL('./worker-main.js', import.meta.url));
}

/** The worker threads to use when none is asked for: one a core the process may use. */
export function machineThreads(): number {
  return (createRequire(import.meta.url)('node:os') as typeof import('node:os')).availableParallelism();
}

/**
 * How V8 compiles while a pool runs. A pool runs lede's many mid-sized rule functions over
 * thousands of articles, and most of what a worker costs beyond its articles is V8 making them
 * fast: each worker compiles them all for itself. `--quotes --json` over the bench's 20,000
 * articles, CPU of the whole run:
 * - the optimising compiler inlines at most 100 bytes of bytecode into a function (V8's default
 *   is 920): inlining them all had V8 compiling and recompiling for a sixth of the run (10.2 s of
 *   CPU against 11.9 s);
 * - a function is optimised after a quarter of the work V8 waits for by default (an interrupt
 *   budget of 16,000 against 67,584): a worker's first thousands of articles, interpreted until
 *   then, cost about three times the later ones (10.7 s against 11.2 s);
 * - a worker compiles on its own thread, not on V8's helper threads (the flag is read when a
 *   worker's isolate starts, so this thread keeps compiling in the background): with a worker on
 *   every core, a compile in the background only takes a core from another worker, and handing it
 *   over cost 2% of the run's time and CPU (5 alternating pairs, 5.26 s against 5.37 s);
 * - array methods (map, filter, forEach, every, …, and indexOf, includes, slice, at) are called, not written
 *   out inline with their callback, and loops are not peeled (their first round copied out): both
 *   make bigger code to compile for little gain here. One thread's 5,000 articles spent 544 ms
 *   compiling against 792 ms, and the run 3% less time and CPU (5 alternating pairs; 6.5% less
 *   CPU for one thread's 10,000 articles, 8 pairs).
 */
const POOL_V8_FLAGS = [
  '--max-inlined-bytecode-size-cumulative=100',
  '--interrupt-budget=16000',
  '--no-concurrent-recompilation',
  '--no-turbo-inline-array-builtins',
  '--no-turbo-loop-peeling',
];

/**
 * Sets POOL_V8_FLAGS for the rest of the process (V8's flags are the process's, so the workers
 * have them too). Set only when a pool starts: loading node:v8 costs a single article's start
 * some 3 ms, and flags set before the bundle loads would not match its code cache. They only
 * steer when, how much and on which thread the compiler optimises, so code compiled before they
 * change stays valid, and the concurrency flag is read only by isolates started after it (V8 gives
 * an isolate its background compiler when it starts). Flags of other kinds are not safe to flip in
 * a running process: --no-regexp-tier-up crashed V8 now and then (see bin/load-cli.cjs), and
 * --single-threaded-gc at once.
 */
function tuneCompiler(): void {
  const { setFlagsFromString } = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  for (const flag of POOL_V8_FLAGS) setFlagsFromString(flag);
}

/** A batch waiting for its worker's answer. */
interface Pending {
  done: Promise<SentOutcome[]>;
  resolve: (outcomes: SentOutcome[]) => void;
}

/** A started pool: its outcomes in input order, and a way to stop it early. */
export interface Pool {
  outcomes: () => AsyncGenerator<Outcome>;
  stop: () => void;
}

/**
 * Starts `threads` worker threads on the inputs and sends them the first batches at once, so they
 * start while the caller does other work (the first few inputs, on its own thread). Standard
 * input and large files are run on the main thread when their turn comes (worker.ts says which).
 */
export function startPool(items: Iterator<Input | LedeError>, settings: RunSettings, ctx: ReadContext, threads: number): Pool {
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  tuneCompiler();
  const setup: WorkerSetup = { settings, articlesDir: ctx.articlesDir };
  const script = workerScript();
  const pending = new Map<number, Pending>();
  const load: number[] = new Array<number>(threads).fill(0);
  let failure: Error | null = null;
  let failed: (err: Error) => void = () => {};
  const failedNow = new Promise<never>((_, reject) => {
    failed = (err) => {
      failure ??= err;
      reject(err);
    };
  });
  // A rejection nobody awaits yet must not end the process before the consumer sees it.
  failedNow.catch(() => {});
  const workers = Array.from({ length: threads }, (_, w) => {
    const worker = new Worker(script, { workerData: setup });
    worker.on('message', (done: BatchDone) => {
      load[w]!--;
      pending.get(done.id)?.resolve(done.outcomes);
    });
    worker.on('error', (err) => failed(err));
    worker.on('exit', (code) => {
      if (code !== 0) failed(new Error(`a worker thread exited with status ${code}`));
    });
    return worker;
  });

  let nextBatch = 0;
  let exhausted = false;
  /** Sends batches until enough are out or the inputs run out. */
  const fill = (yielded: number) => {
    while (!exhausted && nextBatch - yielded < threads * BATCHES_PER_WORKER) {
      const batchItems: BatchItem[] = [];
      const size = batchSize(nextBatch, threads);
      while (batchItems.length < size) {
        const next = items.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const item = next.value;
        batchItems.push('found' in item ? item : { error: item.message, exitCode: item.exitCode });
      }
      if (batchItems.length === 0) break;
      const id = nextBatch++;
      let resolve!: (outcomes: SentOutcome[]) => void;
      const done = new Promise<SentOutcome[]>((r) => (resolve = r));
      pending.set(id, { done, resolve });
      const w = load.indexOf(Math.min(...load));
      load[w]!++;
      workers[w]!.postMessage({ id, items: batchItems } satisfies Batch);
    }
  };
  const stop = () => {
    for (const worker of workers) {
      worker.removeAllListeners('exit');
      void worker.terminate();
    }
  };
  fill(0);

  async function* outcomes(): AsyncGenerator<Outcome> {
    try {
      for (let id = 0; id < nextBatch; id++) {
        const batch = pending.get(id)!;
        const outcomes = await Promise.race([batch.done, failedNow]);
        pending.delete(id);
        fill(id + 1);
        for (const outcome of outcomes) {
          if (outcome.kind !== 'inline') yield outcome;
          else yield await runInput(outcome.input, settings, ctx);
        }
        if (failure) throw failure;
      }
      // Every input was handed out: a pool that stopped short would drop output without a word.
      if (!exhausted) throw new Error('the worker pool stopped before the last input');
    } finally {
      stop();
    }
  }
  return { outcomes, stop };
}
