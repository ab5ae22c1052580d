// Bundles the built CLI (dist/src/cli.js and everything it imports) into one file, dist/lede.mjs,
// which bin/lede.js runs: one file to read and compile instead of dozens, for a faster start.
// Modules lede loads only on demand (string-width, wrap-ansi, marked-terminal) stay outside it.

import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as { version: string };

await build({
  entryPoints: [join(dist, 'src', 'cli.js')],
  outfile: join(dist, 'lede.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Not minified: an unexpected error's stack then names real functions and prints a short source line.
  minify: false,
  legalComments: 'none',
  external: ['string-width', 'wrap-ansi', 'marked-terminal'],
  // commander is CommonJS and requires Node built-ins; give the bundle a require of its own.
  banner: { js: "import { createRequire as __lede_require } from 'node:module'; const require = __lede_require(import.meta.url);" },
  define: { __LEDE_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
