// One game where one seat follows a strategy (a policy, the quiet moves, a hand-written strategy or a fixed line) and
// every other party its policy: for `npm run balance` and for the explorer, in worker threads, Web Workers or here.
import { LAST_TURN } from './clock.ts';
import { newGame, playTurn } from './engine.ts';
import type { PartyId, PlayablePartyId, PolicyId, RuleSwitch } from './ids.ts';
import { legalChoices } from './legal.ts';
import { controllersOf } from './run.ts';
import { chooserOf, type Spec } from './strategies.ts';
import type { GameState, PlayedMove } from './types.ts';

export interface SeatGame {
  seed: number;
  seat: PlayablePartyId;
  spec: Spec;
  rules?: RuleSwitch[];
  /** The other parties' policies (default: `default`); the seat's own entry is ignored. */
  policies?: Partial<Record<PartyId, PolicyId>>;
  /** Keep no news or reasons (default): the game is the same. */
  lean?: boolean;
  /** Keep no turn records either (the log stays empty): for tallies of endings and last numbers. */
  endingOnly?: boolean;
}

/** Plays the game to its ending. The seat's controller is 'human' unless its strategy is a policy. */
export function playSeat(g: SeatGame): GameState {
  const options = { lean: g.lean ?? true, endingOnly: g.endingOnly };
  const controllers = controllersOf(g.policies);
  controllers[g.seat] = g.spec.kind === 'policy' ? g.spec.policy : 'human';
  const choose = chooserOf(g.seat, g.spec);
  let state = newGame({ seed: g.seed, rules: g.rules ?? [], controllers }, options);
  while (!state.outcome && state.turn <= LAST_TURN) {
    if (!choose) {
      state = playTurn(state, {}, options);
      continue;
    }
    const acting = state.turn >= 0 || g.seat === 'board';
    const choices = acting ? legalChoices(state, g.seat) : [];
    if (acting && choices.length > 0) {
      const c = choose(state, choices);
      const move: PlayedMove = { party: g.seat, move: c.move, params: c.params };
      state = playTurn(state, { [g.seat]: move }, options);
    } else {
      // Nothing the seat can do this turn: the engine would wait for a person, so a policy stands in (it finds no
      // move either, and the game's generator advances exactly as it would for any seat).
      const turn = playTurn({ ...state, controllers: { ...controllers, [g.seat]: 'default' } }, {}, options);
      state = { ...turn, controllers };
    }
  }
  return state;
}
