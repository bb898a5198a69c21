// Plays batches of games in worker threads that live as long as the run (starting a thread costs more than a batch).
// Each evaluation is cut into chunks of seeds; the results are put back in seed order, so they are the same for any
// number of workers.
import { Worker } from 'node:worker_threads';
import { runPlayTask, type PlayResult, type PlayTask } from './balance-play.ts';

/** Seeds per chunk: small enough to spread the work evenly, large enough that messages cost little. */
const CHUNK = 25;

export interface Pool {
  /** Plays every task; the i-th result is the i-th task's. */
  run(tasks: readonly PlayTask[]): Promise<PlayResult[]>;
  close(): Promise<void>;
  workers: number;
}

function chunksOf(tasks: readonly PlayTask[]): { task: PlayTask; of: number }[] {
  const out: { task: PlayTask; of: number }[] = [];
  tasks.forEach((t, of) => {
    for (let i = 0; i < t.seeds.length; i += CHUNK) out.push({ task: { ...t, seeds: t.seeds.slice(i, i + CHUNK) }, of });
  });
  return out;
}

function merge(tasks: readonly PlayTask[], chunks: { of: number }[], results: PlayResult[]): PlayResult[] {
  const out: PlayResult[] = tasks.map(() => ({ outcomes: [], scores: [] }));
  chunks.forEach((c, i) => {
    out[c.of].outcomes.push(...results[i].outcomes);
    out[c.of].scores.push(...results[i].scores);
  });
  return out;
}

/** In this thread: for one worker, and when run from the TypeScript sources (no built worker to start). */
function inProcess(): Pool {
  return {
    workers: 1,
    run: async (tasks) => tasks.map(runPlayTask),
    close: async () => {},
  };
}

export function startPool(workers: number): Pool {
  const built = !import.meta.url.endsWith('.ts');
  if (workers <= 1 || !built) return inProcess();
  const file = new URL('./balance-worker.js', import.meta.url);
  const threads = Array.from({ length: workers }, () => new Worker(file));
  let nextId = 0;
  const pending = new Map<number, { resolve: (r: PlayResult) => void; reject: (e: Error) => void }>();
  for (const w of threads) {
    w.on('message', (m: { id: number; result: PlayResult }) => {
      pending.get(m.id)?.resolve(m.result);
      pending.delete(m.id);
    });
    w.on('error', (e) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
  }
  const idle: Worker[] = [...threads];
  const waiting: (() => void)[] = [];
  const acquire = (): Promise<Worker> =>
    idle.length ? Promise.resolve(idle.pop()!) : new Promise((r) => waiting.push(() => r(idle.pop()!)));
  const release = (w: Worker) => {
    idle.push(w);
    waiting.shift()?.();
  };
  const send = async (task: PlayTask): Promise<PlayResult> => {
    const w = await acquire();
    try {
      return await new Promise<PlayResult>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        w.postMessage({ id, task });
      });
    } finally {
      release(w);
    }
  };
  return {
    workers,
    run: async (tasks) => {
      const chunks = chunksOf(tasks);
      const results = await Promise.all(chunks.map((c) => send(c.task)));
      return merge(tasks, chunks, results);
    },
    close: async () => {
      await Promise.all(threads.map((w) => w.terminate()));
    },
  };
}
