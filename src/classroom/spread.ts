// The spread of a session's settings: its start (the session's seed and rulebook, before the board's prologue) played
// on many times by the simulated parties, each time with its own continuation seed (src/sim/odds.ts: playOn), tallied
// as endings and score sums. Only the seed and the rulebook matter (every seat is played by the simulation), so the
// same settings give the same spread. Chunks of consecutive seeds add up to the same tally however the work is split:
// the page's simulation workers compute it (src/workers/tasks.ts: spreadInWorkers), or, when they cannot start, the
// page itself a chunk at a time without freezing (spread-ask.ts).
import { OUTCOMES, PARTIES, RULE_SWITCHES, type Controller, type OutcomeId, type PartyId } from '../sim/ids.ts';
import { newGame } from '../sim/engine.ts';
import { playOn } from '../sim/odds.ts';
import { scoresFor } from '../sim/scores.ts';
import type { GameState } from '../sim/types.ts';
import type { ClassSession } from './session.ts';

/** How many games the class is set beside: shares to about a percent, in about a second of the workers' time. */
export const SPREAD_RUNS = 2000;
/** The smaller spread the page plays itself when no worker can start: shares to the nearest few percent. */
export const SPREAD_RUNS_ON_PAGE = 240;

/** What the spread depends on: the session's seed and rulebook. */
export type SpreadSettings = Pick<ClassSession, 'seed' | 'rules'>;

/** A session's settings the spread depends on, in order: the same for sessions that differ in seats or devices only. */
export const spreadSettings = (s: SpreadSettings): SpreadSettings => ({ seed: s.seed, rules: RULE_SWITCHES.filter((r) => s.rules.includes(r)) });

export interface SpreadTally {
  runs: number;
  outcomes: Record<OutcomeId, number>;
  scoreSums: Record<PartyId, number>;
}

export const emptySpread = (): SpreadTally => ({
  runs: 0,
  outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<OutcomeId, number>,
  scoreSums: Object.fromEntries(PARTIES.map((p) => [p, 0])) as Record<PartyId, number>,
});

/** The session's start: its seed and rulebook, the board about to play its prologue. */
export function sessionStart(session: SpreadSettings): GameState {
  const controllers = Object.fromEntries(PARTIES.map((p) => [p, p === 'board' ? 'human' : 'default'])) as Record<PartyId, Controller>;
  return newGame({ seed: session.seed, rules: [...session.rules], controllers });
}

/** The games with continuation seeds first .. first + count - 1, tallied. */
export function spreadChunk(start: GameState, first: number, count: number): SpreadTally {
  const t = emptySpread();
  for (let seed = first; seed < first + count; seed++) {
    const end = playOn(start, seed, {}, true);
    t.runs++;
    t.outcomes[end.outcome!.id]++;
    const scores = scoresFor(end);
    for (const p of PARTIES) t.scoreSums[p] += scores[p];
  }
  return t;
}

export function mergeSpread(a: SpreadTally, b: SpreadTally): SpreadTally {
  const t = emptySpread();
  t.runs = a.runs + b.runs;
  for (const o of OUTCOMES) t.outcomes[o] = a.outcomes[o] + b.outcomes[o];
  for (const p of PARTIES) t.scoreSums[p] = a.scoreSums[p] + b.scoreSums[p];
  return t;
}
