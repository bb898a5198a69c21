// History's line: with every party on `historical`, the crisis plays out as it did in November 2023, beat by beat,
// for any seed, and its news shows sources (and the seed article's quotes) while simulated news says it is simulated.
import { beforeAll, describe, expect, it } from 'vitest';
import { HISTORY, MARKET_OPEN_TURN, runGame, turnClock } from '../../src/sim/index.ts';
import type { GameState, TurnRecord } from '../../src/sim/index.ts';
import { allOn } from './helpers.ts';

const SEEDS = Array.from({ length: 50 }, (_, i) => i);
let games: { seed: number; g: GameState }[];

beforeAll(() => {
  games = SEEDS.map((seed) => ({ seed, g: runGame({ seed, policies: allOn('historical') }) }));
});

const record = (g: GameState, turn: number): TurnRecord => g.log.find((r) => r.turn === turn)!;
const playedAt = (g: GameState, move: string) => g.log.filter((r) => r.moves.some((m) => m.move === move)).map((r) => r.turn);
const newsAt = (g: GameState, key: string) => g.log.filter((r) => r.news.some((n) => n.msg.key === key)).map((r) => r.turn);
/** Seeds for which a check fails, to name them in the message. */
const failing = (check: (g: GameState) => boolean) => games.filter(({ g }) => !check(g)).map(({ seed }) => seed);

describe('all parties historical, seeds 0..49', () => {
  it('ends in return-new-board in turn 17 (Tuesday 18:00-24:00), every seed', () => {
    expect(failing((g) => g.outcome?.id === 'return-new-board' && g.outcome.turn === 17)).toEqual([]);
    expect(turnClock(17).iso).toBe('2023-11-21T18:00:00-08:00');
  });

  it('stays on history’s line and plays history’s script move for move through turn 17', () => {
    for (const { seed, g } of games) {
      expect(g.onHistory, `seed ${seed}`).toBe(true);
      for (const r of g.log) {
        const script = HISTORY.get(r.turn)!;
        const scripted = r.moves.map((m) => ({ move: m.move, params: m.params }));
        const expected = r.moves.map((m) => ({ move: script[m.party].move, params: script[m.party].params ?? {} }));
        expect(scripted, `seed ${seed} turn ${r.turn}`).toEqual(expected);
      }
    }
  });

  it('Murati is named interim CEO in turn 0', () => {
    for (const { seed, g } of games) {
      expect(record(g, 0).moves, `seed ${seed}`).toContainEqual({ party: 'board', move: 'board.appoint-interim', params: { interim: 'murati' } });
      expect(record(g, 0).metrics.ceo).toBe('murati');
    }
  });

  it('Shear is named in turn 9 (Sunday evening), and not before', () => {
    expect(turnClock(9)).toMatchObject({ day: 'sun', part: 'evening' });
    for (const { seed, g } of games) {
      expect(record(g, 9).moves, `seed ${seed}`).toContainEqual({ party: 'board', move: 'board.appoint-interim', params: { interim: 'shear' } });
      expect(record(g, 9).metrics.ceo).toBe('shear');
      expect(g.log.filter((r) => r.turn < 9).every((r) => r.metrics.ceo === 'murati')).toBe(true);
    }
  });

  it('Microsoft hires the leaders no later than turn 10, before Monday’s market open', () => {
    for (const { seed, g } of games) {
      const at = playedAt(g, 'microsoft.hire-leaders');
      expect(at, `seed ${seed}`).toHaveLength(1);
      expect(at[0]).toBeLessThanOrEqual(10);
      expect(at[0]).toBeLessThan(MARKET_OPEN_TURN);
    }
  });

  it('signatures pass 700 during Monday (turns 10..13)', () => {
    for (const { seed, g } of games) {
      const first = g.log.find((r) => r.metrics.signatures > 700)?.turn;
      expect(first, `seed ${seed}`).toBeGreaterThanOrEqual(10);
      expect(first, `seed ${seed}`).toBeLessThanOrEqual(13);
    }
  });

  it('the letter is published on turn 11 (Monday morning), every seed', () => {
    expect(turnClock(11)).toMatchObject({ day: 'mon', part: 'morning' });
    expect(failing((g) => JSON.stringify(newsAt(g, 'news.letter-published')) === '[11]')).toEqual([]);
  });

  it('Benioff’s matching offer comes on Monday (turns 10..13)', () => {
    for (const { seed, g } of games) {
      const at = playedAt(g, 'salesforce.match-offer');
      expect(at, `seed ${seed}`).toHaveLength(1);
      expect(turnClock(at[0]).day).toBe('mon');
    }
  });

  it('Kevin Scott’s offer to all staff comes on Tuesday (turns 14..17)', () => {
    for (const { seed, g } of games) {
      const at = playedAt(g, 'microsoft.offer-all-staff');
      expect(at, `seed ${seed}`).toHaveLength(1);
      expect(at[0]).toBeGreaterThanOrEqual(14);
      expect(at[0]).toBeLessThanOrEqual(17);
    }
  });

  it('the beats come in history’s order', () => {
    for (const { seed, g } of games) {
      const order = [
        0, // Murati
        playedAt(g, 'board.appoint-interim').find((t) => record(g, t).metrics.ceo === 'shear')!,
        playedAt(g, 'microsoft.hire-leaders')[0],
        playedAt(g, 'salesforce.match-offer')[0],
        playedAt(g, 'microsoft.offer-all-staff')[0],
        g.outcome!.turn,
      ];
      expect([...order].sort((a, b) => a - b), `seed ${seed}`).toEqual(order);
    }
  });
});

