// How much a plausible strategist in each seat wants each move now. The `default` policy adds seeded noise to these;
// `hawk` and `dove` tilt them. Numbers are rough weights, not probabilities.
import type { Params } from '../moves/move.ts';
import type { GameView } from '../turn-context.ts';
import { staffThreat } from '../rules/director-resolve.ts';
import { FIRING_DIRECTORS, signatureShare } from '../world.ts';

type Utility = (v: GameView, p: Params) => number;

/** The mean resolve of the seated directors who fired him: summed in the board's order, without a filtered copy (asked for every option of the board's moves). */
const avgResolve = (v: GameView) => {
  let sum = 0;
  let n = 0;
  for (const d of v.world.directors) {
    if (!d.seated || !FIRING_DIRECTORS.includes(d.id)) continue;
    sum += d.resolve;
    n++;
  }
  return n ? sum / n : 0;
};
const hasOffer = (v: GameView) => v.world.offers.microsoftUnit || v.world.offers.microsoftAllStaff || v.world.offers.newcoFunded;

export const UTILITY: Record<string, Utility> = {
  // The board
  'board.remove-ceo': (_v, p) => (p.manner === 'abrupt' ? 1 : 0.7),
  'board.appoint-interim': (v, p) => {
    if (p.interim === 'murati') return v.turn === 0 ? 3 : v.world.ceo === 'murati' ? -5 : 0.6;
    const revolt = v.parties.management === 'in-revolt' || v.parties.management === 'questioning' ? 1 : 0;
    return (avgResolve(v) - 62) / 10 + revolt * (v.world.ceo === 'murati' ? 0.8 : 0) - (p.interim === 'rival-ceo' ? 0.4 : 0);
  },
  'board.explain-reasons': (v) => (v.world.reasonsStrength - 55) / 12 + (v.world.boardCredibility < 35 ? 0.5 : 0),
  'board.stay-silent': (v) => (v.turn < 3 ? 0.9 : 0.2),
  'board.hold-firm': (v) => (avgResolve(v) - 50) / 8 + (v.parties.board === 'entrenched' ? -0.3 : 0.3),
  'board.negotiate-return': (v, p) => {
    // How many of its own it will sacrifice: fewer the grittier the board (it knows its own temper).
    const resolve = avgResolve(v);
    const want = Math.max(0, Math.min(3, Math.round((70 - resolve) / 12 - v.world.boardGrit * 1.5)));
    const fit = -Math.abs(Number(p.directorsLeave) - want) * 0.7 - (p.altmanOffBoard === false ? 0.8 : 0);
    // A strategist yields to a credible threat (names with a place to go), not to names alone.
    return (48 - resolve) / 8 + staffThreat(v.world, v.turn) * 2 + v.world.investorPressure / 120 + fit;
  },
  'board.agree-to-resign': (v) => (40 - avgResolve(v)) / 8 + staffThreat(v.world, v.turn) * 2,
  'board.seek-merger': (v) => (avgResolve(v) - 55) / 10 + (v.world.continuity < 45 ? 0.8 : 0) - 0.6,
  // A board names the compromise slate only once it has agreed to go; until then, seats go to allies if to anyone.
  'board.name-directors': (v) => {
    const terms = v.world.talks.onTable;
    if (v.parties.board === 'resigned' || v.world.boardAgreedToResign) return 2;
    if (terms && terms.directorsLeave >= 3) return 0.8;
    if (v.parties.board === 'negotiating') return -1.5;
    return v.parties.board === 'entrenched' ? 0.3 : -0.5;
  },
  'board.open-investigation': (v) => 0.4 + (v.world.boardCredibility < 40 ? 0.4 : 0) + (v.world.talks.open ? 0.3 : 0),

  // The staff
  'employees.circulate-letter': (v) => {
    if (v.world.altmanAt === 'openai') return -2;
    const provoked = (v.world.ceo === 'shear' || v.world.ceo === 'rival-ceo' ? 1 : 0) + (v.parties.board === 'entrenched' ? 0.7 : 0);
    const hope = v.world.talks.open ? 0.6 : 0;
    return 0.1 + provoked + (hasOffer(v) ? 0.7 : 0) + (v.world.walkedOut ? 0.4 : 0) + (v.world.letterPublished ? 0.5 : 0) - hope - (v.turn < 2 ? 0.8 : 0);
  },
  'employees.public-support': (v) => (v.turn < 8 ? 0.7 : 0.1) + (v.world.rally < 0.3 ? 0.3 : 0),
  'employees.walk-out': (v) => (v.world.ceo === 'shear' || v.world.ceo === 'rival-ceo' ? 1.8 : -0.5),
  'employees.issue-ultimatum': (v) => (v.parties.employees === 'ultimatum' ? -3 : 0.5 + signatureShare(v.world) + (v.parties.board === 'entrenched' ? 0.5 : 0)),
  'employees.back-interim': (v) =>
    -0.6 -
    (v.turn < 2 ? 1 : 0) +
    (v.world.boardCredibility - 35) / 25 +
    (!hasOffer(v) && v.turn > 6 ? 0.8 : 0) +
    (v.world.continuity < 35 ? 0.5 : 0) +
    (v.world.ceo === 'murati' && v.parties.management !== 'in-revolt' ? 0.6 : 0) +
    (v.parties.employees === 'back-to-work' ? 0.8 : 0) +
    (v.rules.includes('no-tender') ? 0.5 : 0) +
    (v.world.investigationOpened ? 0.4 : 0) +
    // Altman settled elsewhere and the staff stayed: the threat has spent itself.
    ((v.world.altmanAt === 'microsoft' || v.world.altmanAt === 'newco') && v.parties.employees !== 'exodus' && v.turn > 12 ? 1 : 0),
  'employees.accept-microsoft': (v, p) => {
    const pushed = v.world.ultimatumPassed ? 2 : 0;
    const leader = v.world.altmanAt === 'microsoft' ? 1 : -0.5;
    // With no share sale at stake, leaving costs the staff less.
    const nothingToLose = v.rules.includes('no-tender') || v.world.tender === 'cancelled' ? 0.4 : 0;
    // A threat has a shelf life: the longer the board ignores a public letter, the more people act on it.
    const waited = v.world.letterPublished && v.world.letterStartedTurn !== null ? Math.max(0, v.turn - v.world.letterStartedTurn - 2) * 0.3 : 0;
    return (
      nothingToLose +
      (p.share === 'full'
        ? -1.6 + pushed * 1.2 + leader + waited + (v.world.offers.microsoftAllStaff ? 0.6 : 0) + (v.parties.employees === 'exodus' ? 1 : 0)
        : -0.8 + pushed * 0.4 + leader * 0.5 + waited * 0.5)
    );
  },
  'employees.accept-salesforce': (v) => -0.5 + (v.rules.includes('no-tender') ? 0.3 : 0) + (v.world.offers.salesforcePremium ? 0.6 : 0) + (v.world.ultimatumPassed ? 0.4 : 0) + (v.world.continuity < 40 ? 0.4 : 0),
  'employees.follow-altman': (v, p) => {
    const waited = v.world.letterPublished && v.world.letterStartedTurn !== null ? Math.max(0, v.turn - v.world.letterStartedTurn - 2) * 0.25 : 0;
    return p.share === 'full'
      ? -1.2 + waited + (v.world.ultimatumPassed ? 2.2 : 0) + (v.parties.employees === 'exodus' ? 1 : 0)
      : -0.4 + waited * 0.5 + (v.world.ultimatumPassed ? 0.6 : 0);
  },
  // Over the weekend most staff wait to see whether the board reverses itself; the letter came on Sunday night.
  'employees.wait': (v) => (v.turn < 2 ? 1.2 : v.turn < 8 ? 0.9 : 0.5) + (v.world.tender === 'on' ? 0.3 : 0) + (v.world.talks.open ? 0.3 : 0),

  // Microsoft
  'microsoft.reassure-markets': (v) => (v.parties.microsoft === 'blindsided' ? 2 : 0.3) + (v.world.microsoftConfidence < 55 ? 0.8 : 0),
  'microsoft.press-board': (v) => 0.8 + (v.world.talks.open ? 0.4 : 0) - (v.parties.microsoft === 'blindsided' ? 0.8 : 0),
  'microsoft.hire-leaders': (v) => -0.3 + (v.turn >= 6 ? 1 : 0) + (v.world.letterPublished || v.parties.employees === 'ultimatum' ? 0.8 : 0) + (v.turn === 9 || v.turn === 10 ? 1.2 : 0) + (v.world.altmanAt === 'newco' || v.world.newcoRaising ? 1 : 0) + (v.world.talks.open ? -0.6 : 0),
  'microsoft.offer-all-staff': (v) => (v.world.letterPublished ? 1.2 : -0.2) + (v.world.altmanAt === 'microsoft' ? 0.5 : 0),
  'microsoft.demand-seat': (v) => 0.3 + (v.world.talks.open ? 0.5 : 0),
  'microsoft.withhold-compute': (v) => -0.8 + (v.parties.board === 'entrenched' ? 0.8 : 0),
  'microsoft.wait': () => 0.4,

  // Salesforce
  'salesforce.match-offer': (v) => -1.2 + signatureShare(v.world) * 4 + (v.parties.employees === 'exodus' ? 1 : 0),
  'salesforce.target-researchers': (v) => -0.2 + signatureShare(v.world) * 1.5 + (v.parties.employees === 'exodus' ? 0.8 : 0) + (v.turn > 12 ? 0.4 : 0),
  'salesforce.premium-offer': (v) => -0.6 + signatureShare(v.world) + (v.world.departures.salesforce > 20 ? 0.5 : 0),
  'salesforce.stand-down': (v) => -1.5 + (v.turn > 18 ? 1 : 0),
  'salesforce.watch': () => 0.4,

  // Altman and Brockman
  'altman.negotiate-return': (v, p) => {
    const base = 1 + (v.world.talks.open ? 0.6 : 0);
    return p.boardOut === false ? base - 1 + (v.turn > 14 ? 0.6 : 0) : base;
  },
  'altman.set-deadline': (v) => (v.world.talks.open ? 0.8 : 0.1),
  'altman.rally-public': (v) => 0.9 + (signatureShare(v.world) < 0.5 ? 0.4 : 0) - v.world.rally,
  'altman.visit-hq': (v) => 0.6 + (v.world.talks.open ? 0.3 : 0),
  'altman.join-microsoft': (v) => 0.2 - (v.world.talks.progress >= 50 ? 1 : 0) + (v.turn >= 8 ? 0.8 : 0) + (v.world.altmanDeadlinePassed ? 0.8 : 0) + (!v.world.talks.open ? 0.5 : 0) + (v.parties.board === 'entrenched' ? 0.5 : 0),
  'altman.start-company': (v) => -0.7 + v.turn / 14 + (v.world.newcoRaising ? 0.8 : 0) + (v.parties.investors === 'backing-newco' ? 1 : 0) + (v.parties.board === 'entrenched' ? 0.4 : 0),
  'altman.wait': () => 0,
  'altman.accept-deal': (v) => {
    const t = v.world.talks.onTable;
    if (!t) return -5;
    const leave = v.world.boardAgreedToResign ? 4 : t.directorsLeave;
    const worth = leave >= 3 ? 2.2 : leave === 2 ? 0.8 : leave === 1 ? -0.3 : -1.4;
    // Late in the week, with the team scattering, any return looks better than none.
    const late = v.turn > 13 ? 0.6 + (v.turn - 13) * 0.25 : 0;
    return worth + late + (v.world.altmanAt !== 'out' ? -0.4 : 0) - (t.altmanOffBoard ? 0.2 : 0);
  },

  // Investors
  'investors.press-board': (v) => 0.7 + (v.world.valuation < 70 ? 0.4 : 0),
  'investors.threaten-suit': (v) => 0.3 + v.world.investorPressure / 100,
  'investors.pause-tender': () => -0.6,
  'investors.publish-op-ed': (v) => 0.3 + (v.world.boardCredibility > 40 ? 0.3 : 0),
  'investors.back-newco': (v) => (v.world.newcoRaising ? 1.3 : -1),
  'investors.wait': () => 0.4,

  // Management
  'management.sign-letter': (v) => -0.6 + signatureShare(v.world) * 2.5,
  'management.demand-evidence': (v) => (v.parties.management === 'steadying' ? 0.9 : 0.1) + (v.world.reasonsPublished ? -0.6 : 0),
  'management.threaten-resign': (v) => -0.5 + signatureShare(v.world) * 1.2 + (v.world.ceo === 'shear' ? 0.3 : 0),
  'management.keep-lights-on': (v) => 0.8 + (v.world.continuity < 50 ? 0.8 : 0),
};

/** The same table as a Map: looked up for every legal choice of every party every turn, a Map's lookup is the faster. */
const UTILITY_OF_MOVE: ReadonlyMap<string, Utility> = new Map(Object.entries(UTILITY));

export function utilityOf(v: GameView, move: string, params: Params): number {
  const u = UTILITY_OF_MOVE.get(move);
  return u ? u(v, params) : 0;
}

