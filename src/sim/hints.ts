// What a move is likely to change, worked out from the move itself: its effect is played on a copy of the present
// state, with a few seeded draws, and the numbers it moves are read off. No hand-written list can then contradict it.
import { METRICS } from './ids.ts';
import { MOVES, type Params } from './moves/index.ts';
import { seedState } from './random.ts';
import { TurnContext, type GameView } from './turn-context.ts';
import type { GameState, Likely, LikelyMetric, World } from './types.ts';
import { departedTotal } from './world.ts';

/** Draws the effect is tried with: enough to see a move whose outcome is a gamble lean one way. */
const TRIALS = 4;
/** Smaller mean changes are noise, not a likely change. */
const NOTICEABLE = 0.5;

function reading(w: World): Record<LikelyMetric, number> {
  const out = {} as Record<LikelyMetric, number>;
  for (const m of METRICS) out[m] = w[m];
  out.departures = departedTotal(w);
  // The sum over seated directors: pressure on the board shows as resolve falling.
  out.resolve = w.directors.reduce((s, d) => s + (d.seated ? d.resolve : 0), 0);
  return out;
}

/** The numbers a move's effect moves, with their direction and mean size, from the state as it is now. */
export function likelyChanges(view: GameView, move: string, params: Params): Likely[] {
  const def = MOVES.get(move);
  if (!def) return [];
  const before = reading(view.world);
  const sums = {} as Record<LikelyMetric, number>;
  for (let i = 0; i < TRIALS; i++) {
    const trial = { rng: seedState(7919 * (i + 1)), world: view.world, parties: view.parties, turn: view.turn, rules: view.rules } as GameState;
    const ctx = new TurnContext(trial, false);
    ctx.cause = move;
    def.effect(ctx, params);
    const after = reading(ctx.world);
    for (const k of Object.keys(before) as LikelyMetric[]) sums[k] = (sums[k] ?? 0) + (after[k] - before[k]);
  }
  const out: Likely[] = [];
  for (const k of Object.keys(sums) as LikelyMetric[]) {
    const mean = sums[k] / TRIALS;
    if (Math.abs(mean) >= NOTICEABLE) out.push({ metric: k, direction: mean > 0 ? 'up' : 'down', size: Math.round(Math.abs(mean) * 10) / 10 });
  }
  return out.sort((a, b) => b.size - a.size);
}
