// Runs to share, as a player makes them: random seeds, rulebooks and policies, and games with people's seats whose
// moves are picked at random among the legal ones.
import fc from 'fast-check';
import { legalChoices, newGame, PARTIES, PLAYABLE_PARTIES, playTurn, POLICIES, RULE_SWITCHES, runGame } from '../../src/sim/index.ts';
import type { Controller, GameState, PartyId, PlayedMove, PolicyId } from '../../src/sim/index.ts';
import { addBranch, MID_GAME_SWITCHES, runOf, startBranch, type Run } from '../../src/share/index.ts';

export const seedArb = fc.integer({ min: 0, max: 2 ** 32 - 1 });
export const rulesArb = fc.subarray([...RULE_SWITCHES]);
export const policiesArb = fc.record(Object.fromEntries(PARTIES.map((p) => [p, fc.constantFrom(...POLICIES)])) as Record<PartyId, fc.Arbitrary<PolicyId>>);

/** A whole game from runGame, as the command line plays one. */
export const simGameArb = fc.record({ seed: seedArb, rules: rulesArb, policies: policiesArb }).map((setup) => runGame(setup));

/**
 * A game with people at some seats, played turn by turn as the page does: each person's move is the legal choice that
 * `picks` points at. `stopAt` cuts the game short (a run shared before its ending).
 */
export function playWithPeople(seed: number, rules: string[], seats: Record<PartyId, Controller>, picks: number[], stopAt = Infinity): GameState {
  let state = newGame({ seed, rules: rules as never, controllers: seats });
  let k = 0;
  while (!state.outcome && state.turn <= 25 && state.turn < stopAt) {
    const chosen: Partial<Record<PartyId, PlayedMove>> = {};
    for (const p of PARTIES) {
      if (seats[p] !== 'human') continue;
      const choices = legalChoices(state, p);
      if (state.turn === -1 && p !== 'board') continue;
      if (choices.length === 0) continue;
      const c = choices[picks[k++ % picks.length] % choices.length];
      chosen[p] = { party: p, move: c.move, params: c.params };
    }
    state = playTurn(state, chosen);
  }
  return state;
}

export const peopleGameArb = fc
  .record({
    seed: seedArb,
    rules: rulesArb,
    policies: policiesArb,
    people: fc.subarray([...PLAYABLE_PARTIES], { minLength: 1 }),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
    stopAt: fc.option(fc.integer({ min: -1, max: 20 }), { nil: undefined }),
  })
  .map(({ seed, rules, policies, people, picks, stopAt }) => {
    const seats: Record<PartyId, Controller> = { ...policies };
    for (const p of people) seats[p] = 'human';
    return playWithPeople(seed, rules, seats, picks, stopAt);
  });

/** A run with a branch from a random turn of its main line, maybe with a switch, played on by the policies. */
export const branchedRunArb = fc
  .record({ game: simGameArb, at: fc.nat(), rule: fc.option(fc.constantFrom(...MID_GAME_SWITCHES), { nil: null }) })
  .map(({ game, at, rule }): Run => {
    const run = runOf(game);
    const fromTurn = at % (game.outcome!.turn + 2) - 1;
    const r = startBranch(run, 0, fromTurn, rule);
    if (!r.ok) return run; // a switch already in the rulebook, or notice-required after the prologue
    let s = r.state;
    while (!s.outcome && s.turn <= 25) s = playTurn(s, {});
    const added = addBranch(run, 0, fromTurn, rule, s);
    if (!added.ok) throw new Error(added.message);
    return added.run;
  });
