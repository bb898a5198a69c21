// Turning points: the moves that changed the odds of the run's ending most. Found in two stages, each a list of probes
// (positions to play on from) run over a range of continuation seeds, so that the work splits across Web Workers or
// worker threads by seed range and adds back up to the same counts whatever the split:
//   1. the odds path (the odds of the run's ending after each turn, its moves as played), and for every move that did
//      something (and every move of the seat, its waiting too) the same odds had the party played its most unlike
//      alternative instead, the rest of the turn as played;
//   2. the moves that changed the odds most in stage 1 are tried against more of their alternatives.
// A move's size is the odds of the ending after it, minus the mean odds after its alternatives. Each continuation
// replays the examined turn from the position before it with the seed's own luck (so one lucky draw in that turn does
// not decide the size), and plays on after it with luck that does not depend on what was played (common random
// numbers), so the difference measures the move, not the draws. Everything is a pure function of the run, the options and the seeds.
//
// In a browser, with workers that each answer runProbes(state, probes, first, count) (a state is plain JSON):
//   const ranges = splitSeeds(1, runs, 2);
//   const ask = (probes) => Promise.all(ranges.map((r, i) => workers[i].run(state, probes, r.first, r.count))).then(mergeTallies);
//   const first = firstStage(state, options), firstTallies = await ask(first);
//   const second = secondStage(state, first, firstTallies, options), secondTallies = await ask(second);
//   const points = turningPointsFrom(state, first, firstTallies, second, secondTallies, options, lang);
// then debrief(state, { seat, lang, turningPoints: points }). The result is the same for any number of workers.
// The probes themselves (runProbes, mergeTallies, splitSeeds) are in probes.ts, which a worker loads without the texts.
import { legalChoices, sameParams, type Choice } from '../sim/legal.ts';
import { RESOLUTION_ORDER, type OutcomeId, type PartyId, type PolicyId } from '../sim/ids.ts';
import { MOVES } from '../sim/moves/index.ts';
import type { GameState } from '../sim/types.ts';
import { clockLabel, gameText, type Lang } from '../text/index.ts';
import { playOnPolicies, runProbes, type Probe, type Tally } from './probes.ts';
import { before } from './replay.ts';
import { moveText, QUIET } from './timeline.ts';

export { mergeTallies, playOnPolicies, runProbes, splitSeeds, type Probe, type Tally } from './probes.ts';

export interface TurningPointOptions {
  /** Continuations per probe (default 40). */
  runs?: number;
  /** The first continuation seed (default 1). */
  firstSeed?: number;
  /** How many of the leading moves of stage 1 get more alternatives in stage 2 (default 6). */
  leading?: number;
  /** Alternatives tried, at most, per leading move (default 3; the seat's moves get two more). */
  alternatives?: number;
  /** The seat played: its moves are marked as yours and get more alternatives. */
  seat?: PartyId | null;
  /** How the parties play on (default: the run's own policies, a person's seat on `default`). */
  policies?: Partial<Record<PartyId, PolicyId>>;
}

/** The options turningPoints() and the workers use unless told otherwise. */
export const TURNING_POINT_DEFAULTS = { runs: 32, firstSeed: 1, leading: 6, alternatives: 3 };

const oddsOf = (t: Tally, ending: OutcomeId) => (t.runs ? t.outcomes[ending] / t.runs : 0);

const STANCE = { hard: 1, neutral: 0, soft: -1 } as const;

/** A party's alternatives at a turn: the most unlike move first (by stance), then another option of the same move, then the rest. */
export function alternativesOf(view: GameState, party: PartyId, played: Choice): Choice[] {
  const legal = legalChoices(view, party).filter((c) => !(c.move === played.move && sameParams(c.params, played.params)));
  const stance = STANCE[MOVES.get(played.move)!.stance];
  const others: Choice[] = [];
  for (const c of legal) if (c.move !== played.move && !others.some((o) => o.move === c.move)) others.push(c);
  others.sort((a, b) => Math.abs(STANCE[MOVES.get(b.move)!.stance] - stance) - Math.abs(STANCE[MOVES.get(a.move)!.stance] - stance));
  const variant = legal.find((c) => c.move === played.move);
  return [...others.slice(0, 1), ...(variant ? [variant] : []), ...others.slice(1)];
}

