// The board's machine: deliberating until the removal, then defending, negotiating or entrenched, until it resigns
// or is reconstituted.
import { describe, expect, it } from 'vitest';
import { describeMachineContract, expectTransitions } from './party-contract.ts';
import { afterRemoval, game, turnWith, withWorld } from './helpers.ts';

describeMachineContract('board', {
  states: ['deliberating', 'defending', 'negotiating', 'resigned', 'reconstituted', 'entrenched'],
  initial: 'deliberating',
  finals: ['reconstituted'],
});

describe('board machine: key transitions', () => {
  it('only the removal moves it out of deliberating', () => {
    expectTransitions('board', [
      ['deliberating', 'CEO_REMOVED', 'defending'],
      ['deliberating', 'TALKS_OPENED', 'deliberating'],
      ['deliberating', 'HELD_FIRM', 'deliberating'],
      ['deliberating', 'RESIGNED', 'deliberating'],
    ]);
  });

  it('talks open and collapse between defending and negotiating; holding firm entrenches it', () => {
    expectTransitions('board', [
      ['defending', 'TALKS_OPENED', 'negotiating'],
      ['defending', 'AGREED_TO_RESIGN', 'negotiating'],
      ['negotiating', 'TALKS_COLLAPSED', 'defending'],
      ['defending', 'HELD_FIRM', 'entrenched'],
      ['negotiating', 'HELD_FIRM', 'entrenched'],
      ['entrenched', 'TALKS_OPENED', 'negotiating'],
      ['entrenched', 'HELD_FIRM', 'entrenched'],
    ]);
  });

  it('resigned can only become reconstituted', () => {
    expectTransitions('board', [
      ['defending', 'RESIGNED', 'resigned'],
      ['negotiating', 'RESIGNED', 'resigned'],
      ['resigned', 'RECONSTITUTED', 'reconstituted'],
      ['resigned', 'TALKS_OPENED', 'resigned'],
      ['resigned', 'HELD_FIRM', 'resigned'],
    ]);
  });
});

describe('board machine in a game', () => {
  it('waits in deliberating through a human board prologue and defends once the CEO is removed', () => {
    expect(game({ humanBoard: true }).parties.board).toBe('deliberating');
    expect(afterRemoval().parties.board).toBe('defending');
  });

  it('holding firm entrenches the board, and reopening talks moves it to negotiating', () => {
    const s0 = afterRemoval({ seed: 3 });
    const held = turnWith(s0, { board: { move: 'board.hold-firm' } });
    expect(held.parties.board).toBe('entrenched');
    // A board softened enough to offer terms.
    const soft = withWorld(held, (w) => w.directors.forEach((d) => (d.resolve = 50)));
    const talking = turnWith(soft, { board: { move: 'board.negotiate-return', params: { investigation: true, directorsLeave: 0, altmanOffBoard: true } } });
    expect(talking.parties.board).toBe('negotiating');
  });
});
