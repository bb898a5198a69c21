// The investors' machine: alarmed, pressing, litigating, backing a new company, reassured. No final state:
// reassured investors can start pressing again.
import { describe, expect, it } from 'vitest';
import { describeMachineContract, expectTransitions } from './party-contract.ts';
import { afterRemoval, turnWith, withWorld } from './helpers.ts';

describeMachineContract('investors', {
  states: ['alarmed', 'pressing', 'litigating', 'backing-newco', 'reassured'],
  initial: 'alarmed',
  finals: [],
});

describe('investors machine: key transitions', () => {
  it('escalates from pressing to litigating to backing a new company, and never back down the ladder', () => {
    expectTransitions('investors', [
      ['alarmed', 'PRESSING', 'pressing'],
      ['pressing', 'SUIT_THREATENED', 'litigating'],
      ['litigating', 'NEWCO_BACKED', 'backing-newco'],
      ['litigating', 'PRESSING', 'litigating'],
      ['backing-newco', 'PRESSING', 'backing-newco'],
      ['backing-newco', 'SUIT_THREATENED', 'backing-newco'],
    ]);
  });

  it('anyone can be reassured, and reassured investors can press again', () => {
    expectTransitions('investors', [
      ['alarmed', 'REASSURED', 'reassured'],
      ['litigating', 'REASSURED', 'reassured'],
      ['backing-newco', 'REASSURED', 'reassured'],
      ['reassured', 'PRESSING', 'pressing'],
      ['reassured', 'SUIT_THREATENED', 'reassured'],
    ]);
  });
});

describe('investors machine in a game', () => {
  it('pressing the board moves them to pressing, a suit to litigating', () => {
    const s1 = turnWith(afterRemoval(), { investors: { move: 'investors.press-board' } });
    expect(s1.parties.investors).toBe('pressing');
    const angry = withWorld(s1, (w) => (w.investorPressure = 60));
    expect(turnWith(angry, { investors: { move: 'investors.threaten-suit' } }).parties.investors).toBe('litigating');
  });
});
