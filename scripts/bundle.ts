// Bundles the built CLI (dist/src/cli.js and everything it imports) into dist/bundle/cli.mjs, which
// bin/lede.js runs: one file to read and compile instead of dozens, for a faster start. What lede
// imports only on demand (the Markdown and JSON parsers, Markdown block rendering) becomes chunks
// of their own, loaded when asked for; packages used that way stay in node_modules.

import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as { version: string };

// Chunk names carry a hash: clear out the last build's, or they pile up (and into the package).
rmSync(join(dist, 'bundle'), { recursive: true, force: true });

await build({
  entryPoints: [join(dist, 'src', 'cli.js')],
  outdir: join(dist, 'bundle'),
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunk-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Not minified: an unexpected error's stack then names real functions and prints a short source line.
  minify: false,
  legalComments: 'none',
  external: ['string-width', 'wrap-ansi', 'marked', 'marked-terminal'],
  // commander is CommonJS and requires Node built-ins; give the bundle a require of its own.
  banner: { js: "import { createRequire as __lede_require } from 'node:module'; const require = __lede_require(import.meta.url);" },
  define: { __LEDE_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
