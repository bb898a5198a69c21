// What a simulation worker does: one job per message, each a pure function of the job (so the same job gives the
// same answer in any worker, or here): a batch of explored games, the odds of playing on from a position, the
// probes of turning points, or a chunk of a class session's spread. Errors come back as a reply, never as an exception across the worker's edge.
import { sessionStart, spreadChunk, type SpreadSettings, type SpreadTally } from '../classroom/spread.ts';
import { runBatch, type BatchJob, type BatchResult } from '../sim/explore.ts';
import type { PartyId, PolicyId } from '../sim/ids.ts';
import { oddsFrom, type Odds } from '../sim/odds.ts';
import type { GameState } from '../sim/types.ts';
import { runProbes, type Probe, type Tally } from '../teach/probes.ts';

export type Job =
  | { kind: 'explore'; batch: BatchJob }
  | { kind: 'odds'; state: GameState; firstSeed: number; runs: number; policies: Partial<Record<PartyId, PolicyId>> }
  | { kind: 'probes'; state: GameState; probes: Probe[]; first: number; count: number; policies: Partial<Record<PartyId, PolicyId>> }
  | { kind: 'spread'; settings: SpreadSettings; first: number; count: number };

export interface ResultOf {
  explore: BatchResult;
  odds: Odds;
  probes: Tally[];
  spread: SpreadTally;
}

export type JobKind = Job['kind'];
export type JobOf<K extends JobKind> = Extract<Job, { kind: K }>;

export interface Request {
  id: number;
  job: Job;
}

export type Reply = { id: number; ok: true; result: ResultOf[JobKind] } | { id: number; ok: false; error: string };

export function runJob(job: Job): ResultOf[JobKind] {
  switch (job.kind) {
    case 'explore':
      return runBatch(job.batch);
    case 'odds':
      return oddsFrom(job.state, { runs: job.runs, firstSeed: job.firstSeed, policies: job.policies });
    case 'probes':
      return runProbes(job.state, job.probes, job.first, job.count, job.policies);
    case 'spread':
      return spreadChunk(sessionStart(job.settings), job.first, job.count);
    default:
      throw new Error(`unknown job ${String((job as { kind?: unknown }).kind)}`);
  }
}

/** The worker's reply to a request: the job's result, or its error in one line. */
export function answer(req: Request): Reply {
  try {
    return { id: req.id, ok: true, result: runJob(req.job) };
  } catch (e) {
    return { id: req.id, ok: false, error: String((e as Error)?.message ?? e).split('\n')[0] };
  }
}
