// Measures the debrief's turning points: how long a typical game's take in one thread, and split by seed range across
// two worker threads (as the browser's Web Workers would split them), worker start-up included. Prints figures; it
// asserts nothing. Usage: npx tsx scripts/bench-teach.ts [--games N]
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PARTIES, runGame, type GameState, type PartyId, type PolicyId } from '../src/sim/index.ts';
import { firstStage, mergeTallies, runProbes, secondStage, splitSeeds, turningPointsFrom, type Probe, type Tally } from '../src/teach/index.ts';

const gamesArg = process.argv.indexOf('--games');
const games = gamesArg > 0 ? Number(process.argv[gamesArg + 1]) : 12;
const RUNS = 32;

// The worker: runProbes over a seed range, bundled to plain JavaScript.
const dir = mkdtempSync(join(tmpdir(), 'bench-teach-'));
const workerFile = join(dir, 'worker.mjs');
await build({
  stdin: {
    contents: `import { parentPort } from 'node:worker_threads';
import { runProbes } from ${JSON.stringify(join(process.cwd(), 'src/teach/turning-points.ts'))};
parentPort.on('message', (m) => parentPort.postMessage(runProbes(m.state, m.probes, m.first, m.count)));`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: workerFile,
  logLevel: 'warning',
});

const pool = Array.from({ length: 2 }, () => new Worker(workerFile));
const ask = (w: Worker, msg: object) => new Promise<Tally[]>((done) => w.once('message', done).postMessage(msg));
async function stage(state: GameState, probes: Probe[]): Promise<Tally[]> {
  const ranges = splitSeeds(1, RUNS, pool.length);
  return mergeTallies(await Promise.all(ranges.map((r, i) => ask(pool[i], { state, probes, first: r.first, count: r.count }))));
}

const historical = Object.fromEntries(PARTIES.map((p) => [p, 'historical'])) as Record<PartyId, PolicyId>;
const runs: [string, GameState][] = [['history', runGame({ seed: 1, policies: historical })]];
for (let s = 1; runs.length <= games; s++) runs.push([`default seed ${s}`, runGame({ seed: s })]);

// Warm both ways once.
await stage(runs[0][1], firstStage(runs[0][1]).slice(0, 4));
runProbes(runs[0][1], firstStage(runs[0][1]).slice(0, 4), 1, 4);

let oneTotal = 0;
let twoTotal = 0;
const lines: string[] = [];
for (const [name, state] of runs) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const first = firstStage(state, { runs: RUNS });
  const ft = runProbes(state, first, 1, RUNS);
  const second = secondStage(state, first, ft, { runs: RUNS });
  const st = runProbes(state, second, 1, RUNS);
  const one = turningPointsFrom(state, first, ft, second, st, { runs: RUNS });
  const oneMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const t1 = performance.now();
  const ft2 = await stage(state, first);
  const st2 = await stage(state, secondStage(state, first, ft2, { runs: RUNS }));
  const two = turningPointsFrom(state, first, ft2, secondStage(state, first, ft2, { runs: RUNS }), st2, { runs: RUNS });
  const twoMs = performance.now() - t1;
  if (JSON.stringify(one) !== JSON.stringify(two)) throw new Error(`${name}: the split gave other turning points`);
  oneTotal += oneMs;
  twoTotal += twoMs;
  lines.push(`${name.padEnd(16)} ${String(state.log.length).padStart(2)} turns, ${String(first.length + second.length).padStart(3)} probes x ${RUNS}: one thread ${oneMs.toFixed(0).padStart(5)} ms (${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU), two workers ${twoMs.toFixed(0).padStart(5)} ms`);
}
console.log(lines.join('\n'));
console.log(`mean over ${runs.length} games: one thread ${(oneTotal / runs.length).toFixed(0)} ms, two workers ${(twoTotal / runs.length).toFixed(0)} ms`);
// Worker start-up, measured apart: a fresh worker's first answer.
const s0 = performance.now();
const fresh = new Worker(workerFile);
await ask(fresh, { state: runs[1][1], probes: firstStage(runs[1][1]).slice(0, 1), first: 1, count: 1 });
console.log(`a fresh worker's first answer (start-up and module load): ${(performance.now() - s0).toFixed(0)} ms`);
await Promise.all([...pool, fresh].map((w) => w.terminate()));
rmSync(dir, { recursive: true, force: true });
