// "If everyone played on from here": the odds of each ending from a position, by playing it on many times, each time
// with its own seeded draws and every party on a policy (people's seats too). The same position, runs, first seed and
// policies give the same counts, so the workers that split the runs can be any in number.
import { LAST_TURN } from './clock.ts';
import { playTurn } from './engine.ts';
import { OUTCOMES, PARTIES, type Controller, type OutcomeId, type PartyId, type PolicyId } from './ids.ts';
import { seedState } from './random.ts';
import type { GameState } from './types.ts';

export interface OddsRequest {
  runs: number;
  /** Continuations use the seeds firstSeed .. firstSeed + runs - 1, mixed with the position's own generator. */
  firstSeed?: number;
  /** How each party plays on; a party left out plays `default` (a person's seat included). */
  policies?: Partial<Record<PartyId, PolicyId>>;
}

export interface Odds {
  runs: number;
  outcomes: Record<OutcomeId, number>;
}

/**
 * The position played on once, with continuation seed `seed`. `endingOnly`: keep no records of the turns played on (the
 * log stops at the position), for tallies that read only the ending and the last numbers; the game is the same.
 */
export function playOn(state: GameState, seed: number, policies: Partial<Record<PartyId, PolicyId>> = {}, endingOnly = false): GameState {
  const controllers = {} as Record<PartyId, Controller>;
  for (const p of PARTIES) controllers[p] = policies[p] ?? 'default';
  let s: GameState = { ...state, controllers, rng: seedState((state.rng ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0) };
  while (!s.outcome && s.turn <= LAST_TURN) s = playTurn(s, {}, { lean: true, endingOnly });
  return s;
}

export function oddsFrom(state: GameState, req: OddsRequest): Odds {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<OutcomeId, number>;
  if (state.outcome) {
    outcomes[state.outcome.id] = req.runs;
    return { runs: req.runs, outcomes };
  }
  const first = req.firstSeed ?? 0;
  for (let i = 0; i < req.runs; i++) outcomes[playOn(state, first + i, req.policies, true).outcome!.id]++;
  return { runs: req.runs, outcomes };
}
