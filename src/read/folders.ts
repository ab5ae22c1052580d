// Folders as inputs: turns what the user named into the inputs to read, a folder into the article
// files under it, found as ripgrep finds files (hidden ones and links left out) in sorted order.
// Reading a file is sources.ts's job; whether a found file's content is an article is decided there.

import { readdirSync, statSync, type Dirent } from 'node:fs';
import { InputError } from '../errors.js';
import { STDIN_NAME } from './sources.js';

/**
 * The names a file found in a folder is read by: article text, CNN stories, Markdown, an
 * extractor's JSON, web pages. A file with no extension at all is read too, and its content
 * decides (sources.ts's readFound); any other extension (.pdf, .js, .csv, .png…) is passed over
 * unread. Named on the command line, any file is read.
 */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.text', '.story', '.md', '.markdown', '.json', '.html', '.htm', '.xhtml'];

/** One input to read: a name from the command line, or a file found in a folder. */
export interface Input {
  path: string;
  /** Found in a folder: a file that is not an article is passed over quietly instead of an error. */
  found: boolean;
}

/** Whether a file found in a folder is read, by its name: hidden files never; see ARTICLE_EXTENSIONS. */
export function isArticleName(name: string): boolean {
  if (name.startsWith('.')) return false;
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return true;
  return ARTICLE_EXTENSIONS.includes(name.slice(dot).toLowerCase());
}

/** Whether a command-line argument names a folder (following links, as a named path is followed). */
export function isFolder(arg: string): boolean {
  if (arg === STDIN_NAME) return false;
  try {
    return statSync(arg).isDirectory();
  } catch {
    return false;
  }
}

/** Orders names by UTF-16 code unit, as `LC_ALL=C sort` and `rg --sort path` do: the same everywhere. */
function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** `dir` joined with a name as the user would write it: `./a.txt` under `.`, `news/a.txt` under `news/`. */
function joinName(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** Why a folder could not be listed, for `lede: <folder>: <why>`. */
function listingError(dir: string, err: NodeJS.ErrnoException): InputError {
  const why = err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied' : err.message.replace(/^\w+: /, '');
  return new InputError(dir, why);
}

/**
 * The article files under a folder, depth first, each folder's entries sorted by name (files and
 * folders together, as `rg --sort path` orders them). Hidden files and folders
 * (a name starting with `.`) and symbolic links are left out, as ripgrep does by default; so are
 * sockets, FIFOs and devices. A folder that cannot be listed is yielded as an InputError. Only the
 * listings of the folders on the way down are held, however many files there are.
 */
export function* walkFolder(dir: string): Generator<Input | InputError> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    yield listingError(dir, err as NodeJS.ErrnoException);
    return;
  }
  entries.sort(byName);
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = joinName(dir, entry.name);
    if (entry.isDirectory()) yield* walkFolder(path);
    else if (entry.isFile() && isArticleName(entry.name)) yield { path, found: true };
  }
}

/**
 * The inputs the arguments name, in order: each folder replaced by the article files under it. A
 * folder with none at all is an InputError, so that a mistyped folder does not pass unnoticed.
 */
export function* expandInputs(args: readonly string[]): Generator<Input | InputError> {
  for (const arg of args) {
    if (!isFolder(arg)) {
      yield { path: arg, found: false };
      continue;
    }
    let files = 0;
    for (const input of walkFolder(arg)) {
      if (!(input instanceof InputError)) files++;
      yield input;
    }
    if (files === 0) yield new InputError(arg, 'no article files in this folder');
  }
}
