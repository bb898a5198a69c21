import { setup } from 'xstate';

/** The interim CEO and the executives: Murati first, then whoever the board names. */
export const managementMachine = setup({
  types: {
    events: {} as
      | { type: 'EVIDENCE_DEMANDED' }
      | { type: 'REVOLTED' }
      | { type: 'INTERIM_REPLACED' }
      | { type: 'STEADIED' }
      | { type: 'ALTMAN_RESTORED' },
  },
}).createMachine({
  id: 'management',
  initial: 'steadying',
  states: {
    steadying: { on: { EVIDENCE_DEMANDED: 'questioning', REVOLTED: 'in-revolt', INTERIM_REPLACED: 'steadying', ALTMAN_RESTORED: 'restored' } },
    questioning: { on: { REVOLTED: 'in-revolt', STEADIED: 'steadying', INTERIM_REPLACED: 'steadying', ALTMAN_RESTORED: 'restored' } },
    'in-revolt': { on: { STEADIED: 'steadying', INTERIM_REPLACED: 'steadying', ALTMAN_RESTORED: 'restored' } },
    restored: { type: 'final' },
  },
});
