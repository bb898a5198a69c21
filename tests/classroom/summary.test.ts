// The class summary from real played runs: every run handed in is counted once (as a code, an address or a file),
// every bad hand-in is left out with its reason, and the figures add up: endings, scores per seat, where each run left
// history, how the class split on its key decisions; history's own run beside them; the spread adds up however split.
import { beforeAll, describe, expect, it } from 'vitest';
import { classSummary, inputsOf, type ClassInput, type ClassSummary } from '../../src/classroom/summary.ts';
import { DECISION_IDS, decisionsOf, wayText } from '../../src/classroom/decisions.ts';
import { mergeSpread, sessionStart, spreadChunk } from '../../src/classroom/spread.ts';
import type { ClassSession } from '../../src/classroom/session.ts';
import { encodeRun, runFile, runOf, shareAddress } from '../../src/share/index.ts';
import { newGame, OUTCOMES, PARTIES, playTurn, runGame, scoresFor, type GameState } from '../../src/sim/index.ts';
import { departureFromHistory } from '../../src/teach/timeline.ts';
import { classRun, seatsOf } from './runs.ts';

const SESSION: ClassSession = { seed: 11, rules: [], seats: ['board', 'employees', 'microsoft'], devices: 'each' };
const pasted = (text: string, n = 1): ClassInput => ({ text, file: null, n });

let runs: GameState[];
let codes: string[];
let summary: ClassSummary;

beforeAll(() => {
  runs = [0, 1, 2, 3, 4, 5].map((i) => classRun(SESSION, [SESSION.seats[i % 3]], i + 1));
  codes = runs.map((s) => encodeRun(runOf(s)));
  summary = classSummary(SESSION, codes.map((c, i) => pasted(c, i + 1)));
});

