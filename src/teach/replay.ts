// The positions of a run, turn by turn, rebuilt by replaying its recorded moves from its seed. A run is its seed, its
// rulebook and its moves (GAME.md, "Randomness and replay"): given every party's recorded move, each turn draws the same
// numbers and reaches the same position. The teaching core reads the hidden world (talks, evidence, resolve) and plays
// counterfactuals from these positions.
import { newGame, playTurn, startingRules, switchOn } from '../sim/engine.ts';
import { PARTIES, type Controller, type PartyId } from '../sim/ids.ts';
import type { GameState, PlayedMove, TurnRecord } from '../sim/types.ts';

/** The controllers a replay plays with: a person's seat is played by its recorded moves; should one be missing, a policy. */
export function replayControllers(state: GameState): Record<PartyId, Controller> {
  const out = {} as Record<PartyId, Controller>;
  for (const p of PARTIES) out[p] = state.controllers[p] === 'human' ? 'default' : state.controllers[p];
  return out;
}

/** A turn's recorded moves, by party, ready for playTurn. */
export function chosenOf(record: TurnRecord): Partial<Record<PartyId, PlayedMove>> {
  const out: Partial<Record<PartyId, PlayedMove>> = {};
  for (const m of record.moves) out[m.party] = { party: m.party, move: m.move, params: m.params ?? {} };
  return out;
}

const cache = new WeakMap<GameState, GameState[]>();

/**
 * The position before each turn of the run: `before[0]` is the board's prologue pending (turn -1), `before[i]` the
 * position before turn i-1, and the last entry the position after the last recorded turn. Lean positions (no news):
 * their worlds, parties and generators are the run's. Throws if the log does not replay to the same game.
 */
export function positions(state: GameState): GameState[] {
  const known = cache.get(state);
  if (known) return known;
  const controllers = replayControllers(state);
  let s = newGame({ seed: state.seed, rules: startingRules(state), controllers: { ...controllers, board: 'human' } }, { lean: true });
  const out: GameState[] = [{ ...s, controllers }];
  for (const record of state.log) {
    if (record.turn !== s.turn) throw new Error(`the run's log skips from turn ${s.turn} to ${record.turn}`);
    // A what-if switched on mid-game applies from its turn, as it did in the run.
    for (const c of state.ruleChanges) if (c.turn === record.turn) s = switchOn(s, c.rule);
    s = playTurn({ ...s, controllers }, chosenOf(record), { lean: true });
    out.push(s);
  }
  if (s.rng !== state.rng || s.turn !== state.turn || (s.outcome?.id ?? null) !== (state.outcome?.id ?? null)) {
    throw new Error('the run does not replay from its seed and moves: it was made by another version of the rules');
  }
  cache.set(state, out);
  return out;
}

/** The position before a turn (-1 is the prologue). */
export const before = (state: GameState, turn: number): GameState => positions(state)[turn + 1];
/** The position after a turn was played. */
export const after = (state: GameState, turn: number): GameState => positions(state)[turn + 2];
