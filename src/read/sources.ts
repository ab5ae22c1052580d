// Resolves what the user named (a bundled slug, a path, `-` or piped stdin) into `{ name, text }`.
// I/O errors and the size limit live here; decoding is decode.ts's; parsing is not our business.

import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { EmptyInputError, InputError, NotArticleError } from '../errors.js';
import { bundledArticles, DEFAULT_SLUG } from './bundled.js';
import { decodeLarge, decodeText, HEAD_BYTES } from './decode.js';
import type { Fetched } from './fetch.js';

/**
 * Larger inputs are refused with a clear error rather than a crash. The ceiling is V8's: a string
 * holds at most 2^29 - 24 characters (about 512 Mi), and the text, the model and the output of an
 * article take several times its size; 256 MiB leaves room for both.
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Regular files from this size on are decoded without keeping their bytes (decodeLarge). */
export const LARGE_FILE_BYTES = 4 * 1024 * 1024;

/** The limit as the error message gives it. */
const LIMIT_TEXT = `${MAX_INPUT_BYTES / 2 ** 20} MiB`;

/** A size in MiB for messages. */
function mebibytes(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MiB`;
}

/** An article's text and the name to report it by. */
export interface Source {
  name: string;
  text: string;
}

/** What reading needs from the outside world; the CLI fills it in from the real process. */
export interface ReadContext {
  /** Reads all of standard input. */
  readStdin: () => Uint8Array;
  /** The bundled articles folder. */
  articlesDir: string;
  /** A URL's fetched text, when URLs are among the inputs (read/fetch.ts's fetchAll). */
  fetchUrl?: (url: string) => Promise<Fetched>;
  /**
   * A worker thread's: files of LARGE_FILE_BYTES or more are not read here but thrown back as
   * ReadElsewhere, for the main thread to read and write out a page at a time.
   */
  largeElsewhere?: boolean;
}

/** Thrown for a large file when the context says it is read elsewhere (a worker's; see ReadContext). Not an error. */
export class ReadElsewhere extends Error {}

/** The name standard input goes by, as in grep and cat. */
export const STDIN_NAME = '-';

/** The source, or InputError for text with nothing in it; `size` is the input's length in bytes. */
function checkText(name: string, text: string, size: number): Source {
  if (text.trim() === '') throw new EmptyInputError(name, size === 0 ? 'empty input' : 'only white space, no text');
  return { name, text };
}

/** A regular file's first HEAD_BYTES bytes (fewer for a shorter file). */
function readHead(path: string): Uint8Array {
  const head = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(path, 'r');
  try {
    let n = 0;
    for (let got = -1; got !== 0 && n < head.length; n += got) got = readSync(fd, head, n, head.length - n, n);
    return head.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Chunks a device or FIFO is read in. */
const STREAM_CHUNK_BYTES = 1024 * 1024;

/**
 * Reads what is not a regular file (a device such as /dev/zero or /dev/urandom, a FIFO, a socket)
 * as standard input is read: to its end or until past the limit, whose size cannot be known
 * beforehand (it is 0 for these). Returns at most MAX_INPUT_BYTES + 1 bytes.
 */
function readBounded(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    while (size <= MAX_INPUT_BYTES) {
      const chunk = Buffer.allocUnsafe(Math.min(STREAM_CHUNK_BYTES, MAX_INPUT_BYTES + 1 - size));
      const got = readSync(fd, chunk, 0, chunk.length, null);
      if (got === 0) break;
      chunks.push(chunk.subarray(0, got));
      size += got;
    }
    return Buffer.concat(chunks, size);
  } finally {
    closeSync(fd);
  }
}

/** The error for a stream (standard input, a device, a FIFO) that holds more than the limit. */
function streamTooLarge(name: string): InputError {
  return new InputError(name, `too large (over ${LIMIT_TEXT}, the limit)`);
}

/** Decodes a large regular file as decodeText would, without holding its bytes when it is UTF-8. */
function readLargeFile(path: string): string {
  return decodeLarge(path, { head: readHead(path), readUtf8: () => readFileSync(path, 'utf8'), readBytes: () => readFileSync(path) });
}

function systemErrorReason(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or bundled article';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return err.message.replace(/^\w+: /, '');
  }
}

function readPath(path: string, largeElsewhere = false): Source {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(path, 'is a directory');
    if (stat.size > MAX_INPUT_BYTES) {
      throw new InputError(path, `too large (${mebibytes(stat.size)}; the limit is ${LIMIT_TEXT})`);
    }
    if (largeElsewhere && stat.size >= LARGE_FILE_BYTES) throw new ReadElsewhere(path);
    if (stat.isFile() && stat.size >= LARGE_FILE_BYTES) return checkText(path, readLargeFile(path), stat.size);
    // A size says nothing for a device or FIFO (/dev/zero is endless): read those as a stream.
    const bytes = stat.isFile() ? readFileSync(path) : readBounded(path);
    if (bytes.length > MAX_INPUT_BYTES) throw streamTooLarge(path);
    return checkText(path, decodeText(path, bytes), bytes.length);
  } catch (err) {
    if (err instanceof InputError || err instanceof ReadElsewhere) throw err;
    const e = err as NodeJS.ErrnoException;
    if (typeof e.code === 'string') throw new InputError(path, systemErrorReason(e));
    throw err;
  }
}

/**
 * What one read takes of a file found in a folder, into a buffer kept for the next file: a news
 * article is a few kilobytes, so this is nearly always all of it, and then its size is never asked.
 */
const FIRST_READ_BYTES = 64 * 1024;
let firstRead: Buffer | null = null;

/**
 * A regular file under LARGE_FILE_BYTES read with the fewest system calls (open, one read, close:
 * a folder of 20,000 articles makes each count; fstat and a second read only for a file longer
 * than the first read), or null for anything else, for readPath.
 */
function readSmallFile(path: string): Source | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    firstRead ??= Buffer.allocUnsafeSlow(FIRST_READ_BYTES);
    const got = readSync(fd, firstRead, 0, FIRST_READ_BYTES, null);
    // Short of the buffer: the whole file (decoding copies it out of the buffer).
    if (got < FIRST_READ_BYTES) return checkText(path, decodeText(path, firstRead.subarray(0, got)), got);
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size >= LARGE_FILE_BYTES) return null;
    // One byte more than the size: a read that stops short of it has reached the end.
    let bytes = Buffer.allocUnsafe(Math.max(stat.size + 1, FIRST_READ_BYTES + 1));
    firstRead.copy(bytes);
    let n = got;
    for (;;) {
      const more = readSync(fd, bytes, n, bytes.length - n, null);
      n += more;
      if (more === 0 || n < bytes.length) break;
      // The file grew while being read.
      if (n >= LARGE_FILE_BYTES) return null;
      const grown = Buffer.allocUnsafe(bytes.length * 2);
      bytes.copy(grown);
      bytes = grown;
    }
    return checkText(path, decodeText(path, bytes.subarray(0, n)), n);
  } catch (err) {
    if (err instanceof InputError) throw err;
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads one named input: `-` is standard input, an existing path is a file, otherwise a bundled slug.
 * Throws InputError for anything that is not a readable, non-empty text.
 */
export function readSource(arg: string, ctx: ReadContext): Source {
  if (arg === STDIN_NAME) {
    const bytes = ctx.readStdin();
    if (bytes.length > MAX_INPUT_BYTES) throw streamTooLarge(STDIN_NAME);
    return checkText(STDIN_NAME, decodeText(STDIN_NAME, bytes), bytes.length);
  }
  let exists = true;
  try {
    statSync(arg);
  } catch {
    exists = false;
  }
  if (!exists) {
    const bundled = bundledArticles(ctx.articlesDir).get(arg);
    if (bundled) return { ...readPath(bundled, ctx.largeElsewhere), name: arg };
  }
  return readPath(arg, ctx.largeElsewhere);
}

/**
 * Reads a file found in a folder (folders.ts): as a named file is read, except that content that
 * is not an article's (binary, empty, only white space) is passed over quietly, as null. A file
 * that cannot be read is still an InputError.
 */
export function readFound(path: string, ctx?: ReadContext): Source | null {
  try {
    return readSmallFile(path) ?? readPath(path, ctx?.largeElsewhere);
  } catch (err) {
    if (err instanceof NotArticleError) return null;
    throw err;
  }
}

/**
 * What to read when no input is named: the default bundled article when standard input is a
 * terminal (nobody piped anything), else standard input, whatever it holds: a pipe, a file,
 * `/dev/null`. An empty one is then an empty input, never a quiet fall-back to the demo.
 */
export function defaultInputs(stdinIsTTY: boolean): string[] {
  return [stdinIsTTY ? DEFAULT_SLUG : STDIN_NAME];
}
