// Exploring: many games on consecutive seeds, tallied (each ending's count, each party's summed score, the turn each
// game ended, the first seed that reached each ending). A batch is a pure function of its job, and batches of
// adjoining seed ranges merge into the batch of the whole range, so the work splits across worker threads (the
// command line) or Web Workers (the page) in any number and adds up to the same counts.
import { LAST_TURN } from './clock.ts';
import { OUTCOMES, PARTIES, POLICIES, type OutcomeId, type PartyId, type PlayablePartyId, type PolicyId, type RuleSwitch } from './ids.ts';
import { runGame } from './run.ts';
import { scoresFor } from './scores.ts';
import { playSeat } from './seat-play.ts';
import type { Spec } from './strategies.ts';
import type { GameState } from './types.ts';

/** How a seat may play in the explorer: one of the policies, its quiet moves, or its hand-written strategy. */
export const SEAT_STRATEGIES = [...POLICIES, 'passive', 'thinking'] as const;
export type SeatStrategy = (typeof SEAT_STRATEGIES)[number];

export interface ExploreSetup {
  rules: RuleSwitch[];
  policies: Record<PartyId, PolicyId>;
  /** A seat that plays its own strategy rather than its policy; null: every party on its policy. */
  seat?: { party: PlayablePartyId; strategy: SeatStrategy } | null;
}

export interface BatchJob extends ExploreSetup {
  firstSeed: number;
  runs: number;
}

export interface BatchResult {
  runs: number;
  outcomes: Record<OutcomeId, number>;
  scoreSums: Record<PartyId, number>;
  /** How many games ended at each turn: index 0 is the prologue (turn -1), index t + 1 is turn t. */
  endTurns: number[];
  /** The first seed that reached each ending (endings never reached are absent). */
  samples: Partial<Record<OutcomeId, number>>;
}

/** Every party on `default`: the explorer's starting setup. */
export const defaultPolicies = (): Record<PartyId, PolicyId> => Object.fromEntries(PARTIES.map((p) => [p, 'default'])) as Record<PartyId, PolicyId>;

export function specOf(seat: PlayablePartyId, strategy: SeatStrategy): Spec {
  if (strategy === 'passive') return { kind: 'passive' };
  if (strategy === 'thinking') return { kind: 'hand', name: `${seat}-thinking` };
  return { kind: 'policy', policy: strategy };
}

/**
 * One game of an exploration, on one seed. `lean: false` keeps its news, to replay or share it; `endingOnly` keeps no
 * turn records at all (a batch tallies only endings and scores).
 */
export function exploredGame(setup: ExploreSetup, seed: number, lean = true, endingOnly = false): GameState {
  const seat = setup.seat;
  if (!seat) return runGame({ seed, rules: setup.rules, policies: setup.policies, lean, endingOnly });
  return playSeat({ seed, seat: seat.party, spec: specOf(seat.party, seat.strategy), rules: setup.rules, policies: setup.policies, lean, endingOnly });
}

export function emptyBatch(): BatchResult {
  return {
    runs: 0,
    outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<OutcomeId, number>,
    scoreSums: Object.fromEntries(PARTIES.map((p) => [p, 0])) as Record<PartyId, number>,
    endTurns: new Array<number>(LAST_TURN + 2).fill(0),
    samples: {},
  };
}

export function runBatch(job: BatchJob): BatchResult {
  const out = emptyBatch();
  for (let i = 0; i < job.runs; i++) {
    const seed = job.firstSeed + i;
    const state = exploredGame(job, seed, true, true);
    const o = state.outcome!.id;
    out.outcomes[o]++;
    out.endTurns[state.outcome!.turn + 1]++;
    out.samples[o] ??= seed;
    const scores = scoresFor(state);
    for (const p of PARTIES) out.scoreSums[p] += scores[p];
  }
  out.runs = job.runs;
  return out;
}

/** Batches added up: counts and (whole-number) score sums add, each ending's sample is its lowest seed. */
export function mergeBatches(parts: readonly BatchResult[]): BatchResult {
  const out = emptyBatch();
  for (const r of parts) {
    out.runs += r.runs;
    for (const o of OUTCOMES) {
      out.outcomes[o] += r.outcomes[o];
      const s = r.samples[o];
      if (s !== undefined && (out.samples[o] === undefined || s < out.samples[o]!)) out.samples[o] = s;
    }
    for (const p of PARTIES) out.scoreSums[p] += r.scoreSums[p];
    r.endTurns.forEach((n, i) => (out.endTurns[i] += n));
  }
  return out;
}

/** Each party's mean score over the batch, to one decimal. */
export function meanScores(r: BatchResult): Record<PartyId, number> {
  return Object.fromEntries(PARTIES.map((p) => [p, r.runs ? Math.round((r.scoreSums[p] / r.runs) * 10) / 10 : 0])) as Record<PartyId, number>;
}

/** Contiguous seed ranges of at most `size` runs from `firstSeed`: the chunks a pool of workers shares out. */
export function chunksOf(firstSeed: number, runs: number, size: number): { firstSeed: number; runs: number }[] {
  const out: { firstSeed: number; runs: number }[] = [];
  for (let done = 0; done < runs; done += size) out.push({ firstSeed: firstSeed + done, runs: Math.min(size, runs - done) });
  return out;
}