describe('news on history’s line', () => {
  it('historical items carry a source; simulated ones are marked historical:false, with none', () => {
    for (const { seed, g } of games) {
      for (const r of g.log) {
        for (const n of r.news) {
          if (n.historical) expect(n.source, `seed ${seed} turn ${r.turn} ${n.msg.key}`).toMatch(/\S{6,}/);
          else expect(n.source, `seed ${seed} turn ${r.turn} ${n.msg.key}`).toBeUndefined();
        }
      }
      const all = g.log.flatMap((r) => r.news);
      expect(all.some((n) => n.historical)).toBe(true);
      expect(all.some((n) => !n.historical)).toBe(true);
    }
  });

  it('history’s own moves at their turns are reported as historical (the removal, Murati, Shear, the deal)', () => {
    const { g } = games[0];
    const historical = (turn: number, key: string) => record(g, turn).news.find((n) => n.msg.key === key)?.historical;
    expect(historical(-1, 'news.board.remove-ceo.abrupt')).toBe(true);
    expect(historical(0, 'news.board.appoint-interim.murati')).toBe(true);
    expect(historical(9, 'news.board.appoint-interim.shear')).toBe(true);
    expect(historical(17, 'news.altman.accept-deal')).toBe(true);
  });

  it('quotes from the seed article appear, attributed and dated, on historical items', () => {
    for (const { seed, g } of games) {
      const quoted = g.log.flatMap((r) => r.news).filter((n) => n.quote);
      expect(quoted.length, `seed ${seed}`).toBeGreaterThanOrEqual(3);
      for (const n of quoted) {
        expect(n.historical).toBe(true);
        expect(n.quote!.by).toMatch(/\w+/);
        expect(n.quote!.text.length).toBeGreaterThan(20);
        expect(n.quote!.date).toMatch(/^2023-11-\d\d$/);
      }
      const by = quoted.map((n) => n.quote!.by).join(' | ');
      expect(by).toMatch(/Sutskever/);
      expect(by).toMatch(/Benioff/);
      expect(by).toMatch(/Kevin Scott/);
    }
  });

  it('off history’s line the same moves make simulated news without quotes', () => {
    const g = runGame({ seed: 3 });
    expect(g.onHistory).toBe(false);
    const news = g.log.slice(2).flatMap((r) => r.news);
    expect(news.every((n) => !n.historical && n.source === undefined && n.quote === undefined)).toBe(true);
  });
});
