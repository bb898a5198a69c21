// Shared helpers for the simulation's tests: games built from explicit moves, quiet turns, and small views.
import { controllersOf, newGame, PARTIES, playTurn, validateMove } from '../../src/sim/index.ts';
import type { GameState, OutcomeId, PartyId, PlayedMove, PolicyId, RuleSwitch, TurnRecord, World } from '../../src/sim/index.ts';

/** Every party on one policy. */
export const allOn = (policy: PolicyId): Record<PartyId, PolicyId> =>
  Object.fromEntries(PARTIES.map((p) => [p, policy])) as Record<PartyId, PolicyId>;

/** The move each party makes when it does nothing of note (history's quiet turn). */
export const QUIET: Record<PartyId, string> = {
  board: 'board.stay-silent',
  management: 'management.keep-lights-on',
  altman: 'altman.wait',
  microsoft: 'microsoft.wait',
  salesforce: 'salesforce.watch',
  investors: 'investors.wait',
  employees: 'employees.wait',
};

export interface GameOptions {
  seed?: number;
  rules?: RuleSwitch[];
  policies?: Partial<Record<PartyId, PolicyId>>;
  /** The board is human: the game waits in the prologue (turn -1). */
  humanBoard?: boolean;
}

/** A new game. With a simulated board the prologue (an abrupt or prepared removal) has been played. */
export function game(opts: GameOptions = {}): GameState {
  const controllers = controllersOf(opts.policies);
  if (opts.humanBoard) controllers.board = 'human';
  return newGame({ seed: opts.seed ?? 1, rules: opts.rules ?? [], controllers });
}

/**
 * A game whose prologue is the historical abrupt removal, at turn 0 (throws if the rulebook made it fail). Its board
 * has the temper of history's (`boardGrit` 0) unless `grit` says otherwise, so a move's pull on resolve shows plainly.
 */
export function afterRemoval(opts: Omit<GameOptions, 'humanBoard'> & { grit?: number } = {}): GameState {
  const s = game({ ...opts, humanBoard: true });
  const next = playTurn(s, { board: { party: 'board', move: 'board.remove-ceo', params: { manner: 'abrupt' } } });
  if (next.world.removal !== 'abrupt') throw new Error(`the removal failed on seed ${opts.seed ?? 1}: pick another seed`);
  return { ...next, controllers: controllersOf(opts.policies), world: { ...next.world, boardGrit: opts.grit ?? 0 } };
}

type Pick = { move: string; params?: Record<string, unknown> };

/**
 * Plays one turn in which the given parties play the given moves and every other party plays its quiet move
 * (when that move is open to it), so only the moves under test act.
 */
export function turnWith(state: GameState, picks: Partial<Record<PartyId, Pick>>): GameState {
  const chosen: Partial<Record<PartyId, PlayedMove>> = {};
  const acting: readonly PartyId[] = state.turn === -1 ? ['board'] : PARTIES;
  for (const party of acting) {
    const pick = picks[party];
    if (pick) {
      chosen[party] = { party, move: pick.move, params: pick.params ?? {} };
      continue;
    }
    const quiet: PlayedMove = { party, move: QUIET[party], params: {} };
    if (state.turn !== -1 && validateMove(state, quiet) === null) chosen[party] = quiet;
  }
  return playTurn(state, chosen);
}

/** Quiet turns until the given turn is the one about to be played. */
export function quietUntil(state: GameState, turn: number): GameState {
  let s = state;
  while (s.turn < turn && !s.outcome) s = turnWith(s, {});
  return s;
}

/** A copy of the state with the world edited: for guards that need a board in a given mood. */
export function withWorld(state: GameState, edit: (w: World) => void): GameState {
  const copy = structuredClone(state);
  edit(copy.world);
  return copy;
}

export const director = (w: World, id: string) => {
  const d = w.directors.find((x) => x.id === id);
  if (!d) throw new Error(`no director ${id}`);
  return d;
};

export const last = (state: GameState): TurnRecord => state.log[state.log.length - 1];

/** The changes the given cause (a move id or a rule) made in the last turn. */
export const changesBy = (state: GameState, cause: string) => last(state).changes.filter((c) => c.cause === cause);

export const newsKeys = (record: TurnRecord) => record.news.map((n) => n.msg.key);

/** A historical game played turn by turn until `turn` is the one about to be played. */
export function historicalUntil(turn: number, seed = 1): GameState {
  let s = game({ seed, policies: allOn('historical') });
  while (s.turn < turn && !s.outcome) s = playTurn(s, {});
  return s;
}

export const departedTotal = (d: Record<string, number>) => Object.values(d).reduce((a, b) => a + b, 0);

export type { GameState, OutcomeId, PartyId };

/** Values the simulation rounds to one decimal: equal within that rounding. */
export function expectNear(actual: number, expected: number, tolerance = 0.1): void {
  if (!(Math.abs(actual - expected) <= tolerance + 1e-9)) throw new Error(`expected ${actual} to be within ${tolerance} of ${expected}`);
}