/** The moves worth examining: every move that did something, and every move of the seat (its waiting too). */
function candidates(state: GameState, seat: PartyId | null | undefined): { turn: number; party: PartyId; played: Choice }[] {
  const out: { turn: number; party: PartyId; played: Choice }[] = [];
  for (const r of state.log) {
    for (const m of r.moves) if (!QUIET.has(m.move) || m.party === seat) out.push({ turn: r.turn, party: m.party, played: { move: m.move, params: m.params ?? {} } });
  }
  return out;
}

/** Stage 1: every turn as played (the odds path), and for every candidate move its most unlike alternative. */
export function firstStage(state: GameState, options: TurningPointOptions = {}): Probe[] {
  const probes: Probe[] = state.log.map((r) => ({ turn: r.turn }));
  for (const c of candidates(state, options.seat)) {
    const alt = alternativesOf(before(state, c.turn), c.party, c.played)[0];
    if (alt) probes.push({ turn: c.turn, party: c.party, choice: alt });
  }
  return probes;
}

/** The odds of the run's ending after each turn, its moves as played and its luck re-drawn, from stage 1's tallies. */
export function oddsPath(state: GameState, firstTallies: readonly Tally[]): { turn: number; odds: number }[] {
  return state.log.map((r, i) => ({ turn: r.turn, odds: oddsOf(firstTallies[i], state.outcome!.id) }));
}

/** Sizes so far, per examined move: odds after it as played minus the mean odds after its alternatives. */
function sizes(state: GameState, probes: readonly Probe[], tallies: readonly Tally[]) {
  const ending = state.outcome!.id;
  const path = tallies.slice(0, state.log.length);
  const groups = new Map<string, { turn: number; party: PartyId; odds: number; alts: { choice: Choice; odds: number }[] }>();
  probes.forEach((p, i) => {
    if (!p.party || !p.choice) return;
    const key = `${p.turn} ${p.party}`;
    const index = state.log.findIndex((r) => r.turn === p.turn);
    const g = groups.get(key) ?? { turn: p.turn, party: p.party, odds: oddsOf(path[index], ending), alts: [] };
    g.alts.push({ choice: p.choice, odds: oddsOf(tallies[i], ending) });
    groups.set(key, g);
  });
  return [...groups.values()].map((g) => ({ ...g, instead: g.alts.reduce((s, a) => s + a.odds, 0) / g.alts.length }));
}

/** Stage 2: the moves that lead after stage 1 get more alternatives (the seat's two more). */
export function secondStage(state: GameState, first: readonly Probe[], firstTallies: readonly Tally[], options: TurningPointOptions = {}): Probe[] {
  const o = { ...TURNING_POINT_DEFAULTS, ...options };
  const leading = sizes(state, first, firstTallies)
    .sort((a, b) => Math.abs(b.odds - b.instead) - Math.abs(a.odds - a.instead) || a.turn - b.turn)
    .slice(0, o.leading);
  const probes: Probe[] = [];
  for (const g of leading) {
    const record = state.log.find((r) => r.turn === g.turn)!;
    const m = record.moves.find((x) => x.party === g.party)!;
    const more = alternativesOf(before(state, g.turn), g.party, { move: m.move, params: m.params ?? {} }).slice(1, o.alternatives + (g.party === o.seat ? 2 : 0));
    for (const choice of more) probes.push({ turn: g.turn, party: g.party, choice });
  }
  return probes;
}

