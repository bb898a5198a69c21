// The staff's moves: their leverage is that they can leave, and that the company is nothing without them.
import type { GameView, TurnContext } from '../turn-context.ts';
import { signatureShare, STAFF_AT_START } from '../world.ts';
import { defineMoves, NO_PARAMS, rule } from './move.ts';

const AT_WORK = ['stunned', 'organizing', 'petitioning', 'ultimatum', 'back-to-work'] as const;

/** Share of the unsigned staff who sign this turn: a place to go and a reason to go both count. */
export function signingRate(view: GameView): number {
  const w = view.world;
  let rate = 0.04;
  if (w.offers.microsoftUnit || w.offers.microsoftAllStaff || w.offers.newcoFunded) rate += 0.14;
  if (w.walkedOut) rate += 0.1;
  if (view.parties.board === 'entrenched') rate += 0.06;
  // While talks look like working, people wait before putting their names down.
  if (w.talks.open && w.talks.progress >= 30) rate -= 0.06;
  if (view.parties.management === 'in-revolt') rate += 0.08;
  if (w.letterPublished) rate += 0.2;
  if (w.sutskeverRegrets) rate += 0.1;
  if (w.tender === 'paused') rate += 0.06;
  rate += w.rally * 0.25;
  rate += (50 - w.boardCredibility) / 400;
  if (w.altmanAt === 'openai') rate *= 0.2;
  if (view.rules.includes('no-tender')) rate *= 0.6; // no share sale riding on his return
  if (view.rules.includes('no-microsoft-offer')) rate *= 0.8;
  return Math.max(0.03, Math.min(0.85, rate));
}

/** The share of the staff who would ever sign. */
export const HOLDOUTS_SIGN = 0.975;

/** The letter goes public once half the staff have signed it. */
export const LETTER_THRESHOLD = 0.5;

function publishLetterIfReady(ctx: TurnContext): void {
  const w = ctx.world;
  // Organisers gather names for a turn before the letter can go out: history's began Sunday night, public Monday morning.
  if (w.letterPublished || signatureShare(w) < LETTER_THRESHOLD || w.letterStartedTurn === null || w.letterStartedTurn >= ctx.turn) return;
  w.letterPublished = true;
  ctx.send('employees', 'LETTER_PUBLISHED');
  const quote = ctx.historicalSource
    ? {
        by: 'OpenAI employees, letter to the board',
        date: '2023-11-20',
        text: 'We, the undersigned, may choose to resign from OpenAI and join the newly announced Microsoft subsidiary run by Sam Altman and Greg Brockman.',
      }
    : undefined;
  ctx.report('news.letter-published', { signatures: w.signatures }, quote);
}

