// Owns the way out: writes rendered text to a sink and treats a reader that left early (EPIPE) as
// success. A sink that throws it (fd-sink.ts's, for a pipe or file, or a test's) is handled here;
// on Node's stdout stream (a terminal or socket) it arrives as an 'error' event, handled in
// cli.ts's run(). Paging is paging.ts's.

/** Where output goes; the CLI gives the real stdout, tests give a buffer. */
export interface Sink {
  write(text: string): unknown;
  /**
   * Resolves once the sink has passed on what it was given (a pipe's reader has caught up), so
   * that a long output is not queued in memory whole; absent for a sink that takes it all at once.
   */
  drained?: () => Promise<void>;
}

/** Whether an error means the reading end of our pipe is gone (`lede | head -1`). */
export function isBrokenPipe(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'EPIPE';
}

/** Writes text to the sink; a broken pipe ends the output quietly and returns false. */
export function writeOutput(sink: Sink, text: string): boolean {
  try {
    sink.write(text);
    return true;
  } catch (err) {
    if (isBrokenPipe(err)) return false;
    throw err;
  }
}
