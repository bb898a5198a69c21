// The page's questions to the simulation workers, each cut into jobs over seed ranges and merged back: an exploration
// (many games from the start), the odds of each ending from a position ("if everyone played on from here"), how often
// a run's ending happens from the same start and from the same first moves, a run's turning points, and the spread of
// a class session's settings (src/classroom/spread.ts). Every answer
// is the same for any number of workers; progress counts the games played so far.
import { chunksOf, defaultPolicies, mergeBatches, type BatchResult, type ExploreSetup } from '../sim/explore.ts';
import { mergeSpread, emptySpread, spreadSettings, type SpreadSettings, type SpreadTally } from '../classroom/spread.ts';
import { startingRules } from '../sim/engine.ts';
import type { OutcomeId, PartyId, PolicyId } from '../sim/ids.ts';
import type { Odds } from '../sim/odds.ts';
import type { GameState } from '../sim/types.ts';
import { mergeTallies, playOnPolicies, splitSeeds, type Probe, type Tally } from '../teach/probes.ts';
import { after } from '../teach/replay.ts';
import { firstStage, secondStage, turningPointsFrom, TURNING_POINT_DEFAULTS, type TurningPoint, type TurningPointOptions } from '../teach/turning-points.ts';
import type { Lang } from '../text/index.ts';
import type { WorkerPool } from './pool.ts';

/** Games per explore job: small enough for a smooth progress bar and an even share, large enough that messages cost little. */
export const EXPLORE_CHUNK = 250;
/** Continuations per odds job. */
export const ODDS_CHUNK = 100;

export interface Progress {
  done: number;
  total: number;
}

export interface TaskOptions {
  signal?: AbortSignal;
  priority?: number;
  onProgress?: (p: Progress) => void;
  /** Games per job (default EXPLORE_CHUNK, or ODDS_CHUNK for odds): smaller jobs yield the workers sooner. */
  chunk?: number;
}

/** `runs` games from the start on seeds firstSeed, firstSeed + 1, ..., tallied. */
export async function exploreRuns(pool: WorkerPool, setup: ExploreSetup, runs: number, firstSeed = 1, o: TaskOptions = {}): Promise<BatchResult> {
  const chunks = chunksOf(firstSeed, runs, o.chunk ?? EXPLORE_CHUNK);
  let done = 0;
  o.onProgress?.({ done, total: runs });
  const parts = await pool.run(
    chunks.map((c) => ({ kind: 'explore' as const, batch: { ...setup, ...c } })),
    { signal: o.signal, priority: o.priority, onResult: (i) => o.onProgress?.({ done: (done += chunks[i].runs), total: runs }) },
  );
  return mergeBatches(parts);
}

/** The odds of each ending from a position, played on `runs` times (policies: the run's own, a person's seat on `default`). */
export async function oddsInWorkers(pool: WorkerPool, state: GameState, runs: number, o: TaskOptions & { policies?: Partial<Record<PartyId, PolicyId>> } = {}): Promise<Odds> {
  const policies = o.policies ?? playOnPolicies(state);
  const chunks = chunksOf(1, runs, o.chunk ?? ODDS_CHUNK);
  let done = 0;
  o.onProgress?.({ done, total: runs });
  const parts = await pool.run(
    chunks.map((c) => ({ kind: 'odds' as const, state, firstSeed: c.firstSeed, runs: c.runs, policies })),
    { signal: o.signal, priority: o.priority, onResult: (i) => o.onProgress?.({ done: (done += chunks[i].runs), total: runs }) },
  );
  return mergeTallies(parts.map((p) => [p]))[0];
}

/**
 * Starts every worker of the pool and plays `games` games in each, in small jobs behind every other question, so that
 * the next question finds them loaded and the simulation compiled (a fresh worker plays its first thousand games at
 * about half speed while the engine compiles). Abort it when the real question comes: jobs not yet started are dropped.
 */
export async function warmUp(pool: WorkerPool, games = WARM_UP.start, signal?: AbortSignal): Promise<void> {
  const setup: ExploreSetup = { rules: [], policies: defaultPolicies() };
  const jobs = chunksOf(1, games * pool.size, WARM_UP.chunk).map((c) => ({ kind: 'explore' as const, batch: { ...setup, ...c } }));
  await pool.run(jobs, { priority: -1, signal, finishRunning: true });
}

/** Games per worker: to start the workers (a game's worth of code run once), or to compile the simulation (the explorer). */
export const WARM_UP = { start: 20, compile: 1000, chunk: 20 };

/** The last turn of a run's "first moves": the board's prologue and the crisis's first turn, as played. */
export const FIRST_MOVES_TURN = 0;

