// `npm run balance`: each playable seat, named strategies against default opponents. What must hold whatever the
// model's tuning: the report's shape, shares that sum to one, scores within 0..100, the same figures for any number
// of workers, and `best` at least as good as every strategy beside it. (The three targets of issue 6 are not asserted
// here: they depend on the tuning.)
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BalanceReport } from '../../src/cli/balance.ts';
import { bestEndingOf, playOne } from '../../src/cli/balance-play.ts';
import { OUTCOMES, PLAYABLE_PARTIES, scoresFor } from '../../src/sim/index.ts';
import { expectUsageError, ROOT, type CliResult } from '../cli/run-cli.ts';

const TWO = String(Math.min(2, availableParallelism()));
const QUICK = ['--seeds', '60', '--train', '15', '--json'];

function balance(args: string[]): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [join('dist-cli', 'balance.js'), ...args], { cwd: ROOT, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

describe('npm run balance -- --seeds 60 --train 15 --json', () => {
  let one: BalanceReport, two: BalanceReport;
  let raw: CliResult;
  let page: string;
  beforeAll(async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'fdin-balance-')), 'balance.md');
    const [a, b] = await Promise.all([balance([...QUICK, '--workers', '1']), balance([...QUICK, '--workers', TWO, '--out', out])]);
    for (const r of [a, b]) if (r.code !== 0) throw new Error(`balance failed: ${r.stderr}`);
    raw = a;
    [one, two] = [a, b].map((r) => JSON.parse(r.stdout) as BalanceReport);
    page = readFileSync(out, 'utf8');
  }, 240_000);

  it('prints one JSON object: the seeds, every playable seat with its strategies, and three checks', () => {
    expect(raw.stderr).toBe('');
    expect(raw.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(one.reportSeeds).toEqual({ first: 1001, count: 60 });
    expect(one.trainingSeeds).toEqual({ first: 1, count: 15 });
    expect(one.seats.map((s) => s.seat)).toEqual([...PLAYABLE_PARTIES]);
    for (const s of one.seats) {
      const names = s.strategies.map((x) => x.name);
      for (const n of ['passive', 'historical', 'hawk', 'dove', 'default', 'thinking', 'line']) expect(names).toContain(n);
      expect(names[names.length - 1]).toBe('best');
      expect(names).toContain(s.bestIs);
      expect(s.bestEnding).toBe(bestEndingOf(s.seat));
    }
    expect(one.checks.map((c) => c.id)).toEqual(['thoughtful-beats-passive', 'board-best-45', 'no-line-wins-60']);
    for (const c of one.checks) expect(typeof c.pass).toBe('boolean');
  });

  it('gives each strategy a mean within 0..100, a standard error, wins within 0..1 and ending shares that sum to 1', () => {
    for (const s of one.seats) {
      for (const st of s.strategies) {
        expect(st.mean).toBeGreaterThanOrEqual(0);
        expect(st.mean).toBeLessThanOrEqual(100);
        expect(st.se).toBeGreaterThanOrEqual(0);
        expect(Object.keys(st.endings).sort()).toEqual([...OUTCOMES].sort());
        const total = Object.values(st.endings).reduce((a, b) => a + b, 0);
        expect(total).toBeCloseTo(1, 2);
        // Wins are the share of the seat's best ending.
        expect(st.wins).toBeCloseTo(st.endings[s.bestEnding], 3);
        expect(st.wins).toBeGreaterThanOrEqual(0);
        expect(st.wins).toBeLessThanOrEqual(1);
        // Per-seed scores stay out of the JSON.
        expect(st).not.toHaveProperty('scores');
      }
    }
  });

  it('keeps as best the strategy with the highest mean on the report seeds', () => {
    for (const s of one.seats) {
      const best = s.strategies[s.strategies.length - 1];
      for (const st of s.strategies) expect(best.mean).toBeGreaterThanOrEqual(st.mean);
      expect(best.mean).toBe(s.strategies.find((x) => x.name === s.bestIs)!.mean);
    }
  });

  it('reports the same figures on one worker and on two', () => {
    expect(two).toEqual(one);
  });

  it("reports the passive strategy's mean as the games themselves give it", () => {
    // The passive staff on the 60 report seeds, played here in-process, against the figure in the report.
    const seeds = Array.from({ length: 60 }, (_, i) => 1001 + i);
    const mean = seeds.reduce((sum, seed) => sum + scoresFor(playOne('employees', { kind: 'passive' }, seed)).employees, 0) / 60;
    const reported = one.seats.find((s) => s.seat === 'employees')!.strategies.find((x) => x.name === 'passive')!;
    expect(reported.mean).toBeCloseTo(mean, 1);
  });

  it('writes the page with a table per seat and the three requirements marked PASS or FAIL', () => {
    for (const seat of PLAYABLE_PARTIES) expect(page).toContain(`### ${seat}`);
    expect(page.match(/^- \*\*(PASS|FAIL)\*\*/gm)).toHaveLength(3);
    expect(page).toContain('| **best** |');
    expect(page).toContain('`npm run balance -- --seeds 60 --train 15`');
  });
});

describe('npm run balance: bad input', () => {
  it('refuses a count of seeds that is not a positive whole number, in one line with exit code 2', async () => {
    expectUsageError(await balance(['--seeds', '0']), /--seeds must be a whole number/);
    expectUsageError(await balance(['--seeds', '1.5']), /--seeds must be a whole number/);
  });

  it('refuses an unknown argument', async () => {
    expectUsageError(await balance(['--seed', '3']), /--help/);
  });
});
