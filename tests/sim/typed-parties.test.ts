// The party machines are the one source of each party's states and events: a move offered in a state its party's
// machine does not have, or an event no machine knows, is a type error (checked by `tsc`, which npm test runs first),
// and at run time every move's states are states of its party's machine.
import { describe, expect, it } from 'vitest';
import { ALL_MOVES, partyStates } from '../../src/sim/index.ts';
import { defineMoves } from '../../src/sim/moves/move.ts';
import type { TurnContext } from '../../src/sim/turn-context.ts';

describe('typed party machines', () => {
  it('every move is offered only in states its party’s machine has', () => {
    const wrong = ALL_MOVES.flatMap((m) => m.states.filter((s) => !partyStates(m.party).includes(s)).map((s) => `${m.id}: ${s}`));
    expect(wrong).toEqual([]);
  });

  it('a misspelt state or an unknown event does not compile', () => {
    const effect = (ctx: TurnContext) => {
      ctx.send('board', 'CEO_REMOVED');
      // @ts-expect-error: the employees' machine has no such event
      ctx.send('employees', 'CEO_REMOVED');
    };
    const moves = defineMoves('board', [
      // @ts-expect-error: 'defendng' is not a state of the board's machine
      { id: 'board.test', party: 'board', states: ['defendng'], stance: 'neutral', concepts: [], effect },
    ]);
    expect(moves).toHaveLength(1);
  });
});
