// Any run the game makes comes back from its code, its page address and its file as the identical game: the same log
// turn by turn, the same ending, the same seats; and its branches the same too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRun, encodeRun, runFile, runOf, shareAddress, type Decoded, type Run } from '../../src/share/index.ts';
import type { GameState } from '../../src/sim/index.ts';
import { branchedRunArb, peopleGameArb, simGameArb } from './arbitraries.ts';

function expectSameGame(d: Decoded, game: GameState): void {
  if (!d.ok) throw new Error(`refused: ${d.message}`);
  expect(d.state.log).toEqual(game.log);
  expect(d.state.outcome).toEqual(game.outcome);
  expect(d.state).toEqual(game);
}

const forms = (run: Run) => [encodeRun(run), shareAddress('https://example.org/five-days/?lang=fr#old', run), runFile(run)];

describe('round trip', () => {
  it('a game from runGame (random seed, rulebook and policies) decodes from each form to the identical game', () => {
    fc.assert(
      fc.property(simGameArb, (game) => {
        for (const text of forms(runOf(game))) expectSameGame(decodeRun(text), game);
      }),
      { numRuns: 60 },
    );
  });

  it('a game with people at some seats, finished or shared before its ending, decodes to the identical game', () => {
    fc.assert(
      fc.property(peopleGameArb, (game) => {
        const run = runOf(game);
        expectSameGame(decodeRun(encodeRun(run)), game);
        expectSameGame(decodeRun(runFile(run)), game);
      }),
      { numRuns: 60 },
    );
  });

  it('a run with a branch decodes to the same run, and to the same game on every branch', () => {
    fc.assert(
      fc.property(branchedRunArb, (run) => {
        const d = decodeRun(encodeRun(run));
        if (!d.ok) throw new Error(d.message);
        expect(d.run).toEqual(run);
        const again = decodeRun(runFile(d.run));
        if (!again.ok) throw new Error(again.message);
        expect(again.states).toEqual(d.states);
        expect(d.states).toHaveLength(run.branches.length);
      }),
      { numRuns: 40 },
    );
  });

  it('the code is one line of the characters an address keeps as they are', () => {
    fc.assert(
      fc.property(simGameArb, (game) => {
        expect(encodeRun(runOf(game))).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
      }),
      { numRuns: 20 },
    );
  });
});
