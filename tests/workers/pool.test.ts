// The worker pool and the questions it answers: the same inputs give the same counts whatever the number of workers
// and the order they finish in, and the same as one thread; progress only grows, to the total; a cancel stops the work.
import { describe, expect, it } from 'vitest';
import { defaultPolicies, exploredGame, mergeBatches, runBatch, type ExploreSetup } from '../../src/sim/explore.ts';
import { OUTCOMES, type OutcomeId } from '../../src/sim/ids.ts';
import { oddsFrom } from '../../src/sim/odds.ts';
import { runGame } from '../../src/sim/run.ts';
import { decodeRun, encodeRun, runOf } from '../../src/share/index.ts';
import { after } from '../../src/teach/replay.ts';
import { playOnPolicies } from '../../src/teach/probes.ts';
import { turningPoints } from '../../src/teach/turning-points.ts';
import { isAbort, WorkerPool } from '../../src/workers/pool.ts';
import { endingOdds, exploreRuns, FIRST_MOVES_TURN, oddsInWorkers, turningPointEvidence, turningPointsOf, warmUp, type Progress } from '../../src/workers/tasks.ts';
import { inThread, jitter, type Counter } from './in-thread.ts';

const defaults = defaultPolicies();
const setup: ExploreSetup = { rules: ['no-tender'], policies: { ...defaults, microsoft: 'hawk' }, seat: { party: 'employees', strategy: 'thinking' } };
const pool = (size: number, seed = 0, counter?: Counter) => new WorkerPool(inThread(counter, seed ? jitter(seed, 3) : undefined), size);

describe('an exploration in the workers', () => {
  it('gives the same counts, score sums and samples with 1 or 2 workers, in any order of finishing, as one thread does', async () => {
    const one = await exploreRuns(pool(1), setup, 240, 7, { chunk: 40 });
    const two = await exploreRuns(pool(2, 5), setup, 240, 7, { chunk: 40 });
    const three = await exploreRuns(pool(3, 9), setup, 240, 7, { chunk: 30 });
    expect(two).toEqual(one);
    expect(three).toEqual(one);
    expect(one).toEqual(runBatch({ ...setup, firstSeed: 7, runs: 240 }));
    expect(OUTCOMES.reduce((s, o) => s + one.outcomes[o], 0)).toBe(240);
  });

  it('keeps, for each ending reached, the lowest seed that reached it, whose share code replays to that ending', () => {
    const parts = [runBatch({ ...setup, firstSeed: 1, runs: 70 }), runBatch({ ...setup, firstSeed: 71, runs: 80 })];
    const merged = mergeBatches([parts[1], parts[0]]);
    expect(merged).toEqual(runBatch({ ...setup, firstSeed: 1, runs: 150 }));
    for (const o of OUTCOMES) {
      const seed = merged.samples[o];
      expect(seed === undefined, o).toBe(merged.outcomes[o] === 0);
      if (seed === undefined) continue;
      const game = exploredGame(setup, seed, false);
      expect(game.outcome!.id).toBe(o);
      // The explorer opens it by its share code, which replays to the same ending.
      const decoded = decodeRun(encodeRun(runOf(game)));
      expect(decoded.ok && decoded.state.outcome?.id, o).toBe(o);
      for (let s = 1; s < seed; s++) expect(exploredGame(setup, s).outcome!.id).not.toBe(o);
    }
  });

  it('reports progress that only grows, in games, up to the total', async () => {
    const seen: Progress[] = [];
    await exploreRuns(pool(2, 3), setup, 230, 1, { chunk: 50, onProgress: (p) => seen.push(p) });
    expect(seen[0]).toEqual({ done: 0, total: 230 });
    expect(seen.at(-1)).toEqual({ done: 230, total: 230 });
    expect(seen).toHaveLength(6);
    for (let i = 1; i < seen.length; i++) expect(seen[i].done).toBeGreaterThan(seen[i - 1].done);
    expect(seen.every((p) => p.total === 230)).toBe(true);
  });

  it('stops when cancelled: the promise rejects as aborted, the busy workers are terminated and no job runs after', async () => {
    const counter: Counter = { answered: 0, terminated: 0 };
    const p = pool(2, 0, counter);
    const stop = new AbortController();
    const run = exploreRuns(p, setup, 5000, 1, { chunk: 20, signal: stop.signal, onProgress: (x) => x.done > 0 && stop.abort() });
    const error = await run.then(() => null, (e: unknown) => e);
    expect(isAbort(error)).toBe(true);
    const answered = counter.answered;
    expect(answered).toBeLessThan(5);
    expect(counter.terminated).toBeGreaterThan(0);
    expect(p.pending).toBe(0);
    await new Promise((r) => setTimeout(r, 50));
    expect(counter.answered).toBe(answered);
    // The pool still works after a cancel.
    expect((await exploreRuns(p, setup, 30, 1)).runs).toBe(30);
  });

  it('plays a more urgent question before the jobs queued ahead of it', async () => {
    const p = pool(1);
    const order: string[] = [];
    const job = (firstSeed: number) => ({ kind: 'explore' as const, batch: { ...setup, firstSeed, runs: 2 } });
    const slow = p.run([1, 2, 3, 4].map(job), { onResult: (i) => order.push(`slow ${i}`) });
    const urgent = p.run([job(9)], { priority: 1, onResult: () => order.push('urgent') });
    await Promise.all([slow, urgent]);
    // The one worker was already playing the first slow job; the urgent one comes next.
    expect(order).toEqual(['slow 0', 'urgent', 'slow 1', 'slow 2', 'slow 3']);
  });

  it('stops a warm-up without terminating its workers: the jobs being played finish, the rest are dropped', async () => {
    const counter: Counter = { answered: 0, terminated: 0 };
    const p = pool(2, 0, counter);
    const stop = new AbortController();
    const warming = warmUp(p, 200, stop.signal);
    stop.abort();
    expect(isAbort(await warming.then(() => null, (e: unknown) => e))).toBe(true);
    expect((await exploreRuns(p, setup, 20, 1)).runs).toBe(20);
    expect(counter.terminated).toBe(0);
    // The two warm-up jobs already sent, and the run's one.
    expect(counter.answered).toBe(3);
  });

  it('says so when no worker can start, and starts them once they can', async () => {
    let refuse = true;
    const make = inThread();
    const p = new WorkerPool((onReply, onFail) => {
      if (refuse) throw new Error('workers are not allowed here');
      return make(onReply, onFail);
    }, 2);
    await expect(exploreRuns(p, setup, 10, 1)).rejects.toThrow(/could not start: workers are not allowed here/);
    expect(p.pending).toBe(0);
    refuse = false;
    expect((await exploreRuns(p, setup, 10, 1)).runs).toBe(10);
  });

  it('says a job\'s error as a rejection with its message, and the pool goes on', async () => {
    const p = pool(2);
    await expect(p.run([{ kind: 'bogus' } as never])).rejects.toThrow(/unknown job/);
    expect((await exploreRuns(p, setup, 10, 1)).runs).toBe(10);
  });
});

