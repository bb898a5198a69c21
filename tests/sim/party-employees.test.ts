// The staff's machine: stunned, organizing, petitioning, ultimatum, exodus, back to work. It has no final state:
// the staff can always go back to work or start organizing again.
import { describe, expect, it } from 'vitest';
import { describeMachineContract, expectTransitions } from './party-contract.ts';
import { afterRemoval, game, turnWith } from './helpers.ts';

describeMachineContract('employees', {
  states: ['stunned', 'organizing', 'petitioning', 'ultimatum', 'exodus', 'back-to-work'],
  initial: 'stunned',
  finals: [],
});

describe('employees machine: key transitions', () => {
  it('escalates from stunned through organizing and petitioning to an ultimatum', () => {
    expectTransitions('employees', [
      ['stunned', 'ORGANIZING_BEGAN', 'organizing'],
      ['organizing', 'LETTER_PUBLISHED', 'petitioning'],
      ['petitioning', 'ULTIMATUM_ISSUED', 'ultimatum'],
      ['organizing', 'ULTIMATUM_ISSUED', 'ultimatum'],
      ['stunned', 'ULTIMATUM_ISSUED', 'stunned'],
    ]);
  });

  it('can leave from anywhere at work, and come back to work from the exodus', () => {
    expectTransitions('employees', [
      ['stunned', 'EXODUS_BEGAN', 'exodus'],
      ['petitioning', 'EXODUS_BEGAN', 'exodus'],
      ['ultimatum', 'EXODUS_BEGAN', 'exodus'],
      ['exodus', 'BACK_TO_WORK', 'back-to-work'],
      ['exodus', 'ORGANIZING_BEGAN', 'exodus'],
      ['back-to-work', 'ORGANIZING_BEGAN', 'organizing'],
      ['back-to-work', 'LETTER_PUBLISHED', 'petitioning'],
    ]);
  });
});

describe('employees machine in a game', () => {
  it('starts stunned after an abrupt removal and organizes once the letter circulates', () => {
    const s0 = afterRemoval();
    expect(s0.parties.employees).toBe('stunned');
    expect(turnWith(s0, { employees: { move: 'employees.circulate-letter' } }).parties.employees).toBe('organizing');
  });

  it('a prepared removal warns the staff: they are already organizing at turn 0', () => {
    const s = turnWith(game({ humanBoard: true }), { board: { move: 'board.remove-ceo', params: { manner: 'prepared' } } });
    expect(s.turn).toBe(0);
    expect(s.parties.employees).toBe('organizing');
  });
});
