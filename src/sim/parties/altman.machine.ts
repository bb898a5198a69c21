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
    // At Microsoft or founding, he can still be won back: history's Altman was a Microsoft hire for two days.
    'at-microsoft': { on: { COMPANY_STARTED: 'founding', REINSTATED: 'reinstated' } },
    founding: { on: { JOINED_MICROSOFT: 'at-microsoft', REINSTATED: 'reinstated' } },
    reinstated: { type: 'final' },
  },
});