export const employeesMoves = defineMoves([
  {
    id: 'employees.circulate-letter',
    party: 'employees',
    states: AT_WORK,
    stance: 'hard',
    concepts: ['employee-leverage', 'key-person-risk'],
    likely: [
      { metric: 'signatures', direction: 'up' },
      { metric: 'investorPressure', direction: 'up' },
    ],
    options: () => NO_PARAMS,
    effect: (ctx) => {
      const w = ctx.world;
      const d = ctx.draw();
      const rate = signingRate(ctx) * (0.85 + d * 0.3);
      // A few never sign: history's letter stopped at 747 of about 770.
      const gained = Math.max(0, Math.round((w.staff * HOLDOUTS_SIGN - w.signatures) * rate));
      ctx.send('employees', 'ORGANIZING_BEGAN');
      if (w.letterStartedTurn === null) w.letterStartedTurn = ctx.turn;
      ctx.set('signatures', w.signatures + gained, d);
      ctx.add('investorPressure', 2 + 8 * signatureShare(w));
      ctx.report('news.employees.circulate-letter', { signatures: w.signatures, staff: w.staff });
      publishLetterIfReady(ctx);
    },
  },
  {
    id: 'employees.public-support',
    party: 'employees',
    states: AT_WORK,
    stance: 'neutral',
    concepts: ['employee-leverage', 'key-person-risk'],
    likely: [
      { metric: 'boardCredibility', direction: 'down' },
      { metric: 'signatures', direction: 'up' },
    ],
    options: () => NO_PARAMS,
    effect: (ctx) => {
      const w = ctx.world;
      ctx.add('boardCredibility', -5);
      ctx.add('investorPressure', 3);
      w.rally = Math.min(1, w.rally + 0.1);
      if (ctx.parties.employees === 'stunned') ctx.send('employees', 'ORGANIZING_BEGAN');
      ctx.report('news.employees.public-support');
    },
  },
  {
    id: 'employees.walk-out',
    party: 'employees',
    states: AT_WORK,
    stance: 'hard',
    concepts: ['employee-leverage', 'interim-leadership'],
    likely: [
      { metric: 'continuity', direction: 'down' },
      { metric: 'boardCredibility', direction: 'down' },
      { metric: 'signatures', direction: 'up' },
    ],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.ceo === 'altman' ? rule('ceo-in-office') : v.world.walkedOut ? rule('already-walked-out') : null),
    effect: (ctx) => {
      ctx.world.walkedOut = true;
      ctx.add('continuity', -8);
      ctx.add('boardCredibility', -6);
      ctx.send('employees', 'ORGANIZING_BEGAN');
      ctx.report('news.employees.walk-out', { ceo: ctx.world.ceo });
    },
  },
  {
    id: 'employees.issue-ultimatum',
    party: 'employees',
    states: ['organizing', 'petitioning'],
    stance: 'hard',
    concepts: ['employee-leverage', 'board-composition'],
    likely: [
      { metric: 'investorPressure', direction: 'up' },
      { metric: 'resolve', direction: 'down' },
    ],
    options: () => [{ deadline: 1 }, { deadline: 2 }],
    guard: (v) => (!v.world.letterPublished ? rule('letter-not-public') : v.world.altmanAt === 'openai' ? rule('ceo-in-office') : null),
    effect: (ctx, p) => {
      const w = ctx.world;
      const by = ctx.turn + Math.max(1, Math.min(4, Number(p.deadline ?? 1)));
      w.deadlines.push({ kind: 'staff-ultimatum', turn: by, setBy: 'employees' });
      ctx.send('employees', 'ULTIMATUM_ISSUED');
      ctx.add('investorPressure', 10);
      ctx.pressDirectors(-4 * signatureShare(w));
      ctx.report('news.employees.issue-ultimatum', { turn: by });
    },
  },
  {
    id: 'employees.back-interim',
    party: 'employees',
    states: AT_WORK,
    stance: 'soft',
    concepts: ['interim-leadership', 'employee-leverage'],
    likely: [
      { metric: 'continuity', direction: 'up' },
      { metric: 'signatures', direction: 'down' },
    ],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.ceo === 'altman' ? rule('ceo-in-office') : null),
    effect: (ctx) => {
      const w = ctx.world;
      ctx.add('continuity', 8);
      ctx.add('boardCredibility', 3);
      // Staff who go back to work drop the threat: their names come off the letter.
      ctx.set('signatures', w.signatures * 0.7);
      ctx.send('employees', 'BACK_TO_WORK');
      ctx.report('news.employees.back-interim', { ceo: w.ceo });
    },
  },
  {
    id: 'employees.accept-microsoft',
    party: 'employees',
    states: ['organizing', 'petitioning', 'ultimatum', 'exodus', 'back-to-work'],
    stance: 'hard',
    concepts: ['acqui-hire', 'employee-leverage', 'key-person-risk'],
    likely: [
      { metric: 'departures', direction: 'up' },
      { metric: 'continuity', direction: 'down' },
    ],
    options: (v) => (v.world.offers.microsoftAllStaff || v.world.altmanAt === 'microsoft' ? [{ share: 'part' }, { share: 'full' }] : [{ share: 'part' }]),
    guard: (v, p) => {
      const w = v.world;
      if (v.rules.includes('no-microsoft-offer')) return rule('no-microsoft-offer');
      if (!w.offers.microsoftUnit && !w.offers.microsoftAllStaff) return rule('no-offer-yet', { from: 'microsoft' });
      if (p.share === 'full' && !w.offers.microsoftAllStaff && w.altmanAt !== 'microsoft') return rule('no-offer-for-all');
      if (w.altmanAt === 'openai') return rule('ceo-in-office');
      return null;
    },
    effect: (ctx, p) => {
      const w = ctx.world;
      const d = ctx.draw();
      const full = p.share === 'full';
      // In full, those who signed go; in part, the closest to Altman go first.
      const n = full ? Math.max(w.signatures, w.staff * 0.5) * (0.75 + d * 0.2) : w.staff * (0.08 + d * 0.1);
      const left = ctx.depart('microsoft', n);
      ctx.add('continuity', -(left / STAFF_AT_START) * 90);
      ctx.send('employees', 'EXODUS_BEGAN');
      if (full) ctx.send('microsoft', 'STAFF_ABSORBED');
      ctx.report(full ? 'news.employees.accept-microsoft.full' : 'news.employees.accept-microsoft.part', { count: left });
    },
  },
  {
    id: 'employees.accept-salesforce',
    party: 'employees',
    states: ['organizing', 'petitioning', 'ultimatum', 'exodus', 'back-to-work'],
    stance: 'hard',
    concepts: ['acqui-hire', 'employee-leverage'],
    likely: [
      { metric: 'departures', direction: 'up' },
      { metric: 'continuity', direction: 'down' },
    ],
    options: () => [{ share: 'part' }],
    guard: (v) => {
      if (v.rules.includes('no-salesforce')) return rule('no-salesforce');
      if (!v.world.offers.salesforceMatch) return rule('no-offer-yet', { from: 'salesforce' });
      if (v.world.altmanAt === 'openai') return rule('ceo-in-office');
      return null;
    },
    effect: (ctx) => {
      const w = ctx.world;
      const d = ctx.draw();
      const share = (w.offers.salesforcePremium ? 0.08 : 0.04) + d * 0.06;
      const left = ctx.depart('salesforce', w.staff * share);
      ctx.add('continuity', -(left / STAFF_AT_START) * 80);
      ctx.send('salesforce', 'RESEARCHERS_HIRED');
      ctx.send('employees', 'EXODUS_BEGAN');
      ctx.report('news.employees.accept-salesforce', { count: left });
    },
  },
  {
    id: 'employees.follow-altman',
    party: 'employees',
    states: ['organizing', 'petitioning', 'ultimatum', 'exodus', 'back-to-work'],
    stance: 'hard',
    concepts: ['key-person-risk', 'employee-leverage'],
    likely: [
      { metric: 'departures', direction: 'up' },
      { metric: 'continuity', direction: 'down' },
    ],
    options: () => [{ share: 'part' }, { share: 'full' }],
    guard: (v) => (v.world.altmanAt !== 'newco' || !v.world.offers.newcoFunded ? rule('no-newco') : null),
    effect: (ctx, p) => {
      const w = ctx.world;
      const d = ctx.draw();
      const n = p.share === 'full' ? Math.max(w.signatures, w.staff * 0.4) * (0.6 + d * 0.25) : w.staff * (0.08 + d * 0.1);
      const left = ctx.depart('newco', n);
      ctx.add('continuity', -(left / STAFF_AT_START) * 90);
      ctx.send('employees', 'EXODUS_BEGAN');
      ctx.report('news.employees.follow-altman', { count: left });
    },
  },
  {
    id: 'employees.wait',
    party: 'employees',
    states: [...AT_WORK, 'exodus'],
    stance: 'soft',
    concepts: ['employee-leverage'],
    likely: [{ metric: 'continuity', direction: 'up' }],
    options: () => NO_PARAMS,
    // A quiet turn makes no news.
    effect: (ctx) => ctx.add('continuity', ctx.world.tender === 'on' ? 1.5 : 1),
  },
]);
