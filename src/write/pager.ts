// The pager: which command pages (LEDE_PAGER, PAGER, less), with what arguments and environment,
// and running it with lede's output on its standard input. Deciding whether to page is the CLI's
// (from Options); rendering is not our business.

import { spawn } from 'node:child_process';
import { basename } from 'node:path';

/** A pager to run: the command, its arguments and the environment variables to add. */
export interface PagerCommand {
  command: string;
  args: string[];
  env: Record<string, string>;
  /** How the user named it, for messages. */
  label: string;
}

/** less's options for lede: keep color (-R), quit if one screen (-F), quit on Ctrl-C (-K). No -X: less restores the screen. */
export const LESS_OPTIONS = ['-R', '-F', '-K'];

/** Splits a command line into words, honouring single and double quotes and backslashes. */
export function splitCommand(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < line.length) word += line[++i];
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/**
 * The pager the environment asks for: LEDE_PAGER, else PAGER, else less. An empty LEDE_PAGER (or
 * PAGER) means no pager: null. less gets -R -F -K; LESS is set only when the user has not set it,
 * and LESSCHARSET=utf-8 likewise.
 */
export function pagerCommand(env: Record<string, string | undefined>): PagerCommand | null {
  const chosen = env.LEDE_PAGER !== undefined ? env.LEDE_PAGER : env.PAGER !== undefined ? env.PAGER : 'less';
  const words = splitCommand(chosen);
  if (words.length === 0) return null;
  const [command, ...args] = words as [string, ...string[]];
  if (basename(command) !== 'less') return { command, args, env: {}, label: chosen };
  const extra: Record<string, string> = {};
  if (env.LESS === undefined) extra.LESS = LESS_OPTIONS.join(' ');
  if (env.LESSCHARSET === undefined) extra.LESSCHARSET = 'utf-8';
  return { command, args: [...args, ...LESS_OPTIONS], env: extra, label: chosen };
}

/** How a pager run ended; `failed` means the text may not have been shown. */
export type PagerResult = { kind: 'done' } | { kind: 'interrupted' } | { kind: 'failed'; why: string };

/** Subscribes to Ctrl-C (SIGINT) for as long as the pager runs; returns the unsubscribe. */
export type WatchInterrupt = (onInterrupt: () => void) => () => void;

/**
 * Runs the pager with `text` on its standard input, its output and errors on the terminal.
 * The user quitting early (a broken pipe) is a normal end. Ctrl-C goes to the pager too (with -K,
 * less quits and restores the screen); lede waits for it and reports the interruption.
 */
export function runPager(pager: PagerCommand, text: string, env: Record<string, string | undefined>, watch: WatchInterrupt): Promise<PagerResult> {
  return new Promise((resolve) => {
    let interrupted = false;
    const unwatch = watch(() => {
      interrupted = true;
    });
    const done = (r: PagerResult) => {
      unwatch();
      resolve(r);
    };
    const child = spawn(pager.command, pager.args, { stdio: ['pipe', 'inherit', 'inherit'], env: { ...env, ...pager.env } });
    let started = false;
    child.on('spawn', () => {
      started = true;
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (!started) done({ kind: 'failed', why: err.code === 'ENOENT' ? 'not found' : `could not start: ${err.message}` });
    });
    child.stdin.on('error', () => {
      // EPIPE: the reader quit before reading everything. That is success.
    });
    child.on('close', (code, signal) => {
      if (!started) return;
      if (interrupted || signal === 'SIGINT') done({ kind: 'interrupted' });
      // less exits 0 however the reader quits; a failing pager (`false`, a bad option) may have shown nothing.
      else if (code !== 0 && code !== null) done({ kind: 'failed', why: `it exited with status ${code}` });
      else done({ kind: 'done' });
    });
    child.stdin.end(text);
  });
}
