// Microsoft's moves: a $13B partner with no seat, whose leverage is money, compute and jobs.
import { signatureShare } from '../world.ts';
import { defineMoves, NO_PARAMS, rule } from './move.ts';

const ACTIVE = ['blindsided', 'stabilizing', 'hiring-team', 'backing-return', 'observer-seat'] as const;

export const microsoftMoves = defineMoves([
  {
    id: 'microsoft.reassure-markets',
    party: 'microsoft',
    states: ACTIVE,
    stance: 'soft',
    concepts: ['investor-rights-without-seat', 'candour-and-communication'],
    likely: [
      { metric: 'microsoftConfidence', direction: 'up' },
      { metric: 'continuity', direction: 'up' },
    ],
    options: () => NO_PARAMS,
    effect: (ctx) => {
      const d = ctx.draw();
      ctx.add('microsoftConfidence', 5 + d * 6, d);
      ctx.add('continuity', 2);
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
    likely: [
      { metric: 'resolve', direction: 'down' },
      { metric: 'investorPressure', direction: 'up' },
    ],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.altmanAt === 'openai' ? rule('ceo-in-office') : null),
    effect: (ctx) => {
      const w = ctx.world;
      // From inside the boardroom, a seat makes the pressure count double; with no offer to hire behind it, half.
      const weight = (w.microsoftSeat === 'voting' ? 2 : 1) * (ctx.has('no-microsoft-offer') ? 0.5 : 1);
      ctx.pressDirectors(-2 * weight);
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
    likely: [
      { metric: 'microsoftConfidence', direction: 'up' },
      { metric: 'signatures', direction: 'up' },
    ],
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
    likely: [
      { metric: 'resolve', direction: 'down' },
      { metric: 'signatures', direction: 'up' },
    ],
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
      ctx.pressDirectors(-2 - 3 * signatureShare(w));
      ctx.add('investorPressure', 4);
      ctx.add('microsoftConfidence', -2);
      const quote = ctx.historicalSource
        ? {
            by: 'Kevin Scott, Microsoft CTO',
            date: '2023-11-21',
            text: 'Know that if needed, you have a role at Microsoft that matches your compensation and advances our collective mission.',
          }
        : undefined;
      ctx.report('news.microsoft.offer-all-staff', undefined, quote);
    },
  },
  {
    id: 'microsoft.demand-seat',
    party: 'microsoft',
    states: ACTIVE,
    stance: 'hard',
    concepts: ['investor-rights-without-seat', 'board-composition'],
    likely: [
      { metric: 'missionSafeguards', direction: 'down' },
      { metric: 'resolve', direction: 'down' },
    ],
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
    likely: [
      { metric: 'continuity', direction: 'down' },
      { metric: 'resolve', direction: 'down' },
      { metric: 'microsoftConfidence', direction: 'down' },
    ],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.altmanAt === 'openai' ? rule('ceo-in-office') : null),
    effect: (ctx) => {
      ctx.add('continuity', -10);
      ctx.pressDirectors(-7);
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
    likely: [],
    options: () => NO_PARAMS,
    // A quiet turn makes no news.
    effect: () => {},
  },
]);
