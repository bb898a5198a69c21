// The world reacts after the moves: the company, the markets and the deadlines.
import { MARKET_OPEN_TURN, turnClock } from '../clock.ts';
import type { TurnContext } from '../turn-context.ts';
import { departedTotal, STAFF_AT_START, VALUATION_AT_START } from '../world.ts';

/** Without its CEO the company runs on goodwill; unrest and leaving staff wear continuity down. */
export function wearContinuity(ctx: TurnContext): void {
  const w = ctx.world;
  if (w.altmanAt === 'openai') return;
  ctx.cause = 'rule.continuity-wear';
  let wear = 3;
  if (ctx.parties.management === 'in-revolt') wear += 2;
  if (ctx.parties.employees === 'ultimatum' || ctx.parties.employees === 'exodus') wear += 2;
  wear += (departedTotal(w) / STAFF_AT_START) * 6;
  ctx.add('continuity', -wear);
}

/** Staff drift away to other labs while the crisis lasts. */
export function attrition(ctx: TurnContext): void {
  const w = ctx.world;
  if (w.altmanAt === 'openai') return;
  ctx.cause = 'rule.attrition';
  const unrest = w.signatures / STAFF_AT_START + (ctx.parties.employees === 'exodus' ? 0.6 : 0) + (100 - w.continuity) / 100;
  const d = ctx.draw();
  const n = Math.floor(w.staff * 0.005 * unrest * d * 2);
  if (n > 0) ctx.depart('other', n);
}

/** Attention moves on: the board's credibility drifts back towards a sceptical middle when nothing new happens. */
export function settleCredibility(ctx: TurnContext): void {
  ctx.cause = 'rule.credibility-settles';
  ctx.add('boardCredibility', (30 - ctx.world.boardCredibility) * 0.08);
}

/** The valuation follows the team and the product; investors' pressure follows the valuation. */
export function revalue(ctx: TurnContext): void {
  const w = ctx.world;
  ctx.cause = 'rule.valuation';
  const team = w.staff / STAFF_AT_START;
  const leader = w.altmanAt === 'openai' ? 1 : 0.88;
  const target = VALUATION_AT_START * team * team * (0.55 + (0.45 * w.continuity) / 85) * leader;
  ctx.set('valuation', Math.min(VALUATION_AT_START, w.valuation + (target - w.valuation) * 0.5));
  ctx.cause = 'rule.investor-pressure';
  if (w.altmanAt !== 'openai') {
    const pressureTarget = 20 + (VALUATION_AT_START - w.valuation) * 1.6 + (ctx.parties.board === 'entrenched' ? 10 : 0);
    ctx.add('investorPressure', (pressureTarget - w.investorPressure) * 0.25);
  }
  // The tender does not go ahead if the team is leaving (FACTS.md).
  if (w.tender === 'on' && (w.staff < STAFF_AT_START * 0.75 || w.valuation < 55)) {
    ctx.cause = 'rule.tender';
    ctx.setTender('cancelled');
    ctx.report('news.tender-cancelled');
  }
}

/** Microsoft's confidence drifts with the partner's health; its share price moves when markets are open. */
export function moveMarkets(ctx: TurnContext, historical: boolean): void {
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
  if (clock.part === 'afternoon' && !historical) ctx.report('news.msft-close', { price: w.msftPrice.toFixed(2) });
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
      ctx.add('boardCredibility', -8);
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

/** Turns in a row the staff have worked under the board's interim CEO with Altman gone: the board holding. */
export function countCalm(ctx: TurnContext): void {
  const w = ctx.world;
  const calm = ctx.parties.employees === 'back-to-work' && w.ceo !== 'altman' && w.altmanAt !== 'openai';
  w.calmTurns = calm ? w.calmTurns + 1 : 0;
}
