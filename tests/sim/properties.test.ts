// Property tests (fast-check): for random seeds, random policies per party and random rulebooks, every game ends
// by turn 25 with exactly one ending, every count stays within its bounds at every turn, the same inputs give the
// same game, and replaying a finished run's move list gives the identical run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAST_TURN, movesOf, newGame, OUTCOMES, PARTIES, playTurn, POLICIES, RULE_SWITCHES, runGame, STAFF_AT_START, stepsOf, validateMove } from '../../src/sim/index.ts';
import { MAX_SEED } from '../../src/sim/seed.ts';
import type { GameState, PartyId, PolicyId, RuleSwitch } from '../../src/sim/index.ts';
import { allOn, departedTotal } from './helpers.ts';

const BOUNDED = ['continuity', 'boardCredibility', 'investorPressure', 'microsoftConfidence', 'missionSafeguards'] as const;

interface Setup {
  seed: number;
  rules: RuleSwitch[];
  policies: Record<PartyId, PolicyId>;
}

const setupArb: fc.Arbitrary<Setup> = fc.record({
  seed: fc.integer({ min: 0, max: MAX_SEED }),
  rules: fc.subarray([...RULE_SWITCHES]),
  policies: fc.record(Object.fromEntries(PARTIES.map((p) => [p, fc.constantFrom(...POLICIES)])) as Record<PartyId, fc.Arbitrary<PolicyId>>),
});

const play = (s: Setup): GameState => runGame({ seed: s.seed, rules: s.rules, policies: s.policies });
const RUNS = 300;

