// The move catalogue: every move by its id.
import type { PartyId } from '../ids.ts';
import { altmanMoves } from './altman.ts';
import { boardMoves } from './board.ts';
import { employeesMoves } from './employees.ts';
import { investorsMoves } from './investors.ts';
import { managementMoves } from './management.ts';
import type { MoveDef } from './move.ts';
import { microsoftMoves } from './microsoft.ts';
import { salesforceMoves } from './salesforce.ts';

export type { MoveDef, Params } from './move.ts';

export const ALL_MOVES: readonly MoveDef[] = [
  ...boardMoves,
  ...employeesMoves,
  ...microsoftMoves,
  ...salesforceMoves,
  ...altmanMoves,
  ...investorsMoves,
  ...managementMoves,
];

export const MOVES: ReadonlyMap<string, MoveDef> = new Map(ALL_MOVES.map((m) => [m.id, m]));

export const MOVES_BY_PARTY: Readonly<Record<PartyId, readonly MoveDef[]>> = {
  board: boardMoves,
  employees: employeesMoves,
  microsoft: microsoftMoves,
  salesforce: salesforceMoves,
  altman: altmanMoves,
  investors: investorsMoves,
  management: managementMoves,
};