describe('odds from a position, a run\'s ending odds and its turning points, in the workers', () => {
  const run = runGame({ seed: 3, lean: true });
  const mid = after(run, 1);

  it('odds from a position count the same with 1 or 2 workers as oddsFrom in one thread', async () => {
    expect(mid.outcome).toBeNull();
    const one = await oddsInWorkers(pool(1), mid, 150, { chunk: 40 });
    const two = await oddsInWorkers(pool(2, 4), mid, 150, { chunk: 40 });
    expect(two).toEqual(one);
    expect(one).toEqual(oddsFrom(mid, { runs: 150, firstSeed: 1, policies: playOnPolicies(mid) }));
  });

  it('an ending\'s odds from the same start are the explorer\'s count, and from the first moves the odds from after them', async () => {
    const e = await endingOdds(pool(2, 6), run, { start: 200, firstMoves: 100 });
    const ending: OutcomeId = run.outcome!.id;
    expect(e.ending).toBe(ending);
    expect(e.sameStart).toEqual({ runs: 200, count: runBatch({ rules: [], policies: defaults, firstSeed: 1, runs: 200 }).outcomes[ending] });
    expect(e.sameFirstMoves).toEqual({ runs: 100, count: oddsFrom(after(run, FIRST_MOVES_TURN), { runs: 100, firstSeed: 1, policies: defaults }).outcomes[ending] });
  });

  it('turning points are the same as in one thread', async () => {
    const options = { runs: 4, seat: 'employees' as const };
    const evidence = await turningPointEvidence(pool(2, 8), run, options);
    for (const lang of ['en', 'fr'] as const) expect(turningPointsOf(run, evidence, lang)).toEqual(turningPoints(run, options, lang));
  });
});
