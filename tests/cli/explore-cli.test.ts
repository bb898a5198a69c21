// `npm run explore`: many games on consecutive seeds in worker threads, tallied. Same arguments, same counts,
// whatever the number of workers; and the counts are those of the games played one by one.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch, type BatchResult } from '../../src/sim/explore.ts';
import type { ExploreReport } from '../../src/cli/explore.ts';
import { LAST_TURN, OUTCOMES, PARTIES } from '../../src/sim/index.ts';
import type { PartyId, PolicyId } from '../../src/sim/index.ts';
import { cli, expectUsageError, ROOT, type CliResult } from './run-cli.ts';

const RUNS = '200';
const CORES = availableParallelism();
/** Two workers, on any machine of two cores or more (a one-core machine may not ask for two). */
const TWO = String(Math.min(2, CORES));
const defaults = Object.fromEntries(PARTIES.map((p) => [p, 'default'])) as Record<PartyId, PolicyId>;

describe('npm run explore -- --runs 200 --json', () => {
  let two: ExploreReport, again: ExploreReport, one: ExploreReport;
  let raw: CliResult;
  let here: BatchResult;
  beforeAll(async () => {
    const [a, b, c] = await Promise.all([
      cli('explore', ['--runs', RUNS, '--json', '--workers', TWO]),
      cli('explore', ['--runs', RUNS, '--json', '--workers', TWO]),
      cli('explore', ['--runs', RUNS, '--json', '--workers', '1']),
    ]);
    raw = a;
    for (const r of [a, b, c]) if (r.code !== 0) throw new Error(`explore failed: ${r.stderr}`);
    [two, again, one] = [a, b, c].map((r) => JSON.parse(r.stdout) as ExploreReport);
    here = runBatch({ firstSeed: 1, runs: 200, rules: [], policies: defaults });
  }, 120_000);

  it('prints one JSON object with runs, seed, rules, policies, outcomes, meanScores, endTurns, elapsedMs, gamesPerSecond', () => {
    expect(raw.stderr).toBe('');
    expect(raw.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(Object.keys(two).sort()).toEqual(['elapsedMs', 'endTurns', 'gamesPerSecond', 'meanScores', 'outcomes', 'policies', 'rules', 'runs', 'seed']);
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

  it('says when the games ended: median, 10th and 90th percentile turns, in order, within the game', () => {
    expect(Object.keys(two.endTurns).sort()).toEqual(['median', 'p10', 'p90']);
    const { p10, median, p90 } = two.endTurns;
    for (const t of [p10, median, p90]) {
      expect(Number.isInteger(t)).toBe(true);
      expect(t).toBeGreaterThanOrEqual(-1);
      expect(t).toBeLessThanOrEqual(LAST_TURN);
    }
    expect(p10).toBeLessThanOrEqual(median);
    expect(median).toBeLessThanOrEqual(p90);
  });

  it('same arguments, same counts, mean scores and end turns', () => {
    expect(again.outcomes).toEqual(two.outcomes);
    expect(again.meanScores).toEqual(two.meanScores);
    expect(again.endTurns).toEqual(two.endTurns);
  });

  it('--workers 1 and --workers 2 give the same counts, mean scores and end turns', () => {
    expect(one.outcomes).toEqual(two.outcomes);
    expect(one.meanScores).toEqual(two.meanScores);
    expect(one.endTurns).toEqual(two.endTurns);
  });

  it('the end turns are the percentiles of the games played in this process', () => {
    const ends = here.endTurns.flatMap((n, i) => Array<number>(n).fill(i - 1));
    const nearestRank = (q: number) => ends[Math.ceil(q * ends.length) - 1];
    expect(two.endTurns).toEqual({ median: nearestRank(0.5), p10: nearestRank(0.1), p90: nearestRank(0.9) });
  });

  it('the counts are those of the same games played in this process', () => {
    expect(two.outcomes).toEqual(here.outcomes);
  });
});

describe('npm run explore with seed, policies and rulebook', () => {
  it('echoes its arguments and counts the games they describe', async () => {
    const r = await cli('explore', ['--runs', '60', '--seed', '500', '--play', 'board=hawk', 'employees=dove', '--rules', 'notice-required', '--workers', TWO, '--json']);
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
    expect(r.stdout).toMatch(/^Games ended at turn -?\d+ \(median\); 10th percentile turn -?\d+, 90th percentile turn -?\d+$/m);
    expect(r.stdout).toMatch(/50 games in \d+ ms on 1 worker: \d+ games per second/);
  }, 90_000);
});

describe('npm run explore: bad input is exit code 2 and one line on stderr', () => {
  const cases: [string, string[], RegExp][] = [
    ['--runs x', ['--runs', 'x'], /--runs must be a whole number from 1 to 4294967296 \(one game per seed\), not "x"/],
    ['--runs 0', ['--runs', '0'], /--runs must be a whole number from 1 to 4294967296 .*, not "0"/],
    ['--runs -5', ['--runs', '-5'], /--runs must be a whole number from 1 to 4294967296 .*, not "-5"/],
    ['--runs 2.5', ['--runs', '2.5'], /--runs must be a whole number from 1 to 4294967296 .*, not "2.5"/],
    ['--runs of 30 digits', ['--runs', '9'.repeat(30)], /--runs must be a whole number from 1 to 4294967296/],
    ['--workers 0', ['--workers', '0'], new RegExp(`--workers must be a whole number from 1 to ${CORES} \\(this machine has ${CORES} cores\\), not "0"`)],
    [`--workers ${CORES + 1} (one more than the cores)`, ['--workers', String(CORES + 1)], new RegExp(`--workers must be a whole number from 1 to ${CORES} \\(this machine has ${CORES} cores\\)`)],
    ['--workers 100000', ['--workers', '100000'], /--workers must be a whole number from 1 to/],
    ['--seed -1', ['--seed', '-1'], /seed must be a whole number from 0 to 4294967295, not "-1"/],
    ['--seed 4294967297', ['--seed', '4294967297'], /seed must be a whole number from 0 to 4294967295, not "4294967297"/],
    ['seeds that pass 4294967295', ['--seed', '4294967290', '--runs', '10'], /--runs 10 from --seed 4294967290 would pass the largest seed, 4294967295: start at --seed 4294967286 or lower/],
    ['--runs given twice', ['--runs', '5', '--runs', '6'], /--runs was given twice/],
    ['--moves (a sim flag)', ['--moves', 'x.json'], /unknown argument "--moves"/],
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

describe('npm run explore at the ends of the seed range', () => {
  it('plays the last seeds, up to 4294967295 itself', async () => {
    const r = await cli('explore', ['--seed', '4294967290', '--runs', '6', '--workers', '1', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as ExploreReport;
    expect(report).toMatchObject({ runs: 6, seed: 4294967290 });
    expect(report.outcomes).toEqual(runBatch({ firstSeed: 4294967290, runs: 6, rules: [], policies: defaults }).outcomes);
  }, 60_000);
});

describe('the built command line stands alone', () => {
  it('copied away from the sources and node_modules, explore still plays in worker threads: no TypeScript at run time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fdin-dist-'));
    try {
      cpSync(join(ROOT, 'dist-cli'), dir, { recursive: true });
      const out = execFileSync(process.execPath, [join(dir, 'explore.js'), '--runs', '20', '--workers', TWO, '--json'], { cwd: dir, encoding: 'utf8' });
      const report = JSON.parse(out) as ExploreReport;
      expect(report.outcomes).toEqual(runBatch({ firstSeed: 1, runs: 20, rules: [], policies: defaults }).outcomes);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
