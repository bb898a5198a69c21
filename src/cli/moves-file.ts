// Reads a --moves file: a JSON list of { turn, party, move, params } that a party plays at those turns; and, after
// the game, names the moves it never reached.
import { readFileSync, statSync } from 'node:fs';
import { LAST_TURN } from '../sim/clock.ts';
import { isParty } from '../sim/ids.ts';
import { MOVES } from '../sim/moves/index.ts';
import type { ScheduledMove } from '../sim/run.ts';
import type { GameState } from '../sim/types.ts';
import { quoted, UsageError } from './args.ts';

/** Far more than a whole game of moves for every party: a bigger file is not a moves file. */
const MAX_BYTES = 1 << 20;

export function readMovesFile(path: string): ScheduledMove[] {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new UsageError(`the moves file ${quoted(path)} is not a file`);
    if (stat.size > MAX_BYTES) throw new UsageError(`the moves file ${quoted(path)} is larger than 1 MB`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read the moves file ${quoted(path)}`);
  }
  let text: string;
  try {
    // A byte-order mark, as some editors write, is dropped; bytes that are not UTF-8 are refused.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`the moves file ${quoted(path)} is not UTF-8 text`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`the moves file ${quoted(path)} is not valid JSON (${(e as Error).message})`);
  }
  return parseMoves(data, `the moves file ${quoted(path)}`);
}

/** What a move's parameter can be: a name, a number, yes or no, or a list of names. Nothing nested deeper. */
function isParamValue(v: unknown): boolean {
  if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) return true;
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

export function parseMoves(data: unknown, where = 'moves'): ScheduledMove[] {
  if (!Array.isArray(data)) throw new UsageError(`${where}: expected a JSON list of { "turn", "party", "move", "params" }`);
  const seen = new Set<string>();
  return data.map((entry, i) => {
    const at = `${where}, entry ${i + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new UsageError(`${at}: expected an object`);
    const { turn, party, move, params, ...rest } = entry as Record<string, unknown>;
    const extra = Object.keys(rest)[0];
    if (extra !== undefined) throw new UsageError(`${at}: unknown key ${quoted(extra)} (an entry has "turn", "party", "move" and "params")`);
    if (typeof turn !== 'number' || !Number.isInteger(turn) || turn < -1 || turn > LAST_TURN) throw new UsageError(`${at}: "turn" must be a whole number from -1 to ${LAST_TURN}`);
    if (typeof party !== 'string' || !isParty(party)) throw new UsageError(`${at}: unknown party ${quoted(String(party))}`);
    if (typeof move !== 'string' || !MOVES.has(move)) throw new UsageError(`${at}: unknown move ${quoted(String(move))}`);
    if (MOVES.get(move)!.party !== party) throw new UsageError(`${at}: "${move}" is not a move of ${party}`);
    if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) throw new UsageError(`${at}: "params" must be an object`);
    for (const [key, value] of Object.entries(params ?? {})) {
      if (!isParamValue(value)) throw new UsageError(`${at}: parameter ${quoted(key)} must be a string, a number, true or false, or a list of strings`);
    }
    const key = `${turn}/${party}`;
    if (seen.has(key)) throw new UsageError(`${at}: ${party} already has a move at turn ${turn}`);
    seen.add(key);
    return { turn, party, move, params: (params as Record<string, unknown>) ?? {} };
  });
}

/** The scheduled moves the game never played, each said with the reason: after the ending, or not the board's prologue. */
export function neverPlayed(moves: ScheduledMove[], state: GameState): string[] {
  const out: string[] = [];
  for (const m of moves) {
    const record = state.log.find((r) => r.turn === m.turn);
    if (record?.moves.some((p) => p.party === m.party && p.move === m.move)) continue;
    const ended = state.outcome && m.turn > state.outcome.turn ? `the game ended at turn ${state.outcome.turn}` : null;
    const why = ended ?? (m.turn === -1 ? 'only the board moves in the prologue (turn -1)' : 'the simulation did not play it');
    out.push(`turn ${m.turn} ${m.move} was never played: ${why}`);
  }
  return out;
}
