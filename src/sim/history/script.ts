// History's line, turn by turn, from FACTS.md: what each party actually did, with the source that says so.
// The `historical` policy plays it; a move played here at its turn, while the game is still on the line, shows
// its news as historical with this source.
import type { PartyId } from '../ids.ts';
import type { Params } from '../moves/move.ts';

export interface ScriptedMove {
  move: string;
  params?: Params;
  /** FACTS.md's source; a scripted move without one is a quiet move whose news stays marked simulated. */
  source?: string;
}

const S = {
  wrap: 'thewrap.com/openai-ex-ceo-and-president-statement-after-exit-chatgpt; japantimes.co.jp/business/2023/12/11/tech/open-ai-crisis-backstory/',
  itwc: 'itworldcanada.com/article/altman-out-at-openai-murati-appointed-interim-ceo/553085',
  axiosTimeline: 'axios.com/2023/11/22/openai-microsoft-sam-altman-ceo-chaos-timeline',
  nadellaCalls: 'lokmattimes.com (Nadella calls); pressreader.com/usa/marin-independent-journal/20231210/281633900018656',
  pressreader: 'pressreader.com/usa/marin-independent-journal/20231210/281633900018656',
  rational: 'news.rationalreview.com/archives/145389',
  vigour: 'vigourtimes.com (new venture)',
  guestBadge: 'businesstoday.in (guest badge); scmp.com/tech/tech-trends/article/3242126',
  scmp: 'scmp.com/tech/tech-trends/article/3242126',
  northernpen: 'northernpen.ca/emmett-shear-becomes-interim-openai-ceo-as-altman-talks-break-down-info/',
  shearPlan: 'businessinsider.com/openai-emmett-shear-new-ceo-reveals-plans-first-30-days-2023-11',
  letter: 'sfstandard.com/2023/11/20/openai-staff-threaten-quit-join-microsoft-unless-board-resigns; axios.com/2023/11/20/openai-staff-letter-board-resign-sam-altman',
  letterCount: 'sfstandard.com (above); lbnntv.com/95-percent-of-openai-employees-threaten-to-follow-sam-altman-out-the-door',
  anthropic: 'arstechnica.com/tech-policy/2023/11/report-openai-tried-and-failed-to-hire-anthropic-ceo-to-replace-sam-altman',
  khosla: 'seed article; allainews.com (op-ed)',
  benioff: 'seed article; ted-merz.com/2023/11/25/benioff-for-supporting-actor',
  nadellaMon: 'sfstandard.com/2023/11/20/satya-nadella-microsoft-openai-sam-altman/',
  suit: 'fortune.com/2023/11/20/openai-venture-capital-investors-legal-action-sam-altman-reinstated-ceo',
  kevinScott: 'seed article; nbcchicago.com (Kevin Scott)',
  deal: 'seed article; axios.com/2023/11/22/openai-microsoft-sam-altman-ceo-chaos-timeline',
  altmanTweet: 'seed article (Sam Altman on X, 20 November 2023)',
} as const;

export const SOURCES = S;

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

