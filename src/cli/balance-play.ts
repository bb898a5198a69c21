// One seat, one strategy, one seed: the seat plays its strategy, every other party its `default` policy. Used in
// worker threads and in-process alike; only the simulation's public API.
import {
  BASE_SCORES,
  controllersOf,
  LAST_TURN,
  legalChoices,
  newGame,
  OUTCOMES,
  playTurn,
  scoresFor,
  type GameState,
  type OutcomeId,
  type PartyId,
  type PlayablePartyId,
  type PlayedMove,
} from '../sim/index.ts';
import { chooserOf, type Spec } from './balance-strategies.ts';

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
  const options = { lean: true };
  const controllers = controllersOf();
  controllers[seat] = spec.kind === 'policy' ? spec.policy : 'human';
  const choose = chooserOf(seat, spec);
  let state = newGame({ seed, rules: [], controllers }, options);
  while (!state.outcome && state.turn <= LAST_TURN) {
    if (!choose) {
      state = playTurn(state, {}, options);
      continue;
    }
    const acting = state.turn >= 0 || seat === 'board';
    const choices = acting ? legalChoices(state, seat) : [];
    if (acting && choices.length > 0) {
      const c = choose(state, choices);
      const move: PlayedMove = { party: seat, move: c.move, params: c.params };
      state = playTurn(state, { [seat]: move }, options);
    } else {
      // Nothing the seat can do this turn: the engine would wait for a person, so a policy stands in (it finds no
      // move either, and the game's generator advances exactly as it would for any seat).
      const turn = playTurn({ ...state, controllers: { ...controllers, [seat]: 'default' } }, {}, options);
      state = { ...turn, controllers };
    }
  }
  return state;
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
