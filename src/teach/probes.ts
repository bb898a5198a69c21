// The probes behind turning points: positions played on from, each over a range of continuation seeds. No text and
// no DOM, so a Web Worker (or a worker thread) loads only the simulation to run them; turning-points.ts chooses the
// probes and reads their tallies. Everything is a pure function of the run, the probes and the seeds.
import type { Choice } from '../sim/legal.ts';
import { OUTCOMES, type OutcomeId, type PartyId, type PolicyId } from '../sim/ids.ts';
import { playOn } from '../sim/odds.ts';
import { seedState } from '../sim/random.ts';
import { playTurn } from '../sim/engine.ts';
import type { GameState } from '../sim/types.ts';
import { before, chosenOf, replayControllers } from './replay.ts';

export interface Probe {
  /** The turn replayed: from the position before it, with every party's recorded move... */
  turn: number;
  /** ...except this party's, which plays `choice` instead (no party: the turn as played). */
  party?: PartyId;
  choice?: Choice;
}

export interface Tally {
  runs: number;
  outcomes: Record<OutcomeId, number>;
}

export const playOnPolicies = (state: GameState): Record<PartyId, PolicyId> => replayControllers(state) as Record<PartyId, PolicyId>;

const emptyTally = (): Tally => ({ runs: 0, outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<OutcomeId, number> });

/** One continuation of a probe: the turn replayed with this seed's luck, then played on to an ending. */
function playProbe(state: GameState, probe: Probe, seed: number, policies: Partial<Record<PartyId, PolicyId>>): OutcomeId {
  const start = before(state, probe.turn);
  const record = state.log.find((r) => r.turn === probe.turn)!;
  const chosen = chosenOf(record);
  if (probe.party && probe.choice) chosen[probe.party] = { party: probe.party, move: probe.choice.move, params: probe.choice.params };
  const luck = (start.rng ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  // Off the script for played and alternative alike: history's people play as the record shows them (policies/persona),
  // not certain to repeat 2023, and the model's numbers stand in for history's, so the two are compared on one footing.
  const next = playTurn({ ...start, onHistory: false, controllers: replayControllers(state), rng: seedState(luck) }, chosen, { endingOnly: true });
  // Common random numbers: after the turn, the same luck whatever was played, so the difference is the move's.
  return playOn({ ...next, rng: seedState((luck ^ 0x5bd1e995) >>> 0) }, seed, policies, true).outcome!.id;
}

/**
 * The worker's job: every probe played with seeds first .. first + count - 1. Pure: the same run, probes and seeds
 * give the same tallies, and tallies of adjoining seed ranges add up to the tally of the whole range.
 */
export function runProbes(state: GameState, probes: readonly Probe[], first: number, count: number, policies: Partial<Record<PartyId, PolicyId>> = playOnPolicies(state)): Tally[] {
  return probes.map((probe) => {
    const tally = emptyTally();
    for (let seed = first; seed < first + count; seed++) {
      tally.outcomes[playProbe(state, probe, seed, policies)]++;
      tally.runs++;
    }
    return tally;
  });
}

/** Tallies of the same probes over different seed ranges, added up. */
export function mergeTallies(parts: readonly Tally[][]): Tally[] {
  if (parts.length === 0) return [];
  return parts[0].map((_, i) => {
    const out = emptyTally();
    for (const part of parts) {
      out.runs += part[i].runs;
      for (const o of OUTCOMES) out.outcomes[o] += part[i].outcomes[o];
    }
    return out;
  });
}

/** Seed ranges for `workers` workers: as even as whole numbers allow. */
export function splitSeeds(first: number, runs: number, workers: number): { first: number; count: number }[] {
  const out: { first: number; count: number }[] = [];
  let next = first;
  for (let i = 0; i < workers; i++) {
    const count = Math.floor(runs / workers) + (i < runs % workers ? 1 : 0);
    if (count > 0) out.push({ first: next, count });
    next += count;
  }
  return out;
}

