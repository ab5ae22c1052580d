// A worker thread's entry for the bundled CLI (src/parallel/pool.ts starts it): loads the bundle as
// bin/lede.cjs does and runs the worker's side of the pool. Everything else is in src/parallel/.
'use strict';

require('./load-cli.cjs').loadCli().cli.runWorker();
