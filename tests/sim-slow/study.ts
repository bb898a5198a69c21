// A study of many seeded games, as a scholar would run one: ending shares, when games end, and the seat's mean score.
import { OUTCOMES, PARTIES, runGame, scoresFor } from '../../src/sim/index.ts';
import type { OutcomeId, PartyId, PolicyId, RuleSwitch } from '../../src/sim/index.ts';

export interface Study {
  runs: number;
  share: Record<OutcomeId, number>;
  /** Median turn at which the games ended. */
  medianEnd: number;
  /** Median end turn of the games that ended in each outcome (NaN when none did). */
  medianEndOf: Record<OutcomeId, number>;
  meanScore: Record<PartyId, number>;
}

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);

export function study(runs: number, opts: { rules?: RuleSwitch[]; policies?: Partial<Record<PartyId, PolicyId>>; firstSeed?: number } = {}): Study {
  const ends = Object.fromEntries(OUTCOMES.map((o) => [o, [] as number[]])) as Record<OutcomeId, number[]>;
  const scores = Object.fromEntries(PARTIES.map((p) => [p, 0])) as Record<PartyId, number>;
  for (let i = 0; i < runs; i++) {
    const g = runGame({ seed: (opts.firstSeed ?? 1) + i, rules: opts.rules ?? [], policies: opts.policies, lean: true });
    ends[g.outcome!.id].push(g.outcome!.turn);
    const s = scoresFor(g);
    for (const p of PARTIES) scores[p] += s[p] / runs;
  }
  return {
    runs,
    share: Object.fromEntries(OUTCOMES.map((o) => [o, ends[o].length / runs])) as Record<OutcomeId, number>,
    medianEnd: median(OUTCOMES.flatMap((o) => ends[o])),
    medianEndOf: Object.fromEntries(OUTCOMES.map((o) => [o, median(ends[o])])) as Record<OutcomeId, number>,
    meanScore: scores,
  };
}

export const returns = (s: Study) => s.share['return-new-board'] + s.share['return-board-intact'];
/** Endings Altman's side wins: back as CEO, or leading the team elsewhere. */
export const altmanSide = (s: Study) => returns(s) + s.share['exodus-to-microsoft'] + s.share['new-company'];
export const show = (s: Study) =>
  OUTCOMES.filter((o) => s.share[o] > 0)
    .map((o) => `${o} ${(s.share[o] * 100).toFixed(1)}%`)
    .join(', ') + `; median end turn ${s.medianEnd}`;
