// A fake process for running `main` in-process: captured stdout/stderr, chosen TTY facts and env.

import type { Proc } from '../../src/cli.js';
import type { PagerResult } from '../../src/write/pager.js';

export interface FakeRun {
  status: number;
  stdout: string;
  stderr: string;
  /** What was sent to the pager, and which pager, when one ran. */
  paged: { command: string; args: string[]; env: Record<string, string>; text: string } | null;
}

export interface FakeSetup {
  env?: Record<string, string | undefined>;
  stdin?: string | Uint8Array;
  stdoutIsTTY?: boolean;
  columns?: number;
  rows?: number;
  /** How the fake pager ends; by default it reads everything and quits. */
  pagerResult?: PagerResult;
  /** Stdout's `drained`: by default there is none, as for a sink that takes everything at once. */
  drained?: () => Promise<void>;
  /** An error every stdout write throws, as a pipe whose reader left throws EPIPE. */
  stdoutError?: NodeJS.ErrnoException;
}

/** Runs lede's main with the given arguments and a fake process; returns status and output. */
export async function runLede(args: string[], setup: FakeSetup = {}): Promise<FakeRun> {
  const { main } = await import('../../src/cli.js');
  let stdout = '';
  let stderr = '';
  const input = setup.stdin;
  const proc: Proc = {
    argv: ['node', 'lede', ...args],
    env: setup.env ?? {},
    stdin: {
      isTTY: async () => input === undefined,
      read: async () => (typeof input === 'string' ? Buffer.from(input) : (input ?? new Uint8Array())),
    },
    stdout: {
      isTTY: setup.stdoutIsTTY ?? false,
      columns: setup.columns,
      rows: setup.rows,
      write: (s: string) => {
        if (setup.stdoutError) throw setup.stdoutError;
        stdout += s;
      },
      ...(setup.drained ? { drained: setup.drained } : {}),
    },
    stderr: { write: (s: string) => (stderr += s) },
    page: async (pager, text) => {
      paged = { command: pager.command, args: pager.args, env: pager.env, text };
      return setup.pagerResult ?? { kind: 'done' };
    },
  };
  let paged: FakeRun['paged'] = null;
  const status = await main(proc);
  return { status, stdout, stderr, paged };
}
