// A class's runs, gathered: the codes and files the students handed in, each read and replayed by src/share (so a
// run is only ever what the simulation plays), checked against the session, counted once however often it was handed
// in; then the figures a teacher discusses: the endings, every party's scores (mean, min, max), where each run left
// history (src/teach/timeline.ts), how the class split on its key decisions, and history's own run beside them.
// Pure: no DOM, no clock; the page words it (src/dom/classroom), csv.ts writes it out.
import { decodeRun, encodeRun, type RefusalKind } from '../share/index.ts';
import { OUTCOMES, PARTIES, PLAYABLE_PARTIES, type OutcomeId, type PartyId, type PlayablePartyId } from '../sim/ids.ts';
import { runGame } from '../sim/run.ts';
import { scoresFor } from '../sim/scores.ts';
import type { GameState } from '../sim/types.ts';
import { departureFromHistory } from '../teach/timeline.ts';
import { decisionsOf, KEY_DECISIONS, type DecisionId } from './decisions.ts';
import type { ClassSession } from './session.ts';

/** What the teacher pasted or dropped: one code (or page address, or file's text), and where it came from. */
export interface ClassInput {
  text: string;
  /** The file it came from (its name, shown to the teacher only), or null when it was pasted. */
  file: string | null;
  /** Its place among what was pasted, from 1 (or the file's place among the files). */
  n: number;
}

/** Why a hand-in is left out: the share decoder's refusals, and the class's own. */
export type ClassRefusalKind = RefusalKind | 'unfinished' | 'not-played' | 'other-session';

export interface ClassRefusal {
  input: ClassInput;
  kind: ClassRefusalKind;
  /** One line of English, as the decoder said it (the page words the kind in the reader's language). */
  message: string;
}

export interface ClassRun {
  /** From 1, in the order the runs were first handed in. */
  n: number;
  /** The run's share code, as this game writes it (a file and a code of one run give the same). */
  code: string;
  /** The main line's game. */
  state: GameState;
  /** The seats students played. */
  seats: PlayablePartyId[];
  outcome: OutcomeId;
  endTurn: number;
  scores: Record<PartyId, number>;
  /** The first turn off history's line (-1, the prologue, under another rulebook), or null if it never left. */
  leftAt: number | null;
  decisions: Record<DecisionId, string>;
}

export interface Spreadable {
  outcome: OutcomeId;
  scores: Record<PartyId, number>;
}

export interface ScoreRange {
  party: PartyId;
  mean: number;
  min: number;
  max: number;
  /** Whether students played this seat in at least one run. */
  played: boolean;
}

export interface ClassSummary {
  session: ClassSession;
  runs: ClassRun[];
  refused: ClassRefusal[];
  /** Hand-ins of a run already counted (the same run, as a code or a file, again). */
  duplicates: ClassInput[];
  /** Every ending, in the simulation's order, with how many runs reached it. */
  endings: { outcome: OutcomeId; count: number }[];
  /** Every party's scores over the runs (empty when there is no run). */
  scores: ScoreRange[];
  /** How many runs left history at each turn, in turn order; `turn` null: never left. */
  leftAt: { turn: number | null; count: number }[];
  /** For each key decision, how many runs took each way (in order of the count, history's way marked). */
  decisions: { id: DecisionId; party: PartyId; ways: { way: string; count: number; history: boolean }[] }[];
  /** History's own run: every party on its historical line, the 2023 rulebook. */
  history: Spreadable & { endTurn: number; decisions: Record<DecisionId, string> };
}

/** Splits what was pasted into hand-ins: a file's JSON is one; otherwise every word is a code or an address. */
export function inputsOf(text: string, file: string | null = null, first = 1): ClassInput[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('{') || file !== null) return [{ text, file, n: first }];
  return trimmed.split(/\s+/).map((word, i) => ({ text: word, file, n: first + i }));
}

const humanSeats = (state: GameState): PlayablePartyId[] => PLAYABLE_PARTIES.filter((p) => state.controllers[p] === 'human');

const historicalPolicies = Object.fromEntries(PARTIES.map((p) => [p, 'historical'])) as Record<PartyId, 'historical'>;

