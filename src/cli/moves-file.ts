// Reads a --moves file: a JSON list of { turn, party, move, params } that a party plays at those turns.
import { readFileSync } from 'node:fs';
import { LAST_TURN } from '../sim/clock.ts';
import { isParty } from '../sim/ids.ts';
import { MOVES } from '../sim/moves/index.ts';
import type { ScheduledMove } from '../sim/run.ts';
import { UsageError } from './args.ts';

export function readMovesFile(path: string): ScheduledMove[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read the moves file "${path}"`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`the moves file "${path}" is not valid JSON (${(e as Error).message})`);
  }
  return parseMoves(data, path);
}

export function parseMoves(data: unknown, where = 'moves'): ScheduledMove[] {
  if (!Array.isArray(data)) throw new UsageError(`${where}: expected a JSON list of { "turn", "party", "move", "params" }`);
  const seen = new Set<string>();
  return data.map((entry, i) => {
    const at = `${where}, entry ${i + 1}`;
    if (typeof entry !== 'object' || entry === null) throw new UsageError(`${at}: expected an object`);
    const { turn, party, move, params } = entry as Record<string, unknown>;
    if (typeof turn !== 'number' || !Number.isInteger(turn) || turn < -1 || turn > LAST_TURN) throw new UsageError(`${at}: "turn" must be a whole number from -1 to ${LAST_TURN}`);
    if (typeof party !== 'string' || !isParty(party)) throw new UsageError(`${at}: unknown party "${String(party)}"`);
    if (typeof move !== 'string' || !MOVES.has(move)) throw new UsageError(`${at}: unknown move "${String(move)}"`);
    if (MOVES.get(move)!.party !== party) throw new UsageError(`${at}: "${move}" is not a move of ${party}`);
    if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) throw new UsageError(`${at}: "params" must be an object`);
    const key = `${turn}/${party}`;
    if (seen.has(key)) throw new UsageError(`${at}: ${party} already has a move at turn ${turn}`);
    seen.add(key);
    return { turn, party, move, params: (params as Record<string, unknown>) ?? {} };
  });
}
