// Questions for discussion, chosen from what happened in the run and the seat played: one on the seat, one on the
// ending, one on where the run left history (or on following it), then those whose condition the run meets, in the
// bank's order of teaching weight, and general ones to make up five. Five to eight in all, in the reader's language.
import { type OutcomeId, type PartyId, type RuleSwitch } from '../sim/ids.ts';
import type { GameState } from '../sim/types.ts';
import { FIRING_DIRECTORS } from '../sim/world.ts';
import { gameText, listText, type Lang } from '../text/index.ts';
import { departureFromHistory } from './timeline.ts';

/** What the questions look at: the run's facts, read from its final world and its log. */
export interface RunFacts {
  outcome: OutcomeId;
  seat: PartyId | null;
  rules: RuleSwitch[];
  removal: GameState['world']['removal'];
  /** Where the published letter told the staff to go: null when it never went public. */
  letter: 'microsoft' | 'newco' | 'none' | null;
  reasonsPublished: boolean;
  reasonsStrong: boolean;
  /** How many times the board named a new interim CEO after Murati. */
  interimChanges: number;
  missedResignation: boolean;
  sutskeverRegrets: boolean;
  suitThreatened: boolean;
  microsoftAllStaff: boolean;
  seatDemanded: boolean;
  salesforceHired: number;
  mergerApproached: boolean;
  walkedOut: boolean;
  /** Firing directors who lost their seats. */
  directorsGone: number;
}

export function runFacts(state: GameState, seat: PartyId | null): RunFacts {
  const w = state.world;
  const news = state.log.flatMap((r) => r.news.map((n) => n.msg.key));
  const played = (move: string) => state.log.some((r) => r.moves.some((m) => m.move === move));
  const letterKey = news.find((k) => k.startsWith('news.letter-published.'));
  return {
    outcome: state.outcome!.id,
    seat,
    rules: [...state.rules],
    removal: w.removal,
    letter: letterKey ? (letterKey.slice('news.letter-published.'.length) as RunFacts['letter']) : null,
    reasonsPublished: w.reasonsPublished,
    reasonsStrong: w.reasonsStrength >= 70,
    interimChanges: state.log.flatMap((r) => r.changes).filter((c) => c.metric === 'ceo' && c.cause === 'board.appoint-interim' && c.to !== 'murati').length,
    missedResignation: news.includes('news.deadline.board-missed'),
    sutskeverRegrets: w.sutskeverRegrets,
    suitThreatened: played('investors.threaten-suit'),
    microsoftAllStaff: w.offers.microsoftAllStaff,
    seatDemanded: w.seatDemanded || w.microsoftSeat !== 'none',
    salesforceHired: w.departures.salesforce,
    mergerApproached: w.mergerApproached,
    walkedOut: w.walkedOut,
    directorsGone: w.directors.filter((d) => FIRING_DIRECTORS.includes(d.id) && !d.seated).length,
  };
}

/** The bank of questions that depend on the run, in order of teaching weight; each is `teach.q.<id>` in the tables. */
export const QUESTION_BANK: readonly { id: string; when: (f: RunFacts) => boolean }[] = [
  { id: 'removal-failed-notice', when: (f) => f.removal === 'failed' && f.rules.includes('notice-required') },
  { id: 'removal-failed', when: (f) => f.removal === 'failed' && !f.rules.includes('notice-required') },
  { id: 'letter-none', when: (f) => f.letter === 'none' },
  { id: 'letter-microsoft', when: (f) => f.letter === 'microsoft' },
  { id: 'letter-newco', when: (f) => f.letter === 'newco' },
  { id: 'never-explained', when: (f) => !f.reasonsPublished && f.removal !== 'failed' },
  { id: 'explained-weak', when: (f) => f.reasonsPublished && !f.reasonsStrong },
  { id: 'explained-strong', when: (f) => f.reasonsPublished && f.reasonsStrong },
  { id: 'prepared', when: (f) => f.removal === 'prepared' },
  { id: 'interim-churn', when: (f) => f.interimChanges >= 1 },
  { id: 'missed-deadline', when: (f) => f.missedResignation },
  { id: 'sutskever', when: (f) => f.sutskeverRegrets },
  { id: 'equity', when: (f) => f.rules.includes('directors-with-equity') },
  { id: 'full-board', when: (f) => f.rules.includes('full-board') },
  { id: 'no-microsoft-offer', when: (f) => f.rules.includes('no-microsoft-offer') },
  { id: 'no-tender', when: (f) => f.rules.includes('no-tender') },
  { id: 'suit', when: (f) => f.suitThreatened },
  { id: 'all-staff', when: (f) => f.microsoftAllStaff },
  { id: 'seat', when: (f) => f.seatDemanded },
  { id: 'salesforce', when: (f) => f.salesforceHired > 0 },
  { id: 'merger-approach', when: (f) => f.mergerApproached && f.outcome !== 'merger' },
  { id: 'walk-out', when: (f) => f.walkedOut },
  { id: 'directors-gone', when: (f) => f.directorsGone >= 2 && f.outcome !== 'return-new-board' },
];

/** General questions, true of any run, to make up five. */
export const GENERAL_QUESTIONS = ['knowledge', 'rule-change', 'scores', 'whose-interest'] as const;

export const QUESTIONS = { least: 5, most: 8 };

export interface Question {
  id: string;
  text: string;
}

/** Five to eight questions for this run and seat, in the reader's language. */
export function questionsFor(state: GameState, seat: PartyId | null, lang: Lang = 'en'): Question[] {
  if (!state.outcome) throw new Error('The game has not ended: there is nothing to discuss yet.');
  const f = runFacts(state, seat);
  const out: Question[] = [];
  const add = (id: string, vars?: Record<string, string | number>) => out.push({ id, text: gameText(`teach.q.${id}`, lang, vars) });
  if (seat && ['board', 'employees', 'microsoft', 'salesforce', 'altman'].includes(seat)) add(`seat.${seat}`);
  add(`ending.${f.outcome}`);
  const left = departureFromHistory(state, lang);
  if (!left) add('on-history');
  else if (left.cause === 'rulebook') add('left-rulebook', { rules: listText(left.rules.map((r) => gameText(`switch.${r}.title`, lang)), lang) });
  else if (left.cause === 'ending') add('left-ending', { when: left.label });
  else {
    const d = left.differences[0];
    add('left-history', { when: left.label, played: d.played, history: d.history });
  }
  for (const q of QUESTION_BANK) if (out.length < QUESTIONS.most && q.when(f)) add(q.id);
  for (const id of GENERAL_QUESTIONS) if (out.length < QUESTIONS.least) add(`general.${id}`);
  return out;
}