const historyCache = new Map<number, ClassSummary['history']>();
/** History's run for a seed: the same whatever the seed on history's line, but played, not assumed. */
function historyRun(seed: number): ClassSummary['history'] {
  let h = historyCache.get(seed);
  if (!h) {
    const state = runGame({ seed, policies: historicalPolicies });
    h = { outcome: state.outcome!.id, endTurn: state.outcome!.turn, scores: scoresFor(state), decisions: decisionsOf(state) };
    historyCache.set(seed, h);
  }
  return h;
}

/** Reads one hand-in: the run it holds, or why it is left out. */
export function readHandIn(input: ClassInput, session: ClassSession): { ok: true; code: string; state: GameState } | ClassRefusal {
  const d = decodeRun(input.text);
  if (!d.ok) return { input, kind: d.kind, message: d.message };
  const state = d.state;
  if (!state.outcome) return { input, kind: 'unfinished', message: 'the run has not reached an ending yet' };
  const seats = humanSeats(state);
  if (seats.length === 0) return { input, kind: 'not-played', message: 'nobody played a seat in this run' };
  const sameRules = state.rules.length === session.rules.length && state.rules.every((r) => session.rules.includes(r));
  if (state.seed !== session.seed || !sameRules || seats.some((p) => !session.seats.includes(p))) {
    return { input, kind: 'other-session', message: `the run was played with seed ${state.seed} and ${state.rules.length ? state.rules.join(', ') : 'the 2023 rulebook'}, seats ${seats.join(', ')}: not this session's settings` };
  }
  // The run as this game writes it, main line only (a student's branches are her own explorations): a file and a
  // code of one run give the same text.
  return { ok: true, code: encodeRun({ ...d.run, branches: [d.run.branches[0]] }), state };
}

/** The class's summary for a session, from everything handed in so far, in the order it came. */
export function classSummary(session: ClassSession, inputs: readonly ClassInput[]): ClassSummary {
  const runs: ClassRun[] = [];
  const refused: ClassRefusal[] = [];
  const duplicates: ClassInput[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const r = readHandIn(input, session);
    if (!('ok' in r)) {
      refused.push(r);
      continue;
    }
    if (seen.has(r.code)) {
      duplicates.push(input);
      continue;
    }
    seen.add(r.code);
    const { state } = r;
    runs.push({
      n: runs.length + 1,
      code: r.code,
      state,
      seats: humanSeats(state),
      outcome: state.outcome!.id,
      endTurn: state.outcome!.turn,
      scores: scoresFor(state),
      leftAt: departureFromHistory(state)?.turn ?? null,
      decisions: decisionsOf(state),
    });
  }
  const history = historyRun(session.seed);
  return {
    session,
    runs,
    refused,
    duplicates,
    endings: OUTCOMES.map((outcome) => ({ outcome, count: runs.filter((r) => r.outcome === outcome).length })),
    scores: runs.length === 0 ? [] : PARTIES.map((party) => scoreRange(party, runs)),
    leftAt: leftAtCounts(runs),
    decisions: KEY_DECISIONS.map((d) => ({ id: d.id, party: d.party, ways: waysOf(d.id, runs, history.decisions[d.id]) })),
    history,
  };
}

function scoreRange(party: PartyId, runs: readonly ClassRun[]): ScoreRange {
  const xs = runs.map((r) => r.scores[party]);
  return {
    party,
    mean: xs.reduce((a, b) => a + b, 0) / xs.length,
    min: Math.min(...xs),
    max: Math.max(...xs),
    played: runs.some((r) => r.seats.includes(party as PlayablePartyId)),
  };
}

function leftAtCounts(runs: readonly ClassRun[]): ClassSummary['leftAt'] {
  const counts = new Map<number | null, number>();
  for (const r of runs) counts.set(r.leftAt, (counts.get(r.leftAt) ?? 0) + 1);
  return [...counts].map(([turn, count]) => ({ turn, count })).sort((a, b) => (a.turn ?? Infinity) - (b.turn ?? Infinity));
}

function waysOf(id: DecisionId, runs: readonly ClassRun[], historyWay: string): { way: string; count: number; history: boolean }[] {
  const counts = new Map<string, number>();
  for (const r of runs) counts.set(r.decisions[id], (counts.get(r.decisions[id]) ?? 0) + 1);
  if (!counts.has(historyWay)) counts.set(historyWay, 0);
  return [...counts].map(([way, count]) => ({ way, count, history: way === historyWay })).sort((a, b) => b.count - a.count || Number(b.history) - Number(a.history));
}
