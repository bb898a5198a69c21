import { setup } from 'xstate';

/** Nadella and Kevin Scott: the partner with $13B committed and no seat. */
export const microsoftMachine = setup({
  types: {
    events: {} as
      | { type: 'STABILIZING' }
      | { type: 'TEAM_HIRED' }
      | { type: 'RETURN_BACKED' }
      | { type: 'STAFF_ABSORBED' }
      | { type: 'SEAT_GRANTED' },
  },
}).createMachine({
  id: 'microsoft',
  initial: 'blindsided',
  states: {
    blindsided: { on: { STABILIZING: 'stabilizing', TEAM_HIRED: 'hiring-team', RETURN_BACKED: 'backing-return', SEAT_GRANTED: 'observer-seat' } },
    stabilizing: { on: { TEAM_HIRED: 'hiring-team', RETURN_BACKED: 'backing-return', SEAT_GRANTED: 'observer-seat', STAFF_ABSORBED: 'absorbed' } },
    'hiring-team': { on: { RETURN_BACKED: 'backing-return', STAFF_ABSORBED: 'absorbed', SEAT_GRANTED: 'observer-seat' } },
    'backing-return': { on: { TEAM_HIRED: 'hiring-team', STAFF_ABSORBED: 'absorbed', SEAT_GRANTED: 'observer-seat' } },
    absorbed: { type: 'final' },
    'observer-seat': { on: { STAFF_ABSORBED: 'absorbed' } },
  },
});
