// Bundles the built CLI (dist/src/cli.js and everything it imports) into one CommonJS file,
// dist/bundle/cli.cjs, then runs it once and saves V8's code cache for it beside it
// (cli.cjs.cache). bin/load-cli.cjs loads the two: a start then deserializes compiled code instead
// of reading and compiling dozens of modules. What a plain read of article text never runs (web
// pages, Markdown and marked, quotes, the summary) goes into chunks beside it, required on first
// use (see CHUNKS). marked-terminal alone stays in node_modules, imported only when a Markdown
// article's blocks are drawn on a terminal.

import { build, type BuildOptions, type Plugin } from 'esbuild';
import * as childProcess from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Proc } from '../src/cli.js';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(dist, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/**
 * node:child_process costs a few milliseconds to load, and only the pager (and commander's
 * executable subcommands, which lede has none of) use it: the bundle gets a stand-in that loads
 * the real module on first use.
 */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.namespace === 'lazy' ? { path: 'node:child_process', external: true } : { path: 'child_process', namespace: 'lazy' },
    );
    // A getter for each export: the bundle's ES-module interop copies them as getters, so the
    // real module still loads only when one is used.
    const getters = Object.keys(childProcess).map((name) => `get ${name}() { return require('node:child_process').${name}; }`);
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({ contents: `module.exports = { ${getters.join(', ')} };`, loader: 'js' }));
  },
};

/**
 * lede always tells chalk its color level (src/options.ts decides it from flags, NO_COLOR and the
 * terminal), so chalk's own detection, which loads node:os and node:tty and reads process.argv
 * for --color, is replaced by "no color" for the default instance lede never uses.
 */
const noColorDetection: Plugin = {
  name: 'no-color-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-color-detection' }));
    b.onLoad({ filter: /.*/, namespace: 'no-color-detection' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
  },
};

/** The file the bundle imports packages through (see src/import-package.ts), beside the bundle. */
const IMPORT_PACKAGE = 'import-package.cjs';

/**
 * src/import-package.ts becomes a call to a real CommonJS file beside the bundle, where import()
 * works and resolves from the package's node_modules as usual.
 */
const importThroughFile: Plugin = {
  name: 'import-through-file',
  setup(b) {
    b.onResolve({ filter: /[\\/]import-package\.js$/ }, (args) => ({ path: args.path, namespace: 'import-package' }));
    b.onResolve({ filter: /^\.\/import-package\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'import-package' }, () => ({
      contents: `exports.importPackage = (name) => require('./${IMPORT_PACKAGE}')(name);`,
      loader: 'js',
    }));
  },
};

/**
 * What a plain read of article text never runs, each bundled in a file of its own beside the CLI's
 * bundle and required from it when first imported (all are imported with import()): the web-page
 * reader (linkedom and Readability, three times the size of the rest of lede), the Markdown reader
 * and marked, the quote finder and the summarizer. In the CLI's bundle they would be read, and
 * their functions set up, at every start; a chunk that needs another requires it the same way.
 * A chunk holds its own copy of the small modules it shares with the CLI (scanners, sentences):
 * those keep no state and throw no error the CLI tells by its class.
 */
const CHUNKS: readonly { file: string; module: string }[] = [
  { file: 'html.cjs', module: join(dist, 'src', 'parse', 'html', 'html.js') },
  { file: 'markdown.cjs', module: join(dist, 'src', 'parse', 'markdown', 'markdown.js') },
  { file: 'marked.cjs', module: 'marked' },
  { file: 'quotes.cjs', module: join(dist, 'src', 'select', 'quotes.js') },
  { file: 'summary.cjs', module: join(dist, 'src', 'select', 'summary.js') },
];

/** Whether an import (its specifier, from its folder) is of the chunk's module: a package by name, a file by its path. */
function importsChunk(chunk: { module: string }, args: { path: string; resolveDir: string }): boolean {
  return isAbsolute(chunk.module) ? resolve(args.resolveDir, args.path) === chunk.module : args.path === chunk.module;
}

/** Sends each import of a chunk's module (but `own`'s, when building that chunk) to a require of its file. */
function chunksOutside(own: string | null): Plugin {
  return {
    name: 'chunks-outside',
    setup(b) {
      for (const chunk of CHUNKS) {
        if (chunk.file === own) continue;
        const filter = new RegExp(`(?:^|/)${basename(chunk.module).replace(/\./g, '\\.')}$`);
        b.onResolve({ filter }, (args) => (importsChunk(chunk, args) ? { path: chunk.module, namespace: `chunk:${chunk.file}` } : undefined));
        b.onLoad({ filter: /.*/, namespace: `chunk:${chunk.file}` }, () => ({ contents: `module.exports = require('./${chunk.file}');`, loader: 'js' }));
      }
      const files = new Set(CHUNKS.map((c) => `./${c.file}`));
      // Only from the stand-ins above: a package's own `./x.cjs` (linkedom's) is bundled as usual.
      b.onResolve({ filter: /^\.\/[\w-]+\.cjs$/ }, (args) => (files.has(args.path) && args.namespace.startsWith('chunk:') ? { path: args.path, external: true } : undefined));
    },
  };
}

