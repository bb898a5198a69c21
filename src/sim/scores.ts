// Each party scores each ending from its own goals, 0 to 100: the same ending is a win for one and a loss for another.
import type { OutcomeId, PartyId } from './ids.ts';
import type { GameState } from './types.ts';
import { STAFF_AT_START, VALUATION_AT_START } from './world.ts';

/** The base score of each ending for each party, before the run's own numbers adjust it. */
export const BASE_SCORES: Record<OutcomeId, Record<PartyId, number>> = {
  'return-new-board':    { board: 35, employees: 85, microsoft: 85, salesforce: 20, altman: 90, investors: 88, management: 75 },
  'return-board-intact': { board: 55, employees: 72, microsoft: 65, salesforce: 15, altman: 62, investors: 72, management: 68 },
  'exodus-to-microsoft': { board: 12, employees: 55, microsoft: 80, salesforce: 25, altman: 68, investors: 12, management: 20 },
  'new-company':         { board: 18, employees: 52, microsoft: 30, salesforce: 35, altman: 78, investors: 35, management: 22 },
  'board-holds':         { board: 82, employees: 40, microsoft: 42, salesforce: 30, altman: 10, investors: 42, management: 62 },
  merger:                { board: 55, employees: 38, microsoft: 28, salesforce: 22, altman: 12, investors: 48, management: 35 },
  'talent-raid':         { board: 20, employees: 30, microsoft: 30, salesforce: 90, altman: 30, investors: 20, management: 18 },
  collapse:              { board: 5,  employees: 8,  microsoft: 12, salesforce: 45, altman: 25, investors: 0,  management: 0 },
  stalemate:             { board: 40, employees: 28, microsoft: 32, salesforce: 35, altman: 30, investors: 28, management: 30 },
  // Altman never left; the board that moved against him is exposed and weakened.
  'removal-fails':       { board: 22, employees: 78, microsoft: 78, salesforce: 10, altman: 80, investors: 80, management: 72 },
};

const clamp = (x: number) => Math.max(0, Math.min(100, Math.round(x)));

export function scoresFor(state: GameState): Record<PartyId, number> {
  if (!state.outcome) throw new Error('The game has not ended: there are no scores yet.');
  const w = state.world;
  const base = BASE_SCORES[state.outcome.id];
  const valuation = (w.valuation - VALUATION_AT_START) / 4;
  return {
    board: clamp(base.board + (w.missionSafeguards - 60) / 4 + (w.boardCredibility - 40) / 8),
    employees: clamp(base.employees + valuation + (w.tender === 'on' ? 4 : 0)),
    microsoft: clamp(base.microsoft + (w.microsoftConfidence - 65) / 4 + (w.microsoftSeat !== 'none' ? 4 : 0)),
    salesforce: clamp(base.salesforce + (w.departures.salesforce / STAFF_AT_START) * 150),
    altman: clamp(base.altman + (state.outcome.id.startsWith('return') ? (70 - w.missionSafeguards) / 5 : 0)),
    investors: clamp(base.investors + valuation * 1.5),
    management: clamp(base.management + (w.continuity - 50) / 6),
  };
}
