import { setup } from 'xstate';

/** About 770 staff, voiced by the letter's organisers. */
export const employeesMachine = setup({
  types: {
    events: {} as
      | { type: 'ORGANIZING_BEGAN' }
      | { type: 'LETTER_PUBLISHED' }
      | { type: 'ULTIMATUM_ISSUED' }
      | { type: 'EXODUS_BEGAN' }
      | { type: 'BACK_TO_WORK' },
  },
}).createMachine({
  id: 'employees',
  initial: 'stunned',
  states: {
    stunned: {
      on: { ORGANIZING_BEGAN: 'organizing', LETTER_PUBLISHED: 'petitioning', BACK_TO_WORK: 'back-to-work', EXODUS_BEGAN: 'exodus' },
    },
    organizing: {
      on: { LETTER_PUBLISHED: 'petitioning', ULTIMATUM_ISSUED: 'ultimatum', BACK_TO_WORK: 'back-to-work', EXODUS_BEGAN: 'exodus' },
    },
    petitioning: { on: { ULTIMATUM_ISSUED: 'ultimatum', BACK_TO_WORK: 'back-to-work', EXODUS_BEGAN: 'exodus' } },
    ultimatum: { on: { EXODUS_BEGAN: 'exodus', BACK_TO_WORK: 'back-to-work' } },
    exodus: { on: { BACK_TO_WORK: 'back-to-work' } },
    'back-to-work': { on: { ORGANIZING_BEGAN: 'organizing', LETTER_PUBLISHED: 'petitioning', EXODUS_BEGAN: 'exodus' } },
  },
});
