// A worker thread's entry when lede runs from its compiled modules (the tests); the bundle's is
// bin/lede-worker.cjs. Nothing else.

import { runWorker } from './worker.js';

runWorker();
