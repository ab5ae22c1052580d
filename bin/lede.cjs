#!/usr/bin/env node
// Shebang shim: loads the bundled CLI (with V8's code cache, see load-cli.cjs) and runs it with the
// real process. Everything else is in src/cli.ts.
'use strict';

require('./load-cli.cjs').loadCli().cli.run(process);
