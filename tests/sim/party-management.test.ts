// Management's machine: steadying, questioning, in revolt, or restored once Altman is back (final).
import { describe, expect, it } from 'vitest';
import { describeMachineContract, expectTransitions } from './party-contract.ts';
import { afterRemoval, turnWith } from './helpers.ts';

describeMachineContract('management', {
  states: ['steadying', 'questioning', 'in-revolt', 'restored'],
  initial: 'steadying',
  finals: ['restored'],
});

describe('management machine: key transitions', () => {
  it('questions, revolts and steadies again', () => {
    expectTransitions('management', [
      ['steadying', 'EVIDENCE_DEMANDED', 'questioning'],
      ['questioning', 'REVOLTED', 'in-revolt'],
      ['steadying', 'REVOLTED', 'in-revolt'],
      ['in-revolt', 'STEADIED', 'steadying'],
      ['questioning', 'STEADIED', 'steadying'],
      ['in-revolt', 'EVIDENCE_DEMANDED', 'in-revolt'],
    ]);
  });

  it('a new interim CEO resets it to steadying; Altman’s return restores it for good', () => {
    expectTransitions('management', [
      ['in-revolt', 'INTERIM_REPLACED', 'steadying'],
      ['questioning', 'INTERIM_REPLACED', 'steadying'],
      ['steadying', 'ALTMAN_RESTORED', 'restored'],
      ['in-revolt', 'ALTMAN_RESTORED', 'restored'],
      ['restored', 'REVOLTED', 'restored'],
    ]);
  });
});

describe('management machine in a game', () => {
  it('demanding evidence moves it to questioning, threatening to resign to in-revolt, a new interim back to steadying', () => {
    const s1 = turnWith(afterRemoval(), { management: { move: 'management.demand-evidence' } });
    expect(s1.parties.management).toBe('questioning');
    const s2 = turnWith(s1, { management: { move: 'management.threaten-resign' } });
    expect(s2.parties.management).toBe('in-revolt');
    const s3 = turnWith(s2, { board: { move: 'board.appoint-interim', params: { interim: 'shear' } } });
    expect(s3.world.ceo).toBe('shear');
    expect(s3.parties.management).toBe('steadying');
  });
});