describe('a class’s runs, summed up', () => {
  it('counts every distinct run once, numbered in the order handed in, with its seats, ending and scores', () => {
    const distinct = new Set(codes).size;
    expect(summary.runs).toHaveLength(distinct);
    expect(summary.refused).toEqual([]);
    expect(summary.runs.map((r) => r.n)).toEqual(summary.runs.map((_, i) => i + 1));
    for (const r of summary.runs) {
      const original = runs[codes.indexOf(r.code)];
      expect(r.outcome).toBe(original.outcome!.id);
      expect(r.scores).toEqual(scoresFor(original));
      expect(r.seats.every((p) => SESSION.seats.includes(p))).toBe(true);
      expect(r.leftAt).toBe(departureFromHistory(original)?.turn ?? null);
    }
  });

  it('the endings add up to the runs, and every ending of the game is listed', () => {
    expect(summary.endings.map((e) => e.outcome)).toEqual([...OUTCOMES]);
    expect(summary.endings.reduce((a, e) => a + e.count, 0)).toBe(summary.runs.length);
    for (const e of summary.endings) expect(e.count).toBe(summary.runs.filter((r) => r.outcome === e.outcome).length);
  });

  it('every party’s scores: least ≤ mean ≤ most, from the runs’ own scores, the students’ seats marked', () => {
    expect(summary.scores.map((s) => s.party)).toEqual([...PARTIES]);
    for (const s of summary.scores) {
      const xs = summary.runs.map((r) => r.scores[s.party]);
      expect(s.min).toBe(Math.min(...xs));
      expect(s.max).toBe(Math.max(...xs));
      expect(s.mean).toBeCloseTo(xs.reduce((a, b) => a + b, 0) / xs.length);
      expect(s.min <= s.mean && s.mean <= s.max).toBe(true);
      expect(s.played).toBe(summary.runs.some((r) => (r.seats as string[]).includes(s.party)));
    }
  });

  it('where the runs left history, in turn order, adds up to the runs', () => {
    expect(summary.leftAt.reduce((a, x) => a + x.count, 0)).toBe(summary.runs.length);
    const turns = summary.leftAt.map((x) => x.turn ?? Infinity);
    expect(turns).toEqual([...turns].sort((a, b) => a - b));
  });

  it('each key decision splits the runs, history’s way marked once, and every way is in words in both languages', () => {
    expect(summary.decisions.map((d) => d.id)).toEqual([...DECISION_IDS]);
    for (const d of summary.decisions) {
      expect(d.ways.reduce((a, w) => a + w.count, 0)).toBe(summary.runs.length);
      expect(d.ways.filter((w) => w.history)).toHaveLength(1);
      expect(d.ways.find((w) => w.history)!.way).toBe(summary.history.decisions[d.id]);
      for (const w of d.ways) for (const lang of ['en', 'fr'] as const) expect(wayText(d.id, w.way, lang)).not.toMatch(/class\.|\{/);
    }
  });

  it('sets history’s own run beside the class: the ending history reached, on Tuesday evening', () => {
    const history = runGame({ seed: SESSION.seed, policies: Object.fromEntries(PARTIES.map((p) => [p, 'historical'])) });
    expect(summary.history).toMatchObject({ outcome: history.outcome!.id, endTurn: history.outcome!.turn, scores: scoresFor(history) });
    expect(departureFromHistory(history)).toBeNull();
    expect(summary.history.decisions).toEqual(decisionsOf(history));
  });
});

describe('hand-ins', () => {
  it('a run handed in again, as its code, its page address or its file, is counted once and the repeats listed', () => {
    const again = [pasted(codes[0], 1), pasted(shareAddress('https://example.org/five-days/', runOf(runs[0])), 2), { text: runFile(runOf(runs[0])), file: 'run.json', n: 1 }, pasted(codes[1], 3)];
    const s = classSummary(SESSION, again);
    expect(s.runs).toHaveLength(2);
    expect(s.duplicates.map((x) => x.n)).toEqual([2, 1]);
  });

  it('leaves out each bad hand-in with its reason, and counts the rest', () => {
    const partial = runOf(runGame({ seed: SESSION.seed }));
    const otherSeed = encodeRun(runOf(classRun({ ...SESSION, seed: 12 }, ['board'], 1)));
    const otherRules = encodeRun(runOf(classRun({ ...SESSION, rules: ['no-tender'] }, ['board'], 1)));
    const otherSeat = encodeRun(runOf(classRun({ ...SESSION, seats: ['altman'] }, ['altman'], 1)));
    const watched = encodeRun(partial);
    const damaged = codes[0].slice(0, -3) + (codes[0].endsWith('A') ? 'BBB' : 'AAA');
    const s = classSummary(SESSION, [
      pasted(damaged, 1), pasted('hello', 2), pasted('<script>alert(1)</script>', 3), pasted(otherSeed, 4), pasted(otherRules, 5),
      pasted(otherSeat, 6), pasted(watched, 7), { text: '{"kind":"something else"}', file: 'x.json', n: 1 }, { text: '', file: 'empty.json', n: 1 }, pasted(codes[2], 8),
    ]);
    expect(s.runs.map((r) => r.code)).toEqual([codes[2]]);
    expect(s.refused.map((r) => [r.input.n, r.kind])).toEqual([
      [1, 'damaged'], [2, 'not-a-run'], [3, 'not-a-run'], [4, 'other-session'], [5, 'other-session'], [6, 'other-session'], [7, 'not-played'], [1, 'not-a-run'], [1, 'empty'],
    ]);
    for (const r of s.refused) expect(r.message).not.toMatch(/\n|<script/);
  });

  it('a run shared before its ending is left out as unfinished', () => {
    const s = classSummary(SESSION, [pasted(encodeRun(runOf(partialGame())), 1)]);
    expect(s.runs).toEqual([]);
    expect(s.refused.map((r) => r.kind)).toEqual(['unfinished']);
  });

  it('splits what is pasted into codes and addresses, and takes a file’s JSON whole', () => {
    expect(inputsOf('  v1.a \n\n https://x.org/#v1.b\tv1.c  ', null, 4).map((x) => [x.text, x.n])).toEqual([['v1.a', 4], ['https://x.org/#v1.b', 5], ['v1.c', 6]]);
    expect(inputsOf('{\n "kind": 1\n}', 'a.json')).toEqual([{ text: '{\n "kind": 1\n}', file: 'a.json', n: 1 }]);
    expect(inputsOf('   ')).toEqual([]);
  });
});

describe('the spread of the session’s settings', () => {
  it('adds up to the same tally however it is split into chunks', () => {
    const start = sessionStart(SESSION);
    const whole = spreadChunk(start, 1, 12);
    expect(mergeSpread(spreadChunk(start, 1, 5), spreadChunk(start, 6, 7))).toEqual(whole);
    expect(Object.values(whole.outcomes).reduce((a, b) => a + b, 0)).toBe(12);
    expect(start.turn).toBe(-1);
  });
});

/** A game of the session stopped after a few turns, as a student sharing it before the ending would. */
function partialGame(): GameState {
  let pick = 1;
  while (classRun(SESSION, ['board'], pick).log.length < 5) pick++;
  const full = classRun(SESSION, ['board'], pick);
  let st = newGame({ seed: SESSION.seed, rules: [], controllers: seatsOf(['board']) });
  for (const rec of full.log.slice(0, 3)) st = playTurn(st, Object.fromEntries(rec.moves.filter((m) => m.party === 'board').map((m) => [m.party, m])));
  expect(st.outcome).toBeNull();
  return st;
}
