// The body of an `npm run explore` worker thread: plays the batch it is given and posts the tally back.
// Built to dist-cli/explore-worker.js beside dist-cli/explore.js.
import { parentPort, workerData } from 'node:worker_threads';
import { runBatch, type BatchJob } from '../sim/explore.ts';

parentPort!.postMessage(runBatch(workerData as BatchJob));
