// The world reacts after the moves: the company, the markets and the deadlines.
import { MARKET_OPEN_TURN, turnClock } from '../clock.ts';
import type { TurnContext } from '../turn-context.ts';
import type { World } from '../types.ts';
import { signatureShare, STAFF_AT_START, VALUATION_AT_START } from '../world.ts';

/**
 * Continuity falls with open revolt and with the people who leave (each departure move takes its share), not with
 * time: the product ran all week in 2023. With the revolt over it recovers towards its level before the crisis.
 */
export function wearContinuity(ctx: TurnContext): void {
  const w = ctx.world;
  ctx.cause = 'rule.continuity-wear';
  let wear = 0;
  if (ctx.parties.management === 'in-revolt') wear += 2.5;
  if (ctx.parties.employees === 'ultimatum') wear += 1.5;
  if (ctx.parties.employees === 'exodus') wear += 3;
  // Staff who walked out of the interim CEO's all-hands work to rule under her or him.
  if (w.walkedOut && w.ceo !== 'altman' && ctx.parties.employees !== 'back-to-work') wear += 1;
  if (wear > 0) ctx.add('continuity', -wear);
  else ctx.restoreContinuity(1.5);
}

/**
 * Other labs call the best-known researchers while the crisis lasts: a few leave for concrete offers, more when the
 * staff are in open revolt. On history's line nobody had left when the deal was signed.
 */
export function attrition(ctx: TurnContext): void {
  const w = ctx.world;
  if (w.altmanAt === 'openai' || ctx.onLine) return;
  ctx.cause = 'rule.attrition';
  // Names on a public letter are names recruiters call; an ultimatum or an exodus, more so.
  const e = ctx.parties.employees;
  const revolt = e === 'ultimatum' || e === 'exodus' ? 0.6 : e === 'petitioning' ? 0.35 : 0;
  const unrest = signatureShare(w) * 0.6 + revolt + Math.max(0, 60 - w.continuity) / 100;
  const d = ctx.draw();
  const n = Math.floor(w.staff * 0.006 * unrest * d * 2);
  if (n > 0) ctx.depart('other', n);
}

/** Attention moves on: the board's credibility drifts back towards a sceptical middle when nothing new happens. */
export function settleCredibility(ctx: TurnContext): void {
  ctx.cause = 'rule.credibility-settles';
  ctx.add('boardCredibility', (30 - ctx.world.boardCredibility) * 0.08);
}

/** The tender's price with Altman back: $86B with the team together, less as it has left. */
export const reviveAt = (w: World): number => Math.round(VALUATION_AT_START * (w.staff / STAFF_AT_START) ** 2 * 10) / 10;

/** The most the tender's valuation moves in one turn, in $B: a price is re-set in talks, not in a day's panic. */
export const VALUATION_STEP = 10;

/** The valuation follows the team and the product; investors' pressure follows the valuation. */
export function revalue(ctx: TurnContext, startValue: number): void {
  const w = ctx.world;
  ctx.cause = 'rule.valuation';
  const team = w.staff / STAFF_AT_START;
  const leader = w.altmanAt === 'openai' ? 1 : 0.92;
  const target = w.altmanAt === 'openai' && w.tender === 'on' ? reviveAt(w) : VALUATION_AT_START * team * team * (0.6 + (0.4 * w.continuity) / 85) * leader;
  const next = Math.min(VALUATION_AT_START, w.valuation + (target - w.valuation) * 0.35);
  ctx.set('valuation', Math.max(startValue - VALUATION_STEP, Math.min(startValue + VALUATION_STEP, next)));
  ctx.cause = 'rule.investor-pressure';
  if (w.altmanAt !== 'openai') {
    const pressureTarget = 20 + (VALUATION_AT_START - w.valuation) * 1.6 + (ctx.parties.board === 'entrenched' ? 10 : 0);
    ctx.add('investorPressure', (pressureTarget - w.investorPressure) * 0.25);
  }
  // The tender does not go ahead if most of the team leaves (FACTS.md).
  if (w.tender !== 'cancelled' && (w.staff < STAFF_AT_START * 0.75 || w.valuation < 55)) {
    ctx.cause = 'rule.tender';
    ctx.setTender('cancelled');
    ctx.report('news.tender-cancelled');
  }
}

/** Microsoft's confidence drifts with the partner's health; its share price moves when markets are open. */
export function moveMarkets(ctx: TurnContext): void {
  const w = ctx.world;
  ctx.cause = 'rule.markets';
  const target = 35 + w.continuity * 0.35 + (w.altmanAt === 'openai' || w.altmanAt === 'microsoft' ? 20 : 0) - (w.altmanAt === 'newco' ? 10 : 0);
  ctx.add('microsoftConfidence', (target - w.microsoftConfidence) * 0.2);
  const clock = turnClock(ctx.turn);
  if (ctx.turn === MARKET_OPEN_TURN && w.altmanAt === 'out' && !w.offers.microsoftUnit) {
    // Monday's open with nothing settled: the deadline Microsoft feels.
    ctx.cause = 'rule.market-open';
    ctx.add('microsoftConfidence', -10);
    ctx.report('news.market-open-unsettled');
  }
  if (!clock.marketOpen) return;
  const before = w.msftPrice;
  const d = ctx.draw();
  const move = (w.microsoftConfidence - 62) / 1400 + (d - 0.5) * 0.006;
  w.msftPrice = Math.round(before * (1 + move) * 100) / 100;
  if (ctx.recording) ctx.changes.push({ metric: 'msftPrice', from: before, to: w.msftPrice, cause: 'rule.markets', draw: Math.round(d * 10) / 10 });
  if (clock.part === 'afternoon' && !ctx.onLine) ctx.report('news.msft-close', { price: w.msftPrice.toFixed(2) });
}

/** Deadlines that pass with nothing done cost the side that missed them. */
export function passDeadlines(ctx: TurnContext): void {
  const w = ctx.world;
  const due = w.deadlines.filter((d) => d.turn <= ctx.turn);
  if (due.length === 0) return;
  w.deadlines = w.deadlines.filter((d) => d.turn > ctx.turn);
  for (const d of due) {
    ctx.cause = `rule.deadline.${d.kind}`;
    if (d.kind === 'board-resignation') {
      w.boardAgreedToResign = false;
      // The offer to step down lapses with its deadline.
      w.talks.onTable = null;
      w.talks.lapsedTurn = d.turn;
      ctx.discredit(8);
      ctx.add('investorPressure', 8);
      ctx.report('news.deadline.board-missed');
    } else if (d.kind === 'altman-ultimatum') {
      w.altmanDeadlinePassed = true;
      w.talks.progress = Math.max(0, w.talks.progress - 15);
      ctx.report('news.deadline.altman-passed');
    } else if (d.kind === 'staff-ultimatum') {
      w.ultimatumPassed = true;
      ctx.report('news.deadline.staff-passed');
    }
  }
}

/**
 * Turns in a row the company has worked under the board's interim CEO with Altman gone and no open revolt: fewer than
 * half the staff on a letter, no ultimatum or exodus, the executives not in revolt. Enough of them and the board holds.
 */
export function countCalm(ctx: TurnContext): void {
  const w = ctx.world;
  const revolt = ['petitioning', 'ultimatum', 'exodus'].includes(ctx.parties.employees) || ctx.parties.management === 'in-revolt';
  const calm = !revolt && signatureShare(w) < 0.5 && w.ceo !== 'altman' && w.altmanAt !== 'openai';
  w.calmTurns = calm ? w.calmTurns + 1 : 0;
}
