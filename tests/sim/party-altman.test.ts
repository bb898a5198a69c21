// Altman's and Brockman's machine: ousted, negotiating, at Microsoft, founding, or reinstated (final).
import { describe, expect, it } from 'vitest';
import { describeMachineContract, expectTransitions } from './party-contract.ts';
import { afterRemoval, turnWith } from './helpers.ts';

describeMachineContract('altman', {
  states: ['ousted', 'negotiating', 'at-microsoft', 'founding', 'reinstated'],
  initial: 'ousted',
  finals: ['reinstated'],
});

describe('altman machine: key transitions', () => {
  it('talks open and collapse between ousted and negotiating', () => {
    expectTransitions('altman', [
      ['ousted', 'TALKS_OPENED', 'negotiating'],
      ['negotiating', 'TALKS_COLLAPSED', 'ousted'],
      ['ousted', 'TALKS_COLLAPSED', 'ousted'],
    ]);
  });

  it('can still be won back from Microsoft or a new company, as history’s Altman was, but never switches between them', () => {
    expectTransitions('altman', [
      ['ousted', 'JOINED_MICROSOFT', 'at-microsoft'],
      ['at-microsoft', 'REINSTATED', 'reinstated'],
      ['founding', 'REINSTATED', 'reinstated'],
      ['at-microsoft', 'COMPANY_STARTED', 'at-microsoft'],
      ['founding', 'JOINED_MICROSOFT', 'founding'],
      ['at-microsoft', 'TALKS_OPENED', 'at-microsoft'],
      ['negotiating', 'REINSTATED', 'reinstated'],
    ]);
  });
});

describe('altman machine in a game', () => {
  it('is ousted after the removal, negotiating once he talks terms', () => {
    const s0 = afterRemoval();
    expect(s0.parties.altman).toBe('ousted');
    const s1 = turnWith(s0, { altman: { move: 'altman.negotiate-return', params: { boardOut: true } } });
    expect(s1.parties.altman).toBe('negotiating');
  });

  it('is at-microsoft once he takes the unit Microsoft offered', () => {
    const s1 = turnWith(afterRemoval(), { microsoft: { move: 'microsoft.hire-leaders' } });
    const s2 = turnWith(s1, { altman: { move: 'altman.join-microsoft' } });
    expect(s2.parties.altman).toBe('at-microsoft');
    expect(s2.world.altmanAt).toBe('microsoft');
  });
});
