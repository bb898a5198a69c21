// Why directors change their minds. The board's power is legal; everyone else's is leverage, and a director bends only
// to a credible cost (GAME.md, "What drives the crisis"): the staff leaving for a funded place to go, the company
// failing, her own standing. Time alone, or pressure with no exit behind it, moves her little. Sutskever's regret is
// the sharpest turn. The causal graph, with the FACTS.md lines behind it, is in docs/model.md.
import type { TurnContext } from '../turn-context.ts';
import type { World } from '../types.ts';
import { departedTotal, signatureShare, STAFF_AT_START, VALUATION_AT_START } from '../world.ts';

/**
 * How funded a place to go the staff have, 0..1: the biggest offer with Altman attached counts most. Microsoft's offer
 * to every employee is the strongest exit there was; a matching offer from Salesforce, without Altman, a weak one.
 */
export function exitStrength(w: World): number {
  if (w.offers.microsoftAllStaff) return 1;
  if (w.offers.microsoftUnit) return w.altmanAt === 'microsoft' ? 0.9 : 0.75;
  // A company founded this week is a promise more than a desk: a weaker exit than Microsoft's offices.
  if (w.offers.newcoFunded) return 0.5;
  // Benioff's match is for researchers one by one, without Altman: a door, not a destination for the team.
  if (w.offers.salesforceMatch) return 0.2;
  if (w.newcoRaising) return 0.12;
  return 0.1;
}

/**
 * A threat nobody acts on wears thin: once the letter has been public a while and nobody has left for the place it
 * names, the board starts to call the bluff. A few people actually leaving makes it real again.
 */
export function threatCredibility(w: World, turn: number): number {
  if (w.letterPublishedTurn === null) return 1;
  const acted = w.departures.microsoft + w.departures.newco >= STAFF_AT_START * 0.03;
  if (acted) return 1;
  return Math.max(0.1, 1 - 0.2 * Math.max(0, turn - w.letterPublishedTurn - 1));
}

/** The staff's threat as the board feels it: signatures times a funded destination (0..1), and whether it is believed. */
export const staffThreat = (w: World, turn?: number): number =>
  signatureShare(w) * exitStrength(w) * (turn === undefined ? 1 : threatCredibility(w, turn));

/** Each turn, every seated director's resolve moves with the costs she faces now. */
export function driftResolve(ctx: TurnContext): void {
  const w = ctx.world;
  if (w.altmanAt === 'openai') return;
  ctx.cause = 'rule.resolve-drift';
  const threat = staffThreat(w, ctx.turn);

  const gone = departedTotal(w) / STAFF_AT_START;
  const failing = Math.max(0, 50 - w.continuity) / 50;
  const valuationLoss = Math.max(0, VALUATION_AT_START - w.valuation) / VALUATION_AT_START;
  // Staff back at work under the interim CEO take the fire out of the crisis, and the board stiffens.
  const calm = ctx.parties.employees === 'back-to-work' ? 2 : 0;
  // Microsoft's director argues for a return at every meeting.
  const inTheRoom = w.microsoftSeat === 'voting' ? 1.5 : 0;
  const push =
    -threat * 9 -
    gone * 20 -
    failing * 6 +
    // Her standing: a believed board stiffens, a ridiculed one wavers.
    (w.boardCredibility - 25) / 20 -
    // Investors have no seat: their pressure alone moves a nonprofit's directors little.
    w.investorPressure / 300 -
    // Directors with equity feel the valuation fall in their own pocket.
    (ctx.has('directors-with-equity') ? valuationLoss * 30 : 0) +
    calm -
    inTheRoom;
  for (const d of w.directors) {
    if (!d.seated || d.id === 'microsoft-seat') continue;
    ctx.shiftResolve(d, push + (ctx.draw() - 0.5) * 2);
  }
}

/**
 * Once the letter is public, Sutskever regrets his part and changes sides (axios, Monday 20 November). On history's
 * line it comes the morning the letter goes public; off it, only once his resolve has worn down.
 */
export function checkSutskeverRegret(ctx: TurnContext): void {
  const w = ctx.world;
  if (w.sutskeverRegrets || !w.letterPublished || w.altmanAt === 'openai') return;
  const s = w.directors.find((d) => d.id === 'sutskever' && d.seated);
  if (!s) return;
  ctx.cause = 'rule.sutskever-regret';
  const d = ctx.draw();
  // On a gritty board he holds with the others: the regret needs his resolve worn lower (history's board was average).
  if (!ctx.onLine && s.resolve > (25 + d * 30) * (1 - Math.max(0, w.boardGrit))) return;
  w.sutskeverRegrets = true;
  ctx.shiftResolve(s, -(s.resolve - 8), false);
  ctx.set('signatures', w.signatures + 1);
  ctx.report('news.sutskever-regrets');
}
