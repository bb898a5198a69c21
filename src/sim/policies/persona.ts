// The `historical` policy off history's line: the people as the record shows them, reacting to the world as it now is
// (GAME.md, Policies). Each party's lean, from FACTS.md and the seed article, is added to the plausible strategist's
// weighing of the present moment, with little noise and no invented temper: a game that leaves the line keeps
// Toner's board, Nadella's Microsoft and Benioff's Salesforce, not generic strategists.
import type { GameView } from '../turn-context.ts';
import { staffThreat } from '../rules/director-resolve.ts';

type Lean = (v: GameView) => number;

export const PERSONA: Record<string, Lean> = {
  // The board: it never published its reasons beyond "not consistently candid", held on through the weekend, searched
  // for its own CEO, and talked terms once the staff's threat was real. It did not name allies to entrench itself.
  'board.stay-silent': () => 0.6,
  'board.explain-reasons': () => -1,
  'board.hold-firm': (v) => 0.4 - staffThreat(v.world, v.turn),
  'board.negotiate-return': (v) => staffThreat(v.world, v.turn) * 1.5 - 0.2,
  'board.name-directors': (v) => (v.parties.board === 'negotiating' || v.parties.board === 'resigned' ? 0.3 : -1),
  'board.seek-merger': () => 0.2,

  // The staff: stunned, then organised once provoked (Shear's appointment) and once Microsoft offered a place to go;
  // they threatened and did not need to leave. Nobody took Salesforce's offer.
  'employees.circulate-letter': (v) => (v.world.ceo === 'shear' || v.world.offers.microsoftUnit ? 0.8 : -0.4),
  'employees.walk-out': (v) => (v.world.ceo === 'shear' ? 1 : -0.5),
  'employees.public-support': () => 0.3,
  'employees.back-interim': () => -0.8,
  'employees.accept-salesforce': () => -1.5,
  'employees.wait': (v) => (v.turn < 9 ? 0.6 : 0),

  // Microsoft: Nadella steadied markets and partners, pressed for a return, and hired the leaders as a holding
  // pattern before Monday's open; compute was never withheld.
  'microsoft.reassure-markets': () => 0.4,
  'microsoft.press-board': () => 0.4,
  'microsoft.hire-leaders': (v) => (v.turn >= 8 ? 0.8 : 0),
  'microsoft.withhold-compute': () => -1.5,
  'microsoft.demand-seat': () => 0.2,

  // Salesforce: Benioff made a loud public offer and did little recruiting.
  'salesforce.match-offer': (v) => (v.world.signatures > 0 || v.world.offers.microsoftUnit ? 0.8 : -0.5),
  'salesforce.target-researchers': () => -0.4,
  'salesforce.premium-offer': () => -0.6,

  // Altman and Brockman: negotiated for a return with the board gone, kept Microsoft and a new venture as leverage.
  'altman.negotiate-return': () => 0.6,
  'altman.set-deadline': () => 0.2,
  'altman.rally-public': () => 0.2,
  'altman.start-company': () => -0.2,

  // The investors: pressed, threatened to sue, talked up the tender; Khosla wrote an op-ed.
  'investors.press-board': () => 0.3,
  'investors.threaten-suit': () => 0.2,
  'investors.back-newco': () => -0.3,

  // The executives: pressed the board for evidence, kept the product running, and (Murati among them) signed the letter.
  'management.demand-evidence': () => 0.3,
  'management.keep-lights-on': () => 0.3,
  'management.sign-letter': (v) => (v.world.letterPublished ? 0.6 : 0),
};

export const personaLean = (v: GameView, move: string): number => PERSONA[move]?.(v) ?? 0;
