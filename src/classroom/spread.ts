// The spread of a session's settings: its start (the session's seed and rulebook, before the board's prologue) played
// on many times by the simulated parties, each time with its own continuation seed (src/sim/odds.ts: playOn), tallied
// as endings and score sums. Chunks of consecutive seeds add up to the same tally however the work is split, so the
// page can compute it a chunk at a time without freezing, or in workers.
import { OUTCOMES, PARTIES, type Controller, type OutcomeId, type PartyId } from '../sim/ids.ts';
import { newGame } from '../sim/engine.ts';
import { playOn } from '../sim/odds.ts';
import { scoresFor } from '../sim/scores.ts';
import type { GameState } from '../sim/types.ts';
import type { ClassSession } from './session.ts';

/** How many games the class is set beside: enough for shares to the nearest few percent, in about a second. */
export const SPREAD_RUNS = 240;

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
export function sessionStart(session: ClassSession): GameState {
  const controllers = Object.fromEntries(PARTIES.map((p) => [p, p === 'board' ? 'human' : 'default'])) as Record<PartyId, Controller>;
  return newGame({ seed: session.seed, rules: [...session.rules], controllers });
}

/** The games with continuation seeds first .. first + count - 1, tallied. */
export function spreadChunk(start: GameState, first: number, count: number): SpreadTally {
  const t = emptySpread();
  for (let seed = first; seed < first + count; seed++) {
    const end = playOn(start, seed);
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
