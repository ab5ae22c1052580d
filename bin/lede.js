#!/usr/bin/env node
// Shebang shim: runs lede with the real process. Everything else is in src/cli.ts, which the build
// bundles into dist/bundle/.
import { run } from '../dist/bundle/cli.mjs';

await run(process);
