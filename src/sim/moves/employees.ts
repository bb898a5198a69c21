// The staff's moves: their leverage is that they can leave, and that the company is nothing without them.
import type { GameView, TurnContext } from '../turn-context.ts';
import { deadlineAt, deadlineTurn } from '../clock.ts';
import { HISTORICAL_SIGNATURES } from '../history/script.ts';
import { exitStrength, staffThreat } from '../rules/director-resolve.ts';
import { signatureShare, STAFF_AT_START } from '../world.ts';
import { defineMoves, NO_PARAMS, rule } from './move.ts';

const AT_WORK = ['stunned', 'organizing', 'petitioning', 'ultimatum', 'back-to-work'] as const;

/** Share of the unsigned staff who sign this turn: a place to go and a reason to go both count. */
export function signingRate(view: GameView): number {
  const w = view.world;
  // Reasons to sign: provocations, momentum, a leader calling.
  let pull = 0.25;
  if (w.walkedOut) pull += 0.1;
  if (view.parties.board === 'entrenched') pull += 0.08;
  if (view.parties.management === 'in-revolt') pull += 0.1;
  if (w.letterPublished) pull += 0.25;
  if (w.sutskeverRegrets) pull += 0.12;
  if (w.tender === 'paused') pull += 0.06;
  pull += w.rally * 0.2;
  // Reasons the staff find convincing take the heat out of the letter.
  if (w.reasonsPublished && w.reasonsStrength >= 70) pull *= 0.5;
  // A place to go is what makes a name on a letter a threat rather than a gesture: the pull counts in proportion.
  let rate = 0.015 + pull * exitStrength(w) + (40 - w.boardCredibility) / 600;
  // While talks look like working, people wait before putting their names down.
  if (w.talks.open && w.talks.progress >= 30) rate -= 0.05;
  if (w.altmanAt === 'openai') rate *= 0.2;
  if (view.rules.includes('no-tender')) rate *= 0.6; // no share sale riding on his return
  return Math.max(0.02, Math.min(0.85, rate));
}

/** The share of the staff who would ever sign. */
export const HOLDOUTS_SIGN = 0.975;

/** The letter goes public once half the staff have signed it. */
export const LETTER_THRESHOLD = 0.5;

/** Where the letter threatens to go: it can only name a place that has made an offer. */
function letterKey(ctx: TurnContext): string {
  const o = ctx.world.offers;
  if (o.microsoftUnit || o.microsoftAllStaff) return 'news.letter-published.microsoft';
  if (o.newcoFunded) return 'news.letter-published.newco';
  return 'news.letter-published.none';
}

function publishLetterIfReady(ctx: TurnContext): void {
  const w = ctx.world;
  // Organisers gather names for a turn before the letter can go out: history's began Sunday night, public Monday morning.
  if (w.letterPublished || signatureShare(w) < LETTER_THRESHOLD || w.letterStartedTurn === null || w.letterStartedTurn >= ctx.turn) return;
  w.letterPublished = true;
  w.letterPublishedTurn = ctx.turn;
  ctx.send('employees', 'LETTER_PUBLISHED');
  ctx.report(letterKey(ctx), { signatures: w.signatures });
}

export const employeesMoves = defineMoves('employees', [
  {
    id: 'employees.circulate-letter',
    party: 'employees',
    states: AT_WORK,
    stance: 'hard',
    concepts: ['employee-leverage', 'key-person-risk'],
    options: () => NO_PARAMS,
    effect: (ctx) => {
      const w = ctx.world;
      const d = ctx.draw();
      // The names gathered so far go public first (505 on Monday morning); more sign once it is out.
      publishLetterIfReady(ctx);
      const rate = signingRate(ctx) * (0.85 + d * 0.3);
      // A few never sign: history's letter stopped at 747 of about 770. On history's line, history's count.
      const gained = Math.max(0, Math.round((w.staff * HOLDOUTS_SIGN - w.signatures) * rate));
      const count = (ctx.onLine ? HISTORICAL_SIGNATURES.get(ctx.turn) : undefined) ?? w.signatures + gained;
      ctx.send('employees', 'ORGANIZING_BEGAN');
      if (w.letterStartedTurn === null) w.letterStartedTurn = ctx.turn;
      ctx.set('signatures', count, d);
      ctx.add('investorPressure', 2 + 8 * signatureShare(w));
      ctx.report('news.employees.circulate-letter', { signatures: w.signatures, staff: w.staff });
    },
  },
  {
    id: 'employees.public-support',
    party: 'employees',
    states: AT_WORK,
    stance: 'neutral',
    concepts: ['employee-leverage', 'key-person-risk'],
    options: () => NO_PARAMS,
    effect: (ctx) => {
      const w = ctx.world;
      ctx.discredit(5);
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
    options: () => NO_PARAMS,
    guard: (v) => (v.world.ceo === 'altman' ? rule('ceo-in-office') : v.world.walkedOut ? rule('already-walked-out') : null),
    effect: (ctx) => {
      ctx.world.walkedOut = true;
      ctx.add('continuity', -8);
      ctx.discredit(6);
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
    options: () => [{ deadline: 0 }, { deadline: 1 }],
    guard: (v) => (!v.world.letterPublished ? rule('letter-not-public') : v.world.altmanAt === 'openai' ? rule('ceo-in-office') : null),
    effect: (ctx, p) => {
      const w = ctx.world;
      const by = deadlineTurn(ctx.turn, Number(p.deadline ?? 0));
      w.deadlines.push({ kind: 'staff-ultimatum', turn: by, at: deadlineAt(by), setBy: 'employees' });
      ctx.send('employees', 'ULTIMATUM_ISSUED');
      ctx.add('investorPressure', 6);
      // An ultimatum is as strong as the names on it and the place they could go.
      ctx.pressDirectors(-(1 + 6 * staffThreat(w, ctx.turn)));
      ctx.report('news.employees.issue-ultimatum', { at: deadlineAt(by) });
    },
  },
  {
    id: 'employees.back-interim',
    party: 'employees',
    states: AT_WORK,
    stance: 'soft',
    concepts: ['interim-leadership', 'employee-leverage'],
    options: () => NO_PARAMS,
    guard: (v) => (v.world.ceo === 'altman' ? rule('ceo-in-office') : null),
    effect: (ctx) => {
      const w = ctx.world;
      ctx.restoreContinuity(8);
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
    options: () => NO_PARAMS,
    // A quiet turn makes no news.
    effect: (ctx) => ctx.restoreContinuity(ctx.world.tender === 'on' ? 1.5 : 1),
  },
]);
