// One seat, one strategy, one seed: the seat plays its strategy, every other party its `default` policy. Used in
// worker threads and in-process alike; only the simulation's public API.
import { BASE_SCORES, OUTCOMES, scoresFor, type GameState, type OutcomeId, type PartyId, type PlayablePartyId } from '../sim/index.ts';
import { playSeat } from '../sim/seat-play.ts';
import type { Spec } from '../sim/strategies.ts';

/** A batch of games: one seat, one strategy, a list of seeds. */
export interface PlayTask {
  seat: PlayablePartyId;
  spec: Spec;
  seeds: number[];
}

/** Per seed, in the task's order: the ending's index in OUTCOMES and the seat's score. */
export interface PlayResult {
  outcomes: number[];
  scores: number[];
}

/** The seat's best ending: the one its base scores rank highest. */
export function bestEndingOf(seat: PartyId): OutcomeId {
  return OUTCOMES.reduce((best, o) => (BASE_SCORES[o][seat] > BASE_SCORES[best][seat] ? o : best), OUTCOMES[0]);
}

export function playOne(seat: PlayablePartyId, spec: Spec, seed: number): GameState {
  return playSeat({ seed, seat, spec });
}

export function runPlayTask(task: PlayTask): PlayResult {
  const outcomes: number[] = [];
  const scores: number[] = [];
  for (const seed of task.seeds) {
    const end = playOne(task.seat, task.spec, seed);
    outcomes.push(OUTCOMES.indexOf(end.outcome!.id));
    scores.push(scoresFor(end)[task.seat]);
  }
  return { outcomes, scores };
}
