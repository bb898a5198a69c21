// The endings, checked after every turn in this order; the first that holds ends the game. `removal-fails` is decided
// in the prologue (engine.ts): the removal never took effect.
import { LAST_TURN } from './clock.ts';
import type { OutcomeId, PartyId } from './ids.ts';
import type { World } from './types.ts';
import { STAFF_AT_START } from './world.ts';

export interface OutcomeView {
  world: World;
  parties: Record<PartyId, string>;
  turn: number;
}

/** Shares of the original staff that make an exodus, a new company or a raid. */
export const EXODUS_SHARE = 0.45;
export const NEWCO_SHARE = 0.35;
export const RAID_SHARE = 0.15;
/** Turns the staff must work calmly under the interim CEO before the board is said to hold. */
export const CALM_TURNS_TO_HOLD = 3;
/** The board can only be said to hold once the week begins: Monday morning, with the markets open and the staff at work. */
export const HOLD_FROM_TURN = 12;

const boardReconstituted = (v: OutcomeView) => v.parties.board === 'reconstituted' || v.parties.board === 'resigned';

export const OUTCOME_CHECKS: readonly { id: OutcomeId; holds: (v: OutcomeView) => boolean }[] = [
  { id: 'removal-fails', holds: (v) => v.world.removal === 'failed' },
  { id: 'merger', holds: (v) => v.world.mergerAgreed },
  { id: 'return-new-board', holds: (v) => v.world.ceo === 'altman' && v.world.altmanAt === 'openai' && boardReconstituted(v) },
  { id: 'return-board-intact', holds: (v) => v.world.ceo === 'altman' && v.world.altmanAt === 'openai' && !boardReconstituted(v) },
  { id: 'exodus-to-microsoft', holds: (v) => v.world.altmanAt === 'microsoft' && v.world.departures.microsoft >= STAFF_AT_START * EXODUS_SHARE },
  { id: 'new-company', holds: (v) => v.world.altmanAt === 'newco' && v.world.departures.newco >= STAFF_AT_START * NEWCO_SHARE },
  { id: 'talent-raid', holds: (v) => v.world.departures.salesforce + v.world.departures.other >= STAFF_AT_START * RAID_SHARE },
  // The more specific endings first: an emptied company whose team went with Altman is an exodus, not a collapse.
  { id: 'collapse', holds: (v) => v.world.continuity <= 0 },
  { id: 'board-holds', holds: (v) => v.turn >= HOLD_FROM_TURN && v.world.calmTurns >= CALM_TURNS_TO_HOLD && !boardReconstituted(v) },
  { id: 'stalemate', holds: (v) => v.turn >= LAST_TURN },
];

export function checkOutcome(v: OutcomeView): OutcomeId | null {
  for (const c of OUTCOME_CHECKS) if (c.holds(v)) return c.id;
  return null;
}
