// Invariants of the model over many random games (fast-check): commitments are one way, a new board has at least
// three seats, the tender's valuation and Microsoft's share price move by a bounded step per turn, and nothing is
// marked historical that history's own line does not contain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTORICAL_NEWS, PARTIES, POLICIES, RULE_SWITCHES, runGame } from '../../src/sim/index.ts';
import { MAX_SEED } from '../../src/sim/seed.ts';
import type { GameState, PartyId, PolicyId, RuleSwitch } from '../../src/sim/index.ts';
import { allOn } from './helpers.ts';

const setup = fc.record({
  seed: fc.integer({ min: 0, max: MAX_SEED }),
  rules: fc.subarray([...RULE_SWITCHES] as RuleSwitch[]),
  policies: fc.record(Object.fromEntries(PARTIES.map((p) => [p, fc.constantFrom(...POLICIES)])) as Record<PartyId, fc.Arbitrary<PolicyId>>),
});
const play = (s: { seed: number; rules: RuleSwitch[]; policies: Record<PartyId, PolicyId> }): GameState => runGame(s);
const RUNS = { numRuns: 150 };

describe('commitments are one way', () => {
  it('Altman joins Microsoft or founds a company at most once, and never moves from one to the other', () => {
    fc.assert(
      fc.property(setup, (s) => {
        const g = play(s);
        const places = g.log.map((r) => r.metrics.altmanAt);
        const news = g.log.flatMap((r) => r.news.map((n) => n.msg.key));
        expect(news.filter((k) => k === 'news.altman.join-microsoft').length).toBeLessThanOrEqual(1);
        expect(news.filter((k) => k === 'news.altman.start-company').length).toBeLessThanOrEqual(1);
        const firstElsewhere = places.find((p) => p === 'microsoft' || p === 'newco');
        if (firstElsewhere) expect(places.filter((p) => (p === 'microsoft' || p === 'newco') && p !== firstElsewhere)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('a deal signed is a deal: once Altman is back, the game is over', () => {
    fc.assert(
      fc.property(setup, (s) => {
        const g = play(s);
        const back = g.log.findIndex((r) => r.turn >= 0 && r.metrics.altmanAt === 'openai');
        if (back >= 0) expect(back).toBe(g.log.length - 1);
      }),
      RUNS,
    );
  });
});

describe('a new board', () => {
  it('never ends a game with fewer than three seated directors', () => {
    fc.assert(
      fc.property(setup, (s) => {
        const g = play(s);
        if (g.outcome!.id === 'return-new-board') expect(g.world.directors.filter((d) => d.seated).length).toBeGreaterThanOrEqual(3);
      }),
      RUNS,
    );
  });
});

describe('bounded steps', () => {
  it('the valuation moves by at most $10B a turn, and MSFT by at most 3% a turn', () => {
    fc.assert(
      fc.property(setup, (s) => {
        const g = play(s);
        let valuation = 86;
        let price = g.log[0] ? 376.07 : 0;
        for (const r of g.log) {
          expect(Math.abs(r.metrics.valuation - valuation)).toBeLessThanOrEqual(10 + 1e-9);
          valuation = r.metrics.valuation;
          const moved = r.changes.filter((c) => c.metric === 'msftPrice').map((c) => Number(c.to));
          for (const p of moved) {
            expect(Math.abs(p - price) / price).toBeLessThanOrEqual(0.03);
            price = p;
          }
        }
      }),
      RUNS,
    );
  });
});

describe('facts and fiction', () => {
  const history = runGame({ seed: 0, policies: allOn('historical') });
  const onTheLine = new Set(history.log.flatMap((r) => r.news.filter((n) => n.mark === 'historical').map((n) => `${r.turn} ${n.msg.key}`)));

  it('history’s line reports every item of the catalogue of what history contains, at its turn', () => {
    const missing = HISTORICAL_NEWS.filter((h) => !onTheLine.has(`${h.turn} ${h.key}`)).map((h) => `${h.turn} ${h.key}`);
    expect(missing).toEqual([]);
  });

  it('under any rulebook switch and any policies, every item marked historical appears on history’s line, at that turn', () => {
    fc.assert(
      fc.property(setup, (s) => {
        const g = play(s);
        for (const r of g.log) for (const n of r.news.filter((x) => x.mark === 'historical')) expect(onTheLine.has(`${r.turn} ${n.msg.key}`), `${r.turn} ${n.msg.key}`).toBe(true);
      }),
      RUNS,
    );
  });
});
