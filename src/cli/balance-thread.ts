// The body of an `npm run balance` worker thread: plays each batch of games it is sent and posts the results back.
// Built to dist-cli/balance-worker.js beside dist-cli/balance.js.
import { parentPort } from 'node:worker_threads';
import { runPlayTask, type PlayTask } from './balance-play.ts';

parentPort!.on('message', (m: { id: number; task: PlayTask }) => {
  parentPort!.postMessage({ id: m.id, result: runPlayTask(m.task) });
});
