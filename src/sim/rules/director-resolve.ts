// The directors feel the crisis every turn: pressure, the letter, the departures and the falling valuation wear
// their resolve down; a believed board steadies it. Sutskever's regret is the sharpest turn.
import type { TurnContext } from '../turn-context.ts';
import { departedTotal, signatureShare, STAFF_AT_START, VALUATION_AT_START } from '../world.ts';

export function driftResolve(ctx: TurnContext): void {
  const w = ctx.world;
  if (w.altmanAt === 'openai') return;
  ctx.cause = 'rule.resolve-drift';
  // The threat that moved the board: most of the staff signed, with somewhere to go.
  const destination = w.offers.microsoftUnit || w.offers.microsoftAllStaff || w.offers.newcoFunded;
  const threat = signatureShare(w) * (destination ? 1 : 0.25);
  const gone = departedTotal(w) / STAFF_AT_START;
  const valuationLoss = Math.max(0, VALUATION_AT_START - w.valuation) / VALUATION_AT_START;
  const equity = ctx.has('directors-with-equity') ? 3 : 1;
  for (const d of w.directors) {
    if (!d.seated || d.id === 'microsoft-seat') continue;
    // Staff back at work under the interim CEO take the fire out of the crisis, and the board stiffens.
    const calm = ctx.parties.employees === 'back-to-work' ? 3 : 0;
    // Microsoft's director argues for a return at every meeting.
    const inTheRoom = w.microsoftSeat === 'voting' ? 1.5 : 0;
    const push =
      -w.investorPressure / 200 - threat * 10 - gone * 8 - valuationLoss * 10 * equity + (w.boardCredibility - 40) / 80 + calm - inTheRoom;
    ctx.shiftResolve(d, push + (ctx.draw() - 0.5) * 2);
  }
}

/** Once the letter is public, Sutskever regrets his part and changes sides (axios, Monday 20 November). */
export function checkSutskeverRegret(ctx: TurnContext, historical: boolean): void {
  const w = ctx.world;
  if (w.sutskeverRegrets || !w.letterPublished || w.altmanAt === 'openai') return;
  const s = w.directors.find((d) => d.id === 'sutskever' && d.seated);
  if (!s) return;
  ctx.cause = 'rule.sutskever-regret';
  // History's regret came the morning the letter went public; off the line it needs his resolve to have worn down.
  const d = ctx.draw();
  if (!historical && s.resolve > 40 + d * 40) return;
  w.sutskeverRegrets = true;
  ctx.shiftResolve(s, -(s.resolve - 8), false);
  ctx.set('signatures', w.signatures + 1);
  const quote = historical
    ? { by: 'Ilya Sutskever, on X', date: '2023-11-20', text: 'I deeply regret my participation in the board’s actions.' }
    : undefined;
  if (historical) ctx.reportHistory('news.sutskever-regrets', 'axios.com/2023/11/20/sam-altman-fired-openai-board-illya-sutsever-regrets', undefined, quote);
  else ctx.report('news.sutskever-regrets');
}
