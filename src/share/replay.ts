// A run's games, played again with the simulation: a branch is the seed, its parent's moves up to its first turn, its
// switch from that turn on, then its own moves. Every move goes through the simulation's own checks (playTurn calls
// validateMove), and a replay must play exactly the moves the run records and reach the game its fingerprint names.
import { formatMessage } from '../content/index.ts';
import { IllegalMoveError, newGame, playTurn, switchOn } from '../sim/engine.ts';
import type { PartyId } from '../sim/ids.ts';
import type { ScheduledMove } from '../sim/run.ts';
import type { GameState, PlayedMove } from '../sim/types.ts';
import { crc32, hex8 } from './crc32.ts';
import { refuse, type MidGameSwitch, type Result, type Run } from './format.ts';

/** A stretch of a line of play: the turns one branch played, with the switch it turned on at its start. */
interface Segment {
  branch: number;
  fromTurn: number;
  turns: number;
  rule: MidGameSwitch | null;
  moves: ScheduledMove[];
}

// TextEncoder rather than fflate's strToU8 (the same UTF-8 bytes): the page plays and branches runs without loading
// the code's deflate and inflate, which only reading and writing codes need.
const UTF8 = new TextEncoder();

/** A move as party, id and parameters: two records of one move compare equal whatever the order of their keys. */
const canonical = (m: PlayedMove) => [m.party, m.move, m.params ?? {}];

/**
 * A fingerprint of a game: CRC-32 of its seed, rulebook and seats, and turn by turn its moves, numbers, party states,
 * votes and deadlines, and its ending. Only the simulation's own arithmetic goes into these (+, *, floor, round and
 * integer mixing, which every JavaScript engine computes alike), so a run gives the same fingerprint in any browser and
 * in Node. The news (texts' keys) is left out, and keys are sorted: a change of wording or of the order of a record's
 * fields does not void old codes.
 */
export function fingerprint(state: GameState): string {
  const turns = state.log.map((r) => [r.turn, r.phase, r.staff, r.moves.map(canonical), r.metrics, r.states, r.votes, r.deadlines]);
  return hex8(crc32(UTF8.encode(sortedJson([state.seed, state.rules, state.controllers, state.outcome, turns]))));
}

