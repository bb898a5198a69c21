// Why each number changed: every change of a turn is accounted for by a cause in words; the random draw is named with
// its size; the hidden fact that drove a change is named ("the board's evidence is weak").
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../src/sim/index.ts';
import { whyOf } from '../../src/teach/index.ts';
import { HISTORY_NUMBERS } from '../../src/teach/why.ts';
import { exodus, explainsAtOnce, history, spread } from './runs.ts';

const keyOf = (c: { metric: string; detail?: string }) => (['resolve', 'seat', 'departures'].includes(c.metric) ? `${c.metric}:${c.detail}` : c.metric);

describe('whyOf', () => {
  const runs = spread();

  it('accounts for every change of every turn: one group per number, each change’s cause among its causes, in words', () => {
    for (const state of runs) {
      for (const record of state.log) {
        const why = whyOf(record, state);
        expect(new Set(why.map(keyOf)).size, 'one group per number').toBe(why.length);
        for (const c of record.changes) {
          const group = why.find((w) => keyOf(w) === keyOf(c));
          expect(group, `${record.turn} ${c.metric}`).toBeDefined();
          const cause = group!.causes.find((x) => (x.id === c.cause || x.id === HISTORY_NUMBERS) && (x.kind === 'move' || x.kind === 'rule'));
          expect(cause, `${record.turn} ${c.metric} ${c.cause}`).toBeDefined();
          expect(cause!.text).not.toBe(c.cause);
          expect(cause!.text).not.toMatch(/\{\w+\}|^teach\./);
        }
        for (const w of why) expect(w.causes.length).toBeGreaterThan(0);
      }
    }
  });

  it('adds up: a number’s change is the sum of its causes’ parts, from its first value to its last', () => {
    for (const state of runs.slice(0, 4)) {
      for (const record of state.log) {
        for (const w of whyOf(record, state)) {
          if (typeof w.change !== 'number') continue;
          expect(w.change).toBeCloseTo((w.to as number) - (w.from as number), 2);
          const parts = w.causes.filter((c) => c.amount !== undefined).reduce((s, c) => s + c.amount!, 0);
          expect(parts).toBeCloseTo(w.change, 0);
        }
      }
    }
  });

  it('names the random draw and its size wherever one decided a change', () => {
    let draws = 0;
    for (const state of runs) {
      for (const record of state.log) {
        const why = whyOf(record, state);
        for (const c of record.changes.filter((x) => x.draw !== undefined)) {
          const d = why.find((w) => keyOf(w) === keyOf(c))!.causes.find((x) => x.kind === 'draw' && x.id === c.cause);
          expect(d, `${c.metric} ${c.cause}`).toBeDefined();
          expect(d!.draw).toBe(c.draw);
          expect(d!.text).toContain(c.draw!.toFixed(1));
          draws++;
        }
      }
    }
    expect(draws).toBeGreaterThan(10);
  });

  it('names the hidden evidence when the board publishes its reasons: the strength only the board knew', () => {
    const state = explainsAtOnce();
    const record = state.log.find((r) => r.turn === 0)!;
    expect(record.moves).toContainEqual({ party: 'board', move: 'board.explain-reasons', params: {} });
    const credibility = whyOf(record, state).find((w) => w.metric === 'boardCredibility')!;
    const hidden = credibility.causes.find((c) => c.kind === 'hidden')!;
    expect(hidden.id).toBe('world.reasonsStrength');
    const strength = state.world.reasonsStrength;
    const grade = strength >= 70 ? 'strong' : strength >= 40 ? 'mixed' : 'weak';
    expect(hidden.text).toContain(`the board’s evidence is ${grade} (${strength} of 100)`);
    // The board's player reads it as their own.
    const yours = whyOf(record, state, 'en', 'board').find((w) => w.metric === 'boardCredibility')!.causes.find((c) => c.kind === 'hidden')!;
    expect(yours.text).toMatch(new RegExp(`^your evidence is ${grade} \\(${strength} of 100\\)`));
    expect(whyOf(record, state, 'fr').find((w) => w.metric === 'boardCredibility')!.causes.find((c) => c.kind === 'hidden')!.text).toContain(`${strength} sur 100`);
  });

  it('on history’s line: the executives’ demand for evidence rests on the hidden evidence, the rival lab’s answer on the 747 names', () => {
    const state: GameState = history();
    const friday = whyOf(state.log.find((r) => r.turn === 1)!, state).find((w) => w.metric === 'boardCredibility')!;
    expect(friday.causes.map((c) => c.id)).toEqual(expect.arrayContaining(['management.demand-evidence', 'world.reasonsStrength']));
    const monday = whyOf(state.log.find((r) => r.turn === 13)!, state).find((w) => w.causes.some((c) => c.id === 'rule.rival-answers'))!;
    const rival = monday.causes.find((c) => c.kind === 'hidden' && c.id === 'world.signatures')!;
    expect(rival.text).toMatch(/747 of 770 had signed \(97%/);
    expect(monday.causes.some((c) => c.kind === 'draw' && c.id === 'rule.rival-answers')).toBe(true);
  });

  it('names history’s numbers as history’s: Monday morning’s 700 names on the line', () => {
    const state = history();
    const names = whyOf(state.log.find((r) => r.turn === 11)!, state).find((w) => w.metric === 'signatures')!;
    expect(names.to).toBe(700);
    expect(names.causes.map((c) => c.id)).toContain(HISTORY_NUMBERS);
    expect(names.causes.find((c) => c.id === HISTORY_NUMBERS)!.text).toBe('on history’s line, history’s number (FACTS.md)');
  });

  it('says what moved a director: her resolve per director, with the staff’s threat behind the drift', () => {
    const state = history();
    const monday = whyOf(state.log.find((r) => r.turn === 11)!, state);
    const sutskever = monday.find((w) => w.metric === 'resolve' && w.detail === 'sutskever')!;
    expect(sutskever.label).toBe('Sutskever’s resolve');
    expect(sutskever.causes.map((c) => c.id)).toContain('rule.sutskever-regret');
    expect(sutskever.causes.find((c) => c.kind === 'hidden' && c.id === 'world.resolve')!.text).toMatch(/^on history’s line Sutskever regrets/);
    const toner = monday.find((w) => w.metric === 'resolve' && w.detail === 'toner')!;
    expect(toner.causes.find((c) => c.id === 'world.staffThreat')!.text).toMatch(/names of 770, times a place to go worth 0\.90/);
  });

  it('groups departures per destination and states in words', () => {
    const state = exodus();
    const all = state.log.flatMap((r) => whyOf(r, state));
    const microsoft = all.find((w) => w.metric === 'departures' && w.detail === 'microsoft')!;
    expect(microsoft.label).toBe('Departures to Microsoft');
    const altman = all.find((w) => w.metric === 'altmanAt' && w.to === 'microsoft')!;
    expect(altman.change).toBe('out → at Microsoft');
  });
});
