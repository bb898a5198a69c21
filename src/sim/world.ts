// The shared facts at the start of the crisis, shaped by the rulebook's what-if switches.
import { MARKET_OPEN_AT, MARKET_OPEN_TURN } from './clock.ts';
import type { RuleSwitch } from './ids.ts';
import { drawBetween, type RandomSource } from './random.ts';
import type { Director, DirectorId, World } from './types.ts';

export const STAFF_AT_START = 770;
export const VALUATION_AT_START = 86;
/** Customers served and the product running, before the crisis. */
export const CONTINUITY_AT_START = 85;
/** MSFT's close on Thursday 16 November 2023; Friday's -1.7% brings it to about $369.67 (FACTS.md). */
export const MSFT_PRICE_AT_START = 376.07;

/** The four directors who voted to remove the CEO. */
export const FIRING_DIRECTORS: readonly DirectorId[] = ['sutskever', 'toner', 'mccauley', 'dangelo'];

/** How hard each director is moved by pressure (1 = average). Sutskever turned, but only once the letter came. */
export const SWAYABILITY: Partial<Record<DirectorId, number>> = {
  sutskever: 0.9,
  dangelo: 0.5,
  toner: 0.4,
  mccauley: 0.45,
  hoffman: 1.2,
  zilis: 1.2,
  hurd: 1.1,
};

/**
 * How far a board bends to pressure, from its grit (-1..1): the grittiest boards barely bend at all. Some boards would rather see the company fail ("destroying the company could be consistent with the mission",
 * a director said on Friday evening).
 */
export const boardBend = (grit: number): number => (grit >= 0 ? Math.max(0.05, 1 - 1.5 * grit) : 1 - 0.4 * grit);

function director(id: DirectorId, resolve: number, seated = true): Director {
  return { id, seated, resolve };
}

export function initialWorld(rules: readonly RuleSwitch[], rng: RandomSource): World {
  const has = (r: RuleSwitch) => rules.includes(r);
  const directors: Director[] = [
    director('altman', 0),
    director('brockman', 0),
    // As the record shows them: Toner the firmest; D'Angelo, the negotiator who stayed on the new board, the least.
    director('sutskever', 68),
    director('toner', 90),
    director('mccauley', 70),
    director('dangelo', 64),
  ];
  // Each director's temper differs a little from seed to seed: some boards are harder than others.
  for (const d of directors) if (FIRING_DIRECTORS.includes(d.id)) d.resolve = Math.round(d.resolve + drawBetween(rng, -3, 3));
  if (has('full-board')) {
    // Hoffman, Zilis and Hurd never left: nine directors, three of them close to the CEO.
    directors.push(director('hoffman', Math.round(drawBetween(rng, 10, 45))));
    directors.push(director('zilis', Math.round(drawBetween(rng, 10, 45))));
    directors.push(director('hurd', Math.round(drawBetween(rng, 20, 60))));
  }
  if (has('microsoft-board-seat')) directors.push(director('microsoft-seat', 5));
  if (has('directors-with-equity')) {
    // A director with money at stake bends sooner when the valuation falls.
    for (const d of directors) d.resolve = Math.round(d.resolve * 0.85);
  }
  // Drawn once, hidden: how hard this board is to move, whatever the staff do.
  const boardGrit = Math.round(drawBetween(rng, -0.8, 1) * 100) / 100;
  // Drawn once, hidden: how convincing the board's reasons would be if published.
  const reasonsStrength = has('board-explains') ? Math.round(drawBetween(rng, 80, 98)) : Math.round(drawBetween(rng, 10, 60));
  return {
    staff: STAFF_AT_START,
    signatures: 0,
    departures: { microsoft: 0, salesforce: 0, newco: 0, other: 0 },
    continuity: CONTINUITY_AT_START,
    boardCredibility: has('board-explains') ? 80 : 50,
    investorPressure: 20,
    microsoftConfidence: has('microsoft-board-seat') ? 78 : 70,
    missionSafeguards: has('directors-with-equity') ? 58 : 70,
    valuation: VALUATION_AT_START,
    directors,
    ceo: 'altman',
    altmanAt: 'openai',
    tender: has('no-tender') ? 'cancelled' : 'on',
    msftPrice: MSFT_PRICE_AT_START,
    // Monday's market open is the deadline Microsoft feels (rules/world-reaction.ts, moveMarkets).
    deadlines: [{ kind: 'market-open', turn: MARKET_OPEN_TURN, at: MARKET_OPEN_AT, setBy: 'microsoft' }],
    offers: { microsoftUnit: false, microsoftAllStaff: false, salesforceMatch: false, salesforcePremium: false, newcoFunded: false },
    talks: { open: false, progress: 0, onTable: null, altmanDemandsBoardOut: false, lapsedTurn: null },
    reasonsStrength,
    // With board-explains, the removal comes with its evidence, published at once.
    reasonsPublished: has('board-explains'),
    letterPublished: false,
    letterStartedTurn: null,
    letterPublishedTurn: null,
    brockmanQuit: false,
    sutskeverRegrets: false,
    investigationOpened: false,
    mergerApproached: false,
    mergerAgreed: false,
    mergerAnswerTurn: null,
    boardAgreedToResign: false,
    namedDirectors: [],
    microsoftSeat: has('microsoft-board-seat') ? 'voting' : 'none',
    calmTurns: 0,
    removal: null,
    walkedOut: false,
    rally: 0,
    seatDemanded: false,
    ultimatumPassed: false,
    altmanDeadlinePassed: false,
    rivalCeoDeclined: 0,
    computeThreatened: false,
    boardGrit,
    newcoRaising: false,
  };
}

export const seatedDirectors = (w: World) => w.directors.filter((d) => d.seated);
/** Seated directors who were on the board that removed the CEO. */
export const firingDirectorsSeated = (w: World) => w.directors.filter((d) => d.seated && FIRING_DIRECTORS.includes(d.id));
export const signatureShare = (w: World) => (w.staff > 0 ? w.signatures / STAFF_AT_START : 0);
export const departedTotal = (w: World) => w.departures.microsoft + w.departures.salesforce + w.departures.newco + w.departures.other;
