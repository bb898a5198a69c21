import { setup } from 'xstate';

/** Benioff: hires what it can, at a cost it can bear. */
export const salesforceMachine = setup({
  types: {
    events: {} as { type: 'RECRUITING' } | { type: 'RESEARCHERS_HIRED' } | { type: 'STOOD_DOWN' },
  },
}).createMachine({
  id: 'salesforce',
  initial: 'watching',
  states: {
    watching: { on: { RECRUITING: 'recruiting', STOOD_DOWN: 'stood-down' } },
    recruiting: { on: { RESEARCHERS_HIRED: 'hired', STOOD_DOWN: 'stood-down' } },
    hired: { on: { RESEARCHERS_HIRED: 'hired', STOOD_DOWN: 'stood-down' } },
    'stood-down': { type: 'final' },
  },
});
