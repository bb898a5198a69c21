// Scores: every party scores every ending from its own goals, 0 to 100, so the same ending is a win for one
// party and a loss for another.
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_SCORES, OUTCOMES, PARTIES, runGame, scoresFor } from '../../src/sim/index.ts';
import type { OutcomeId, PartyId } from '../../src/sim/index.ts';
import { findEndings, type FoundRun } from './endings.ts';
import { afterRemoval, allOn } from './helpers.ts';

const inRange = (n: number) => Number.isInteger(n) && n >= 0 && n <= 100;

describe('base scores', () => {
  it('every ending has a base score in 0..100 for every party', () => {
    expect(Object.keys(BASE_SCORES).sort()).toEqual([...OUTCOMES].sort());
    for (const o of OUTCOMES) for (const p of PARTIES) expect(inRange(BASE_SCORES[o][p]), `${o}/${p}`).toBe(true);
  });

  it('no party is indifferent between endings, and no ending is everyone’s best', () => {
    for (const p of PARTIES) expect(new Set(OUTCOMES.map((o) => BASE_SCORES[o][p])).size, p).toBeGreaterThan(3);
    for (const o of OUTCOMES) {
      const scores = PARTIES.map((p) => BASE_SCORES[o][p]);
      // A stalemate is nobody's win: flat and low. Every other ending divides the parties.
      if (o === 'stalemate') expect(Math.max(...scores), o).toBeLessThanOrEqual(50);
      else expect(Math.max(...scores) - Math.min(...scores), o).toBeGreaterThanOrEqual(20);
    }
  });
});

describe('scores at every ending', () => {
  let found: Map<OutcomeId, FoundRun>;
  beforeAll(() => {
    found = findEndings(3000).found;
  });

  const scores = (id: OutcomeId): Record<PartyId, number> => {
    const run = found.get(id);
    expect(run, `no run found for ${id}`).toBeDefined();
    return scoresFor(run!.state);
  };

  it.each(OUTCOMES.map((o) => [o]))('%s: every party has a whole-number score in 0..100', (id: OutcomeId) => {
    const s = scores(id);
    expect(Object.keys(s).sort()).toEqual([...PARTIES].sort());
    for (const p of PARTIES) expect(inRange(s[p]), `${p}: ${s[p]}`).toBe(true);
  });

  it('board-holds is the board’s win and Altman’s loss', () => {
    const s = scores('board-holds');
    expect(s.board).toBeGreaterThan(s.altman);
    expect(s.board).toBeGreaterThanOrEqual(60);
    expect(s.altman).toBeLessThanOrEqual(30);
  });

  it('return-new-board is Altman’s win and the board’s loss', () => {
    const s = scores('return-new-board');
    expect(s.altman).toBeGreaterThan(s.board);
    expect(s.altman).toBeGreaterThanOrEqual(70);
    expect(s.board).toBeLessThanOrEqual(50);
  });

  it('a talent raid is Salesforce’s best ending and nobody else’s', () => {
    const s = scores('talent-raid');
    for (const p of PARTIES) if (p !== 'salesforce') expect(s.salesforce, p).toBeGreaterThan(s[p]);
  });

  it('an exodus to Microsoft is good for Microsoft and bad for the investors', () => {
    const s = scores('exodus-to-microsoft');
    expect(s.microsoft).toBeGreaterThan(s.investors + 30);
  });

  it('collapse is a loss for the employees, the investors and management', () => {
    const s = scores('collapse');
    for (const p of ['employees', 'investors', 'management'] as const) expect(s[p], p).toBeLessThanOrEqual(25);
  });
});

describe('scoresFor', () => {
  it('refuses to score a game that has not ended', () => {
    expect(() => scoresFor(afterRemoval())).toThrow(/not ended/);
  });

  it('stays within 0..100 for every party over many games with every policy', () => {
    for (let seed = 0; seed < 60; seed++) {
      for (const policy of ['default', 'random', 'hawk', 'dove'] as const) {
        const s = scoresFor(runGame({ seed, policies: allOn(policy) }));
        for (const p of PARTIES) expect(inRange(s[p]), `seed ${seed} ${policy} ${p}: ${s[p]}`).toBe(true);
      }
    }
  });
});
