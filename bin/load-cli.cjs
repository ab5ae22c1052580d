// Loads the bundled CLI, dist/bundle/cli.cjs, from V8's code cache for a fast start: the build
// runs the bundle once and saves what V8 compiled beside it (cli.cjs.cache), so a start
// deserializes code instead of parsing 400 kB of JavaScript (`npm run bench` shows the gain). The
// chunks the bundle requires on first use (scripts/bundle.ts's CHUNKS) are compiled as usual. A
// cache V8 rejects (another Node version, V8 options in NODE_OPTIONS) is ignored and the bundle
// compiles as usual. The build (scripts/bundle.ts) uses this same file to make the cache.
//
// No V8 flag is set here: v8.setFlagsFromString('--no-regexp-tier-up') made regular expressions
// cheaper to compile, but flipping it in a running process crashed V8 now and then (a segfault in
// its regexp interpreter, about one Markdown-on-a-terminal run in a hundred).
'use strict';

const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, isAbsolute, join, relative } = require('node:path');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'bundle', 'cli.cjs');
const CACHE = `${BUNDLE}.cache`;

/** Reads a file, or undefined when it is not there (an unbuilt cache). */
function readIfThere(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Where the bundle should be, as the user would name it: relative to the working folder when under it. */
function bundleName() {
  const rel = relative(process.cwd(), BUNDLE);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : BUNDLE;
}

/**
 * The bundle's source. A clone where the build never ran has none: that is one line and exit
 * status 2 (as for any unusable invocation), not a stack trace.
 */
function readBundle() {
  try {
    return readFileSync(BUNDLE, 'utf8');
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
    process.stderr.write(`lede: ${bundleName()}: not built (run \`npm run build\` in lede's folder)\n`);
    process.exit(2);
  }
}

/**
 * Compiles and runs the bundle; returns its exports (`cli.run`, `cli.main`) and the compiled script
 * (the build calls createCachedData on it). With `{ cache: false }` the cache is not read.
 */
function loadCli({ cache = true } = {}) {
  // The bundle is written as a module's function (scripts/bundle.ts), so it needs no Module.wrap.
  const script = new vm.Script(readBundle(), {
    filename: BUNDLE,
    // No import() runs in here (Node 20 cannot run one in a script from the cache): the bundle
    // imports packages through dist/bundle/import-package.cjs.
    cachedData: cache ? readIfThere(CACHE) : undefined,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { cli: module.exports, script };
}

module.exports = { loadCli, CACHE };
