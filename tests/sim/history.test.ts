// History's line: with every party on `historical`, the crisis plays out as it did in November 2023, beat by beat,
// for any seed, and its news shows sources (and the seed article's quotes) while simulated news says it is simulated.
import { beforeAll, describe, expect, it } from 'vitest';
import { HISTORICAL_NEWS, HISTORY, MARKET_OPEN_TURN, runGame, STAFF_AT_START, turnClock } from '../../src/sim/index.ts';
import type { GameState, TurnRecord } from '../../src/sim/index.ts';
import { allOn, departedTotal } from './helpers.ts';

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
    expect(failing((g) => JSON.stringify(newsAt(g, 'news.letter-published.microsoft')) === '[11]')).toEqual([]);
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

describe('history’s numbers on history’s line (FACTS.md)', () => {
  const item = (g: GameState, turn: number, key: string) => record(g, turn).news.find((n) => n.msg.key === key);

  it('the letter goes public with 505 names, has about 700 by Monday 09:40, and 747 by Monday night', () => {
    for (const { seed, g } of games) {
      expect(item(g, 11, 'news.letter-published.microsoft')?.msg.vars?.signatures, `seed ${seed}`).toBe(505);
      expect(record(g, 11).metrics.signatures, `seed ${seed}`).toBe(700);
      expect(record(g, 13).metrics.signatures, `seed ${seed}`).toBe(747);
      expect(Math.max(...g.log.map((r) => r.metrics.signatures)), `seed ${seed}`).toBe(747);
    }
  });

  it('nobody has left when the deal is signed', () => {
    expect(failing((g) => departedTotal(g.world.departures) === 0 && g.world.staff === STAFF_AT_START)).toEqual([]);
  });

  it('the tender is in doubt (paused) from Saturday, and back on at $86B after the deal', () => {
    for (const { seed, g } of games) {
      const paused = g.log.find((r) => r.metrics.tender === 'paused')!.turn;
      expect(turnClock(paused).day, `seed ${seed}`).toBe('sat');
      expect(g.world.tender).toBe('on');
      expect(g.world.valuation).toBe(86);
      expect(item(g, 17, 'news.tender-revived')?.mark).toBe('historical');
    }
  });

  it('deadlines fall at 17:00: the board’s on Saturday, Altman’s on Sunday', () => {
    const { g } = games[0];
    expect(item(g, 3, 'news.board.agree-to-resign')?.msg.vars?.at).toBe('2023-11-18T17:00-08:00');
    expect(item(g, 7, 'news.altman.set-deadline')?.msg.vars?.at).toBe('2023-11-19T17:00-08:00');
    expect(item(g, 4, 'news.deadline.board-missed')?.mark).toBe('historical');
    expect(item(g, 8, 'news.deadline.altman-passed')?.mark).toBe('historical');
  });

  it('a number in a historical item is history’s number', () => {
    for (const { g } of games)
      for (const r of g.log)
        for (const n of r.news.filter((x) => x.mark === 'historical')) {
          const entry = HISTORICAL_NEWS.find((h) => h.key === n.msg.key && h.turn === r.turn)!;
          expect(entry, `${n.msg.key} at ${r.turn}`).toBeDefined();
          for (const [k, v] of Object.entries(entry.vars ?? {})) expect(String(n.msg.vars?.[k])).toBe(String(v));
        }
  });
});

describe('news on history’s line', () => {
  it('every item has one of three marks; historical items carry a source, simulated ones none', () => {
    for (const { seed, g } of games) {
      for (const r of g.log) {
        for (const n of r.news) {
          expect(['historical', 'historical-elsewhen', 'simulated']).toContain(n.mark);
          expect(n.historical).toBe(n.mark === 'historical');
          if (n.mark !== 'simulated') expect(n.source, `seed ${seed} turn ${r.turn} ${n.msg.key}`).toMatch(/\S{6,}/);
          else expect(n.source, `seed ${seed} turn ${r.turn} ${n.msg.key}`).toBeUndefined();
        }
      }
      const all = g.log.flatMap((r) => r.news);
      expect(all.some((n) => n.mark === 'historical')).toBe(true);
    }
  });

  it('history’s own moves at their turns are reported as historical (the removal, Murati, Shear, the deal)', () => {
    const { g } = games[0];
    const mark = (turn: number, key: string) => record(g, turn).news.find((n) => n.msg.key === key)?.mark;
    expect(mark(-1, 'news.board.remove-ceo.abrupt')).toBe('historical');
    expect(mark(0, 'news.board.appoint-interim.murati')).toBe('historical');
    expect(mark(9, 'news.board.appoint-interim.shear')).toBe('historical');
    expect(mark(17, 'news.altman.accept-deal')).toBe('historical');
  });

  it('the talks’ terms, which history does not record, are simulated even on history’s line', () => {
    const { g } = games[0];
    const terms = g.log.flatMap((r) => r.news).filter((n) => n.msg.key === 'news.board.terms');
    expect(terms.length).toBeGreaterThan(0);
    for (const n of terms) expect(n.mark).toBe('simulated');
  });

  it('quotes from the seed article appear, attributed and dated, on historical items', () => {
    for (const { seed, g } of games) {
      const quoted = g.log.flatMap((r) => r.news).filter((n) => n.quote);
      expect(quoted.length, `seed ${seed}`).toBeGreaterThanOrEqual(3);
      for (const n of quoted) {
        expect(n.mark).toBe('historical');
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
});

describe('news off history’s line', () => {
  const games = Array.from({ length: 200 }, (_, seed) => runGame({ seed, lean: false }));
  const offLine = games.flatMap((g) => g.log.filter((r) => r.turn >= 2).flatMap((r) => r.news.map((n) => ({ n, turn: r.turn }))));

  it('a real event at another time is historical-elsewhen, with history’s time and source', () => {
    const elsewhen = offLine.filter(({ n }) => n.mark === 'historical-elsewhen');
    expect(elsewhen.length).toBeGreaterThan(0);
    for (const { n } of elsewhen) {
      expect(n.historicalTime).toMatch(/^2023-11-\d\dT\d\d:\d\d-08:00$/);
      expect(n.source).toMatch(/\S{6,}/);
    }
    // Brockman quits on Friday evening in every run where the removal stands; Benioff's offer comes when it comes.
    expect(offLine.some(({ n }) => n.msg.key === 'news.salesforce.match-offer' && n.mark === 'historical-elsewhen')).toBe(true);
  });

  it('nothing is marked historical unless history has that item at that turn with those numbers', () => {
    for (const { n, turn } of offLine.filter(({ n }) => n.mark === 'historical')) {
      const entry = HISTORICAL_NEWS.find((h) => h.key === n.msg.key && h.turn === turn);
      expect(entry, `${n.msg.key} at ${turn}`).toBeDefined();
    }
  });

  it('invented items are simulated: a failed vote under notice-required, evidence shown under board-explains', () => {
    const failed = Array.from({ length: 60 }, (_, seed) => runGame({ seed, rules: ['notice-required'] }))
      .flatMap((g) => g.log[0].news)
      .filter((n) => n.msg.key === 'news.removal-failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const n of failed) expect(n.mark).toBe('simulated');
    const shown = Array.from({ length: 60 }, (_, seed) => runGame({ seed, rules: ['board-explains'] }))
      .flatMap((g) => g.log.flatMap((r) => r.news))
      .filter((n) => n.msg.key === 'news.management.demand-evidence.answered');
    for (const n of shown) expect(n.mark).toBe('simulated');
  });
});
