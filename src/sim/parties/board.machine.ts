import { setup } from 'xstate';

/** The nonprofit's directors. Their state decides which moves they have. */
export const boardMachine = setup({
  types: {
    events: {} as
      | { type: 'CEO_REMOVED' }
      | { type: 'TALKS_OPENED' }
      | { type: 'TALKS_COLLAPSED' }
      | { type: 'HELD_FIRM' }
      | { type: 'AGREED_TO_RESIGN' }
      | { type: 'RESIGNED' }
      | { type: 'RECONSTITUTED' },
  },
}).createMachine({
  id: 'board',
  initial: 'deliberating',
  states: {
    deliberating: { on: { CEO_REMOVED: 'defending' } },
    defending: {
      on: {
        TALKS_OPENED: 'negotiating',
        AGREED_TO_RESIGN: 'negotiating',
        HELD_FIRM: 'entrenched',
        RESIGNED: 'resigned',
        RECONSTITUTED: 'reconstituted',
      },
    },
    negotiating: {
      on: {
        TALKS_COLLAPSED: 'defending',
        HELD_FIRM: 'entrenched',
        RESIGNED: 'resigned',
        RECONSTITUTED: 'reconstituted',
      },
    },
    entrenched: {
      on: {
        TALKS_OPENED: 'negotiating',
        AGREED_TO_RESIGN: 'negotiating',
        RESIGNED: 'resigned',
        RECONSTITUTED: 'reconstituted',
      },
    },
    resigned: { on: { RECONSTITUTED: 'reconstituted' } },
    reconstituted: { type: 'final' },
  },
});
