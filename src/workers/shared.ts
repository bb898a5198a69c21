// The page's one pool of simulation workers: module workers built by Vite from sim.worker.ts, one per core (at most
// 16), started when first needed and kept for the next batch.
import { WorkerPool, type PoolWorker } from './pool.ts';
import type { Reply } from './jobs.ts';

const MAX_WORKERS = 16;

let pool: WorkerPool | null = null;

function webWorker(onReply: (r: Reply) => void, onFail: (message: string) => void): PoolWorker {
  const w = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (ev: MessageEvent<Reply>) => onReply(ev.data);
  w.onerror = (ev) => {
    ev.preventDefault();
    onFail(ev.message || 'the browser gave no reason');
  };
  return { post: (req) => w.postMessage(req), terminate: () => w.terminate() };
}

export function sharedPool(): WorkerPool {
  pool ??= new WorkerPool(webWorker, Math.max(1, Math.min(MAX_WORKERS, navigator.hardwareConcurrency || 2)));
  return pool;
}
