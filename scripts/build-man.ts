// Build step: writes the man page lede.1 from doc/lede.1.md (run by `npm run build`, after tsc).
// The conversion is roff.ts's; this file only reads, dates and writes.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { markdownToRoff } from './roff.js';

/** The repository root, from this file's place in dist/scripts/. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The build date, or SOURCE_DATE_EPOCH's for a reproducible build. */
function buildDate(env: NodeJS.ProcessEnv): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return new Date(Number.isInteger(epoch) && env.SOURCE_DATE_EPOCH ? epoch * 1000 : Date.now()).toISOString().slice(0, 10);
}

const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { name: string; version: string };
const markdown = readFileSync(`${ROOT}doc/lede.1.md`, 'utf8');
const roff = markdownToRoff(markdown, { date: buildDate(process.env), source: `${pkg.name} ${pkg.version}`, manual: 'User Commands' });
writeFileSync(`${ROOT}lede.1`, roff);
