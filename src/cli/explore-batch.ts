// One batch of an exploration: games on consecutive seeds, tallied. Runs in a worker thread or in-process.
import { LAST_TURN } from '../sim/clock.ts';
import { OUTCOMES, PARTIES, type OutcomeId, type PartyId, type PolicyId, type RuleSwitch } from '../sim/ids.ts';
import { runGame } from '../sim/run.ts';
import { scoresFor } from '../sim/scores.ts';

export interface BatchJob {
  firstSeed: number;
  runs: number;
  rules: RuleSwitch[];
  policies: Record<PartyId, PolicyId>;
}

export interface BatchResult {
  runs: number;
  outcomes: Record<OutcomeId, number>;
  scoreSums: Record<PartyId, number>;
  /** How many games ended at each turn: index 0 is the prologue (turn -1), index t + 1 is turn t. */
  endTurns: number[];
}

export function runBatch(job: BatchJob): BatchResult {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<OutcomeId, number>;
  const scoreSums = Object.fromEntries(PARTIES.map((p) => [p, 0])) as Record<PartyId, number>;
  const endTurns = new Array<number>(LAST_TURN + 2).fill(0);
  for (let i = 0; i < job.runs; i++) {
    const state = runGame({ seed: job.firstSeed + i, rules: job.rules, policies: job.policies, lean: true });
    outcomes[state.outcome!.id]++;
    endTurns[state.outcome!.turn + 1]++;
    const scores = scoresFor(state);
    for (const p of PARTIES) scoreSums[p] += scores[p];
  }
  return { runs: job.runs, outcomes, scoreSums, endTurns };
}
