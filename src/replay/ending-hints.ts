// For each ending, the seat (and the switch, for one) that leads there, and the seat's moves that push toward it: read
// from the endings' own conditions (src/sim/outcomes.ts) and the moves whose effects meet them. The gallery words each
// hint in the player's language (ui.replay.hint.* in src/text/replay.*.ts), naming the seat, the moves and the switch
// by their own texts, so a name lives once.
import type { OutcomeId, PlayablePartyId, RuleSwitch } from '../sim/ids.ts';

export interface EndingHint {
  seat: PlayablePartyId;
  /** Moves of that seat, in the order a player would make them. */
  moves: readonly string[];
  /** A switch of the rulebook to turn on for a new game. */
  rule: RuleSwitch | null;
}

export const ENDING_HINTS: Readonly<Record<OutcomeId, EndingHint>> = {
  // Altman back as CEO (ceo, altmanAt) with the board reconstituted: the staff's letter and ultimatum are the leverage.
  'return-new-board': { seat: 'employees', moves: ['employees.circulate-letter', 'employees.issue-ultimatum'], rule: null },
  // Altman back as CEO while the board keeps its seats: a deal on small terms, accepted.
  'return-board-intact': { seat: 'altman', moves: ['altman.negotiate-return', 'altman.accept-deal'], rule: null },
  // Altman at Microsoft (altmanAt) and 45% of the staff gone there (EXODUS_SHARE).
  'exodus-to-microsoft': { seat: 'microsoft', moves: ['microsoft.hire-leaders', 'microsoft.offer-all-staff'], rule: null },
  // Altman at his new company and 35% of the staff with him (NEWCO_SHARE).
  'new-company': { seat: 'altman', moves: ['altman.start-company', 'altman.rally-public'], rule: null },
  // Calm turns under the interim CEO from Monday morning (CALM_TURNS_TO_HOLD, HOLD_FROM_TURN).
  'board-holds': { seat: 'board', moves: ['board.appoint-interim', 'board.open-investigation'], rule: null },
  // A rival lab's answer agreed (mergerAgreed).
  merger: { seat: 'board', moves: ['board.seek-merger'], rule: null },
  // 15% of the staff gone to Salesforce and other labs (RAID_SHARE).
  'talent-raid': { seat: 'salesforce', moves: ['salesforce.premium-offer', 'salesforce.target-researchers'], rule: null },
  // Continuity at zero: threats to the company itself while nobody gives way.
  collapse: { seat: 'microsoft', moves: ['microsoft.withhold-compute', 'microsoft.press-board'], rule: null },
  // Thursday's last turn with nothing settled.
  stalemate: { seat: 'board', moves: ['board.hold-firm', 'board.stay-silent'], rule: null },
  // The removal's vote fails: with notice required, two thirds must hold after Altman's allies have lobbied them.
  'removal-fails': { seat: 'board', moves: ['board.remove-ceo'], rule: 'notice-required' },
};