export interface TurningPoint {
  turn: number;
  label: string;
  party: PartyId;
  move: string;
  params: Record<string, unknown>;
  /** "Microsoft: Hire Altman and Brockman". */
  text: string;
  /** Whether the seat played it. */
  yours: boolean;
  /** The odds of the run's ending after the move as played, 0..1. */
  odds: number;
  /** The mean odds of the ending had the party played one of its alternatives instead. */
  instead: number;
  /** odds - instead, in percentage points: positive when the move made the ending likelier. */
  size: number;
  alternatives: { move: string; params: Record<string, unknown>; text: string; odds: number }[];
  /** The change in words. */
  summary: string;
}

/** The most at least, and at most, how many turning points a debrief shows; a move smaller than MIN_SIZE points only fills. */
export const TURNING_POINTS = { least: 3, most: 5, minSize: 5 };

/** The turning points from both stages' tallies: the moves with the largest sizes, in the order they were played. */
export function turningPointsFrom(
  state: GameState,
  first: readonly Probe[],
  firstTallies: readonly Tally[],
  second: readonly Probe[],
  secondTallies: readonly Tally[],
  options: TurningPointOptions = {},
  lang: Lang = 'en',
): TurningPoint[] {
  const ending = state.outcome!.id;
  const points: TurningPoint[] = sizes(state, [...first, ...second], [...firstTallies, ...secondTallies]).map((g) => {
    const played = state.log.find((r) => r.turn === g.turn)!.moves.find((m) => m.party === g.party)!;
    const size = Math.round((g.odds - g.instead) * 100);
    return {
      turn: g.turn,
      label: clockLabel(g.turn, lang),
      party: g.party,
      move: played.move,
      params: played.params ?? {},
      text: moveText(played, lang),
      yours: options.seat === g.party,
      odds: g.odds,
      instead: g.instead,
      size,
      alternatives: g.alts.map((a) => ({ move: a.choice.move, params: a.choice.params, text: moveText({ party: g.party, ...a.choice }, lang), odds: a.odds })),
      summary: gameText(size >= 0 ? 'teach.tp.likelier' : 'teach.tp.less-likely', lang, {
        ending: gameText(`outcome.${ending}.title`, lang),
        points: Math.abs(size),
        odds: Math.round(g.odds * 100),
        instead: Math.round(g.instead * 100),
      }),
    };
  });
  const order = (p: TurningPoint) => RESOLUTION_ORDER.indexOf(p.party);
  points.sort((a, b) => Math.abs(b.size) - Math.abs(a.size) || a.turn - b.turn || order(a) - order(b));
  // One point per party and move: the same wait, turn after turn, is one lesson, told at its largest.
  // A move that changed nothing is no turning point, however few moves there were.
  const distinct = points.filter((p, i) => p.size !== 0 && points.findIndex((q) => q.party === p.party && q.move === p.move) === i);
  const big = distinct.filter((p) => Math.abs(p.size) >= TURNING_POINTS.minSize).slice(0, TURNING_POINTS.most);
  const chosen = big.length >= TURNING_POINTS.least ? big : distinct.slice(0, TURNING_POINTS.least);
  return chosen.sort((a, b) => a.turn - b.turn || order(a) - order(b));
}

/** Both stages in this thread (the command line, tests); a browser splits each stage's runProbes across workers instead. */
export function turningPoints(state: GameState, options: TurningPointOptions = {}, lang: Lang = 'en'): TurningPoint[] {
  if (!state.outcome) throw new Error('The game has not ended: there are no turning points yet.');
  const o = { ...TURNING_POINT_DEFAULTS, ...options };
  const policies = options.policies ?? playOnPolicies(state);
  const first = firstStage(state, o);
  const firstTallies = runProbes(state, first, o.firstSeed, o.runs, policies);
  const second = secondStage(state, first, firstTallies, o);
  const secondTallies = runProbes(state, second, o.firstSeed, o.runs, policies);
  return turningPointsFrom(state, first, firstTallies, second, secondTallies, o, lang);
}
