// Loads the bundled CLI, dist/bundle/cli.cjs, for a fast start. Two things make the difference
// (`npm run bench` shows them):
// - V8's code cache: the build runs the bundle once and saves what V8 compiled beside it
//   (cli.cjs.cache), so a start deserializes code instead of parsing 460 kB of JavaScript. A cache
//   V8 rejects (another Node version, other V8 flags) is ignored and the bundle compiles as usual.
// - --no-regexp-tier-up: V8 otherwise first compiles a regular expression to bytecode for its
//   interpreter, which for Unicode classes (\p{L}) costs twice what compiling it to machine code
//   does. Set before anything compiles, and the same when the cache is made (the flags are part
//   of the cache's key).
// The build (scripts/bundle.ts) uses this same file to make the cache.
'use strict';

const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const vm = require('node:vm');

const V8_FLAGS = '--no-regexp-tier-up';
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
  setFlagsFromString(V8_FLAGS);
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

module.exports = { loadCli, BUNDLE, CACHE };
