// Facts the screens read about a turn and a game, each through one small function. Where the simulation does
// not yet say a fact itself, the function works it out here, once, so switching to the simulation's own field is a
// one-line change:
// - stepsOf: TurnRecord.steps (the lead is adding `steps: [{ party, move, params, changes, news }]`); until then the
//   changes are matched to moves by their cause.
// - deadlinesOf: the game's deadlines (the world lists them all, Monday's market opening included).
import { PROLOGUE_TURN } from '../sim/index.ts';
import type { PartyId, PlayablePartyId } from '../sim/ids.ts';
import type { Change, Deadline, GameState, NewsItem, TurnRecord } from '../sim/types.ts';

/** One step of a turn's resolution: a party's move and what it changed, or (party null) the world's reaction. */
export interface Step {
  party: PartyId | null;
  move: string | null;
  params?: Record<string, unknown>;
  changes: Change[];
  news: NewsItem[];
}

const causedBy = (ch: Change, move: string): boolean =>
  ch.cause === move || ch.cause.startsWith(`${move}:`) || ch.cause.startsWith(`${move}.`);

/** The steps of a turn in resolution order, the world's reaction last. */
export function stepsOf(record: TurnRecord): Step[] {
  const used = new Set<Change>();
  const steps: Step[] = record.moves.map((m) => {
    const changes = record.changes.filter((ch) => !used.has(ch) && causedBy(ch, m.move));
    changes.forEach((ch) => used.add(ch));
    return { party: m.party, move: m.move, params: m.params, changes, news: [] };
  });
  steps.push({ party: null, move: null, changes: record.changes.filter((ch) => !used.has(ch)), news: record.news });
  return steps;
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
