import { setup } from 'xstate';

/** Thrive, Khosla, Sequoia, Tiger: money in, no seat. */
export const investorsMachine = setup({
  types: {
    events: {} as
      | { type: 'PRESSING' }
      | { type: 'SUIT_THREATENED' }
      | { type: 'NEWCO_BACKED' }
      | { type: 'REASSURED' },
  },
}).createMachine({
  id: 'investors',
  initial: 'alarmed',
  states: {
    alarmed: { on: { PRESSING: 'pressing', SUIT_THREATENED: 'litigating', NEWCO_BACKED: 'backing-newco', REASSURED: 'reassured' } },
    pressing: { on: { SUIT_THREATENED: 'litigating', NEWCO_BACKED: 'backing-newco', REASSURED: 'reassured' } },
    litigating: { on: { NEWCO_BACKED: 'backing-newco', REASSURED: 'reassured' } },
    'backing-newco': { on: { REASSURED: 'reassured' } },
    reassured: { on: { PRESSING: 'pressing' } },
  },
});
