// How a simulated party picks its move. Each pick uses its own generator seeded from one draw of the game's
// generator, so a replay that supplies the same moves advances the game's generator identically.
import { scriptedMove } from '../history/script.ts';
import type { PartyId, PolicyId } from '../ids.ts';
import { legalChoices, sameParams, type Choice } from '../legal.ts';
import { MOVES } from '../moves/index.ts';
import { draw, seedState } from '../random.ts';
import type { GameView } from '../turn-context.ts';
import { personaLean } from './persona.ts';
import { utilityOf } from './utility.ts';

/** How far hawks and doves tilt towards hard or soft moves. */
const TILT = 1.6;
/** The default strategist's noise: enough that no two seeds play the same crisis. */
const NOISE = 0.7;
/** How far a run's temperament tilts the default strategist. */
const TEMPER = 1.2;
/** The people of the record are more predictable than a generic strategist. */
const PERSONA_NOISE = 0.35;


export function isScripted(turn: number, party: PartyId, choice: Choice): boolean {
  const s = scriptedMove(turn, party);
  return !!s && s.move === choice.move && sameParams(s.params, choice.params);
}

export function choosePolicyMove(
  view: GameView,
  party: PartyId,
  policy: PolicyId,
  choiceSeed: number,
  onHistory: boolean,
  temperament = 0,
): Choice | null {
  const choices = legalChoices(view, party);
  if (choices.length === 0) return null;
  const rng = { rng: seedState(Math.floor(choiceSeed * 4294967296)) };
  if (policy === 'historical' && onHistory) {
    const s = scriptedMove(view.turn, party);
    const found = s && choices.find((c) => c.move === s.move && sameParams(s.params, c.params));
    if (found) return found;
  }
  if (policy === 'random') return choices[Math.floor(draw(rng) * choices.length)];
  // Off history's line, the historical policy plays the people as the record shows them (persona.ts).
  const persona = policy === 'historical';
  const noise = persona ? PERSONA_NOISE : NOISE;
  let best = choices[0];
  let bestScore = -Infinity;
  for (const c of choices) {
    // Uniform noise: one draw per choice keeps the hot loop cheap.
    let u = utilityOf(view, c.move, c.params) + (draw(rng) - 0.5) * 2 * noise * 1.7;
    const stance = MOVES.get(c.move)!.stance;
    if (persona) u += personaLean(view, c.move);
    // A run's temper tilts the strategist a little, the same way all game long.
    else u += (stance === 'hard' ? 1 : stance === 'soft' ? -1 : 0) * temperament * TEMPER;
    if (policy === 'hawk') u += stance === 'hard' ? TILT : stance === 'soft' ? -TILT : 0;
    if (policy === 'dove') u += stance === 'soft' ? TILT : stance === 'hard' ? -TILT : 0;
    if (u > bestScore) {
      bestScore = u;
      best = c;
    }
  }
  return best;
}
