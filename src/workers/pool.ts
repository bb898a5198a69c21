// A pool of simulation workers: a batch of jobs goes out one job per idle worker, the next job to whichever worker
// finishes first; the results come back in the batch's order, whichever worker played which job. Batches queue by
// priority (the debrief's turning points before the ending's odds), then in order of arrival. Cancelling a batch drops
// its queued jobs and terminates the workers busy with it (fresh ones start when work comes), or lets those jobs finish
// if the batch asked for it (a warm-up); the other batches go on. A worker that cannot be made, or fails before its
// first answer, is said to have failed to start (isStartFailure): the page may then do the work itself.
import type { Job, JobKind, JobOf, Reply, Request, ResultOf } from './jobs.ts';

/** A worker as the pool drives it: the real Web Worker (shared.ts), or one in this thread (tests). */
export interface PoolWorker {
  post(req: Request): void;
  terminate(): void;
}

/** Makes a worker that calls `onReply` with each reply and `onFail` if the worker itself fails (not a job). */
export type MakeWorker = (onReply: (r: Reply) => void, onFail: (message: string) => void) => PoolWorker;

export interface RunOptions<R> {
  signal?: AbortSignal;
  /** Higher first; equal priorities in order of arrival. */
  priority?: number;
  /** Each job's result as it arrives (in any order): for progress. */
  onResult?: (index: number, result: R) => void;
  /** When cancelled, let the jobs being played finish (their results dropped) rather than terminate their workers. */
  finishRunning?: boolean;
}

interface Batch {
  results: unknown[];
  left: number;
  settled: boolean;
  finishRunning: boolean;
  resolve: (results: unknown[]) => void;
  reject: (e: unknown) => void;
  onResult?: (index: number, result: never) => void;
}

interface Item {
  batch: Batch;
  index: number;
  job: Job;
  priority: number;
  seq: number;
}

interface Slot {
  worker: PoolWorker | null;
  item: Item | null;
  /** The id of the request the worker is answering. */
  id: number;
  /** Whether this worker has answered once: a worker that fails before it could not start. */
  answered: boolean;
}

/** The error a cancelled batch rejects with (its name is "AbortError", as fetch's). */
export function abortError(): Error {
  const e = new Error('cancelled');
  e.name = 'AbortError';
  return e;
}

export const isAbort = (e: unknown): boolean => (e as Error | null)?.name === 'AbortError';

/** The error of a batch whose worker could not start (its name is "WorkerStartError"). */
export function startError(why: string): Error {
  const e = new Error(`a simulation worker could not start: ${why}`);
  e.name = 'WorkerStartError';
  return e;
}

export const isStartFailure = (e: unknown): boolean => (e as Error | null)?.name === 'WorkerStartError';

export class WorkerPool {
  private readonly slots: Slot[];
  private queue: Item[] = [];
  private seq = 0;
  private nextId = 1;

  constructor(private readonly make: MakeWorker, readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a pool needs at least one worker, not ${size}`);
    this.slots = Array.from({ length: size }, () => ({ worker: null, item: null, id: 0, answered: false }));
  }

  /** Plays every job; the i-th result is the i-th job's. Rejects with abortError() when the signal aborts. */
  run<K extends JobKind>(jobs: readonly JobOf<K>[], o: RunOptions<ResultOf[K]> = {}): Promise<ResultOf[K][]> {
    return new Promise((resolve, reject) => {
      if (o.signal?.aborted) return reject(abortError());
      if (jobs.length === 0) return resolve([]);
      const batch: Batch = {
        results: new Array(jobs.length), left: jobs.length, settled: false, finishRunning: o.finishRunning ?? false,
        resolve: resolve as Batch['resolve'], reject, onResult: o.onResult as Batch['onResult'],
      };
      o.signal?.addEventListener('abort', () => this.fail(batch, abortError()), { once: true });
      const priority = o.priority ?? 0;
      jobs.forEach((job, index) => this.queue.push({ batch, index, job, priority, seq: this.seq++ }));
      this.queue.sort((a, b) => b.priority - a.priority || a.seq - b.seq);
      this.pump();
    });
  }

  /** How many jobs are queued or being played. */
  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.item).length;
  }

  /** Terminates every worker and rejects every batch still running. */
  dispose(): void {
    for (const b of new Set([...this.queue, ...this.slots.flatMap((s) => (s.item ? [s.item] : []))].map((i) => i.batch))) this.fail(b, abortError());
    for (const s of this.slots) this.stop(s);
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.item || this.queue.length === 0) continue;
      const item = this.queue.shift()!;
      try {
        if (!slot.worker) {
          slot.worker = this.make((r) => this.onReply(slot, r), (m) => this.onFail(slot, m));
          slot.answered = false;
        }
      } catch (e) {
        // No worker can start here (a browser without them, a policy that forbids them): the batch says why.
        this.fail(item.batch, startError(String((e as Error)?.message ?? e)));
        return;
      }
      slot.item = item;
      slot.id = this.nextId++;
      slot.worker.post({ id: slot.id, job: item.job });
    }
  }

  private onReply(slot: Slot, reply: Reply): void {
    const item = slot.item;
    if (!item || reply.id !== slot.id) return;
    slot.item = null;
    slot.answered = true;
    const b = item.batch;
    if (!reply.ok) this.fail(b, new Error(reply.error));
    else if (!b.settled) {
      b.results[item.index] = reply.result;
      b.left--;
      try {
        b.onResult?.(item.index, reply.result as never);
      } catch (e) {
        this.fail(b, e);
      }
      if (b.left === 0 && !b.settled) {
        b.settled = true;
        b.resolve(b.results);
      }
    }
    this.pump();
  }

  private onFail(slot: Slot, message: string): void {
    const item = slot.item;
    const started = slot.answered;
    this.stop(slot);
    if (item) this.fail(item.batch, started ? new Error(`a simulation worker failed: ${message}`) : startError(message));
    this.pump();
  }

  private stop(slot: Slot): void {
    slot.worker?.terminate();
    slot.worker = null;
    slot.item = null;
  }

  /** Settles a batch as failed: its queued jobs dropped, the workers playing its jobs stopped (or left to finish). */
  private fail(b: Batch, e: unknown): void {
    if (b.settled) return;
    b.settled = true;
    this.queue = this.queue.filter((i) => i.batch !== b);
    if (!b.finishRunning || !isAbort(e)) for (const s of this.slots) if (s.item?.batch === b) this.stop(s);
    b.reject(e);
    this.pump();
  }
}
