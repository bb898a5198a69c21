// Two games of one run side by side: the turn where they part (the first turn played with other moves or under
// another rulebook), what each played there, the numbers each turn recorded at the parting and at its last turn, and
// how each ended. Everything is read from the games' logs (TurnRecord.metrics, moves, ruleChanges): nothing is
// recomputed here.
import { DEPARTURE_DESTINATIONS, type OutcomeId } from '../sim/ids.ts';
import type { GameState, PlayedMove, TurnRecord } from '../sim/types.ts';

/** A number the comparison shows: a metric of TurnMetrics, the staff, or the departures to one destination. */
export type CompareRow =
  | 'staff' | 'signatures' | 'continuity' | 'boardCredibility' | 'investorPressure' | 'microsoftConfidence'
  | 'missionSafeguards' | 'valuation' | 'ceo' | 'altmanAt' | 'tender'
  | `departures.${(typeof DEPARTURE_DESTINATIONS)[number]}`;

export const COMPARE_ROWS: readonly CompareRow[] = [
  'staff', 'signatures', ...DEPARTURE_DESTINATIONS.map((d) => `departures.${d}` as const), 'continuity', 'boardCredibility',
  'investorPressure', 'microsoftConfidence', 'missionSafeguards', 'valuation', 'ceo', 'altmanAt', 'tender',
];

export type Value = number | string;

/** A number as a turn's record has it. */
export function valueOf(record: TurnRecord, row: CompareRow): Value {
  if (row === 'staff') return record.staff;
  if (row.startsWith('departures.')) return record.metrics.departures[row.slice('departures.'.length) as (typeof DEPARTURE_DESTINATIONS)[number]];
  return record.metrics[row as Exclude<CompareRow, 'staff' | `departures.${string}`>];
}

export interface Side {
  /** The last turn the game played (-2 when it played none). */
  lastTurn: number;
  outcome: { id: OutcomeId; turn: number } | null;
  /** Its moves at the turn the two part (empty when it did not play that turn). */
  movesAtParting: PlayedMove[];
  /** The switches it had turned on mid-game, with the turn of each. */
  switches: GameState['ruleChanges'];
}

export interface Comparison {
  /**
   * The first turn the two games played differently, or from which one plays under a switch the other does not have;
   * null when one is the other's beginning (or they are one game).
   */
  parted: number | null;
  /** The turns both played alike before they part. */
  common: number;
  a: Side;
  b: Side;
  /** Each number: as both had it before the parting (null when they part at the prologue), then at each one's last turn. */
  rows: { row: CompareRow; before: Value | null; a: Value | null; b: Value | null }[];
}

const movesKey = (r: TurnRecord) => JSON.stringify(r.moves.map((m) => [m.party, m.move, m.params ?? {}]));
/** The switches on at a turn: the starting rulebook and every switch turned on at or before it. */
const rulesAt = (g: GameState, turn: number) => JSON.stringify([...g.rules.filter((r) => !g.ruleChanges.some((c) => c.rule === r)), ...g.ruleChanges.filter((c) => c.turn <= turn).map((c) => c.rule)].sort());

function side(g: GameState, parted: number | null): Side {
  const last = g.log[g.log.length - 1];
  const at = parted === null ? undefined : g.log.find((r) => r.turn === parted);
  return { lastTurn: last ? last.turn : -2, outcome: g.outcome, movesAtParting: at ? at.moves : [], switches: g.ruleChanges };
}

export function compareGames(a: GameState, b: GameState): Comparison {
  const n = Math.min(a.log.length, b.log.length);
  let common = 0;
  while (common < n && movesKey(a.log[common]) === movesKey(b.log[common]) && rulesAt(a, a.log[common].turn) === rulesAt(b, b.log[common].turn)) common++;
  // Past the turns both played, a switch one of them turned on and the other did not parts them from its turn.
  const switchesOf = (g: GameState) => new Set(g.ruleChanges.map((c) => `${c.turn}:${c.rule}`));
  const [sa, sb] = [switchesOf(a), switchesOf(b)];
  const lone = [...a.ruleChanges.filter((c) => !sb.has(`${c.turn}:${c.rule}`)), ...b.ruleChanges.filter((c) => !sa.has(`${c.turn}:${c.rule}`))].map((c) => c.turn);
  const parted = common < n ? a.log[common].turn : lone.length ? Math.min(...lone) : null;
  const before = common > 0 ? a.log[common - 1] : null;
  const lastA = a.log[a.log.length - 1];
  const lastB = b.log[b.log.length - 1];
  return {
    parted,
    common,
    a: side(a, parted),
    b: side(b, parted),
    rows: COMPARE_ROWS.map((row) => ({
      row,
      before: before ? valueOf(before, row) : null,
      a: lastA ? valueOf(lastA, row) : null,
      b: lastB ? valueOf(lastB, row) : null,
    })),
  };
}
