// The one-line note on a terminal's stderr while a slow fetch runs: `lede: fetching HOST… 120 kB`,
// shown once a fetch has taken half a second, updated as bytes arrive, cleared when the fetches end.
// Never on a pipe: the CLI gives a note only when stderr is a terminal.

import type { Sink } from './output.js';

/** A fetch quicker than this shows no note. */
const PROGRESS_DELAY_MS = 500;

/** Moves to the line's start and clears it. */
const CLEAR_LINE = '\r\u001b[K';

/** A progress callback for fetches (read/fetch.ts's FetchContext.progress) that writes to a terminal. */
export function progressNote(stderr: Sink, delayMs = PROGRESS_DELAY_MS): (address: string, bytes: number, done: boolean) => void {
  const active = new Map<string, { bytes: number; timer: NodeJS.Timeout; host: string }>();
  let shown = false;
  const show = (address: string) => {
    const entry = active.get(address);
    if (!entry) return;
    shown = true;
    stderr.write(`${CLEAR_LINE}lede: fetching ${entry.host}… ${Math.round(entry.bytes / 1024)} kB`);
  };
  return (address, bytes, done) => {
    const entry = active.get(address);
    if (done) {
      if (entry) clearTimeout(entry.timer);
      active.delete(address);
      if (active.size === 0 && shown) {
        stderr.write(CLEAR_LINE);
        shown = false;
      }
      return;
    }
    if (!entry) {
      const timer = setTimeout(() => show(address), delayMs);
      timer.unref();
      active.set(address, { bytes, timer, host: printableHost(address) });
      return;
    }
    entry.bytes = bytes;
    if (shown) show(address);
  };
}

/** The address's host, worked out once a fetch: the URL parser has made it printable (punycode), and anything else is not let through. */
function printableHost(address: string): string {
  let host = address;
  try {
    host = new URL(address).host;
  } catch {
    // The address as given.
  }
  return host.replace(/[^\x20-\x7e]/g, '?');
}
