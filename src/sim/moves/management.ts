// The interim CEO's and executives' moves: keep the company running, and say what they think of the board.
import { defineMoves, NO_PARAMS, rule } from './move.ts';

const IN_OFFICE = ['steadying', 'questioning', 'in-revolt'] as const;

export const managementMoves = defineMoves('management', [
  {
    id: 'management.sign-letter',
    party: 'management',
    states: IN_OFFICE,
    stance: 'hard',
    concepts: ['employee-leverage', 'interim-leadership'],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.signatures === 0 ? rule('no-letter') : v.parties.management === 'in-revolt' ? rule('already-in-revolt') : null),
    effect: (ctx) => {
      const w = ctx.world;
      const d = ctx.draw();
      ctx.set('signatures', w.signatures + 15 + d * 25, d);
      ctx.pressDirectors(-2);
      ctx.add('continuity', -3);
      ctx.send('management', 'REVOLTED');
      ctx.report('news.management.sign-letter');
    },
  },
  {
    id: 'management.demand-evidence',
    party: 'management',
    states: IN_OFFICE,
    stance: 'neutral',
    concepts: ['candour-and-communication', 'interim-leadership'],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.ceo === 'altman' ? rule('ceo-in-office') : null),
    effect: (ctx) => {
      const w = ctx.world;
      // The board either has the evidence or it does not; asking makes that visible.
      if (w.reasonsStrength >= 70) ctx.add('boardCredibility', 5);
      else {
        ctx.discredit(6);
      }
      ctx.send('management', 'EVIDENCE_DEMANDED');
      ctx.report(w.reasonsStrength >= 70 ? 'news.management.demand-evidence.answered' : 'news.management.demand-evidence');
    },
  },
  {
    id: 'management.threaten-resign',
    party: 'management',
    states: IN_OFFICE,
    stance: 'hard',
    concepts: ['interim-leadership', 'key-person-risk'],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.ceo === 'altman' ? rule('ceo-in-office') : v.parties.management === 'in-revolt' ? rule('already-in-revolt') : null),
    effect: (ctx) => {
      const w = ctx.world;
      ctx.add('continuity', -7);
      ctx.pressDirectors(-2);
      ctx.send('management', 'REVOLTED');
      ctx.report('news.management.threaten-resign', { ceo: w.ceo });
    },
  },
  {
    id: 'management.keep-lights-on',
    party: 'management',
    states: [...IN_OFFICE, 'restored'],
    stance: 'soft',
    concepts: ['interim-leadership'],
    options: () => NO_PARAMS,
    effect: (ctx) => {
      const d = ctx.draw();
      ctx.restoreContinuity(1 + d * 3, d);
      ctx.send('management', 'STEADIED');
      ctx.report('news.management.keep-lights-on', { ceo: ctx.world.ceo });
    },
  },
]);
