// npm run explore -- [--runs N] [--seed S] [--play ...] [--rules ...] [--workers K] [--json]
// Plays N games on seeds S, S+1, ... in K worker threads and prints each ending's share and each party's mean score.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { t } from '../content/index.ts';
import { OUTCOMES, PARTIES, type OutcomeId, type PartyId } from '../sim/ids.ts';
import { parseExploreArgs, type ExploreArgs } from './args.ts';
import { runBatch, type BatchJob, type BatchResult } from './explore-batch.ts';
import { runCli } from './main.ts';

export interface ExploreReport {
  runs: number;
  seed: number;
  rules: string[];
  policies: Record<PartyId, string>;
  outcomes: Record<OutcomeId, number>;
  meanScores: Record<PartyId, number>;
  elapsedMs: number;
  gamesPerSecond: number;
}

/** Contiguous seed ranges, one per worker: the counts do not depend on how many workers play them. */
export function splitJobs(args: ExploreArgs): BatchJob[] {
  const k = Math.max(1, Math.min(args.workers, args.runs));
  const jobs: BatchJob[] = [];
  let first = args.seed;
  for (let i = 0; i < k; i++) {
    const runs = Math.floor(args.runs / k) + (i < args.runs % k ? 1 : 0);
    jobs.push({ firstSeed: first, runs, rules: args.rules, policies: args.policies });
    first += runs;
  }
  return jobs;
}

function inWorker(job: BatchJob): Promise<BatchResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./explore-worker.mjs', import.meta.url), { workerData: job });
    w.once('message', (r: BatchResult) => resolve(r));
    w.once('error', reject);
    w.once('exit', (code) => code !== 0 && reject(new Error(`a worker stopped with code ${code}`)));
  });
}

export async function explore(args: ExploreArgs): Promise<ExploreReport> {
  const started = performance.now();
  const jobs = splitJobs(args);
  const results = args.workers <= 1 ? jobs.map(runBatch) : await Promise.all(jobs.map(inWorker));
  const elapsedMs = performance.now() - started;
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<OutcomeId, number>;
  const sums = Object.fromEntries(PARTIES.map((p) => [p, 0])) as Record<PartyId, number>;
  for (const r of results) {
    for (const o of OUTCOMES) outcomes[o] += r.outcomes[o];
    for (const p of PARTIES) sums[p] += r.scoreSums[p];
  }
  const meanScores = Object.fromEntries(PARTIES.map((p) => [p, Math.round((sums[p] / args.runs) * 10) / 10])) as Record<PartyId, number>;
  return {
    runs: args.runs,
    seed: args.seed,
    rules: args.rules,
    policies: args.policies,
    outcomes,
    meanScores,
    elapsedMs: Math.round(elapsedMs),
    gamesPerSecond: Math.round(args.runs / (elapsedMs / 1000)),
  };
}

function exploreText(r: ExploreReport, workers: number): string {
  const lines = [`Five Days in November: ${r.runs} games from seed ${r.seed}, rulebook ${r.rules.length ? r.rules.join(', ') : 'as in 2023'}`];
  lines.push(`Policies: ${PARTIES.map((p) => `${p}=${r.policies[p]}`).join(' ')}`);
  lines.push('', 'Endings:');
  for (const o of OUTCOMES) {
    const share = (r.outcomes[o] / r.runs) * 100;
    lines.push(`  ${o.padEnd(20)} ${String(r.outcomes[o]).padStart(7)}  ${share.toFixed(1).padStart(5)}%  ${'#'.repeat(Math.round(share / 2))}  ${t(`outcome.${o}.title`)}`);
  }
  lines.push('', 'Mean scores:');
  for (const p of PARTIES) lines.push(`  ${p.padEnd(12)} ${r.meanScores[p].toFixed(1).padStart(5)}`);
  lines.push('', `${r.runs} games in ${r.elapsedMs} ms on ${workers} worker(s): ${r.gamesPerSecond} games per second`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  runCli(async () => {
    const args = parseExploreArgs(process.argv.slice(2), availableParallelism());
    const report = await explore(args);
    process.stdout.write(args.json ? JSON.stringify(report) + '\n' : exploreText(report, Math.min(args.workers, args.runs)) + '\n');
    return null;
  });
}
