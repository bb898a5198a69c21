// The spread of a class session's settings in the workers: the same tally as one thread plays it, with 1 or 2 workers
// in any order of finishing; seats and devices do not change it; progress grows to the total; a cancel stops it; and
// only when no worker can start does the page play the smaller spread itself, the same as one thread again.
import { describe, expect, it } from 'vitest';
import { askSpread, spreadOnPage } from '../../src/classroom/spread-ask.ts';
import { sessionStart, spreadChunk } from '../../src/classroom/spread.ts';
import type { ClassSession } from '../../src/classroom/session.ts';
import { OUTCOMES } from '../../src/sim/ids.ts';
import { isAbort, isStartFailure, WorkerPool, type MakeWorker } from '../../src/workers/pool.ts';
import { spreadInWorkers, type Progress } from '../../src/workers/tasks.ts';
import { inThread, jitter, type Counter } from './in-thread.ts';

const SESSION: ClassSession = { seed: 4242, rules: ['no-tender', 'notice-required'], seats: ['board', 'employees'], devices: 'each' };
const RUNS = 150;
const pool = (size: number, seed = 0, counter?: Counter) => new WorkerPool(inThread(counter, seed ? jitter(seed, 3) : undefined), size);
const oneThread = (runs: number) => spreadChunk(sessionStart(SESSION), 1, runs);

/** Workers that never start: made, they fail before answering anything (as a module worker the browser refuses). */
const neverStarts: MakeWorker = (_onReply, onFail) => ({ post: () => void setTimeout(() => onFail('refused by the page'), 0), terminate: () => undefined });

describe('a class session’s spread in the workers', () => {
  it('is the one-thread spread, with 1 or 2 workers in any order of finishing', async () => {
    const one = await spreadInWorkers(pool(1), SESSION, RUNS, { chunk: 40 });
    const two = await spreadInWorkers(pool(2, 5), SESSION, RUNS, { chunk: 40 });
    expect(two).toEqual(one);
    expect(one).toEqual(oneThread(RUNS));
    expect(one.runs).toBe(RUNS);
    expect(OUTCOMES.reduce((s, o) => s + one.outcomes[o], 0)).toBe(RUNS);
  });

  it('depends on the seed and the rulebook only: other seats or devices give the same, another seed another', async () => {
    const p = pool(2, 7);
    const base = await spreadInWorkers(p, SESSION, 60, { chunk: 25 });
    const reordered = { ...SESSION, rules: [...SESSION.rules].reverse(), seats: ['microsoft' as const], devices: 'shared' as const };
    expect(await spreadInWorkers(p, reordered, 60, { chunk: 25 })).toEqual(base);
    expect(await spreadInWorkers(p, { ...SESSION, seed: 4243 }, 60, { chunk: 25 })).not.toEqual(base);
  });

  it('reports progress that only grows, in games, up to the total', async () => {
    const seen: Progress[] = [];
    await spreadInWorkers(pool(2, 3), SESSION, 90, { chunk: 20, onProgress: (p) => seen.push(p) });
    expect(seen[0]).toEqual({ done: 0, total: 90 });
    expect(seen.at(-1)).toEqual({ done: 90, total: 90 });
    for (let i = 1; i < seen.length; i++) expect(seen[i].done).toBeGreaterThan(seen[i - 1].done);
  });

  it('stops when cancelled, and does not fall back to the page', async () => {
    const counter: Counter = { answered: 0, terminated: 0 };
    const stop = new AbortController();
    let onPage = false;
    const asked = askSpread(pool(2, 0, counter), SESSION, {
      signal: stop.signal, runs: { workers: 2000, page: 30 }, onPage: () => (onPage = true), onProgress: (p) => p.done > 0 && stop.abort(),
    });
    expect(isAbort(await asked.then(() => null, (e: unknown) => e))).toBe(true);
    expect(onPage).toBe(false);
    expect(counter.answered).toBeLessThan(5);
    expect(counter.terminated).toBeGreaterThan(0);
  });
});

describe('when no worker can start', () => {
  it('the page plays the smaller spread itself, the one-thread spread, and says so', async () => {
    for (const make of [neverStarts, (() => { throw new Error('no workers here'); }) as MakeWorker]) {
      let said = 0;
      const seen: Progress[] = [];
      const got = await askSpread(new WorkerPool(make, 2), SESSION, { runs: { workers: 400, page: 40 }, onPage: () => said++, onProgress: (p) => seen.push(p) });
      expect(got.onPage).toBe(true);
      expect(said).toBe(1);
      expect(got.tally).toEqual(oneThread(40));
      expect(seen.at(-1)).toEqual({ done: 40, total: 40 });
    }
    expect(await spreadOnPage(SESSION, 30)).toEqual(oneThread(30));
  });

  it('a worker that fails after it has answered is a failure, not a start failure: no fallback, the error said', async () => {
    const make: MakeWorker = (onReply, onFail) => {
      const inner = inThread()(onReply, onFail);
      let jobs = 0;
      return { post: (req) => (jobs++ === 0 ? inner.post(req) : setTimeout(() => onFail('out of memory'), 0)), terminate: () => inner.terminate() };
    };
    const error = await askSpread(new WorkerPool(make, 1), SESSION, { runs: { workers: 150, page: 20 }, onPage: () => expect.fail('fell back') }).then(() => null, (e: unknown) => e);
    expect(isStartFailure(error)).toBe(false);
    expect(String(error)).toMatch(/worker failed: out of memory/);
  });

  it('a refused start is reported as such, by the pool, for any question', async () => {
    const error = await spreadInWorkers(new WorkerPool(neverStarts, 2), SESSION, 10).then(() => null, (e: unknown) => e);
    expect(isStartFailure(error)).toBe(true);
    expect(String(error)).toMatch(/could not start: refused by the page/);
  });
});
