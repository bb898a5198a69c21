// The spread: with every party on `default`, no ending is certain, Altman's return is common but far from sure,
// at least five endings each happen in a real share of runs, and every rulebook switch moves that spread visibly.
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/explore-batch.ts';
import { OUTCOMES, RULE_SWITCHES } from '../../src/sim/index.ts';
import type { OutcomeId, RuleSwitch } from '../../src/sim/index.ts';
import { allOn } from './helpers.ts';

type Shares = Record<OutcomeId, number>;

const BASE_RUNS = 2000;
const SWITCH_RUNS = 1000;
const FIRST_SEED = 1;
/** The smallest total variation distance that counts as a visible move of the spread. */
const VISIBLE = 0.03;

function shares(rules: RuleSwitch[], runs: number): Shares {
  const r = runBatch({ firstSeed: FIRST_SEED, runs, rules, policies: allOn('default') });
  return Object.fromEntries(OUTCOMES.map((o) => [o, r.outcomes[o] / runs])) as Shares;
}

const tvd = (a: Shares, b: Shares) => OUTCOMES.reduce((s, o) => s + Math.abs(a[o] - b[o]), 0) / 2;
const show = (s: Shares) => OUTCOMES.map((o) => `${o} ${(s[o] * 100).toFixed(1)}%`).join(', ');

let base: Shares;
beforeAll(() => {
  base = shares([], BASE_RUNS);
}, 120_000);

describe(`all parties default, seeds ${FIRST_SEED}..${FIRST_SEED + BASE_RUNS - 1}`, () => {
  it('at least five endings each happen in 2% of runs or more', () => {
    const common = OUTCOMES.filter((o) => base[o] >= 0.02);
    expect(common.length, show(base)).toBeGreaterThanOrEqual(5);
  });

  it('Altman returns (with a new board or the board intact) in 15% to 70% of runs', () => {
    const back = base['return-new-board'] + base['return-board-intact'];
    expect(back, show(base)).toBeGreaterThanOrEqual(0.15);
    expect(back, show(base)).toBeLessThanOrEqual(0.7);
  });

  it('no ending happens in more than 70% of runs', () => {
    for (const o of OUTCOMES) expect(base[o], `${o}: ${show(base)}`).toBeLessThanOrEqual(0.7);
  });
});

describe('each rulebook switch moves the spread visibly', () => {
  const measured = new Map<RuleSwitch, Shares>();
  const of = (rule: RuleSwitch) => {
    if (!measured.has(rule)) measured.set(rule, shares([rule], SWITCH_RUNS));
    return measured.get(rule)!;
  };

  it.each(RULE_SWITCHES.map((r) => [r]))(
    `%s: total variation distance from the base spread ≥ ${VISIBLE} over ${SWITCH_RUNS} seeds`,
    (rule: RuleSwitch) => {
      const s = of(rule);
      const d = tvd(s, base);
      expect(d, `${rule}: TVD ${d.toFixed(3)}; ${show(s)}`).toBeGreaterThanOrEqual(VISIBLE);
    },
    60_000,
  );

  it('and each in the direction GAME.md describes', () => {
    const rise = (rule: RuleSwitch, o: OutcomeId) => of(rule)[o] - base[o];
    const back = (s: Shares) => s['return-new-board'] + s['return-board-intact'];
    // notice-required makes the removal itself rarer: the board more often fails and Altman stays.
    expect(rise('notice-required', 'return-board-intact')).toBeGreaterThan(0.05);
    // full-board: three directors close to the CEO make the removal harder too.
    expect(rise('full-board', 'return-board-intact')).toBeGreaterThan(0.05);
    // no-microsoft-offer: nobody can go to Microsoft at all.
    expect(of('no-microsoft-offer')['exodus-to-microsoft']).toBe(0);
    // no-salesforce: fewer researchers carried off, so fewer talent raids.
    expect(rise('no-salesforce', 'talent-raid')).toBeLessThan(0);
    // board-explains: a board with strong evidence holds more often.
    expect(rise('board-explains', 'board-holds')).toBeGreaterThan(0);
    // directors-with-equity: directors with money at stake bend sooner, so Altman returns more often.
    expect(back(of('directors-with-equity'))).toBeGreaterThan(back(base));
  }, 60_000);
});
