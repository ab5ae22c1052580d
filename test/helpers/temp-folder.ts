// Temporary folders for tests, each removed when the test file's process exits (node --test runs
// every file in a process of its own), so a run leaves nothing behind in the system's temp folder.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

process.once('exit', () => {
  for (const dir of made) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // A folder a test left unreadable (chmod 000) stays; nothing else to do while exiting.
    }
  }
});

/** Makes a new folder in the system's temp folder, named `prefix` and a random suffix, removed at exit. */
export function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
