// The debrief of a finished run: the ending and every party's score, the run's timeline beside history's with sources
// and marks, where the run left history, the turning points, what is known now, questions for discussion, and the
// concepts the run turned on. A structured object for the screens; debriefMarkdown() makes the handout.
import { PARTIES, type PartyId } from '../sim/ids.ts';
import { MOVES } from '../sim/moves/index.ts';
import { scoresFor } from '../sim/scores.ts';
import type { GameState } from '../sim/types.ts';
import { clockLabel, gameText, partyName, type Lang } from '../text/index.ts';
import { glossary, type GlossaryEntry } from './glossary.ts';
import { knownNow, type KnownFact } from './knowledge.ts';
import { questionsFor, type Question } from './questions.ts';
import { departureFromHistory, timelineBeside, type Departure, type TimelineTurn } from './timeline.ts';
import { turningPoints, type TurningPoint, type TurningPointOptions } from './turning-points.ts';

export interface DebriefOptions {
  /** The seat played (null: watched, or every seat simulated). */
  seat?: PartyId | null;
  lang?: Lang;
  /**
   * Turning points already found (by the browser's workers); found here, in this thread, when absent (a few seconds);
   * null: not looked for (the debrief then says nothing of them, rather than that there were none).
   */
  turningPoints?: TurningPoint[] | null;
  /** Options for finding them here. */
  turningPointOptions?: TurningPointOptions;
}

export interface Debrief {
  lang: Lang;
  seed: number;
  rules: { id: string; title: string }[];
  seat: { id: PartyId; name: string } | null;
  ending: { id: string; title: string; summary: string; turn: number; label: string };
  scores: { party: PartyId; name: string; score: number; yours: boolean }[];
  departure: Departure | null;
  /** null when they were not looked for. */
  turningPoints: TurningPoint[] | null;
  timeline: TimelineTurn[];
  knownNow: { hidden: KnownFact[]; hindsight: KnownFact[] };
  questions: Question[];
  /** The concepts the turning points' moves touch, and those the rulebook changed. */
  concepts: GlossaryEntry[];
}

export function debrief(state: GameState, options: DebriefOptions = {}): Debrief {
  if (!state.outcome) throw new Error('The game has not ended: there is no debrief yet.');
  const lang = options.lang ?? 'en';
  const seat = options.seat ?? null;
  const scores = scoresFor(state);
  const points = options.turningPoints === undefined ? turningPoints(state, { ...options.turningPointOptions, seat }, lang) : options.turningPoints;
  const touched = new Set((points ?? []).flatMap((p) => MOVES.get(p.move)?.concepts ?? []));
  const o = state.outcome;
  return {
    lang,
    seed: state.seed,
    rules: state.rules.map((id) => ({ id, title: gameText(`switch.${id}.title`, lang) })),
    seat: seat ? { id: seat, name: partyName(seat, lang) } : null,
    ending: {
      id: o.id,
      title: gameText(`outcome.${o.id}.title`, lang),
      summary: gameText(`outcome.${o.id}.summary`, lang),
      turn: o.turn,
      label: clockLabel(o.turn, lang),
    },
    scores: PARTIES.map((p) => ({ party: p, name: partyName(p, lang), score: scores[p], yours: p === seat })),
    departure: departureFromHistory(state, lang),
    turningPoints: points,
    timeline: timelineBeside(state, lang),
    knownNow: knownNow(state, lang),
    questions: questionsFor(state, seat, lang),
    concepts: glossary(state.rules, lang).filter((e) => touched.has(e.id as never) || e.rules.length > 0),
  };
}
