// Where a class session's spread (spread.ts) is computed: in the page's simulation workers, SPREAD_RUNS games; or, only
// when no worker can start (the pool says so: isStartFailure), on the page itself a few games at a time so that it
// stays responsive, the smaller SPREAD_RUNS_ON_PAGE games. Either way the same settings give the same figures.
import { abortError, isStartFailure, type WorkerPool } from '../workers/pool.ts';
import { spreadInWorkers, type Progress } from '../workers/tasks.ts';
import { emptySpread, mergeSpread, sessionStart, spreadChunk, SPREAD_RUNS, SPREAD_RUNS_ON_PAGE, type SpreadSettings, type SpreadTally } from './spread.ts';

/** Games the page plays between two breaths (a few milliseconds each). */
const PAGE_CHUNK = 12;

export interface AskedSpread {
  tally: SpreadTally;
  /** Computed on the page, because no worker could start. */
  onPage: boolean;
}

export interface SpreadAskOptions {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  /** Called when the workers could not start and the page computes the spread itself. */
  onPage?: () => void;
  /** Games in the workers and on the page (the defaults SPREAD_RUNS and SPREAD_RUNS_ON_PAGE). */
  runs?: { workers: number; page: number };
}

/** The spread in the workers, or on the page if none can start; rejects with an AbortError when the signal aborts. */
export async function askSpread(pool: WorkerPool, settings: SpreadSettings, o: SpreadAskOptions = {}): Promise<AskedSpread> {
  const runs = o.runs ?? { workers: SPREAD_RUNS, page: SPREAD_RUNS_ON_PAGE };
  try {
    return { tally: await spreadInWorkers(pool, settings, runs.workers, o), onPage: false };
  } catch (e) {
    if (!isStartFailure(e)) throw e;
  }
  o.onPage?.();
  return { tally: await spreadOnPage(settings, runs.page, o), onPage: true };
}

/** The spread played on this thread, a chunk of games per task of the event loop: the same tally as spreadChunk's. */
export async function spreadOnPage(settings: SpreadSettings, runs: number, o: { signal?: AbortSignal; onProgress?: (p: Progress) => void } = {}): Promise<SpreadTally> {
  const start = sessionStart(settings);
  let tally = emptySpread();
  o.onProgress?.({ done: 0, total: runs });
  while (tally.runs < runs) {
    await new Promise((r) => setTimeout(r, 0));
    if (o.signal?.aborted) throw abortError();
    tally = mergeSpread(tally, spreadChunk(start, 1 + tally.runs, Math.min(PAGE_CHUNK, runs - tally.runs)));
    o.onProgress?.({ done: tally.runs, total: runs });
  }
  return tally;
}
