// `npm run sim`: a whole game from the command line, as a readable timeline or one JSON object; bad input is
// exit code 2 and one clear line on standard error.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimReport } from '../../src/cli/report.ts';
import { DEPARTURE_DESTINATIONS, OUTCOMES, PARTIES, turnClock } from '../../src/sim/index.ts';
import { cli, expectUsageError, scratch, type CliResult } from './run-cli.ts';

const METRIC_KEYS = [
  'signatures',
  'departures',
  'continuity',
  'boardCredibility',
  'investorPressure',
  'microsoftConfidence',
  'missionSafeguards',
  'valuation',
  'ceo',
  'altmanAt',
  'tender',
];

const sorted = (o: object) => Object.keys(o).sort();

describe('npm run sim -- --play all=historical --json', () => {
  let r: CliResult;
  let report: SimReport;
  beforeAll(async () => {
    r = await cli('sim', ['--play', 'all=historical', '--json']);
    report = JSON.parse(r.stdout) as SimReport;
  }, 90_000);

  it('exits 0 with one JSON object on stdout and nothing on stderr', () => {
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('has exactly the top-level shape of issue 2', () => {
    expect(sorted(report)).toEqual(['outcome', 'policies', 'rules', 'scores', 'seed', 'turns']);
    expect(report.seed).toBe(1);
    expect(report.rules).toEqual([]);
    expect(report.policies).toEqual(Object.fromEntries(PARTIES.map((p) => [p, 'historical'])));
    expect(sorted(report.outcome)).toEqual(['id', 'time', 'turn']);
    expect(sorted(report.scores)).toEqual([...PARTIES].sort());
    for (const p of PARTIES) expect(report.scores[p]).toBeGreaterThanOrEqual(0);
  });

  it('ends as history did: return-new-board, turn 17, Tuesday 18:00 Pacific', () => {
    expect(report.outcome).toEqual({ id: 'return-new-board', turn: 17, time: '2023-11-21T18:00:00-08:00' });
  });

  it('has one entry per turn, from the prologue to the ending, each of the documented shape', () => {
    expect(report.turns.map((t) => t.turn)).toEqual(Array.from({ length: 19 }, (_, i) => i - 1));
    for (const t of report.turns) {
      expect(sorted(t)).toEqual(['deadlines', 'metrics', 'moves', 'news', 'phase', 'staff', 'steps', 'time', 'turn', 'votes', 'why']);
      expect(t.time).toMatch(/^2023-11-\d\dT\d\d:00:00-08:00$/);
      expect(t.time).toBe(turnClock(t.turn).iso);
      for (const m of t.moves) {
        expect(sorted(m)).toEqual(['move', 'params', 'party']);
        expect(PARTIES).toContain(m.party);
        expect(typeof m.params).toBe('object');
      }
      expect(sorted(t.metrics)).toEqual([...METRIC_KEYS].sort());
      expect(sorted(t.metrics.departures)).toEqual([...DEPARTURE_DESTINATIONS].sort());
      for (const n of t.news) {
        // Each item carries its mark (GAME.md, "Facts and fiction"); one that happened at another time says when.
        expect(sorted(n)).toEqual(n.mark === 'historical-elsewhen' ? ['historical', 'historicalTime', 'mark', 'source', 'text'] : ['historical', 'mark', 'source', 'text']);
        expect(n.historical).toBe(n.mark === 'historical');
        expect(typeof n.text).toBe('string');
        expect(n.text).not.toMatch(/\{\w+\}|^news\./);
        if (n.mark !== 'simulated') expect(n.source).toMatch(/\S+/);
        else expect(n.source).toBeNull();
      }
    }
    expect(report.turns[0].time).toBe('2023-11-17T06:00:00-08:00');
    expect(report.turns[1].time).toBe('2023-11-17T12:00:00-08:00');
    expect(report.turns.find((t) => t.turn === 11)!.time).toBe('2023-11-20T06:00:00-08:00');
  });

  it('shows history in the moves and news: Murati at turn 0, Shear at 9, quotes attributed in the text', () => {
    const at = (turn: number) => report.turns.find((t) => t.turn === turn)!;
    expect(at(0).moves).toContainEqual({ party: 'board', move: 'board.appoint-interim', params: { interim: 'murati' } });
    expect(at(9).metrics.ceo).toBe('shear');
    const texts = report.turns.flatMap((t) => t.news.map((n) => n.text)).join('\n');
    expect(texts).toMatch(/"I deeply regret my participation in the board’s actions\." \(Ilya Sutskever/);
  });
});

describe('npm run sim (timeline)', () => {
  it('prints a timeline turn by turn with moves, news and numbers, then the ending and the scores', async () => {
    const r = await cli('sim', ['--play', 'all=historical']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toMatch(/== Turn prologue: Friday 17 November, 06:00.12:00/);
    for (let turn = 0; turn <= 17; turn++) expect(out).toContain(`== Turn ${turn}: `);
    expect(out).not.toContain('== Turn 18: ');
    expect(out).toMatch(/\[history: [^\]]+\]/);
    expect(out).toMatch(/\[simulated\]/);
    expect(out).toMatch(/signatures \d+ +departures \d+\/\d+\/\d+\/\d+/);
    expect(out).toMatch(/Ending: .+ \(return-new-board\), turn 17, Tuesday 21 November, 18:00.24:00/);
    expect(out).toMatch(/^Scores: board \d+, employees \d+, microsoft \d+, salesforce \d+, altman \d+, investors \d+, management \d+$/m);
  }, 90_000);

  it('names the seed and rulebook it played, and another seed gives another game', async () => {
    const [a, b] = await Promise.all([cli('sim', ['--seed', '5', '--rules', 'no-tender,board-explains']), cli('sim', ['--seed', '6', '--rules', 'no-tender,board-explains'])]);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^Five Days in November: seed 5, rulebook no-tender, board-explains$/m);
    expect(a.stdout).toMatch(/^Ending: /m);
    expect(a.stdout).not.toBe(b.stdout.replace('seed 6', 'seed 5'));
  }, 90_000);
});

describe('npm run sim --moves FILE', () => {
  const s = scratch();
  afterAll(() => rmSync(s.dir, { recursive: true, force: true }));

  it('makes that party play those moves at those turns, the prologue included; the others play their policy', async () => {
    const file = s.file(
      'moves.json',
      JSON.stringify([
        { turn: -1, party: 'board', move: 'board.remove-ceo', params: { manner: 'prepared' } },
        { turn: 0, party: 'altman', move: 'altman.rally-public' },
        { turn: 1, party: 'altman', move: 'altman.negotiate-return', params: { boardOut: false } },
        { turn: 2, party: 'altman', move: 'altman.wait', params: {} },
      ]),
    );
    const r = await cli('sim', ['--seed', '3', '--moves', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as SimReport;
    const at = (turn: number) => report.turns.find((t) => t.turn === turn)!;
    expect(at(-1).moves).toEqual([{ party: 'board', move: 'board.remove-ceo', params: { manner: 'prepared' } }]);
    expect(at(0).moves).toContainEqual({ party: 'altman', move: 'altman.rally-public', params: {} });
    expect(at(1).moves).toContainEqual({ party: 'altman', move: 'altman.negotiate-return', params: { boardOut: false } });
    expect(at(2).moves).toContainEqual({ party: 'altman', move: 'altman.wait', params: {} });
    expect(at(0).moves).toHaveLength(7);
    expect(OUTCOMES).toContain(report.outcome.id);
  }, 90_000);
});

describe('bad input: exit code 2 and one line on stderr, no stack trace', () => {
  const s = scratch();
  afterAll(() => rmSync(s.dir, { recursive: true, force: true }));
  const cases: [name: string, args: () => string[], pattern: RegExp][] = [
    ['--seed abc', () => ['--seed', 'abc'], /--seed: The seed must be a whole number from 0 to 4294967295, not "abc"\./],
    ['--play nobody=default', () => ['--play', 'nobody=default'], /unknown party "nobody"/],
    ['--play board=nope', () => ['--play', 'board=nope'], /unknown policy "nope"/],
    ['--rules nope', () => ['--rules', 'nope'], /unknown rulebook switch "nope"/],
    ['an unknown flag', () => ['--fast'], /unknown argument "--fast" \(--help lists the arguments\)/],
    ['--moves missing.json', () => ['--moves', `${s.dir}/missing.json`], /cannot read the moves file/],
    ['a malformed moves file', () => ['--moves', s.file('bad.json', '[{"turn":0,')], /not valid JSON/],
    ['a moves file that is not a list', () => ['--moves', s.file('object.json', '{"turn":0}')], /expected a JSON list/],
    ['an unknown move in the file', () => ['--moves', s.file('unknown.json', '[{"turn":0,"party":"altman","move":"altman.fly-away"}]')], /unknown move "altman\.fly-away"/],
    ['a move of another party in the file', () => ['--moves', s.file('other.json', '[{"turn":0,"party":"altman","move":"board.hold-firm"}]')], /not a move of altman/],
    ['a turn out of range in the file', () => ['--moves', s.file('late.json', '[{"turn":26,"party":"altman","move":"altman.wait"}]')], /"turn" must be/],
    [
      'an illegal move in the file (altman.accept-deal at turn 0)',
      () => ['--moves', s.file('illegal.json', '[{"turn":0,"party":"altman","move":"altman.accept-deal"}]')],
      /illegal move at turn 0: altman cannot play altman\.accept-deal: the board has no terms on the table/,
    ],
  ];

  const results = new Map<string, CliResult>();
  beforeAll(async () => {
    // Independent processes: run them side by side.
    const all = await Promise.all(cases.map(([, args]) => cli('sim', args())));
    cases.forEach(([name], i) => results.set(name, all[i]));
  }, 120_000);

  it.each(cases.map(([name, , pattern]) => [name, pattern] as const))('%s', (name, pattern) => {
    expectUsageError(results.get(name)!, pattern);
  });

  it('an illegal move names the turn at which it was refused, even when the same move was legal earlier', async () => {
    const file = s.file(
      'twice.json',
      JSON.stringify([
        { turn: 0, party: 'board', move: 'board.explain-reasons' },
        { turn: 1, party: 'board', move: 'board.explain-reasons' },
      ]),
    );
    const r = await cli('sim', ['--moves', file]);
    expectUsageError(r, /illegal move at turn 1: board cannot play board\.explain-reasons: the reasons are already public/);
  }, 90_000);
});
