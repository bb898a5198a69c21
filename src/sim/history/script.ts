// History's line, turn by turn, from FACTS.md: what each party actually did. The `historical` policy plays it while
// the world still matches history.
import type { OutcomeId, PartyId } from '../ids.ts';
import type { Params } from '../moves/move.ts';

export interface ScriptedMove {
  move: string;
  params?: Params;
}

type TurnScript = Record<PartyId, ScriptedMove>;

const quiet = {
  board: { move: 'board.stay-silent' },
  management: { move: 'management.keep-lights-on' },
  altman: { move: 'altman.wait' },
  microsoft: { move: 'microsoft.wait' },
  salesforce: { move: 'salesforce.watch' },
  investors: { move: 'investors.wait' },
  employees: { move: 'employees.wait' },
} satisfies TurnScript;

const turn = (moves: Partial<TurnScript>): TurnScript => ({ ...quiet, ...moves });
const talks = (directorsLeave: number): ScriptedMove => ({
  move: 'board.negotiate-return',
  params: { investigation: true, directorsLeave, altmanOffBoard: true },
});
const altmanTalks: ScriptedMove = { move: 'altman.negotiate-return', params: { boardOut: true } };

/**
 * Index -1 is the board's prologue; 0..17 are the turns up to the agreement in principle. The sources of what each
 * move makes happen are in history/news.ts; a move here with no news there (a quiet turn, the talks' terms) makes
 * only simulated news.
 */
export const HISTORY: ReadonlyMap<number, TurnScript> = new Map<number, TurnScript>([
  // Friday 06:00-12:00: the removal, on a video call at noon, without notice.
  [-1, turn({ board: { move: 'board.remove-ceo', params: { manner: 'abrupt' } } })],
  // Friday 12:00-18:00: the post names Murati; Microsoft has a minute's notice and calls round.
  [0, turn({ board: { move: 'board.appoint-interim', params: { interim: 'murati' } }, microsoft: { move: 'microsoft.reassure-markets' } })],
  // Friday evening: executives press the board for its reasons (Brockman quits: rules/brockman.ts).
  [1, turn({ management: { move: 'management.demand-evidence' } })],
  [2, turn({})],
  // Saturday morning: Microsoft and the investors push for reinstatement; the board agrees in principle to resign by 17:00.
  [3, turn({
    board: { move: 'board.agree-to-resign', params: { deadline: 0 } },
    altman: altmanTalks,
    microsoft: { move: 'microsoft.press-board' },
    investors: { move: 'investors.press-board' },
  })],
  // Saturday afternoon: the tender in jeopardy; the 17:00 deadline passes with the board in place.
  [4, turn({ altman: altmanTalks, investors: { move: 'investors.pause-tender' } })],
  // Saturday evening: Altman is reported to be planning a new venture.
  [5, turn({ altman: { move: 'altman.start-company' } })],
  [6, turn({})],
  // Sunday morning: talks at headquarters; a new 17:00 deadline.
  [7, turn({ board: talks(0), altman: { move: 'altman.set-deadline', params: { deadline: 0 } }, microsoft: { move: 'microsoft.press-board' } })],
  // Sunday afternoon: Altman on a guest badge; talks stall over the board leaving; the deadline passes.
  [8, turn({ board: { move: 'board.hold-firm' }, altman: { move: 'altman.visit-hq' } })],
  // Sunday evening: Shear named; staff walk out; Nadella announces the hire at 23:50.
  [9, turn({
    board: { move: 'board.appoint-interim', params: { interim: 'shear' } },
    microsoft: { move: 'microsoft.hire-leaders' },
    employees: { move: 'employees.walk-out' },
  })],
  // Monday night: Altman and Brockman to Microsoft; the letter gathers names.
  [10, turn({ altman: { move: 'altman.join-microsoft' }, employees: { move: 'employees.circulate-letter' } })],
  // Monday morning: the letter goes public with 505 names, about 700 by 09:39; "one team, one mission".
  [11, turn({ altman: { move: 'altman.rally-public' }, employees: { move: 'employees.circulate-letter' } })],
  // Monday afternoon: Benioff's offer; the Anthropic approach; Khosla's op-ed; Nadella on governance.
  [12, turn({
    board: { move: 'board.seek-merger' },
    altman: altmanTalks,
    microsoft: { move: 'microsoft.demand-seat' },
    salesforce: { move: 'salesforce.match-offer' },
    investors: { move: 'investors.publish-op-ed' },
    employees: { move: 'employees.circulate-letter' },
  })],
  // Monday evening: investors weigh suing the board; the letter reaches 747; talks resume.
  [13, turn({ board: talks(1), altman: altmanTalks, investors: { move: 'investors.threaten-suit' }, employees: { move: 'employees.circulate-letter' } })],
  // Tuesday: Kevin Scott's offer to every employee; talks go on.
  [14, turn({ board: talks(2), altman: altmanTalks, microsoft: { move: 'microsoft.offer-all-staff' } })],
  [15, turn({ board: talks(2), altman: altmanTalks })],
  [16, turn({ board: talks(3), altman: altmanTalks })],
  // Tuesday ~22:00: agreement in principle; Taylor (chair), Summers and D'Angelo.
  [17, turn({ board: { move: 'board.name-directors', params: { directors: ['taylor', 'summers'] } }, altman: { move: 'altman.accept-deal' } })],
]);

/** The ending history reached, and when: Altman back with a new board, agreed in principle on Tuesday night. */
export const HISTORICAL_ENDING: { readonly id: OutcomeId; readonly turn: number } = { id: 'return-new-board', turn: 17 };

export function scriptedMove(turnNumber: number, party: PartyId): ScriptedMove | undefined {
  return HISTORY.get(turnNumber)?.[party];
}

/** News of the world on history's line at a turn, reported only while the game is on it (marks: history/news.ts). */
export const HISTORY_BEATS: ReadonlyMap<number, readonly string[]> = new Map([
  [0, ['beat.microsoft-notice', 'beat.msft-friday-close']],
  [1, ['beat.coup-all-hands']],
  [3, ['beat.coo-memo']],
  [8, ['beat.ceo-search']],
  [10, ['beat.shear-statement', 'beat.call-to-dangelo']],
  [12, ['beat.msft-record-close', 'beat.holding-pattern']],
  [17, ['beat.agreement-in-principle']],
]);

/** The letter's names on history's line, at the end of each turn (FACTS.md: 505 -> ~650 -> ~700 -> 738 -> 743 -> 747). */
export const HISTORICAL_SIGNATURES: ReadonlyMap<number, number> = new Map([
  [10, 505],
  [11, 700],
  [12, 738],
  [13, 747],
]);

/** MSFT's closing prices on the line (FACTS.md): Friday, Monday, Tuesday. */
export const HISTORICAL_CLOSES: ReadonlyMap<number, number> = new Map([
  [0, 369.67],
  [12, 377.44],
  [16, 378.74],
]);
