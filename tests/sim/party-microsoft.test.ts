// Microsoft's machine: blindsided, stabilizing, hiring the team, backing a return, an observer seat, or the staff absorbed.
import { describe, expect, it } from 'vitest';
import { describeMachineContract, expectTransitions } from './party-contract.ts';
import { afterRemoval, turnWith } from './helpers.ts';

describeMachineContract('microsoft', {
  states: ['blindsided', 'stabilizing', 'hiring-team', 'backing-return', 'absorbed', 'observer-seat'],
  initial: 'blindsided',
  finals: ['absorbed'],
});

describe('microsoft machine: key transitions', () => {
  it('steadies, hires, or backs a return from the first shock', () => {
    expectTransitions('microsoft', [
      ['blindsided', 'STABILIZING', 'stabilizing'],
      ['blindsided', 'TEAM_HIRED', 'hiring-team'],
      ['blindsided', 'RETURN_BACKED', 'backing-return'],
      ['stabilizing', 'TEAM_HIRED', 'hiring-team'],
      ['hiring-team', 'RETURN_BACKED', 'backing-return'],
      ['backing-return', 'TEAM_HIRED', 'hiring-team'],
    ]);
  });

  it('cannot absorb the staff while still blindsided; an observer seat can still end in absorption', () => {
    expectTransitions('microsoft', [
      ['blindsided', 'STAFF_ABSORBED', 'blindsided'],
      ['hiring-team', 'STAFF_ABSORBED', 'absorbed'],
      ['hiring-team', 'SEAT_GRANTED', 'observer-seat'],
      ['observer-seat', 'STAFF_ABSORBED', 'absorbed'],
      ['observer-seat', 'TEAM_HIRED', 'observer-seat'],
      ['hiring-team', 'STABILIZING', 'hiring-team'],
    ]);
  });
});

describe('microsoft machine in a game', () => {
  it('reassuring the markets moves it to stabilizing; hiring the leaders to hiring-team; pressing the board to backing-return', () => {
    const s0 = afterRemoval();
    expect(s0.parties.microsoft).toBe('blindsided');
    const s1 = turnWith(s0, { microsoft: { move: 'microsoft.reassure-markets' } });
    expect(s1.parties.microsoft).toBe('stabilizing');
    const s2 = turnWith(s1, { microsoft: { move: 'microsoft.hire-leaders' } });
    expect(s2.parties.microsoft).toBe('hiring-team');
    const s3 = turnWith(s2, { microsoft: { move: 'microsoft.press-board' } });
    expect(s3.parties.microsoft).toBe('backing-return');
  });
});
