// `npm run explore`'s work: N games on seeds S, S+1, ... in K worker threads, tallied into each ending's share,
// each party's mean score and the turns at which the games ended. The command itself is explore-main.ts.
import { Worker } from 'node:worker_threads';
import { t } from '../content/index.ts';
import { LAST_TURN } from '../sim/clock.ts';
import { meanScores, mergeBatches, runBatch, type BatchJob, type BatchResult } from '../sim/explore.ts';
import { OUTCOMES, PARTIES, type OutcomeId, type PartyId } from '../sim/ids.ts';
import type { ExploreArgs } from './args.ts';

/** What explore() needs of the arguments. */
export type ExploreSetup = Omit<ExploreArgs, 'help'>;

export interface ExploreReport {
  runs: number;
  seed: number;
  rules: string[];
  policies: Record<PartyId, string>;
  outcomes: Record<OutcomeId, number>;
  meanScores: Record<PartyId, number>;
  /** The turn at which the games ended (-1 is the prologue): median, 10th and 90th percentile, by nearest rank. */
  endTurns: EndTurns;
  elapsedMs: number;
  gamesPerSecond: number;
}

export interface EndTurns {
  median: number;
  p10: number;
  p90: number;
}

/** Percentiles from the count of games that ended at each turn: the same whichever worker played which game. */
export function endTurnsOf(counts: readonly number[]): EndTurns {
  const total = counts.reduce((a, b) => a + b, 0);
  const at = (q: number): number => {
    const rank = Math.max(1, Math.ceil(q * total));
    let seen = 0;
    for (let i = 0; i < counts.length; i++) if ((seen += counts[i]) >= rank) return i - 1;
    return LAST_TURN;
  };
  return { median: at(0.5), p10: at(0.1), p90: at(0.9) };
}

/** Contiguous seed ranges, one per worker: the counts do not depend on how many workers play them. */
export function splitJobs(args: ExploreSetup): BatchJob[] {
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

// Built (dist-cli/explore.js), the worker is the built dist-cli/explore-worker.js beside it: no TypeScript at run
// time. From the sources (a script run through tsx), it is the small shim that loads the TypeScript worker body.
const WORKER = new URL(import.meta.url.endsWith('.ts') ? './explore-worker.mjs' : './explore-worker.js', import.meta.url);

function inWorker(job: BatchJob): Promise<BatchResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER, { workerData: job });
    w.once('message', (r: BatchResult) => resolve(r));
    w.once('error', reject);
    w.once('exit', (code) => code !== 0 && reject(new Error(`a worker stopped with code ${code}`)));
  });
}

export async function explore(args: ExploreSetup): Promise<ExploreReport> {
  const started = performance.now();
  const jobs = splitJobs(args);
  const results = args.workers <= 1 ? jobs.map(runBatch) : await Promise.all(jobs.map(inWorker));
  const elapsedMs = performance.now() - started;
  const total = mergeBatches(results);
  return {
    runs: args.runs,
    seed: args.seed,
    rules: args.rules,
    policies: args.policies,
    outcomes: total.outcomes,
    meanScores: meanScores(total),
    endTurns: endTurnsOf(total.endTurns),
    elapsedMs: Math.round(elapsedMs),
    gamesPerSecond: Math.round(args.runs / (elapsedMs / 1000)),
  };
}

export function exploreText(r: ExploreReport, workers: number): string {
  const lines = [`Five Days in November: ${r.runs} games from seed ${r.seed}, rulebook ${r.rules.length ? r.rules.join(', ') : 'as in 2023'}`];
  lines.push(`Policies: ${PARTIES.map((p) => `${p}=${r.policies[p]}`).join(' ')}`);
  lines.push('', 'Endings:');
  for (const o of OUTCOMES) {
    const share = (r.outcomes[o] / r.runs) * 100;
    lines.push(`  ${o.padEnd(20)} ${String(r.outcomes[o]).padStart(7)}  ${share.toFixed(1).padStart(5)}%  ${'#'.repeat(Math.round(share / 2))}  ${t(`outcome.${o}.title`)}`);
  }
  lines.push('', 'Mean scores:');
  for (const p of PARTIES) lines.push(`  ${p.padEnd(12)} ${r.meanScores[p].toFixed(1).padStart(5)}`);
  const e = r.endTurns;
  lines.push('', `Games ended at turn ${e.median} (median); 10th percentile turn ${e.p10}, 90th percentile turn ${e.p90}`);
  lines.push('', `${r.runs} games in ${r.elapsedMs} ms on ${workers} ${workers === 1 ? 'worker' : 'workers'}: ${r.gamesPerSecond} games per second`);
  return lines.join('\n');
}