/** JSON with every object's keys in sorted order: the same values give the same text, however they were built. */
function sortedJson(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(sortedJson).join(',')}]`;
  if (x !== null && typeof x === 'object') {
    const entries = Object.entries(x).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${sortedJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(x) ?? 'null';
}

/** The segments that make up a branch's game, from the main line down to the branch itself. */
function lineOf(run: Run, id: number, until = Infinity): Segment[] {
  const b = run.branches.find((x) => x.id === id)!;
  const own: Segment = { branch: b.id, fromTurn: b.fromTurn, turns: b.turns, rule: b.rule, moves: b.moves };
  const line = b.parent === null ? [own] : [...lineOf(run, b.parent, b.fromTurn), own];
  // Cut at `until`: a segment from that turn on, switch and all, is not part of the game before it.
  return line
    .filter((s) => s.fromTurn < until)
    .map((s) => (s.fromTurn + s.turns <= until ? s : { ...s, turns: until - s.fromTurn, moves: s.moves.filter((m) => m.turn < until) }));
}

const sameMove = (a: PlayedMove, b: PlayedMove) => sortedJson(canonical(a)) === sortedJson(canonical(b));

const said = (m: PlayedMove) => `${m.party} ${m.move}${Object.keys(m.params ?? {}).length ? ` ${JSON.stringify(m.params)}` : ''}`;

/** Plays the segments from the seed. With `strict`, the moves played must be exactly the ones recorded. */
function playLine(run: Run, line: Segment[], strict: boolean): Result<{ state: GameState }> {
  // The prologue is played here like any turn, with the board's recorded move (the same game as newGame's own prologue).
  let state = newGame({ seed: run.seed, rules: [...run.rules], controllers: { ...run.seats, board: 'human' } });
  state = { ...state, controllers: { ...run.seats } };
  for (const seg of line) {
    // The switch is on from the segment's first turn; a what-if is off history's line, and says so in its news marks.
    if (seg.rule) state = switchOn(state, seg.rule);
    for (let turn = seg.fromTurn; turn < seg.fromTurn + seg.turns; turn++) {
      if (state.outcome) return refuse('not-replayable', `branch ${seg.branch} has moves at turn ${turn}, but its game ended at turn ${state.outcome.turn}`);
      const chosen: Partial<Record<PartyId, PlayedMove>> = {};
      const recorded = seg.moves.filter((m) => m.turn === turn);
      for (const m of recorded) chosen[m.party] = { party: m.party, move: m.move, params: m.params };
      try {
        state = playTurn(state, chosen);
      } catch (e) {
        if (e instanceof IllegalMoveError) {
          const r = refuse('illegal-move', `branch ${seg.branch}, turn ${turn}: ${e.played.party} cannot play ${e.played.move}: ${formatMessage(e.reason)}`);
          return { ...r, rule: e.reason };
        }
        return refuse('not-replayable', `branch ${seg.branch}, turn ${turn}: ${(e as Error).message}`);
      }
      if (!strict) continue;
      const played = state.log[state.log.length - 1].moves;
      const missing = recorded.find((m) => !played.some((p) => sameMove(p, m)));
      if (missing) return refuse('not-replayable', `branch ${seg.branch}, turn ${turn}: the run records ${said(missing)}, which the game did not play`);
      const extra = played.find((p) => !recorded.some((m) => sameMove(p, m)));
      if (extra) return refuse('not-replayable', `branch ${seg.branch}, turn ${turn}: the game played ${said(extra)}, which the run does not record`);
    }
  }
  return { ok: true, state };
}

/** A branch's whole game, checked against its record: every move, the ending and the fingerprint. */
export function replayBranch(run: Run, id: number): Result<{ state: GameState }> {
  const b = run.branches.find((x) => x.id === id);
  if (!b) return refuse('bad-branch', `the run has no branch ${id}`);
  const r = playLine(run, lineOf(run, id), true);
  if (!r.ok) return r;
  const ending = r.state.outcome?.id ?? null;
  if (ending !== b.outcome) {
    return refuse('not-replayable', `branch ${id} records the ending ${b.outcome ?? 'none yet'}, but replayed here it ends in ${ending ?? 'no ending yet'}: it was made by a version of the game whose simulation played differently`);
  }
  if (fingerprint(r.state) !== b.check) {
    return refuse('not-replayable', `branch ${id} replays to another game than the one recorded: it was changed, or made by a version of the game whose simulation played differently, and cannot be replayed exactly here`);
  }
  return r;
}

/**
 * The position of a branch about to play `turn`, for a timeline or a rewind: its game up to that turn, with the
 * switches turned on before it (a branch's own switch applies from its first turn, so not in the position before it).
 */
export function positionAt(run: Run, id: number, turn: number): Result<{ state: GameState }> {
  const b = run.branches.find((x) => x.id === id);
  if (!b) return refuse('bad-branch', `the run has no branch ${id}`);
  if (turn > b.fromTurn + b.turns) return refuse('bad-branch', `branch ${id} stops before turn ${turn}`);
  return playLine(run, lineOf(run, id, turn), false);
}

/** A branch's game as far as it goes, its switch on, not checked against its record: where a new branch starts. */
export function positionOf(run: Run, id: number): Result<{ state: GameState }> {
  if (!run.branches.some((x) => x.id === id)) return refuse('bad-branch', `the run has no branch ${id}`);
  return playLine(run, lineOf(run, id), false);
}

/** Every branch's game, in the run's order; the first refusal if any branch does not replay exactly. */
export function replayAll(run: Run): Result<{ states: GameState[] }> {
  const states: GameState[] = [];
  for (const b of run.branches) {
    const r = replayBranch(run, b.id);
    if (!r.ok) return r;
    states.push(r.state);
  }
  return { ok: true, states };
}
