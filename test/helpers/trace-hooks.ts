// A module resolution hook for tests: writes `lede-trace: <url>` to stderr for every module
// resolved (ESM imports, and CommonJS modules an ES module imports). Nothing else.

import { writeSync } from 'node:fs';
import type { ResolveHook } from 'node:module';

/** The prefix of each traced line, so a test can pick them out of stderr. */
const PREFIX = 'lede-trace: ';

/** Resolves as Node would, then reports the URL. */
export const resolve: ResolveHook = async (specifier, context, nextResolve) => {
  const result = await nextResolve(specifier, context);
  writeSync(2, `${PREFIX}${result.url}\n`);
  return result;
};
