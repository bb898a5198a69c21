// Salesforce's moves: hire what it can from a company in turmoil.
import { signatureShare, STAFF_AT_START } from '../world.ts';
import { defineMoves, NO_PARAMS, rule } from './move.ts';

const IN_PLAY = ['watching', 'recruiting', 'hired'] as const;
const staysOut = (rules: readonly string[]) => (rules.includes('no-salesforce') ? rule('no-salesforce') : null);

export const salesforceMoves = defineMoves('salesforce', [
  {
    id: 'salesforce.match-offer',
    party: 'salesforce',
    states: IN_PLAY,
    stance: 'hard',
    concepts: ['acqui-hire', 'employee-leverage'],
    options: () => NO_PARAMS,
    guard: (v) => staysOut(v.rules) ?? (v.world.offers.salesforceMatch ? rule('offer-already-made') : null),
    effect: (ctx) => {
      ctx.world.offers.salesforceMatch = true;
      ctx.send('salesforce', 'RECRUITING');
      ctx.report('news.salesforce.match-offer');
    },
  },
  {
    id: 'salesforce.target-researchers',
    party: 'salesforce',
    states: IN_PLAY,
    stance: 'hard',
    concepts: ['acqui-hire', 'key-person-risk'],
    options: () => NO_PARAMS,
    // Recruiters need an offer to make: Benioff's match comes first.
    guard: (v) =>
      staysOut(v.rules) ?? (!v.world.offers.salesforceMatch ? rule('match-first') : v.world.altmanAt === 'openai' ? rule('ceo-in-office') : null),
    effect: (ctx) => {
      const w = ctx.world;
      const d = ctx.draw();
      // Researchers take calls when the house is on fire: more when the letter is full and offers are rich.
      const unrest = signatureShare(w) + (ctx.parties.employees === 'exodus' ? 0.5 : 0) + (w.offers.salesforcePremium ? 0.4 : 0) + (100 - w.continuity) / 200;
      const n = w.staff * (0.001 + d * 0.012) * unrest;
      const left = ctx.depart('salesforce', n);
      ctx.add('continuity', -(left / STAFF_AT_START) * 80);
      if (left > 0) ctx.send('salesforce', 'RESEARCHERS_HIRED');
      else ctx.send('salesforce', 'RECRUITING');
      ctx.report(left > 0 ? 'news.salesforce.target-researchers' : 'news.salesforce.target-researchers.none', { count: left });
    },
  },
  {
    id: 'salesforce.premium-offer',
    party: 'salesforce',
    states: IN_PLAY,
    stance: 'hard',
    concepts: ['acqui-hire'],
    options: () => NO_PARAMS,
    guard: (v) =>
      staysOut(v.rules) ?? (!v.world.offers.salesforceMatch ? rule('match-first') : v.world.offers.salesforcePremium ? rule('offer-already-made') : null),
    effect: (ctx) => {
      ctx.world.offers.salesforcePremium = true;
      ctx.send('salesforce', 'RECRUITING');
      ctx.report('news.salesforce.premium-offer');
    },
  },
  {
    id: 'salesforce.stand-down',
    party: 'salesforce',
    // Only offers already out can be withdrawn.
    states: ['recruiting', 'hired'],
    stance: 'soft',
    concepts: ['acqui-hire'],
    options: () => NO_PARAMS,
    effect: (ctx) => {
      ctx.world.offers.salesforceMatch = false;
      ctx.world.offers.salesforcePremium = false;
      ctx.send('salesforce', 'STOOD_DOWN');
      ctx.report('news.salesforce.stand-down');
    },
  },
  {
    id: 'salesforce.watch',
    party: 'salesforce',
    states: [...IN_PLAY, 'stood-down'],
    stance: 'neutral',
    concepts: ['acqui-hire'],
    options: () => NO_PARAMS,
    // A quiet turn makes no news.
    effect: () => {},
  },
]);
