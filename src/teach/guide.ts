// The guided first turn: when a seat is on its first turn (it has no move in the log yet), the four steps of a turn
// (read the briefing, pick a move, pick an option, end the turn) with the ones already taken ticked off from the choice
// in progress, and, for a seat that starts after the prologue, what has happened so far: the news of the turns played,
// as the log reported them (nothing added).
import { PROLOGUE_TURN } from '../sim/clock.ts';
import type { PartyId } from '../sim/ids.ts';
import type { GameState, NewsItem } from '../sim/types.ts';

export const GUIDE_STEPS = ['briefing', 'move', 'option', 'end'] as const;
export type GuideStepId = (typeof GUIDE_STEPS)[number];

export interface GuideStep {
  id: GuideStepId;
  done: boolean;
}

export interface Guide {
  party: PartyId;
  steps: GuideStep[];
  /** The first step not yet done (the one the guide points at). */
  current: GuideStepId;
  /** Whether the chosen move has options to pick from. */
  hasOptions: boolean;
  /** The news so far, oldest first, each with the turn it was reported in (empty on the prologue). */
  recap: { turn: number; item: NewsItem }[];
}

/** What the person in the chair has chosen so far: the move and its option, and the chosen card as the menu shows it. */
export interface ChoiceSoFar {
  move: string | null;
  option: number;
  card: { options: readonly unknown[]; blocked?: unknown } | null;
  /** Whether the briefing has been opened. */
  briefed?: boolean;
}

/** Whether this is the party's first turn: the log holds no move of its own yet. */
export const isFirstTurn = (game: GameState, party: PartyId): boolean => !game.log.some((r) => r.moves.some((m) => m.party === party));

/** The guide for the party in the chair, or null when it is not that party's first turn. */
export function guideFor(game: GameState, party: PartyId, choice: ChoiceSoFar): Guide | null {
  if (game.outcome || !isFirstTurn(game, party)) return null;
  const playable = !!choice.card && !choice.card.blocked;
  const hasOptions = !!choice.card && choice.card.options.length > 1;
  const done: Record<GuideStepId, boolean> = {
    briefing: !!choice.briefed || choice.move !== null,
    move: playable,
    option: playable && choice.option >= 0,
    end: false,
  };
  const steps = GUIDE_STEPS.map((id) => ({ id, done: done[id] }));
  const current = steps.find((s) => !s.done)!.id;
  const recap = game.turn === PROLOGUE_TURN ? [] : game.log.flatMap((r) => r.news.map((item) => ({ turn: r.turn, item })));
  return { party, steps, current, hasOptions, recap };
}
