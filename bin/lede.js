#!/usr/bin/env node
// Shebang shim: runs lede with the real process. Everything else is in src/cli.ts, which the build
// bundles into dist/lede.mjs.
import { run } from '../dist/lede.mjs';

await run(process);
