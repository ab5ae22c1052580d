// Writes straight to a file descriptor, for a stdout that is a pipe, a socket, a file or /dev/null.
// Node's own stdout for a pipe is a socket stream, a millisecond and more to set up at every start, and it queues
// what a slow reader has not taken yet in memory; a blocking write costs nothing to set up, and
// the reader paces it. A descriptor left non-blocking by another process (EAGAIN) is waited out.

import { fstatSync, statSync, writeSync } from 'node:fs';
import { isBrokenPipe, type Sink } from './output.js';

type WriteSync = (fd: number, buffer: Uint8Array, offset: number) => number;

/** How long to wait before writing again to a full non-blocking pipe. */
const RETRY_MS = 5;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Whether this sink serves the descriptor: a pipe, a socket (what Node's spawn and others give a
 * child as its "pipe"), a regular file or the null device (`lede > /dev/null`: a quiet check, a
 * timed start); not a terminal or another device.
 */
export function isDirectWritable(fd: number): boolean {
  try {
    const s = fstatSync(fd);
    return s.isFIFO() || s.isSocket() || s.isFile() || (s.isCharacterDevice() && s.rdev === statSync('/dev/null').rdev);
  } catch {
    return false;
  }
}

/**
 * A sink writing each text whole to the descriptor before it returns. A broken pipe is thrown (as
 * writeOutput expects); any other write error goes to `failed`, which ends the run.
 */
export function fdSink(fd: number, failed: (err: NodeJS.ErrnoException) => never, write: WriteSync = writeSync): Sink {
  return {
    write(text: string) {
      const bytes = Buffer.from(text, 'utf8');
      let done = 0;
      while (done < bytes.length) {
        try {
          done += write(fd, bytes, done);
        } catch (err) {
          const e = err as NodeJS.ErrnoException;
          if (e.code === 'EAGAIN') Atomics.wait(pause, 0, 0, RETRY_MS);
          else if (isBrokenPipe(e)) throw e;
          else failed(e);
        }
      }
    },
  };
}
