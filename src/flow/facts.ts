// Facts the screens read about a turn and a game, each through one small function over what the simulation records:
// - stepsOf: the turn's resolution step by step (TurnRecord.steps, each with its changes and news);
// - deadlinesOf: the game's deadlines (the world lists them all, Monday's market opening included).
import { PROLOGUE_TURN, stepsOf as recordSteps } from '../sim/index.ts';
import type { PlayablePartyId } from '../sim/ids.ts';
import type { Deadline, GameState, TurnRecord } from '../sim/types.ts';

/** One step of a turn's resolution: a party's move and what it changed, or (party null) the world's reaction. */
export type Step = ReturnType<typeof recordSteps>[number];

/** The steps of a turn in resolution order, the world's reaction last. */
export function stepsOf(record: TurnRecord): Step[] {
  return recordSteps(record);
}

/** The game's deadlines, soonest first. */
export function deadlinesOf(game: GameState): Deadline[] {
  return [...game.world.deadlines].sort((a, b) => a.at.localeCompare(b.at));
}

export const inPrologue = (game: GameState): boolean => game.turn === PROLOGUE_TURN;

/** The people at this device who choose a move this turn, in hot-seat order: only the board in the prologue. */
export function activeHumans(game: GameState, humans: readonly PlayablePartyId[]): PlayablePartyId[] {
  return inPrologue(game) ? humans.filter((h) => h === 'board') : [...humans];
}
