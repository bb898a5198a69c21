// Whole games without a person: for the command line, the explorer, tests and replays.
import { LAST_TURN, PROLOGUE_TURN } from './clock.ts';
import { newGame, playTurn } from './engine.ts';
import type { Controller, PartyId, PolicyId, RuleSwitch } from './ids.ts';
import { PARTIES } from './ids.ts';
import type { GameState, PlayedMove } from './types.ts';

/** A move a person (or a file) plays at a given turn; -1 is the board's prologue. */
export interface ScheduledMove extends PlayedMove {
  turn: number;
}

export interface RunSetup {
  seed: number;
  rules?: RuleSwitch[];
  policies?: Partial<Record<PartyId, PolicyId>>;
  /** Moves that override the parties' policies at their turns. */
  moves?: ScheduledMove[];
  /** Keep no news or reasons for changes: for studies that only need the ending (the game is the same). */
  lean?: boolean;
  /** Keep no turn records either (the log stays empty): for tallies of endings and last numbers (the game is the same). */
  endingOnly?: boolean;
}

export function controllersOf(policies: Partial<Record<PartyId, PolicyId>> = {}): Record<PartyId, Controller> {
  const out = {} as Record<PartyId, Controller>;
  for (const p of PARTIES) out[p] = policies[p] ?? 'default';
  return out;
}

/** Plays a game to its ending. Throws IllegalMoveError (with the rule) if a scheduled move is illegal at its turn. */
export function runGame(setup: RunSetup): GameState {
  const byTurn = new Map<number, Partial<Record<PartyId, PlayedMove>>>();
  for (const m of setup.moves ?? []) {
    const at = byTurn.get(m.turn) ?? {};
    at[m.party] = { party: m.party, move: m.move, params: m.params ?? {} };
    byTurn.set(m.turn, at);
  }
  const base = { seed: setup.seed, rules: setup.rules ?? [], controllers: controllersOf(setup.policies) };
  // The prologue is the board's: play it with any scheduled prologue move.
  const options = { lean: setup.lean, endingOnly: setup.endingOnly };
  let state = newGame({ ...base, controllers: { ...base.controllers, board: byTurn.has(-1) ? 'human' : base.controllers.board } }, options);
  if (state.turn === PROLOGUE_TURN) state = playTurn({ ...state, controllers: base.controllers }, byTurn.get(-1) ?? {}, options);
  state = { ...state, controllers: base.controllers };
  while (!state.outcome && state.turn <= LAST_TURN) state = playTurn(state, byTurn.get(state.turn) ?? {}, options);
  return state;
}

/** The move list of a finished run, ready to replay. */
export function movesOf(state: GameState): ScheduledMove[] {
  return state.log.flatMap((r) => r.moves.map((m) => ({ turn: r.turn, party: m.party, move: m.move, params: m.params ?? {} })));
}
