// Salesforce's machine: watching, recruiting, hired, or stood down for good.
import { describe, expect, it } from 'vitest';
import { validateMove } from '../../src/sim/index.ts';
import { describeMachineContract, expectTransitions } from './party-contract.ts';
import { afterRemoval, turnWith } from './helpers.ts';

describeMachineContract('salesforce', {
  states: ['watching', 'recruiting', 'hired', 'stood-down'],
  initial: 'watching',
  finals: ['stood-down'],
});

describe('salesforce machine: key transitions', () => {
  it('recruits before it hires, and can stand down from anywhere', () => {
    expectTransitions('salesforce', [
      ['watching', 'RECRUITING', 'recruiting'],
      ['watching', 'RESEARCHERS_HIRED', 'watching'],
      ['recruiting', 'RESEARCHERS_HIRED', 'hired'],
      ['hired', 'RESEARCHERS_HIRED', 'hired'],
      ['watching', 'STOOD_DOWN', 'stood-down'],
      ['recruiting', 'STOOD_DOWN', 'stood-down'],
      ['hired', 'STOOD_DOWN', 'stood-down'],
      ['stood-down', 'RECRUITING', 'stood-down'],
    ]);
  });
});

describe('salesforce machine in a game', () => {
  it('the matching offer starts recruiting; standing down is final and leaves only watching', () => {
    const s1 = turnWith(afterRemoval(), { salesforce: { move: 'salesforce.match-offer' } });
    expect(s1.parties.salesforce).toBe('recruiting');
    const s2 = turnWith(s1, { salesforce: { move: 'salesforce.stand-down' } });
    expect(s2.parties.salesforce).toBe('stood-down');
    expect(validateMove(s2, { party: 'salesforce', move: 'salesforce.match-offer' })).toEqual({
      key: 'rule.wrong-state',
      vars: { party: 'salesforce', state: 'stood-down' },
    });
    expect(validateMove(s2, { party: 'salesforce', move: 'salesforce.watch' })).toBeNull();
  });
});
