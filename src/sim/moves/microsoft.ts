// Microsoft's moves: a $13B partner with no seat, whose leverage is money, compute and jobs.
import { exitStrength, staffThreat, threatCredibility } from '../rules/director-resolve.ts';
import { signatureShare } from '../world.ts';
import { defineMoves, NO_PARAMS, rule } from './move.ts';

const ACTIVE = ['blindsided', 'stabilizing', 'hiring-team', 'backing-return', 'observer-seat'] as const;

export const microsoftMoves = defineMoves('microsoft', [
  {
    id: 'microsoft.reassure-markets',
    party: 'microsoft',
    states: ACTIVE,
    stance: 'soft',
    concepts: ['investor-rights-without-seat', 'candour-and-communication'],
    options: () => NO_PARAMS,
    effect: (ctx) => {
      const d = ctx.draw();
      ctx.add('microsoftConfidence', 5 + d * 6, d);
      ctx.restoreContinuity(2);
      ctx.send('microsoft', 'STABILIZING');
      ctx.report('news.microsoft.reassure-markets');
    },
  },
  {
    id: 'microsoft.press-board',
    party: 'microsoft',
    states: ACTIVE,
    stance: 'hard',
    concepts: ['investor-rights-without-seat', 'nonprofit-control'],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.altmanAt === 'openai' ? rule('ceo-in-office') : null),
    effect: (ctx) => {
      const w = ctx.world;
      // Pressure counts for what stands behind it: jobs for the staff (the exit), and a seat in the room.
      const weight = (w.microsoftSeat === 'voting' ? 2 : 1) * (0.2 + 1.6 * exitStrength(w) * threatCredibility(w, ctx.turn));
      ctx.pressDirectors(-weight);
      ctx.add('investorPressure', 5 * (1 - w.investorPressure / 100));
      ctx.send('microsoft', 'RETURN_BACKED');
      ctx.report('news.microsoft.press-board');
    },
  },
  {
    id: 'microsoft.hire-leaders',
    party: 'microsoft',
    states: ['blindsided', 'stabilizing', 'backing-return'],
    stance: 'hard',
    concepts: ['acqui-hire', 'key-person-risk'],
    options: () => NO_PARAMS,
    guard: (v) => {
      if (v.rules.includes('no-microsoft-offer')) return rule('no-microsoft-offer');
      if (v.world.offers.microsoftUnit) return rule('offer-already-made');
      if (v.world.altmanAt === 'openai') return rule('ceo-in-office');
      return null;
    },
    effect: (ctx) => {
      const w = ctx.world;
      w.offers.microsoftUnit = true;
      ctx.add('microsoftConfidence', 10);
      ctx.send('microsoft', 'TEAM_HIRED');
      ctx.report('news.microsoft.hire-leaders');
    },
  },
  {
    id: 'microsoft.offer-all-staff',
    party: 'microsoft',
    states: ['hiring-team', 'backing-return', 'stabilizing'],
    stance: 'hard',
    concepts: ['acqui-hire', 'employee-leverage'],
    options: () => NO_PARAMS,
    guard: (v) => {
      if (v.rules.includes('no-microsoft-offer')) return rule('no-microsoft-offer');
      if (!v.world.offers.microsoftUnit) return rule('unit-first');
      if (v.world.offers.microsoftAllStaff) return rule('offer-already-made');
      if (v.world.altmanAt === 'openai') return rule('ceo-in-office');
      return null;
    },
    effect: (ctx) => {
      const w = ctx.world;
      w.offers.microsoftAllStaff = true;
      ctx.pressDirectors(-(1 + 4 * staffThreat(w, ctx.turn)));
      ctx.add('investorPressure', 4);
      ctx.add('microsoftConfidence', -2);
      ctx.report('news.microsoft.offer-all-staff');
    },
  },
  {
    id: 'microsoft.demand-seat',
    party: 'microsoft',
    states: ACTIVE,
    stance: 'hard',
    concepts: ['investor-rights-without-seat', 'board-composition'],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.seatDemanded || v.world.microsoftSeat !== 'none' ? rule('seat-already-demanded') : null),
    effect: (ctx) => {
      const w = ctx.world;
      w.seatDemanded = true;
      ctx.add('missionSafeguards', -3);
      ctx.pressDirectors(-2);
      ctx.report('news.microsoft.demand-seat');
    },
  },
  {
    id: 'microsoft.withhold-compute',
    party: 'microsoft',
    states: ACTIVE,
    stance: 'hard',
    concepts: ['investor-rights-without-seat', 'nonprofit-control'],
    options: () => NO_PARAMS,
    // A threat is made once; repeating it adds nothing.
    guard: (v) => (v.world.altmanAt === 'openai' ? rule('ceo-in-office') : v.world.computeThreatened ? rule('already-threatened') : null),
    effect: (ctx) => {
      ctx.world.computeThreatened = true;
      // A threat to the company itself: a credible cost, whatever the staff do.
      ctx.add('continuity', -10);
      ctx.pressDirectors(-3);
      ctx.add('microsoftConfidence', -6);
      ctx.add('missionSafeguards', -4);
      ctx.report('news.microsoft.withhold-compute');
    },
  },
  {
    id: 'microsoft.wait',
    party: 'microsoft',
    states: [...ACTIVE, 'absorbed'],
    stance: 'neutral',
    concepts: ['investor-rights-without-seat'],
    options: () => NO_PARAMS,
    // A quiet turn makes no news.
    effect: () => {},
  },
]);
