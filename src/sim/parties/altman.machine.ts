import { setup } from 'xstate';

/** Altman and Brockman, ousted on Friday noon. */
export const altmanMachine = setup({
  types: {
    events: {} as
      | { type: 'TALKS_OPENED' }
      | { type: 'TALKS_COLLAPSED' }
      | { type: 'JOINED_MICROSOFT' }
      | { type: 'COMPANY_STARTED' }
      | { type: 'REINSTATED' },
  },
}).createMachine({
  id: 'altman',
  initial: 'ousted',
  states: {
    ousted: { on: { TALKS_OPENED: 'negotiating', JOINED_MICROSOFT: 'at-microsoft', COMPANY_STARTED: 'founding', REINSTATED: 'reinstated' } },
    negotiating: { on: { TALKS_COLLAPSED: 'ousted', JOINED_MICROSOFT: 'at-microsoft', COMPANY_STARTED: 'founding', REINSTATED: 'reinstated' } },
    // At Microsoft or founding, he can still be won back (history's Altman was a Microsoft hire for two days), but
    // each commitment is one way: from Microsoft he does not found a company, nor from his company join Microsoft.
    'at-microsoft': { on: { REINSTATED: 'reinstated' } },
    founding: { on: { REINSTATED: 'reinstated' } },
    reinstated: { type: 'final' },
  },
});