export interface EndingOdds {
  ending: OutcomeId;
  /** Games from the same start (rulebook, policies; a person's seat on `default`), seeds 1.. runs. */
  sameStart: { runs: number; count: number };
  /** Games played on after the run's first moves; null when the run ended before they were all played. */
  sameFirstMoves: { runs: number; count: number } | null;
}

/** How often a finished run's ending happens from the same start, and from its first moves. */
export async function endingOdds(pool: WorkerPool, state: GameState, runs: { start: number; firstMoves: number }, o: TaskOptions = {}): Promise<EndingOdds> {
  const ending = state.outcome!.id;
  const setup: ExploreSetup = { rules: startingRules(state), policies: playOnPolicies(state) };
  const canFollow = state.outcome!.turn > FIRST_MOVES_TURN;
  const total = runs.start + (canFollow ? runs.firstMoves : 0);
  const done = [0, 0];
  const progress = (k: number) => (p: Progress) => {
    done[k] = p.done;
    o.onProgress?.({ done: done[0] + done[1], total });
  };
  const [start, follow] = await Promise.all([
    exploreRuns(pool, setup, runs.start, 1, { chunk: ODDS_CHUNK, ...o, onProgress: progress(0) }),
    canFollow ? oddsInWorkers(pool, after(state, FIRST_MOVES_TURN), runs.firstMoves, { ...o, onProgress: progress(1) }) : null,
  ]);
  return {
    ending,
    sameStart: { runs: start.runs, count: start.outcomes[ending] },
    sameFirstMoves: follow && { runs: follow.runs, count: follow.outcomes[ending] },
  };
}

/** Games per spread job: a progress bar in twenty steps for the spread's 2,000 games. */
export const SPREAD_CHUNK = 100;

/** The spread of a session's settings over `runs` games, continuation seeds 1 .. runs (spreadChunk's, split). */
export async function spreadInWorkers(pool: WorkerPool, settings: SpreadSettings, runs: number, o: TaskOptions = {}): Promise<SpreadTally> {
  const chunks = chunksOf(1, runs, o.chunk ?? SPREAD_CHUNK);
  // Only the seed and the rulebook go to the workers.
  const only = spreadSettings(settings);
  let done = 0;
  o.onProgress?.({ done, total: runs });
  const parts = await pool.run(
    chunks.map((c) => ({ kind: 'spread' as const, settings: only, first: c.firstSeed, count: c.runs })),
    { signal: o.signal, priority: o.priority, onResult: (i) => o.onProgress?.({ done: (done += chunks[i].runs), total: runs }) },
  );
  return parts.reduce(mergeSpread, emptySpread());
}

/** What turning points are read from: both stages' probes and their tallies (no words: any language reads them). */
export interface TurningPointEvidence {
  options: TurningPointOptions;
  first: Probe[];
  firstTallies: Tally[];
  second: Probe[];
  secondTallies: Tally[];
}

/**
 * The probes of a run's turning points, each stage split by seed range across the workers: the same tallies as
 * turningPoints() plays in one thread. Progress counts the probe jobs of the first stage, then of the second.
 */
export async function turningPointEvidence(pool: WorkerPool, state: GameState, options: TurningPointOptions = {}, o: TaskOptions = {}): Promise<TurningPointEvidence> {
  if (!state.outcome) throw new Error('The game has not ended: there are no turning points yet.');
  const opts = { ...TURNING_POINT_DEFAULTS, ...options };
  const policies = options.policies ?? playOnPolicies(state);
  const ranges = splitSeeds(opts.firstSeed, opts.runs, pool.size * 2);
  let done = 0;
  const total = ranges.length * 2;
  const ask = async (probes: Probe[]): Promise<Tally[]> => {
    if (probes.length === 0) {
      o.onProgress?.({ done: (done += ranges.length), total });
      return [];
    }
    const jobs = ranges.map((r) => ({ kind: 'probes' as const, state, probes, first: r.first, count: r.count, policies }));
    return mergeTallies(await pool.run(jobs, { signal: o.signal, priority: o.priority, onResult: () => o.onProgress?.({ done: ++done, total }) }));
  };
  o.onProgress?.({ done, total });
  const first = firstStage(state, opts);
  const firstTallies = await ask(first);
  const second = secondStage(state, first, firstTallies, opts);
  const secondTallies = await ask(second);
  return { options: opts, first, firstTallies, second, secondTallies };
}

/** The turning points the evidence shows, in a language. */
export const turningPointsOf = (state: GameState, e: TurningPointEvidence, lang: Lang = 'en'): TurningPoint[] =>
  turningPointsFrom(state, e.first, e.firstTallies, e.second, e.secondTallies, e.options, lang);