/** What both bundles are built with. */
const COMMON = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // esbuild's table has Node 20 short of some Unicode property escapes and rewrites every `/\p{Lu}/u` into
  // `new RegExp(…)`, built again at each call; Node 20 reads every escape lede's sources use.
  supported: { 'regexp-unicode-property-escapes': true },
  // Not minified: an unexpected error's stack then names real functions and prints a short source line.
  minify: false,
  legalComments: 'none',
  // The sources are ES modules that find the package folder from import.meta.url (both defines map it to this).
  banner: { js: "var __lede_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
} satisfies BuildOptions;

/** Writes each chunk's bundle beside the CLI's. */
async function bundleChunks(dir: string): Promise<void> {
  for (const chunk of CHUNKS) {
    // A package's chunk is everything it exports.
    const entry = isAbsolute(chunk.module) ? { entryPoints: [chunk.module] } : { stdin: { contents: `export * from '${chunk.module}';`, resolveDir: root, loader: 'js' as const } };
    await build({
      ...COMMON,
      ...entry,
      outfile: join(dir, chunk.file),
      plugins: [chunksOutside(chunk.file)],
      define: { 'import.meta.url': '__lede_import_meta_url' },
    });
  }
}

/** How a CommonJS module's function opens (Node's Module.wrap); the bundle closes it with `})`. */
const MODULE_WRAPPER_OPEN = '(function (exports, require, module, __filename, __dirname) {';

/** Writes the bundle. */
async function bundle(outfile: string): Promise<void> {
  rmSync(dirname(outfile), { recursive: true, force: true });
  await build({
    ...COMMON,
    entryPoints: [join(dist, 'src', 'cli.js')],
    outfile,
    // marked, string-width and wrap-ansi are bundled too, run only when an article needs them.
    external: ['marked-terminal'],
    plugins: [lazyChildProcess, importThroughFile, noColorDetection, chunksOutside(null)],
    define: { __LEDE_VERSION__: JSON.stringify(version), __LEDE_BUNDLED__: 'true', 'import.meta.url': '__lede_import_meta_url' },
    // The file is the module's function itself, as Node's Module.wrap would make it: bin/load-cli.cjs
    // compiles it as read, with no wrapped copy of 400 kB made (and collected) at every start.
    banner: { js: `${MODULE_WRAPPER_OPEN}\n${COMMON.banner.js}` },
    footer: { js: '})' },
  });
  writeFileSync(join(dirname(outfile), IMPORT_PACKAGE), '// Imports a package for the bundle (see src/import-package.ts).\nmodule.exports = (name) => import(name);\n');
}

/**
 * Escapes every character beyond ASCII as \uXXXX: esbuild leaves them in regular expression
 * literals, and a file with any of them is decoded into a two-byte string, a millisecond and a
 * half slower to read at every start than an ASCII one. The escape means the same character in a
 * string, a template, a regular expression (with or without the u flag, surrogate pairs included)
 * and a comment; only String.raw would keep it as written, so a line using that must hold none,
 * and one written after a backslash (`\’`) would turn into a different escape, so there must be none.
 */
function asciiOnly(file: string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const unsafe = lines.findIndex((l) => (l.includes('String.raw') && /[^\x00-\x7f]/.test(l)) || /\\[^\x00-\x7f]/.test(l));
  if (unsafe >= 0) throw new Error(`${file}:${unsafe + 1}: a character beyond ASCII that cannot be escaped here`);
  const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  writeFileSync(file, lines.map((l) => l.replace(/[^\x00-\x7f]/g, escape)).join('\n'));
}

/** A quiet process for the cache run: output is thrown away, stdin is not a pipe. */
function quietProc(args: string[]): Proc {
  const drop = { write: () => true };
  return {
    argv: ['node', 'lede', ...args],
    env: {},
    stdin: { isTTY: () => Promise.resolve(true), read: () => Promise.resolve(new Uint8Array()) },
    stdout: { ...drop, isTTY: false, columns: undefined },
    stderr: drop,
    page: () => Promise.resolve({ kind: 'done' }),
  };
}

/**
 * Runs the bundle on the bundled article, plain and styled, so the functions a start needs are
 * compiled, then saves V8's code cache. The runs go through bin/load-cli.cjs, so the V8 flags are
 * the ones a real start has.
 */
async function makeCodeCache(): Promise<void> {
  const { loadCli, CACHE } = createRequire(import.meta.url)(join(root, 'bin', 'load-cli.cjs')) as {
    loadCli: (o: { cache: boolean }) => { cli: { main: (p: Proc) => Promise<number> }; script: { createCachedData(): Buffer } };
    CACHE: string;
  };
  const { cli, script } = loadCli({ cache: false });
  for (const args of [[], ['--format', 'terminal', '--color', 'always', '--width', '80']]) {
    const status = await cli.main(quietProc(args));
    if (status !== 0) throw new Error(`the cache run of lede ${args.join(' ')} exited ${status}`);
  }
  writeFileSync(CACHE, script.createCachedData());
}

await bundle(join(dist, 'bundle', 'cli.cjs'));
await bundleChunks(join(dist, 'bundle'));
asciiOnly(join(dist, 'bundle', 'cli.cjs'));
await makeCodeCache();
