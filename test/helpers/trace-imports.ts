// Preloaded by tests with `node --import`: registers trace-hooks.ts, so that every module the
// command resolves is reported on stderr and a test can tell what a run imported.

import { register } from 'node:module';

register('./trace-hooks.js', import.meta.url);
