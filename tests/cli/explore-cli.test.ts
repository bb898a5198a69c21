// `npm run explore`: many games on consecutive seeds in worker threads, tallied. Same arguments, same counts,
// whatever the number of workers; and the counts are those of the games played one by one.
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/explore-batch.ts';
import type { ExploreReport } from '../../src/cli/explore.ts';
import { OUTCOMES, PARTIES } from '../../src/sim/index.ts';
import type { PartyId, PolicyId } from '../../src/sim/index.ts';
import { cli, expectUsageError, type CliResult } from './run-cli.ts';

const RUNS = '200';
const defaults = Object.fromEntries(PARTIES.map((p) => [p, 'default'])) as Record<PartyId, PolicyId>;

describe('npm run explore -- --runs 200 --json', () => {
  let two: ExploreReport, again: ExploreReport, one: ExploreReport;
  let raw: CliResult;
  beforeAll(async () => {
    const [a, b, c] = await Promise.all([
      cli('explore', ['--runs', RUNS, '--json', '--workers', '2']),
      cli('explore', ['--runs', RUNS, '--json', '--workers', '2']),
      cli('explore', ['--runs', RUNS, '--json', '--workers', '1']),
    ]);
    raw = a;
    for (const r of [a, b, c]) if (r.code !== 0) throw new Error(`explore failed: ${r.stderr}`);
    [two, again, one] = [a, b, c].map((r) => JSON.parse(r.stdout) as ExploreReport);
  }, 120_000);

  it('prints one JSON object with runs, seed, rules, policies, outcomes, meanScores, elapsedMs, gamesPerSecond', () => {
    expect(raw.stderr).toBe('');
    expect(raw.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(Object.keys(two).sort()).toEqual(['elapsedMs', 'gamesPerSecond', 'meanScores', 'outcomes', 'policies', 'rules', 'runs', 'seed']);
    expect(two).toMatchObject({ runs: 200, seed: 1, rules: [], policies: defaults });
    expect(two.elapsedMs).toBeTypeOf('number');
    expect(two.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(two.gamesPerSecond).toBeGreaterThan(0);
  });

  it('has every outcome id, zero or not, and the counts add up to the runs', () => {
    expect(Object.keys(two.outcomes).sort()).toEqual([...OUTCOMES].sort());
    for (const o of OUTCOMES) expect(Number.isInteger(two.outcomes[o]), o).toBe(true);
    expect(OUTCOMES.reduce((s, o) => s + two.outcomes[o], 0)).toBe(200);
  });

  it('has a mean score in 0..100 for every party', () => {
    expect(Object.keys(two.meanScores).sort()).toEqual([...PARTIES].sort());
    for (const p of PARTIES) {
      expect(two.meanScores[p]).toBeGreaterThanOrEqual(0);
      expect(two.meanScores[p]).toBeLessThanOrEqual(100);
    }
  });

  it('same arguments, same counts and mean scores', () => {
    expect(again.outcomes).toEqual(two.outcomes);
    expect(again.meanScores).toEqual(two.meanScores);
  });

  it('--workers 1 and --workers 2 give the same counts and mean scores', () => {
    expect(one.outcomes).toEqual(two.outcomes);
    expect(one.meanScores).toEqual(two.meanScores);
  });

  it('the counts are those of the same games played in this process', () => {
    const here = runBatch({ firstSeed: 1, runs: 200, rules: [], policies: defaults });
    expect(two.outcomes).toEqual(here.outcomes);
  });
});

describe('npm run explore with seed, policies and rulebook', () => {
  it('echoes its arguments and counts the games they describe', async () => {
    const r = await cli('explore', ['--runs', '60', '--seed', '500', '--play', 'board=hawk', 'employees=dove', '--rules', 'notice-required', '--workers', '2', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    const policies = { ...defaults, board: 'hawk', employees: 'dove' } as Record<PartyId, PolicyId>;
    expect(report).toMatchObject({ runs: 60, seed: 500, rules: ['notice-required'], policies });
    expect(report.outcomes).toEqual(runBatch({ firstSeed: 500, runs: 60, rules: ['notice-required'], policies }).outcomes);
  }, 90_000);

  it('prints each ending’s share, the mean scores and the speed as text', async () => {
    const r = await cli('explore', ['--runs', '50', '--workers', '1']);
    expect(r.code, r.stderr).toBe(0);
    for (const o of OUTCOMES) expect(r.stdout).toMatch(new RegExp(`^  ${o} +\\d+ +\\d+\\.\\d%`, 'm'));
    for (const p of PARTIES) expect(r.stdout).toMatch(new RegExp(`^  ${p} +\\d+\\.\\d$`, 'm'));
    expect(r.stdout).toMatch(/50 games in \d+ ms on 1 worker\(s\): \d+ games per second/);
  }, 90_000);
});

describe('npm run explore: bad input is exit code 2 and one line on stderr', () => {
  const cases: [string, string[], RegExp][] = [
    ['--runs x', ['--runs', 'x'], /--runs must be a whole number, not "x"/],
    ['--runs 0', ['--runs', '0'], /--runs must be a whole number of at least 1/],
    ['--workers 0', ['--workers', '0'], /--workers must be a whole number of at least 1/],
    ['--play all=nope', ['--play', 'all=nope'], /unknown policy "nope"/],
  ];
  const results = new Map<string, CliResult>();
  beforeAll(async () => {
    const all = await Promise.all(cases.map(([, args]) => cli('explore', args)));
    cases.forEach(([name], i) => results.set(name, all[i]));
  }, 90_000);

  it.each(cases.map(([name, , pattern]) => [name, pattern] as const))('%s', (name, pattern) => {
    expectUsageError(results.get(name)!, pattern);
  });
});