/** Index -1 is the board's prologue (stored at key -1); 0..17 are the turns up to the agreement in principle. */
export const HISTORY: ReadonlyMap<number, TurnScript> = new Map<number, TurnScript>([
  [-1, turn({ board: { move: 'board.remove-ceo', params: { manner: 'abrupt' }, source: S.wrap } })],
  // Friday 12:00-18:00: the post names Murati; Microsoft has a minute's notice and calls round.
  [0, turn({
    board: { move: 'board.appoint-interim', params: { interim: 'murati' }, source: S.itwc },
    microsoft: { move: 'microsoft.reassure-markets', source: S.nadellaCalls },
  })],
  // Friday evening: executives press the board for its reasons.
  [1, turn({ management: { move: 'management.demand-evidence', source: S.pressreader } })],
  [2, turn({})],
  // Saturday morning: Microsoft and the investors push for reinstatement; talks begin.
  [3, turn({
    altman: { move: 'altman.negotiate-return', params: { boardOut: true }, source: S.rational },
    microsoft: { move: 'microsoft.press-board', source: S.rational },
    investors: { move: 'investors.press-board', source: S.rational },
  })],
  // Saturday afternoon: the board agrees in principle to resign by 17:00.
  [4, turn({
    board: { move: 'board.agree-to-resign', params: { deadline: 0 }, source: S.rational },
    investors: { move: 'investors.press-board', source: S.rational },
  })],
  // Saturday evening: the deadline passes; Altman is reported to be planning a new venture.
  [5, turn({
    board: { move: 'board.hold-firm', source: S.rational },
    altman: { move: 'altman.start-company', source: S.vigour },
  })],
  [6, turn({})],
  // Sunday morning: Altman at headquarters on a guest badge; talks over the board leaving.
  [7, turn({
    board: { move: 'board.negotiate-return', params: { investigation: true, directorsLeave: 0, altmanOffBoard: true }, source: S.scmp },
    altman: { move: 'altman.visit-hq', source: S.guestBadge },
    microsoft: { move: 'microsoft.press-board', source: S.rational },
  })],
  // Sunday afternoon: a new 17:00 deadline; talks stall; the board looks for its own CEO.
  [8, turn({
    board: { move: 'board.hold-firm', source: S.scmp },
    altman: { move: 'altman.set-deadline', params: { deadline: 0 }, source: S.scmp },
  })],
  // Sunday evening: Shear named; staff walk out; Nadella announces the hire at 23:50.
  [9, turn({
    board: { move: 'board.appoint-interim', params: { interim: 'shear' }, source: S.northernpen },
    microsoft: { move: 'microsoft.hire-leaders', source: S.pressreader },
    employees: { move: 'employees.walk-out', source: S.northernpen },
  })],
  // Monday night: Altman and Brockman to Microsoft; Shear's 30-day plan; the letter gathers names.
  [10, turn({
    altman: { move: 'altman.join-microsoft', source: S.pressreader },
    management: { move: 'management.keep-lights-on', source: S.shearPlan },
    employees: { move: 'employees.circulate-letter', source: S.pressreader },
  })],
  // Monday morning: the letter, public; Altman's "one team, one mission"; markets open.
  [11, turn({
    altman: { move: 'altman.rally-public', source: S.altmanTweet },
    microsoft: { move: 'microsoft.reassure-markets', source: S.nadellaMon },
    employees: { move: 'employees.circulate-letter', source: S.letter },
  })],
  // Monday afternoon: Benioff's offer; the Anthropic approach; Khosla's op-ed; Nadella on governance.
  [12, turn({
    board: { move: 'board.seek-merger', source: S.anthropic },
    altman: { move: 'altman.negotiate-return', params: { boardOut: true }, source: S.khosla },
    microsoft: { move: 'microsoft.demand-seat', source: S.nadellaMon },
    salesforce: { move: 'salesforce.match-offer', source: S.benioff },
    investors: { move: 'investors.publish-op-ed', source: S.khosla },
    employees: { move: 'employees.circulate-letter', source: S.letterCount },
  })],
  // Monday evening: investors weigh suing the board; the letter reaches 747.
  [13, turn({
    board: { move: 'board.negotiate-return', params: { investigation: true, directorsLeave: 1, altmanOffBoard: true }, source: S.deal },
    altman: { move: 'altman.negotiate-return', params: { boardOut: true }, source: S.deal },
    investors: { move: 'investors.threaten-suit', source: S.suit },
    employees: { move: 'employees.circulate-letter', source: S.letterCount },
  })],
  // Tuesday: Kevin Scott's offer to every employee; talks go on.
  [14, turn({
    board: { move: 'board.negotiate-return', params: { investigation: true, directorsLeave: 2, altmanOffBoard: true }, source: S.deal },
    altman: { move: 'altman.negotiate-return', params: { boardOut: true }, source: S.deal },
    microsoft: { move: 'microsoft.offer-all-staff', source: S.kevinScott },
  })],
  [15, turn({
    board: { move: 'board.negotiate-return', params: { investigation: true, directorsLeave: 2, altmanOffBoard: true }, source: S.deal },
    altman: { move: 'altman.negotiate-return', params: { boardOut: true }, source: S.deal },
  })],
  [16, turn({
    board: { move: 'board.negotiate-return', params: { investigation: true, directorsLeave: 3, altmanOffBoard: true }, source: S.deal },
    altman: { move: 'altman.negotiate-return', params: { boardOut: true }, source: S.deal },
  })],
  // Tuesday ~22:00: agreement in principle; Taylor (chair), Summers and D'Angelo.
  [17, turn({
    board: { move: 'board.name-directors', params: { directors: ['taylor', 'summers'] }, source: S.deal },
    altman: { move: 'altman.accept-deal', source: S.deal },
  })],
]);

export function scriptedMove(turnNumber: number, party: PartyId): ScriptedMove | undefined {
  return HISTORY.get(turnNumber)?.[party];
}

/** News of the world that belongs to history's line at a turn: shown only while the game is on it. */
export interface HistoryBeat {
  key: string;
  source: string;
  vars?: Record<string, string | number>;
  quote?: { by: string; text: string; date: string };
}

export const HISTORY_BEATS: ReadonlyMap<number, HistoryBeat[]> = new Map([
  [0, [
    { key: 'beat.microsoft-notice', source: S.axiosTimeline },
    { key: 'beat.msft-friday-close', source: 'finance.yahoo.com/news/openai-names-twitch-cofounder-emmett-045514717.html' },
  ]],
  [1, [{ key: 'beat.coup-all-hands', source: 'The Information, reported widely' }]],
  [3, [{ key: 'beat.coo-memo', source: S.axiosTimeline }]],
  [8, [{ key: 'beat.ceo-search', source: 'tech.hindustantimes.com (CEO search)' }]],
  [10, [
    {
      key: 'beat.shear-statement',
      source: S.shearPlan,
      quote: {
        by: 'Emmett Shear, on X (French in the seed article; translated)',
        date: '2023-11-20',
        text: 'I took this job because I believe that OpenAI is one of the most important companies currently in existence.',
      },
    },
    { key: 'beat.call-to-dangelo', source: S.pressreader },
  ]],
  [12, [
    { key: 'beat.msft-record-close', source: S.suit },
    { key: 'beat.holding-pattern', source: S.nadellaMon },
  ]],
  [17, [
    {
      key: 'beat.agreement-in-principle',
      source: S.deal,
      quote: {
        by: 'OpenAI, on X',
        date: '2023-11-22',
        text: 'We have reached an agreement in principle for Sam Altman to return to OpenAI as CEO with a new initial board of Bret Taylor (Chair), Larry Summers, and Adam D’Angelo.',
      },
    },
  ]],
]);

/** MSFT's closing prices on the line (FACTS.md): Friday, Monday, Tuesday. */
export const HISTORICAL_CLOSES: ReadonlyMap<number, number> = new Map([
  [0, 369.67],
  [12, 377.44],
  [16, 378.74],
]);
