// The debrief: the run beside history with every item marked, where the run left history (history's own line never
// does), turning points that are deterministic, sized and the same however the work is split, and five to eight
// questions that depend on the run.
import { describe, expect, it } from 'vitest';
import { runGame } from '../../src/sim/index.ts';
import {
  debrief, debriefMarkdown, departureFromHistory, firstStage, mergeTallies, questionsFor, runProbes, secondStage, splitSeeds, timelineBeside,
  turningPoints, turningPointsFrom, TURNING_POINTS,
} from '../../src/teach/index.ts';
import { exodus, failedRemoval, history, letterWithNowhere, merger, spread } from './runs.ts';

const FAST = { runs: 8 };

describe('the timeline beside history', () => {
  it('marks every item of the run, with the source of every historical one and history’s time of one at another time', () => {
    for (const state of spread()) {
      const items = timelineBeside(state).flatMap((t) => t.run?.news ?? []);
      expect(items.length).toBe(state.log.flatMap((r) => r.news).length);
      for (const n of items) {
        expect(['historical', 'historical-elsewhen', 'simulated']).toContain(n.mark);
        if (n.mark !== 'simulated') expect(n.source).toMatch(/\S/);
        if (n.mark === 'historical-elsewhen') expect(n.historicalTime).toMatch(/^2023-11-/);
      }
    }
  });

  it('sets history’s moves and sourced news beside every turn up to Tuesday evening, and the run’s beside them', () => {
    const state = merger();
    const end = state.outcome!.turn;
    const t = timelineBeside(state);
    expect(t.map((x) => x.turn)).toEqual(Array.from({ length: Math.max(end, 17) + 2 }, (_, i) => i - 1));
    expect(t.find((x) => x.turn === 9)!.history!.moves.map((m) => m.text)).toContain('The board: Name an interim CEO (Emmett Shear)');
    expect(t.find((x) => x.turn === 11)!.history!.news.find((n) => /505 signatures/.test(n.text))!.source).toMatch(/sfstandard\.com/);
    expect(t.find((x) => x.turn === end)!.run).not.toBeNull();
    if (end < 17) expect(t.find((x) => x.turn === end + 1)!.run).toBeNull();
  });
});

describe('where the run left history', () => {
  it('history’s own line never leaves it', () => {
    expect(departureFromHistory(history())).toBeNull();
    for (const seed of [2, 9]) expect(departureFromHistory(runGame({ seed, policies: history().controllers as never }))).toBeNull();
  });

  it('finds the first move off the line and says what history did instead', () => {
    const prepared = runGame({ seed: 1, policies: history().controllers as never, moves: [{ turn: -1, party: 'board', move: 'board.remove-ceo', params: { manner: 'prepared' } }] });
    const left = departureFromHistory(prepared)!;
    expect(left).toMatchObject({ turn: -1, cause: 'moves' });
    expect(left.differences).toEqual([{ party: 'board', played: 'The board: Remove the CEO (prepared)', history: 'The board: Remove the CEO (abruptly)' }]);
    const waited = runGame({ seed: 1, policies: history().controllers as never, moves: [{ turn: 9, party: 'microsoft', move: 'microsoft.wait', params: {} }] });
    expect(departureFromHistory(waited)).toMatchObject({ turn: 9, differences: [{ party: 'microsoft', played: 'Microsoft: Wait', history: 'Microsoft: Hire Altman and Brockman' }] });
  });

  it('under a what-if rulebook, from the start', () => {
    expect(departureFromHistory(failedRemoval())).toMatchObject({ turn: -1, cause: 'rulebook', rules: ['notice-required'] });
  });
});

describe('turning points', () => {
  const state = exodus();

  it('are three to five moves of the run, each with the size of its change and the alternatives it was weighed against', () => {
    const points = turningPoints(state, { ...FAST, seat: 'employees' });
    expect(points.length).toBeGreaterThanOrEqual(TURNING_POINTS.least);
    expect(points.length).toBeLessThanOrEqual(TURNING_POINTS.most);
    for (const p of points) {
      const played = state.log.find((r) => r.turn === p.turn)!.moves.find((m) => m.party === p.party)!;
      expect(played.move).toBe(p.move);
      expect(Number.isInteger(p.size)).toBe(true);
      expect(p.size).toBe(Math.round((p.odds - p.instead) * 100));
      expect(p.alternatives.length).toBeGreaterThan(0);
      expect(p.alternatives.every((a) => a.move !== p.move || JSON.stringify(a.params) !== JSON.stringify(p.params))).toBe(true);
      expect(p.summary).toMatch(/This move made “Exodus to Microsoft” \d+ points? (likelier|less likely)/);
      expect(p.yours).toBe(p.party === 'employees');
    }
    expect(points.map((p) => p.turn)).toEqual([...points.map((p) => p.turn)].sort((a, b) => a - b));
  });

  it('are deterministic', () => {
    expect(turningPoints(state, FAST)).toEqual(turningPoints(state, FAST));
  });

  it('add up to the same counts however the seeds are split between workers', () => {
    const probes = firstStage(state).slice(0, 12);
    const whole = runProbes(state, probes, 1, 10);
    const parts = splitSeeds(1, 10, 3).map((r) => runProbes(state, probes, r.first, r.count));
    expect(splitSeeds(1, 10, 3)).toEqual([{ first: 1, count: 4 }, { first: 5, count: 3 }, { first: 8, count: 3 }]);
    expect(mergeTallies(parts)).toEqual(whole);
    // And the two stages, run in pieces, give the turning points found in one thread.
    const first = firstStage(state, FAST);
    const ft = mergeTallies(splitSeeds(1, 8, 2).map((r) => runProbes(state, first, r.first, r.count)));
    const second = secondStage(state, first, ft, FAST);
    const st = mergeTallies(splitSeeds(1, 8, 2).map((r) => runProbes(state, second, r.first, r.count)));
    expect(turningPointsFrom(state, first, ft, second, st, FAST)).toEqual(turningPoints(state, FAST));
  });

  it('find the decisive moves of a run: Altman joining Microsoft made the exodus far likelier', () => {
    const points = turningPoints(state, { runs: 24 });
    const joined = points.find((p) => p.move === 'altman.join-microsoft');
    expect(joined).toBeDefined();
    expect(joined!.size).toBeGreaterThan(10);
  });
});

