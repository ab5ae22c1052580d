#!/usr/bin/env node
// Shebang shim: runs lede with the real process. Everything else is in src/cli.ts.
import { run } from '../dist/src/cli.js';

await run(process);