describe('every game ends by turn 25 with exactly one ending', () => {
  it('outcome set, at the last turn played, announced once, and no turn may follow', () => {
    fc.assert(
      fc.property(setupArb, (setup) => {
        const g = play(setup);
        expect(g.outcome).not.toBeNull();
        const { id, turn } = g.outcome!;
        expect(OUTCOMES).toContain(id);
        expect(turn).toBeGreaterThanOrEqual(-1);
        expect(turn).toBeLessThanOrEqual(LAST_TURN);
        // The log is every turn from the prologue to the ending, in order.
        expect(g.log.map((r) => r.turn)).toEqual(Array.from({ length: turn + 2 }, (_, i) => i - 1));
        expect(g.turn).toBe(turn + 1);
        const endings = g.log.flatMap((r) => r.news.filter((n) => /^outcome\..*\.news$/.test(n.msg.key)).map((n) => ({ turn: r.turn, key: n.msg.key })));
        expect(endings).toEqual([{ turn, key: `outcome.${id}.news` }]);
        expect(() => playTurn(g, {})).toThrow(/over/);
        expect(validateMove(g, { party: 'board', move: 'board.stay-silent' })).toEqual({ key: 'rule.game-over' });
        // A stalemate comes only when the last turn has been played.
        if (id === 'stalemate') expect(turn).toBe(LAST_TURN);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('counts stay within their bounds at every turn', () => {
  it('signatures within the staff, departures non-negative and within 770, staff + departures = 770, meters in 0..100', () => {
    fc.assert(
      fc.property(setupArb, (setup) => {
        const g = play(setup);
        let previous = { microsoft: 0, salesforce: 0, newco: 0, other: 0 };
        for (const r of g.log) {
          const m = r.metrics;
          const gone = departedTotal(m.departures);
          for (const [dest, n] of Object.entries(m.departures)) {
            expect(Number.isInteger(n), `turn ${r.turn} ${dest}`).toBe(true);
            expect(n).toBeGreaterThanOrEqual(previous[dest as keyof typeof previous]);
          }
          expect(gone).toBeLessThanOrEqual(STAFF_AT_START);
          expect(m.signatures, `turn ${r.turn}`).toBeGreaterThanOrEqual(0);
          expect(m.signatures, `turn ${r.turn}`).toBeLessThanOrEqual(STAFF_AT_START - gone);
          for (const k of BOUNDED) {
            expect(m[k], `turn ${r.turn} ${k}`).toBeGreaterThanOrEqual(0);
            expect(m[k], `turn ${r.turn} ${k}`).toBeLessThanOrEqual(100);
          }
          expect(m.valuation).toBeGreaterThanOrEqual(0);
          previous = m.departures;
        }
        expect(g.world.staff + departedTotal(g.world.departures)).toBe(STAFF_AT_START);
        for (const d of g.world.directors) {
          expect(d.resolve).toBeGreaterThanOrEqual(0);
          expect(d.resolve).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('determinism and replay', () => {
  it('the same seed, rulebook and policies give the identical game', () => {
    fc.assert(
      fc.property(setupArb, (setup) => {
        expect(JSON.stringify(play(setup))).toBe(JSON.stringify(play(setup)));
      }),
      { numRuns: 100 },
    );
  });

  it('replaying a finished run’s move list gives the identical log and outcome', () => {
    fc.assert(
      fc.property(setupArb, (setup) => {
        const g = play(setup);
        const replay = runGame({ ...setup, moves: movesOf(g) });
        expect(JSON.stringify(replay.log)).toBe(JSON.stringify(g.log));
        expect(JSON.stringify(replay.outcome)).toBe(JSON.stringify(g.outcome));
        expect(replay.rng).toBe(g.rng);
      }),
      { numRuns: RUNS },
    );
  });

  it('the move list alone decides the run: replayed under other policies it is still identical', () => {
    fc.assert(
      fc.property(setupArb, fc.constantFrom(...POLICIES), (setup, other) => {
        const g = play(setup);
        const replay = runGame({ seed: setup.seed, rules: setup.rules, policies: allOn(other), moves: movesOf(g) });
        expect(JSON.stringify(replay.log)).toBe(JSON.stringify(g.log));
      }),
      { numRuns: 100 },
    );
  });

  it('a game saved mid-run (JSON) and resumed continues exactly as the uninterrupted one: the generator is in the snapshot', () => {
    fc.assert(
      fc.property(setupArb, fc.integer({ min: 0, max: 25 }), (setup, cut) => {
        const whole = play(setup);
        let s = newGame({ seed: setup.seed, rules: setup.rules, controllers: setup.policies });
        while (!s.outcome && s.turn < cut) s = playTurn(s, {});
        let resumed = JSON.parse(JSON.stringify(s)) as GameState;
        while (!resumed.outcome) resumed = playTurn(resumed, {});
        expect(JSON.stringify(resumed)).toBe(JSON.stringify(whole));
      }),
      { numRuns: 100 },
    );
  });

  it('no draw bypasses the seeded generator: src/sim reads no clock and no Math.random', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts')) files.push(path);
      }
    };
    walk(join(import.meta.dirname, '../../src/sim'));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/Math\.random|Date\.now|performance\.now|new Date\(/);
  });

  it('a different seed gives a different game (for the same policies and rulebook)', () => {
    const same = [];
    for (let seed = 0; seed < 40; seed++) same.push(JSON.stringify(runGame({ seed }).log));
    expect(new Set(same).size).toBe(40);
  });
});

describe('the record says what happened, step by step', () => {
  it('every change and every news item belongs to exactly one step, in the published order, the world’s reaction last', () => {
    fc.assert(
      fc.property(setupArb, (s) => {
        const g = play(s);
        for (const r of g.log) {
          let c = 0;
          let n = 0;
          for (const step of r.steps) {
            expect(step.changes[0]).toBe(c);
            expect(step.news[0]).toBe(n);
            c = step.changes[1];
            n = step.news[1];
          }
          expect(c).toBe(r.changes.length);
          expect(n).toBe(r.news.length);
          const parties = r.steps.map((x) => x.party);
          expect(parties[parties.length - 1]).toBeNull();
          expect(parties.slice(0, -1)).toEqual(r.moves.map((m) => m.party));
          for (const step of stepsOf(r)) for (const ch of step.changes) if (step.party) expect(ch.cause).toBe(step.move);
        }
      }),
      { numRuns: 60 },
    );
  });
});
