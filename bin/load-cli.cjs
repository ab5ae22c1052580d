// Loads the bundled CLI, dist/bundle/cli.cjs, from V8's code cache for a fast start: the build
// runs the bundle once and saves what V8 compiled beside it (cli.cjs.cache), so a start
// deserializes code instead of parsing 460 kB of JavaScript (`npm run bench` shows the gain). A
// cache V8 rejects (another Node version, V8 options in NODE_OPTIONS) is ignored and the bundle
// compiles as usual. The build (scripts/bundle.ts) uses this same file to make the cache.
//
// No V8 flag is set here: v8.setFlagsFromString('--no-regexp-tier-up') made regular expressions
// cheaper to compile, but flipping it in a running process crashed V8 now and then (a segfault in
// its regexp interpreter, about one Markdown-on-a-terminal run in a hundred).
'use strict';

const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
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

/**
 * Compiles and runs the bundle; returns its exports (`cli.run`, `cli.main`) and the compiled script
 * (the build calls createCachedData on it). With `{ cache: false }` the cache is not read.
 */
function loadCli({ cache = true } = {}) {
  const script = new vm.Script(Module.wrap(readFileSync(BUNDLE, 'utf8')), {
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
