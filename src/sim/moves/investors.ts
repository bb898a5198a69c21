// The investors' moves: money in, no seat, so only pressure from outside.
import { staffThreat } from '../rules/director-resolve.ts';
import { defineMoves, NO_PARAMS, rule } from './move.ts';

const ANY = ['alarmed', 'pressing', 'litigating', 'backing-newco', 'reassured'] as const;

export const investorsMoves = defineMoves('investors', [
  {
    id: 'investors.press-board',
    party: 'investors',
    states: ANY,
    stance: 'hard',
    concepts: ['investor-rights-without-seat', 'nonprofit-control'],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.altmanAt === 'openai' ? rule('ceo-in-office') : null),
    effect: (ctx) => {
      const w = ctx.world;
      // Pressing again and again counts for less each time.
      ctx.add('investorPressure', 8 * (1 - w.investorPressure / 100));
      // Investors have no seat: their pressure bites only as far as the staff's threat backs it.
      ctx.pressDirectors(-(0.2 + 1.2 * staffThreat(w, ctx.turn)));
      ctx.send('investors', 'PRESSING');
      ctx.report('news.investors.press-board');
    },
  },
  {
    id: 'investors.threaten-suit',
    party: 'investors',
    states: ['alarmed', 'pressing'],
    stance: 'hard',
    concepts: ['investor-rights-without-seat', 'fiduciary-duty', 'duty-to-mission'],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.investorPressure < 35 ? rule('no-grievance-yet', { needed: 35 }) : null),
    effect: (ctx) => {
      // Directors of a nonprofit owe their duty to the mission; a suit bites harder on directors with equity.
      const bite = ctx.has('directors-with-equity') ? 8 : 2;
      ctx.add('investorPressure', 12);
      ctx.pressDirectors(-bite);
      ctx.discredit(4);
      ctx.send('investors', 'SUIT_THREATENED');
      ctx.report('news.investors.threaten-suit');
    },
  },
  {
    id: 'investors.pause-tender',
    party: 'investors',
    states: ANY,
    stance: 'hard',
    concepts: ['employee-leverage', 'investor-rights-without-seat'],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.tender !== 'on' ? rule('no-tender-running') : null),
    effect: (ctx) => {
      ctx.setTender('paused');
      ctx.add('valuation', -6);
      ctx.add('investorPressure', 5);
      ctx.report('news.investors.pause-tender');
    },
  },
  {
    id: 'investors.publish-op-ed',
    party: 'investors',
    states: ANY,
    stance: 'hard',
    concepts: ['investor-rights-without-seat', 'duty-to-mission'],
    options: () => NO_PARAMS,
    effect: (ctx) => {
      ctx.discredit(5);
      ctx.add('investorPressure', 3);
      ctx.report('news.investors.publish-op-ed');
    },
  },
  {
    id: 'investors.back-newco',
    party: 'investors',
    states: ANY,
    stance: 'hard',
    concepts: ['key-person-risk', 'investor-rights-without-seat'],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.altmanAt === 'openai' ? rule('ceo-in-office') : v.world.offers.newcoFunded ? rule('newco-funded') : null),
    effect: (ctx) => {
      ctx.world.offers.newcoFunded = true;
      ctx.add('valuation', -8);
      ctx.send('investors', 'NEWCO_BACKED');
      ctx.report('news.investors.back-newco');
    },
  },
  {
    id: 'investors.wait',
    party: 'investors',
    states: ANY,
    stance: 'neutral',
    concepts: ['investor-rights-without-seat'],
    options: () => NO_PARAMS,
    // A quiet turn makes no news.
    effect: () => {},
  },
]);