describe('questions for discussion', () => {
  it('are five to eight, for every run and seat', () => {
    for (const state of spread()) {
      for (const seat of [null, 'board', 'employees', 'microsoft'] as const) {
        const q = questionsFor(state, seat);
        expect(q.length).toBeGreaterThanOrEqual(5);
        expect(q.length).toBeLessThanOrEqual(8);
        expect(new Set(q.map((x) => x.id)).size).toBe(q.length);
        for (const x of q) expect(x.text).not.toMatch(/\{\w+\}|teach\./);
      }
    }
  });

  it('depend on the run: two different runs get different sets', () => {
    const ids = (s: ReturnType<typeof history>) => questionsFor(s, 'employees').map((q) => q.id);
    const hist = ids(history());
    expect(hist).toEqual(expect.arrayContaining(['seat.employees', 'ending.return-new-board', 'on-history', 'letter-microsoft', 'sutskever']));
    const merged = ids(merger());
    expect(merged).toContain('ending.merger');
    expect(merged).not.toEqual(hist);
    expect(ids(letterWithNowhere())).toContain('letter-none');
    const failed = questionsFor(failedRemoval(), 'board').map((q) => q.id);
    expect(failed).toEqual(expect.arrayContaining(['seat.board', 'ending.removal-fails', 'left-rulebook', 'removal-failed-notice']));
  });

  it('follow the seat played', () => {
    const state = exodus();
    expect(questionsFor(state, 'microsoft')[0].id).toBe('seat.microsoft');
    expect(questionsFor(state, 'altman')[0].id).toBe('seat.altman');
    expect(questionsFor(state, null)[0].id).toBe('ending.exodus-to-microsoft');
  });
});

describe('the debrief', () => {
  it('holds the ending, every party’s score, the turning points and the questions; its Markdown says them all', () => {
    const state = exodus();
    const d = debrief(state, { seat: 'employees', turningPointOptions: FAST });
    expect(d.ending).toMatchObject({ id: 'exodus-to-microsoft', title: 'Exodus to Microsoft' });
    expect(d.scores.map((s) => s.party)).toEqual(['board', 'employees', 'microsoft', 'salesforce', 'altman', 'investors', 'management']);
    expect(d.scores.filter((s) => s.yours).map((s) => s.party)).toEqual(['employees']);
    const md = debriefMarkdown(d);
    expect(md).toContain('**Exodus to Microsoft** (`exodus-to-microsoft`)');
    for (const s of d.scores) expect(md).toContain(`| ${s.name}${s.yours ? ' (your seat)' : ''} | ${s.score} |`);
    for (const q of d.questions) expect(md).toContain(q.text);
    for (const p of d.turningPoints!) expect(md).toContain(p.summary);
    expect(md).toMatch(/\[simulated\]/);
    expect(md).toMatch(/\[historical; source: [^\]]+\]/);
    expect(md).toContain('## Where this run left history');
  });

  it('turning points not looked for (the page, before its workers answer) are left out, not said to be none', () => {
    const d = debrief(exodus(), { seat: 'employees', turningPoints: null });
    expect(d.turningPoints).toBeNull();
    const md = debriefMarkdown(d);
    expect(md).not.toContain('## Turning points');
    expect(md).not.toContain('No move of this run');
    expect(md).toContain('## Questions for discussion');
  });

  it('in French', () => {
    const d = debrief(history(), { lang: 'fr', turningPointOptions: FAST });
    const md = debriefMarkdown(d);
    expect(md).toMatch(/^# Cinq jours en novembre\u00a0: débriefing/);
    expect(md).toContain('## Questions pour la discussion');
    expect(md).toContain('Jamais\u00a0: cette partie a suivi la ligne de l’histoire');
    expect(md).not.toMatch(/\{\w+\}|teach\./);
  });
});
