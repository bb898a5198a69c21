// The run's timeline beside history's, turn by turn: the run's moves and news (every item with its mark: historical
// with its source, historical at another time with history's time and source, or simulated), history's moves and news
// with their sources; and where the run left history's line, with what differed.
import { HISTORICAL_ENDING, HISTORY } from '../sim/history/script.ts';
import { HISTORICAL_NEWS } from '../sim/history/news.ts';
import { PARTIES, type PartyId, type RuleSwitch } from '../sim/ids.ts';
import { isScripted } from '../sim/policies/index.ts';
import type { GameState, NewsMark, PlayedMove } from '../sim/types.ts';
import { STAFF_AT_START } from '../sim/world.ts';
import { clockLabel, formatParams, gameText, moveTitle, partyName, type Lang } from '../text/index.ts';
import { newsText } from './knowledge.ts';

/** The last turn of history's line: the agreement in principle, Tuesday evening. */
export const HISTORY_ENDS = HISTORICAL_ENDING.turn;

/** The moves a party makes when it does nothing of note: left out of a timeline unless history did something else. */
export const QUIET: ReadonlySet<string> = new Set(['board.stay-silent', 'management.keep-lights-on', 'altman.wait', 'microsoft.wait', 'salesforce.watch', 'investors.wait', 'employees.wait']);

export interface TimelineMove {
  party: PartyId;
  move: string;
  text: string;
  /** Whether history made the same move at this turn (always false past history's last turn). */
  asHistory: boolean;
}

export interface TimelineNews {
  text: string;
  mark: NewsMark;
  source?: string;
  /** For `historical-elsewhen`: when it happened in 2023 (ISO 8601, Pacific). */
  historicalTime?: string;
}

export interface TimelineTurn {
  turn: number;
  label: string;
  /** null once the run has ended. */
  run: { moves: TimelineMove[]; news: TimelineNews[] } | null;
  /** null past history's last turn. */
  history: { moves: { party: PartyId; move: string; text: string }[]; news: { text: string; source: string; at: string }[] } | null;
}

export interface Departure {
  /** The first turn off history's line (-1 is the prologue). */
  turn: number;
  label: string;
  /** A what-if rulebook is off the line from the start; else a move differed, or the run ended where history went on. */
  cause: 'rulebook' | 'moves' | 'ending';
  rules: RuleSwitch[];
  differences: { party: PartyId; played: string; history: string }[];
}

export const moveText = (m: { party: PartyId; move: string; params?: Record<string, unknown> }, lang: Lang): string => {
  const params = formatParams(m.params, lang);
  return gameText('teach.why.move', lang, { party: partyName(m.party, lang), move: params ? `${moveTitle(m.move, lang)} (${params})` : moveTitle(m.move, lang) });
};

const scripted = (turn: number, party: PartyId) => HISTORY.get(turn)?.[party];

function historyTurn(turn: number, lang: Lang): TimelineTurn['history'] {
  const script = HISTORY.get(turn);
  if (!script) return null;
  const moves = PARTIES.filter((p) => script[p] && !QUIET.has(script[p].move)).map((p) => ({
    party: p,
    move: script[p].move,
    text: moveText({ party: p, move: script[p].move, params: script[p].params }, lang),
  }));
  const news = HISTORICAL_NEWS.filter((h) => h.turn === turn).map((h) => {
    const text = gameText(h.key, lang, { staff: STAFF_AT_START, ...h.vars });
    return { text: h.quote ? `${text} “${h.quote.text}” (${h.quote.by})` : text, source: h.source, at: h.at };
  });
  return { moves, news };
}

/** The run beside history, from the prologue to whichever ended later. */
export function timelineBeside(state: GameState, lang: Lang = 'en'): TimelineTurn[] {
  const last = Math.max(state.log.length ? state.log[state.log.length - 1].turn : -1, HISTORY_ENDS);
  const out: TimelineTurn[] = [];
  for (let turn = -1; turn <= last; turn++) {
    const record = state.log.find((r) => r.turn === turn);
    const run = record
      ? {
          moves: record.moves
            .map((m): TimelineMove => ({ party: m.party, move: m.move, text: moveText(m, lang), asHistory: isScripted(turn, m.party, { move: m.move, params: m.params ?? {} }) }))
            .filter((m) => !QUIET.has(m.move) || (!m.asHistory && scripted(turn, m.party) !== undefined)),
          news: record.news.map((n): TimelineNews => ({
            text: newsText(n, lang),
            mark: n.mark,
            ...(n.source ? { source: n.source } : {}),
            ...(n.historicalTime ? { historicalTime: n.historicalTime } : {}),
          })),
        }
      : null;
    out.push({ turn, label: clockLabel(turn, lang), run, history: historyTurn(turn, lang) });
  }
  return out;
}

const differs = (turn: number, m: PlayedMove) => !isScripted(turn, m.party, { move: m.move, params: m.params ?? {} });

/** Where the run left history's line, and what differed; null when it followed history to history's own ending. */
export function departureFromHistory(state: GameState, lang: Lang = 'en'): Departure | null {
  if (state.rules.length > 0) return { turn: -1, label: clockLabel(-1, lang), cause: 'rulebook', rules: [...state.rules], differences: [] };
  for (const record of state.log) {
    if (record.turn > HISTORY_ENDS) break;
    const script = HISTORY.get(record.turn);
    if (!script) continue;
    const off = record.moves.filter((m) => differs(record.turn, m));
    // A party history had acting that did not act at all (it had no legal move) has left the line too.
    const missing = PARTIES.filter((p) => (record.turn >= 0 || p === 'board') && !record.moves.some((m) => m.party === p));
    if (off.length === 0 && missing.length === 0) continue;
    const differences = [...off.map((m) => m.party), ...missing].map((party) => {
      const played = record.moves.find((m) => m.party === party);
      return {
        party,
        played: played ? moveText(played, lang) : gameText('teach.timeline.no-move', lang, { party }),
        history: moveText({ party, move: script[party].move, params: script[party].params }, lang),
      };
    });
    return { turn: record.turn, label: clockLabel(record.turn, lang), cause: 'moves', rules: [], differences };
  }
  const o = state.outcome;
  if (o && (o.id !== HISTORICAL_ENDING.id || o.turn !== HISTORICAL_ENDING.turn)) return { turn: o.turn, label: clockLabel(o.turn, lang), cause: 'ending', rules: [], differences: [] };
  return null;
}
