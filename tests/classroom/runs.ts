// Class runs as students make them: a session's seed and rulebook, people at some of its seats picking among the legal
// moves (the same picks give the same game), the other seats on their default policies. Shared by the unit tests and
// the browser spec (which hands their codes in, and starts a game from a save one turn before its ending).
import { legalChoices, newGame, PARTIES, playTurn, type Controller, type GameState, type PartyId, type PlayablePartyId, type PlayedMove } from '../../src/sim/index.ts';
import type { ClassSession } from '../../src/classroom/session.ts';

/** A small seeded generator: the same seed picks the same moves. */
function picker(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function seatsOf(humans: readonly PlayablePartyId[]): Record<PartyId, Controller> {
  return Object.fromEntries(PARTIES.map((p) => [p, (humans as readonly string[]).includes(p) ? 'human' : 'default'])) as Record<PartyId, Controller>;
}

/** One turn with the people's moves picked. */
export function playPicked(state: GameState, humans: readonly PlayablePartyId[], pick: () => number): GameState {
  const chosen: Partial<Record<PartyId, PlayedMove>> = {};
  for (const p of humans) {
    const choices = legalChoices(state, p);
    if (choices.length === 0) continue;
    const c = choices[Math.floor(pick() * choices.length)];
    chosen[p] = { party: p, move: c.move, params: c.params };
  }
  return playTurn(state, chosen);
}

/** A whole class run: `humans` (seats of the session) played with picks from `pickSeed`. */
export function classRun(session: ClassSession, humans: readonly PlayablePartyId[], pickSeed: number): GameState {
  const pick = picker(pickSeed);
  let state = newGame({ seed: session.seed, rules: [...session.rules], controllers: seatsOf(humans) });
  while (!state.outcome) state = playPicked(state, humans, pick);
  return state;
}

/** The game one turn before its ending, as the page would have saved it (people at `humans`). */
export function lastTurnOf(session: ClassSession, humans: readonly PlayablePartyId[], pickSeed: number): GameState {
  const pick = picker(pickSeed);
  let state = newGame({ seed: session.seed, rules: [...session.rules], controllers: seatsOf(humans) });
  for (;;) {
    const next = playPicked(state, humans, pick);
    if (next.outcome) return state;
    state = next;
  }
}
