// `npm run sim -- --replay CODE_OR_FILE [--branch TURN [--moves FILE] [--rules SWITCH]] [--json] [--share]`: a shared
// run replayed exactly and printed as `npm run sim` first printed it; or a branch of it played from a turn of its main
// line. Reading and checking the run is src/share's; this file reads the argument and plays the branch's turns.
import { readFileSync, statSync } from 'node:fs';
import { formatMessage } from '../content/index.ts';
import { LAST_TURN } from '../sim/clock.ts';
import { IllegalMoveError, playTurn } from '../sim/engine.ts';
import { isRuleSwitch, PARTIES, type Controller, type PartyId, type PolicyId } from '../sim/ids.ts';
import type { ScheduledMove } from '../sim/run.ts';
import type { GameState, PlayedMove } from '../sim/types.ts';
import { addBranch, decodeRun, encodeRun, LIMITS, MAIN_LINE, startBranch, type MidGameSwitch, type Run } from '../share/index.ts';
import { quoted, type SimArgs } from './args.ts';
import { warn } from './main.ts';
import { neverPlayed, readMovesFile } from './moves-file.ts';
import { simReport, timelineText, unfinishedReport } from './report.ts';

type Outcome = { error: string } | null;

/** The text --replay names: a file's contents if it names a file, else the argument itself (a code or an address). */
function sharedText(arg: string): { text: string } | { error: string } {
  let size: number | null = null;
  try {
    const stat = statSync(arg);
    if (stat.isFile()) size = stat.size;
  } catch {
    // Not a file: a code or a page address.
  }
  if (size === null) {
    if (/\.json$/i.test(arg) || (/[/\\]/.test(arg) && !arg.includes('#'))) return { error: `cannot read the run file ${quoted(arg)}` };
    return { text: arg };
  }
  if (size > LIMITS.fileChars) return { error: `the run file ${quoted(arg)} is larger than any run (${LIMITS.fileChars} bytes)` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(arg)) };
  } catch {
    return { error: `the run file ${quoted(arg)} cannot be read as UTF-8 text` };
  }
}

function print(state: GameState, seats: Record<PartyId, Controller>, json: boolean): void {
  const report = state.outcome ? simReport(state, seats) : unfinishedReport(state, seats);
  process.stdout.write(json ? JSON.stringify(report) + '\n' : timelineText(state, seats) + '\n');
}

/**
 * The branch's turns from its start to its ending: the moves file's moves where it has them, the seats' policies
 * elsewhere (a person's seat, with nobody here to ask, plays `default`). The game keeps the run's seats as they are.
 */
function playBranch(start: GameState, seats: Record<PartyId, Controller>, moves: ScheduledMove[]): GameState | { error: string } {
  const byTurn = new Map<number, Partial<Record<PartyId, PlayedMove>>>();
  for (const m of moves) byTurn.set(m.turn, { ...byTurn.get(m.turn), [m.party]: { party: m.party, move: m.move, params: m.params } });
  const playing = Object.fromEntries(PARTIES.map((p) => [p, seats[p] === 'human' ? 'default' : seats[p]])) as Record<PartyId, PolicyId>;
  let state = start;
  try {
    while (!state.outcome && state.turn <= LAST_TURN) {
      state = { ...playTurn({ ...state, controllers: playing }, byTurn.get(state.turn) ?? {}), controllers: state.controllers };
    }
  } catch (e) {
    if (e instanceof IllegalMoveError) return { error: `illegal move at turn ${e.turn}: ${e.played.party} cannot play ${e.played.move}: ${formatMessage(e.reason)}` };
    throw e;
  }
  return state;
}

function branch(run: Run, args: SimArgs, fromTurn: number): { state: GameState; run: Run } | { error: string } {
  const moves = args.movesFile ? readMovesFile(args.movesFile) : [];
  const early = moves.find((m) => m.turn < fromTurn);
  if (early) return { error: `the moves file has ${early.move} at turn ${early.turn}, before the branch's first turn ${fromTurn}: the branch keeps the run's moves before it` };
  const rule = (args.rules.find(isRuleSwitch) ?? null) as MidGameSwitch | null;
  const start = startBranch(run, MAIN_LINE, fromTurn, rule);
  if (!start.ok) return { error: `cannot branch at turn ${fromTurn}: ${start.message}` };
  const played = playBranch(start.state, run.seats, moves);
  if ('error' in played) return played;
  for (const line of neverPlayed(moves, played)) warn(line);
  const added = addBranch(run, MAIN_LINE, fromTurn, rule, played);
  if (!added.ok) return { error: `cannot record the branch: ${added.message}` };
  return { state: played, run: added.run };
}

export function replayCommand(args: SimArgs): Outcome {
  const input = sharedText(args.replay!);
  if ('error' in input) return input;
  const decoded = decodeRun(input.text);
  if (!decoded.ok) return { error: `cannot replay this run: ${decoded.message}` };
  if (args.branch === null) {
    print(decoded.state, decoded.run.seats, args.json);
    if (args.share) process.stdout.write(encodeRun(decoded.run) + '\n');
    return null;
  }
  const b = branch(decoded.run, args, args.branch);
  if ('error' in b) return b;
  print(b.state, b.run.seats, args.json);
  if (args.share) process.stdout.write(encodeRun(b.run) + '\n');
  return null;
}
